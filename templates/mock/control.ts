/**
 * The mock's own routes under `/__mock/`: `POST reset`, `GET|POST clock` (`{advanceMs, speed}`),
 * `GET tasks`, `GET routes`. No credentials needed; answers plain JSON.
 */
import type { JsonValue, MockRouteTable } from './types.js';
import type { MockClock } from './clock.js';
import type { MockTasks } from './tasks.js';
import { parseJson } from './json.js';
import { isJsonObject } from './pointer.js';

export interface ControlTarget {
  table: MockRouteTable;
  basePath: string;
  clock: MockClock;
  tasks: MockTasks;
  reset(): void;
}

export function controlRoute(
  method: string,
  path: string,
  body: Uint8Array | null,
  target: ControlTarget,
): { status: number; value: JsonValue } {
  const { clock } = target;
  const parsed = parseJson(body?.length ? new TextDecoder().decode(body) : '{}');
  const input = parsed.ok && isJsonObject(parsed.value) ? parsed.value : {};
  const clockState = (): JsonValue => ({
    now: clock.now(),
    mode: clock.mode,
    speed: clock.speed,
    pending: clock.pending,
  });
  const route = `${method.toUpperCase()} ${path}`;
  switch (route) {
    case 'POST /__mock/reset':
      target.reset();
      return { status: 200, value: { reset: true } };
    case 'GET /__mock/clock':
      return { status: 200, value: clockState() };
    case 'POST /__mock/clock':
      if (!parsed.ok)
        return { status: 400, value: { error: `malformed JSON: ${parsed.error.message}` } };
      try {
        if (typeof input.speed === 'number') clock.speed = input.speed;
        if (typeof input.advanceMs === 'number') clock.advance(input.advanceMs);
      } catch (e) {
        return { status: 400, value: { error: e instanceof Error ? e.message : String(e) } };
      }
      return { status: 200, value: clockState() };
    case 'GET /__mock/tasks':
      return { status: 200, value: { tasks: target.tasks.list() as unknown as JsonValue } };
    case 'GET /__mock/routes':
      return {
        status: 200,
        value: target.table.operations.map((o) => ({
          operationId: o.operationId,
          method: o.method.toUpperCase(),
          path: target.basePath + o.path,
        })),
      };
    default:
      return { status: 404, value: { error: `unknown mock control route ${route}` } };
  }
}
