/**
 * Tiny but valid files for binary responses, kept as base64 fixtures (decoded once, on first
 * use): a client that decodes what the mock sends gets a real 1x1 image or a short silent sound.
 */
/** Bytes for a response of this media type, and the media type actually served with them. */
export declare function sampleBinary(mediaType: string): {
    mediaType: string;
    bytes: Uint8Array;
};
