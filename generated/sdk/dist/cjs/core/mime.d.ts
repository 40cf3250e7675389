export declare function mimeFromFilename(filename: string | undefined): string | undefined;
export declare function extensionFromMime(type: string | undefined): string | undefined;
