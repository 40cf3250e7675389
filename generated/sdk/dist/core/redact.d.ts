/**
 * Keeps secrets out of everything the client shows: error messages, attached headers and bodies,
 * log lines. Two tools: header redaction by name (every client), and scrubbing of known secret
 * values from text and data (`scrubSecrets`, the opt-in `scrubbing` of the client config).
 */
export declare const REDACTED = "[REDACTED]";
export declare function isSensitiveHeader(name: string): boolean;
/** Plain-object copy of headers with credential values replaced. */
export declare function redactHeaders(headers: Headers | Record<string, string> | undefined, scrub?: Scrubber): Record<string, string>;
/**
 * Replaces every known secret (and its URL-encoded form) in a string; `deep` does it in every
 * string of JSON-like data (a copy), `causes` in an error chain. A client without `scrubbing` has
 * `keepText`, which has neither.
 */
export interface Scrubber {
    (text: string): string;
    deep?: ((value: unknown) => unknown) | undefined;
    /** Scrubs the message and stack of an error and its causes, in place (absent with `keepText`). */
    causes?: ((error: unknown) => void) | undefined;
}
/** The scrubber of a client without `scrubbing`: text and data stay as they are. */
export declare const keepText: Scrubber;
/**
 * The client's value scrubbing (`ClientConfig.scrubbing`, which the generated client class
 * passes): the API key, its basic-auth wire form (base64 credentials) and credential-looking
 * default header values (with and without their scheme word) are replaced in every message, error
 * body, cause and log line.
 */
export declare function scrubSecrets(apiKey: string | undefined, headers: Readonly<Record<string, string | null | undefined>> | undefined, config?: {
    authSchemes?: Readonly<Record<string, {
        type: string;
        encode?: (key: string) => string;
    }>>;
}): Scrubber;
export declare function makeScrubber(secrets: ReadonlyArray<string | undefined>): Scrubber;
/**
 * Deep copy of JSON-like data with secrets scrubbed from every string (keys included). Iterative,
 * so a body nested thousands of levels deep is scrubbed all the way down without a stack overflow;
 * a shared or cyclic object is copied once. Class instances are kept as they are.
 */
export declare function scrubDeep(value: unknown, scrub: Scrubber): unknown;
