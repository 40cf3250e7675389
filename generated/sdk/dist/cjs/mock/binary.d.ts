/**
 * Tiny but valid files for binary responses, built byte by byte (no fixtures, no zlib): a client
 * that decodes what the mock sends gets a real 1x1 image or a short silent sound.
 */
export declare function crc32(bytes: ArrayLike<number>): number;
/** 1x1 RGB PNG; the pixel data is a zlib stream with one stored (uncompressed) deflate block. */
export declare function png(): Uint8Array;
/**
 * 1x1 grey baseline JPEG. One 8x8 block whose DC difference is 0 and whose AC part is empty:
 * the DC and AC Huffman tables each hold a single 1-bit code ("0") for symbol 0x00, so the
 * entropy-coded data is two 0 bits padded with 1s: 0x3F.
 */
export declare function jpeg(): Uint8Array;
/**
 * 1x1 lossless WebP (VP8L). No transforms, no colour cache; each of the five prefix codes is a
 * "simple" code with one symbol, which costs zero bits per pixel, so the pixel needs no data.
 */
export declare function webp(): Uint8Array;
/** 1x1 GIF89a: a 2-colour table and one LZW-coded pixel (clear, 0, end with 3-bit codes). */
export declare function gif(): Uint8Array;
/**
 * Three silent MPEG-1 Layer III frames: 32 kbit/s, 32 kHz, mono, no CRC → 144 bytes each;
 * all-zero side information means zero-length granules (silence).
 */
export declare function mp3(): Uint8Array;
/** 0.1 s of 16-bit mono PCM silence at 8 kHz in a RIFF/WAVE container. */
export declare function wav(): Uint8Array;
/** An Ogg Opus stream with its two header packets (OpusHead, OpusTags) and no audio: zero-length silence. */
export declare function opus(): Uint8Array;
/** A FLAC stream with only its STREAMINFO block (8 kHz, mono, 16-bit, 0 samples). */
export declare function flac(): Uint8Array;
/**
 * One ADTS frame of AAC-LC silence (8 kHz, mono): a single channel element with global gain 0
 * and no scale factor bands, then the END element.
 */
export declare function aac(): Uint8Array;
/**
 * Bytes for a response of this media type. Wildcards pick a concrete type (`image/*` → PNG,
 * `audio/*` → MP3). Returns the media type actually served with the bytes.
 */
export declare function sampleBinary(mediaType: string): {
    mediaType: string;
    bytes: Uint8Array;
};
