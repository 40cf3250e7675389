/** A new client's options, and the fetch it will send with (its option, else the global one). */
export declare function checkClientOptions(options: object, config: object, fetch: unknown): void;
/** A call's options: its `maxResponseBytes` is ignored without guarded reads, as documented, not refused. */
export declare function checkCallOptions(options: object, config: object): void;
