export interface ParseLimits {
    /** Deepest nesting of arrays and objects in a body or parameter value (default 64). */
    maxDepth: number;
    /** Most fields in a form body, multipart parts or urlencoded pairs (default 1000). */
    maxFields: number;
}
export declare const DEFAULT_LIMITS: ParseLimits;
/**
 * The JSON pointer of the first value nested deeper than `max`, or undefined; arrays and plain
 * objects only (not uploaded file bytes). The walk recurses no deeper than `max`: as deep as the
 * stages after it will walk a value that passes.
 */
export declare function tooDeep(value: unknown, max: number): string | undefined;
