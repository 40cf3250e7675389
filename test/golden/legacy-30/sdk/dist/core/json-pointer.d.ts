/** RFC 6901 JSON pointers: read a value out of a vendor response (`/data/status`, '' = the whole). */
export declare function readPointer(document: unknown, pointer: string): unknown;
/**
 * The type at a JSON pointer inside `T` (`'/result/sample'`, `'/data/0/url'`), `unknown` where the
 * pointer leaves the declared shape. Types what runtime pointers read (task results, page items).
 */
export type AtPointer<T, P extends string> = P extends `/${infer Rest}` ? AtTokens<NonNullable<T>, Rest> : unknown;
type AtTokens<T, P extends string> = P extends `${infer Head}/${infer Tail}` ? AtTokens<NonNullable<AtToken<T, Head>>, Tail> : AtToken<T, P>;
type AtToken<T, K extends string> = T extends ReadonlyArray<infer Item> ? K extends `${number}` ? Item : unknown : T extends object ? K extends keyof T ? T[K] : unknown : unknown;
export {};
