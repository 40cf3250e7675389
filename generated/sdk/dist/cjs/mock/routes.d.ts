import type { MockRouteTable } from './types.js';
export declare const routes: MockRouteTable;
