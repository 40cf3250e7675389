/** Small helpers the generated operation functions use to split one params object into its parts. */
/** A shallow copy without the given keys (the rest of the params object is the request body). */
export declare function omit<T extends object>(value: T, keys: readonly string[]): Record<string, unknown>;
