import type { MockServer, MockServerOptions } from './server.js';
export type MockCliOptions = Pick<MockServerOptions, 'speed' | 'clock' | 'bodyLimit' | 'keys' | 'logger'> & {
    port: number;
    host: string;
};
/** The command's help; `command` is how users run it (a package's `<pkg>-mock` bin). */
export declare function mockCliHelp(command: string): string;
/** The help under the command's generic name (a public export of the package's mock). */
export declare const MOCK_CLI_HELP: string;
export declare function parseMockArgs(argv: string[]): MockCliOptions & {
    quiet: boolean;
    help: boolean;
};
/**
 * Runs until SIGINT/SIGTERM. `start` is the package's `startMock` (or one bound to a spec's routes);
 * `command` is the name the help's usage line shows.
 */
export declare function runMockCli(argv: string[], start: (options: MockCliOptions) => Promise<MockServer>, command?: string): Promise<MockServer | undefined>;
/**
 * What the mock's command prints when it cannot start for want of an optional peer: one line with
 * the install command (whether `startMock` worded it already or a module failed to resolve),
 * anything else as it is.
 */
export declare function loadFailure(error: unknown): string;
