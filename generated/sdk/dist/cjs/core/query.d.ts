/**
 * Query string serialisation following OpenAPI `style`/`explode` (default form + explode):
 * arrays repeat the key, objects spread their keys (deepObject: `key[prop]`), booleans and
 * numbers become text, undefined and null are left out.
 */
export interface QueryStyle {
    style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | (string & {});
    explode?: boolean;
}
export declare function serializeQuery(params: Readonly<Record<string, unknown>>, styles?: Readonly<Record<string, QueryStyle>>): string;
