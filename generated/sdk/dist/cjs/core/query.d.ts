/**
 * Query string serialisation. Every parameter is sent in OpenAPI's default style (form, exploded):
 * arrays repeat the key, objects spread their keys, booleans, numbers and dates become text,
 * undefined and null are left out. Operations with other styles pass `encodeQuery: styledPairs`
 * (query-styles.ts), so only their bundles carry that code.
 */
export interface QueryStyle {
    style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | (string & {});
    explode?: boolean;
}
/** The encoded `key=value` pairs of one parameter in its declared style. */
export type QueryPairs = (key: string, value: unknown, style: QueryStyle) => string[];
export declare function serializeQuery(params: Readonly<Record<string, unknown>>, styles?: Readonly<Record<string, QueryStyle>>, encodeStyled?: QueryPairs): string;
/** Form style, exploded. */
export declare function formPairs(key: string, value: unknown): string[];
export declare function pair(key: string, value: unknown): string;
export declare function present(items: readonly unknown[]): unknown[];
export declare function presentEntries(value: Record<string, unknown>): [string, unknown][];
/** An object parameter (a Date is a scalar). */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
export declare function scalar(value: unknown): string;
