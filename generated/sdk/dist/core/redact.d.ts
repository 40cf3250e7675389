/**
 * Keeps secrets out of everything the client shows: error messages, attached headers and bodies,
 * log lines. Two tools: header redaction by name, and scrubbing of known secret values from text.
 */
export declare const REDACTED = "[REDACTED]";
export declare function isSensitiveHeader(name: string): boolean;
/** Plain-object copy of headers with credential values replaced. */
export declare function redactHeaders(headers: Headers | Record<string, string> | undefined, scrub?: Scrubber): Record<string, string>;
/** Replaces every known secret (and its URL-encoded form) in a string. */
export type Scrubber = (text: string) => string;
export declare function makeScrubber(secrets: ReadonlyArray<string | undefined>): Scrubber;
/**
 * Deep copy of JSON-like data with secrets scrubbed from every string (keys included). Iterative,
 * so a body nested thousands of levels deep is scrubbed all the way down without a stack overflow;
 * a shared or cyclic object is copied once. Class instances are kept as they are.
 */
export declare function scrubDeep(value: unknown, scrub: Scrubber): unknown;
