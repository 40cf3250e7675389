export type BodyKind = 'json' | 'multipart' | 'urlencoded' | 'binary' | 'text';
export interface BodySpec {
    kind: BodyKind;
    /** The media type to send (JSON/urlencoded/binary/text); multipart sets its own with the boundary. */
    mediaType?: string | undefined;
    /** Multipart: declared `encoding.contentType` per part. */
    partTypes?: Readonly<Record<string, string>> | undefined;
    value: unknown;
}
export interface EncodedBody {
    body: FormData | Blob | string | undefined;
    /** Header to send; undefined when fetch must choose (FormData boundary). */
    contentType: string | undefined;
}
export declare function encodeBody(spec: BodySpec): Promise<EncodedBody>;
export declare function toFormData(value: unknown, partTypes: Readonly<Record<string, string>>): Promise<FormData>;
