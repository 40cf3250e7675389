/** Starts loading the parser, once; the promise never rejects (a failure is kept for the requests). */
export declare function loadMultipartParser(): Promise<void>;
export interface FormPart {
    name: string;
    /** Present for file parts. */
    filename?: string;
    /** The part's own Content-Type header, lower-cased without parameters. */
    contentType?: string;
    bytes: Uint8Array;
}
/** A form body's parts, or the answer that rejects it (413 for too many parts). */
export type FormResult = {
    ok: true;
    parts: FormPart[];
} | {
    ok: false;
    status: number;
    message: string;
};
/**
 * Parts of a multipart body; more than `maxParts` stops the parse. `declared` tells a property's
 * name as written, which is read as it is rather than unescaped.
 */
export declare function parseMultipart(body: Uint8Array, contentTypeHeader: string, maxParts?: number, declared?: (name: string) => boolean): FormResult;
export declare function parseUrlEncoded(body: Uint8Array, maxFields: number): FormResult;
