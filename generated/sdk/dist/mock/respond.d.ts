/**
 * Choosing what to answer from the spec: which declared response (status), which content
 * (Accept, or the request's `response_format`), which example (`Prefer: example=NAME`, else the
 * one named like the request example the body equals, else the first), and the bytes to send.
 */
import type { MockContent, MockExample, MockOperation, MockResponse } from './types.js';
/** Deep equality of JSON values: Ajv's own (fast-deep-equal), whichever module system loaded it. */
export declare const jsonEqual: (a: unknown, b: unknown) => boolean;
export declare function isSuccessStatus(status: string): boolean;
/** The HTTP status a declared response stands for (`2XX` → 200, `default` → 200 or 500). */
export declare function numericStatus(response: MockResponse): number;
export declare function successResponse(op: MockOperation): MockResponse | undefined;
export declare function declaredResponse(op: MockOperation, code: number): MockResponse | undefined;
/** An example as answered: a task's or page's value may carry no name. */
export type ChosenExample = Pick<MockExample, 'value'> & {
    name?: string;
};
/** The example for a content: by name, else one named like the matching request example, else the first (the IR's default). */
export declare function chooseExample(op: MockOperation, content: MockContent | undefined, name: string | undefined, requestBody: unknown): ChosenExample | undefined;
/** The example names the responses declare. */
export declare function exampleNames(responses: MockResponse[]): string[];
/** Body bytes and content type for a content and example value. */
export declare function renderBody(content: MockContent | undefined, example: ChosenExample | undefined): {
    contentType?: string;
    body: Uint8Array | string | null;
};
