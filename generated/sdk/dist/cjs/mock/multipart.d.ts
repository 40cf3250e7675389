/** Starts loading the parser, once; the promise never rejects (a failure is kept for the requests). */
export declare function loadMultipartParser(): Promise<void>;
/** True once loadMultipartParser() has settled, loaded or not. */
export declare const multipartParserSettled: () => boolean;
export interface FormPart {
    name: string;
    /** Present for file parts. */
    filename?: string;
    /** The part's own Content-Type header, lower-cased without parameters. */
    contentType?: string;
    bytes: Uint8Array;
}
export type MultipartResult = {
    ok: true;
    parts: FormPart[];
} | {
    ok: false;
    message: string;
} | {
    ok: false;
    tooMany: true;
} | {
    ok: false;
    unavailable: string;
};
/** Parts of a multipart body; more than `maxParts` stops the parse (`tooMany`). */
export declare function parseMultipart(body: Uint8Array, contentTypeHeader: string, maxParts?: number): MultipartResult;
export declare function parseUrlEncoded(body: Uint8Array): FormPart[];
