/** Reads an environment variable where one exists (Node, Deno, Bun), without touching Node globals elsewhere. */
export declare function readEnv(name: string): string | undefined;
