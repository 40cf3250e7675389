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
/** Fewer parameters first, then more literal characters: the order routes are tried in. */
export declare function bySpecificity(a: Route, b: Route): number;
/** The operation whose path shares the longest prefix with `path` (its error shape answers a 404). */
export declare function nearestOperation(routes: Route[], path: string): MockOperation | undefined;
/** The route stage's outcome: the operation, or a 404/405 with the operation lending its error shape. */
export type Routed = {
    op: MockOperation;
    params: Record<string, string>;
} | {
    failure: ErrorDetail;
    shape: MockOperation | undefined;
    matched: boolean;
};
/** Strips the base path and matches the route table (the same table the MSW handlers register). */
export declare function routeRequest(routes: Route[], basePath: string, method: string, rawPath: string): Routed;
