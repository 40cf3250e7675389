export declare function checkClientOptions(options: object, config: object, fetch: unknown): void;
export declare function checkCallOptions(options: object, config: object): void;
