import type { MockServer } from './server.js';
import type { ClockMode } from './clock.js';
export interface MockCliOptions {
    port: number;
    host: string;
    speed?: number;
    clock?: ClockMode;
    bodyLimit?: number;
    keys?: string[];
    logger?: (line: string) => void;
}
export declare const MOCK_CLI_HELP: string;
export declare function parseMockArgs(argv: string[]): MockCliOptions & {
    quiet: boolean;
    help: boolean;
};
/** Runs until SIGINT/SIGTERM. `start` is the package's `startMock` (or one bound to a spec's routes). */
export declare function runMockCli(argv: string[], start: (options: MockCliOptions) => Promise<MockServer>): Promise<MockServer | undefined>;
