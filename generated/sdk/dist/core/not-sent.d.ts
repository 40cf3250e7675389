/** Whether a transport error shows the request never left: decides `APIConnectionError.requestNotSent`. */
/** True when the transport error shows the request never left the client. When unsure: false. */
export declare function isRequestNotSent(error: unknown, depth?: number): boolean;
