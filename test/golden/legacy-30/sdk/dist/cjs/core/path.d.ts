export type PathValue = string | number | boolean | bigint;
export declare function buildPath(template: string, values: Readonly<Record<string, unknown>>): string;
