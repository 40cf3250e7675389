/** Route table of the mock: every operation with its parameters, bodies, responses, examples and task roles (JSON Schema 2020-12). */
import type { MockRouteTable } from './types.js';
export declare const routes: MockRouteTable;
