/** The name its help shows: the package's bin (package.json, README). */
export declare const MOCK_COMMAND: string;
