/** Media types by file extension, for upload parts that do not say their own type. */
export declare const BY_EXTENSION: Map<string, string>;
/** Preferred extension for a media type. The Python SDK's `_media_types.py` is printed from both maps. */
export declare const EXTENSION_FOR: Map<string, string>;
export declare function mimeFromFilename(filename: string | undefined): string | undefined;
export declare function extensionFromMime(type: string | undefined): string | undefined;
