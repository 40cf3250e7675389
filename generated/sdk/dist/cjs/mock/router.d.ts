/** Path-template matching: literal segments beat parameters, and a path with no method match yields 405 + Allow. */
import type { ErrorDetail, MockOperation } from './types.js';
export interface Route {
    op: MockOperation;
    regex: RegExp;
    paramNames: string[];
    /** More literal characters = more specific. */
    literalLength: number;
}
export declare function compileRoute(op: MockOperation): Route;
/** The routes in the order they are tried (fewer parameters, then more literal characters, first). */
export interface RouteTable {
    list: Route[];
    /** Parameterless templates by `method path`: the common request is routed by one lookup. */
    exact: Map<string, Route>;
}
export declare function compileRoutes(ops: MockOperation[]): RouteTable;
/** The operation whose path shares the longest prefix with `path` (its error shape answers a 404). */
export declare function nearestOperation(routes: Route[], path: string): MockOperation | undefined;
/** The route stage's outcome: the operation, or a 404/405 with the operation lending its error shape. */
export type Routed = {
    op: MockOperation;
    params: Record<string, string>;
    rawParams: Record<string, string>;
} | {
    failure: ErrorDetail;
    shape: MockOperation | undefined;
    matched: boolean;
};
/** Strips the base path and matches the route table (the one the MSW handlers register). */
export declare function routeRequest(routes: RouteTable, basePath: string, method: string, rawPath: string): Routed;
