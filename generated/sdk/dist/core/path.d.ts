export type PathValue = string | number | boolean | bigint;
/** What `OperationRequest.expandPath` takes: `buildPath`, or a stand-in with its contract. */
export type PathExpander = (template: string, values: Readonly<Record<string, unknown>>) => string;
export declare const buildPath: PathExpander;
