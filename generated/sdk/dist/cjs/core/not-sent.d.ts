/**
 * Whether a transport error shows the request never left: decides `APIConnectionError.requestNotSent`.
 * Browser bundles get not-sent.browser.ts instead (the package's `browser` field).
 */
/** True when the transport error shows the request never left the client. When unsure: false. */
export declare function isRequestNotSent(error: unknown, depth?: number): boolean;
