/** Request body decoding for `multipart/form-data` (RFC 7578) and `application/x-www-form-urlencoded`. */
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
};
/** A media type's parameter, e.g. `boundary` of `multipart/form-data; boundary=x`. */
export declare function mediaTypeParameter(header: string, name: string): string | undefined;
export declare function parseMultipart(body: Uint8Array, contentTypeHeader: string): MultipartResult;
export declare function parseUrlEncoded(body: Uint8Array): FormPart[];
