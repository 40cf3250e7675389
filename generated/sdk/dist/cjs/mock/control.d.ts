import type { JsonValue, MockRouteTable } from './types.js';
import type { MockClock } from './clock.js';
import type { MockTasks } from './tasks.js';
export interface ControlTarget {
  table: MockRouteTable;
  basePath: string;
  clock: MockClock;
  tasks: MockTasks;
  reset(): void;
}
export declare function controlRoute(method: string, path: string, body: Uint8Array | null, target: ControlTarget): { status: number; value: JsonValue };
