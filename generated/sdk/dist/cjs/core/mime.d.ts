export declare function mimeFromFilename(filename: string | undefined): string | undefined;
export declare function extensionFromMime(type: string | undefined): string | undefined;
/** A declared part encoding (`image/png`) is usable as a concrete type; lists and wildcards are not. */
export declare function concreteMime(declared: string | undefined): string | undefined;
