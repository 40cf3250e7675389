/** Types of build.mjs (plain JavaScript, so bin.mjs can run it without a TypeScript transpiler). */
export declare const ROOT: string;
export declare const BUILD_DIR: string;
export declare function staleReason(dir?: string, root?: string): string | undefined;
export declare function build(): Promise<void>;
export declare function keepUnchanged(fresh: string, current: string): Promise<void>;
