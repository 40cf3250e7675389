/** Types of stale.mjs (plain JavaScript, so bin.mjs can run it without a TypeScript transpiler). */
export declare const ROOT: string;
export declare const BUILD_DIR: string;
export declare const INPUTS: string;
export declare function staleReason(dir?: string, root?: string): string | undefined;
