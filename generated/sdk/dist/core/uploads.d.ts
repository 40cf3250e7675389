/** A Node `fs.ReadStream` or similar, recognised by shape so no Node import is needed. */
export interface PathStreamLike extends AsyncIterable<unknown> {
    path: string | {
        toString(): string;
    };
}
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | Response | PathStreamLike | AsyncIterable<Uint8Array | string>;
export interface NamedBlob {
    blob: Blob;
    filename: string;
}
export declare function isUploadable(value: unknown): value is Uploadable;
/** Wraps bytes (or any Uploadable) as a File-like Blob with a name, e.g. `toFile(buffer, 'cat.png')`. */
export declare function toFile(value: Uploadable | string, filename?: string, options?: {
    type?: string;
}): Promise<Blob & {
    readonly name: string;
}>;
export interface ToBlobOptions {
    /** Explicit file name (wins over inferred names). */
    filename?: string | undefined;
    /** Explicit media type (wins over inferred types). */
    type?: string | undefined;
    /** The concrete type the generator chose from the declaration (IR `partType`), if any. */
    declaredType?: string | undefined;
    /** Name stem when nothing else names the file (the form field name). */
    fallbackName: string;
}
/**
 * Reads the value into a Blob (streams are collected so the request can be replayed on retry),
 * naming it from File.name / stream path / response URL / option, typing it from the Blob's own
 * type, then the extension, then the declared part encoding.
 */
export declare function toNamedBlob(value: Uploadable, options: ToBlobOptions): Promise<NamedBlob>;
