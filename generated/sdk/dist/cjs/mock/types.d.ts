/**
 * The route table: everything the mock engine knows about the API. Plain JSON data, produced from
 * the IR by `generator/emit/mock/routes.ts` either at generation time (serialised into
 * `sdk/src/mock/routes.ts`) or at run time (`shellapi-gen mock --spec FILE`).
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | {
    [key: string]: JsonValue;
};
/** A JSON Schema 2020-12 document fragment (`$ref`s point into `MockRouteTable.schemas` as `#/$defs/Name`). */
export type JsonSchema = boolean | {
    [key: string]: JsonValue;
};
export type MockHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export type MockBodyKind = 'json' | 'multipart' | 'urlencoded' | 'binary' | 'text' | 'event-stream';
export interface MockExample {
    name: string;
    value: JsonValue;
}
export interface MockContent {
    mediaType: string;
    kind: MockBodyKind;
    schema?: JsonSchema;
    /** Per-part content types for multipart bodies, by property name. */
    encoding?: Record<string, string>;
    examples: MockExample[];
}
export interface MockParameter {
    name: string;
    in: 'path' | 'query' | 'header' | 'cookie';
    required: boolean;
    schema?: JsonSchema;
    style: string;
    explode: boolean;
}
export interface MockHeader {
    name: string;
    required: boolean;
    schema?: JsonSchema;
}
export interface MockResponse {
    /** `200`, `4XX`, `default`. */
    status: string;
    isError: boolean;
    headers: MockHeader[];
    contents: MockContent[];
}
export interface MockSecurityScheme {
    type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
    /** For http: `bearer`, `basic`. */
    scheme?: string;
    in?: 'header' | 'query' | 'cookie';
    paramName?: string;
}
export interface MockStream {
    requestFlag: string;
    status: string;
    mediaType: string;
    terminator?: string;
    /** Event payloads in order. */
    events: JsonValue[];
    itemSchema?: JsonSchema;
}
export type TaskState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export interface MockTaskIdInput {
    in: 'path' | 'query' | 'body';
    name: string;
}
export interface MockTaskRole {
    family: string;
    role: 'poll' | 'list' | 'cancel';
    /** Where a poll or cancel takes the task id. */
    input?: MockTaskIdInput;
    /** For lists: pointer to the task array in the response. */
    items?: string;
    /** For lists: pointer to the id filter in the request body. */
    ids?: string;
}
export interface MockSubmit {
    family: string;
    /** JSON pointer to the id in the submit response. */
    idPointer: string;
    /** The operation that polls tasks of this submit. */
    pollOperationId: string;
}
export interface MockCallback {
    name: string;
    /** Runtime expression, e.g. `{$request.body#/notifyHook}`. */
    expression: string;
    method: MockHttpMethod;
}
export interface MockOperation {
    operationId: string;
    method: MockHttpMethod;
    /** Path template relative to the base path, e.g. `/mj/task/{id}/fetch`. */
    path: string;
    /** Alternatives (OR) of requirements (AND of scheme names). Empty = no auth. */
    security: string[][];
    parameters: MockParameter[];
    requestBody?: {
        required: boolean;
        contents: MockContent[];
    };
    responses: MockResponse[];
    stream?: MockStream;
    submit?: MockSubmit;
    taskRole?: MockTaskRole;
    callbacks: MockCallback[];
}
export interface MockTaskFamily {
    name: string;
    status: string;
    progress?: {
        pointer: string;
        scale: 'percent-string' | 'percent' | 'fraction';
    };
    result: string[];
    error?: string;
    /** Where a task object (poll answer, callback body) carries its own id. */
    taskId?: string;
    states: Record<TaskState, JsonValue[]>;
    intervalMs: number;
}
export interface MockRouteTable {
    title: string;
    version: string;
    /** Path prefix of the first server URL ('' for none), e.g. `/v1` for `https://api.openai.com/v1`. */
    basePath: string;
    /** Absolute URL of the first server with its variables at their defaults. */
    serverUrl: string;
    /** Component schemas as JSON Schema (the `$defs`). */
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, MockSecurityScheme>;
    operations: MockOperation[];
    taskFamilies: MockTaskFamily[];
}
