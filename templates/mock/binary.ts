/**
 * Tiny but valid files for binary responses, built byte by byte (no fixtures, no zlib): a client
 * that decodes what the mock sends gets a real 1x1 image or a short silent sound.
 */

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const u16be = (n: number): number[] => [(n >>> 8) & 255, n & 255];
const u32be = (n: number): number[] => [
  (n >>> 24) & 255,
  (n >>> 16) & 255,
  (n >>> 8) & 255,
  n & 255,
];
const u16le = (n: number): number[] => [n & 255, (n >>> 8) & 255];
const u32le = (n: number): number[] => [
  n & 255,
  (n >>> 8) & 255,
  (n >>> 16) & 255,
  (n >>> 24) & 255,
];

let crcTable: Uint32Array | undefined;

export function crc32(bytes: ArrayLike<number>): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: number[]): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function pngChunk(type: string, data: number[]): number[] {
  const body = [...ascii(type), ...data];
  return [...u32be(data.length), ...body, ...u32be(crc32(body))];
}

/** 1x1 RGB PNG; the pixel data is a zlib stream with one stored (uncompressed) deflate block. */
export function png(): Uint8Array {
  const scanline = [0, 0x4f, 0x8f, 0xcf]; // filter byte 0, then one RGB pixel
  const zlib = [
    0x78,
    0x01,
    0x01,
    ...u16le(scanline.length),
    ...u16le(~scanline.length & 0xffff),
    ...scanline,
    ...u32be(adler32(scanline)),
  ];
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...pngChunk('IHDR', [...u32be(1), ...u32be(1), 8, 2, 0, 0, 0]),
    ...pngChunk('IDAT', zlib),
    ...pngChunk('IEND', []),
  ]);
}

/**
 * 1x1 grey baseline JPEG. One 8x8 block whose DC difference is 0 and whose AC part is empty:
 * the DC and AC Huffman tables each hold a single 1-bit code ("0") for symbol 0x00, so the
 * entropy-coded data is two 0 bits padded with 1s: 0x3F.
 */
export function jpeg(): Uint8Array {
  const segment = (marker: number, data: number[]): number[] => [
    0xff,
    marker,
    ...u16be(data.length + 2),
    ...data,
  ];
  const counts = (n: number): number[] => [n, ...new Array<number>(15).fill(0)];
  return new Uint8Array([
    0xff,
    0xd8,
    ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, ...u16be(1), ...u16be(1), 0, 0]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, ...u16be(1), ...u16be(1), 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...counts(1), 0x00]),
    ...segment(0xc4, [0x10, ...counts(1), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f,
    0xff,
    0xd9,
  ]);
}

class BitWriter {
  readonly bytes: number[] = [];
  private bit = 0;
  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      if (this.bit === 0) this.bytes.push(0);
      if ((value >>> i) & 1) this.bytes[this.bytes.length - 1]! |= 1 << this.bit;
      this.bit = (this.bit + 1) & 7;
    }
  }
}

/**
 * 1x1 lossless WebP (VP8L). No transforms, no colour cache; each of the five prefix codes is a
 * "simple" code with one symbol, which costs zero bits per pixel, so the pixel needs no data.
 */
export function webp(): Uint8Array {
  const w = new BitWriter();
  w.write(0x2f, 8); // VP8L signature
  w.write(0, 14); // width - 1
  w.write(0, 14); // height - 1
  w.write(0, 1); // alpha is used
  w.write(0, 3); // version
  w.write(0, 1); // no transform
  w.write(0, 1); // no colour cache
  w.write(0, 1); // no meta prefix codes
  const simple = (symbol: number): void => {
    w.write(1, 1); // simple code
    w.write(0, 1); // one symbol
    if (symbol < 2) {
      w.write(0, 1); // 1-bit symbol
      w.write(symbol, 1);
    } else {
      w.write(1, 1); // 8-bit symbol
      w.write(symbol, 8);
    }
  };
  simple(0x8f); // green
  simple(0x4f); // red
  simple(0xcf); // blue
  simple(0xff); // alpha
  simple(0); // distance
  const vp8l = w.bytes;
  const pad = vp8l.length % 2 ? [0] : [];
  const chunk = [...ascii('VP8L'), ...u32le(vp8l.length), ...vp8l, ...pad];
  return new Uint8Array([...ascii('RIFF'), ...u32le(4 + chunk.length), ...ascii('WEBP'), ...chunk]);
}

/** 1x1 GIF89a: a 2-colour table and one LZW-coded pixel (clear, 0, end with 3-bit codes). */
export function gif(): Uint8Array {
  return new Uint8Array([
    ...ascii('GIF89a'),
    ...u16le(1),
    ...u16le(1),
    0x80,
    0,
    0,
    0x4f,
    0x8f,
    0xcf,
    0xff,
    0xff,
    0xff,
    0x2c,
    ...u16le(0),
    ...u16le(0),
    ...u16le(1),
    ...u16le(1),
    0,
    2,
    2,
    0x44,
    0x01,
    0,
    0x3b,
  ]);
}

/**
 * Three silent MPEG-1 Layer III frames: 32 kbit/s, 32 kHz, mono, no CRC → 144 bytes each;
 * all-zero side information means zero-length granules (silence).
 */
export function mp3(): Uint8Array {
  const frame = [0xff, 0xfb, 0x18, 0xc0, ...new Array<number>(140).fill(0)];
  return new Uint8Array([...frame, ...frame, ...frame]);
}

/** 0.1 s of 16-bit mono PCM silence at 8 kHz in a RIFF/WAVE container. */
export function wav(): Uint8Array {
  const rate = 8000;
  const data = new Array<number>((rate / 10) * 2).fill(0);
  return new Uint8Array([
    ...ascii('RIFF'),
    ...u32le(36 + data.length),
    ...ascii('WAVE'),
    ...ascii('fmt '),
    ...u32le(16),
    ...u16le(1),
    ...u16le(1),
    ...u32le(rate),
    ...u32le(rate * 2),
    ...u16le(2),
    ...u16le(16),
    ...ascii('data'),
    ...u32le(data.length),
    ...data,
  ]);
}

/** Ogg's page checksum: CRC-32 with polynomial 0x04c11db7, not reflected, initial value 0. */
function oggCrc(bytes: number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 24;
    for (let k = 0; k < 8; k++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function oggPage(flags: number, sequence: number, packet: number[]): number[] {
  // One packet per page, shorter than 255 bytes: a single lacing value.
  const page = [
    ...ascii('OggS'),
    0,
    flags,
    ...new Array<number>(8).fill(0),
    ...u32le(0x5348454c),
    ...u32le(sequence),
    0,
    0,
    0,
    0,
    1,
    packet.length,
    ...packet,
  ];
  const crc = u32le(oggCrc(page));
  for (let i = 0; i < 4; i++) page[22 + i] = crc[i]!;
  return page;
}

/** An Ogg Opus stream with its two header packets (OpusHead, OpusTags) and no audio: zero-length silence. */
export function opus(): Uint8Array {
  const head = [...ascii('OpusHead'), 1, 1, ...u16le(312), ...u32le(48000), 0, 0, 0];
  const vendor = ascii('mock');
  const tags = [...ascii('OpusTags'), ...u32le(vendor.length), ...vendor, ...u32le(0)];
  return new Uint8Array([...oggPage(0x02, 0, head), ...oggPage(0x04, 1, tags)]);
}

/** A FLAC stream with only its STREAMINFO block (8 kHz, mono, 16-bit, 0 samples). */
export function flac(): Uint8Array {
  // sample rate (20 bits) | channels-1 (3) | bits per sample-1 (5) | total samples (36)
  const packed = [0x01, 0xf4, 0x00, 0xf0, 0, 0, 0, 0];
  const info = [
    ...u16be(4096),
    ...u16be(4096),
    0,
    0,
    0,
    0,
    0,
    0,
    ...packed,
    ...new Array<number>(16).fill(0),
  ];
  return new Uint8Array([...ascii('fLaC'), 0x80, 0, 0, info.length, ...info]);
}

/**
 * One ADTS frame of AAC-LC silence (8 kHz, mono): a single channel element with global gain 0
 * and no scale factor bands, then the END element.
 */
export function aac(): Uint8Array {
  const payload = [0x00, 0x00, 0x00, 0x07];
  const length = 7 + payload.length;
  // sync, MPEG-4, no CRC | LC, 8 kHz index 11, mono | frame length (13 bits), fullness 0x7ff, 1 block
  const header = [
    0xff,
    0xf1,
    0x6c,
    0x40 | (length >> 11),
    (length >> 3) & 0xff,
    ((length & 7) << 5) | 0x1f,
    0xfc,
  ];
  return new Uint8Array([...header, ...payload]);
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><rect width="1" height="1" fill="#4f8fcf"/></svg>\n';

/**
 * Bytes for a response of this media type. Wildcards pick a concrete type (`image/*` → PNG,
 * `audio/*` → MP3). Returns the media type actually served with the bytes.
 */
export function sampleBinary(mediaType: string): { mediaType: string; bytes: Uint8Array } {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  switch (type) {
    case 'image/png':
    case 'image/*':
      return { mediaType: 'image/png', bytes: png() };
    case 'image/jpeg':
    case 'image/jpg':
      return { mediaType: 'image/jpeg', bytes: jpeg() };
    case 'image/webp':
      return { mediaType: 'image/webp', bytes: webp() };
    case 'image/gif':
      return { mediaType: 'image/gif', bytes: gif() };
    case 'image/svg+xml':
      return { mediaType: type, bytes: new TextEncoder().encode(SVG) };
    case 'audio/mpeg':
    case 'audio/mp3':
    case 'audio/*':
      return { mediaType: type === 'audio/*' ? 'audio/mpeg' : type, bytes: mp3() };
    case 'audio/wav':
    case 'audio/wave':
    case 'audio/x-wav':
    case 'audio/vnd.wave':
      return { mediaType: type, bytes: wav() };
    case 'audio/opus':
    case 'audio/ogg':
      return { mediaType: type, bytes: opus() };
    case 'audio/flac':
    case 'audio/x-flac':
      return { mediaType: type, bytes: flac() };
    case 'audio/aac':
      return { mediaType: type, bytes: aac() };
    case 'audio/pcm':
    case 'audio/l16':
      return { mediaType: type, bytes: new Uint8Array(1600) };
    default:
      if (type.startsWith('image/')) return { mediaType: 'image/png', bytes: png() };
      if (type.startsWith('audio/')) return { mediaType: type, bytes: mp3() };
      // Unknown or opaque types: deterministic filler bytes.
      return {
        mediaType: type === '*/*' ? 'application/octet-stream' : type,
        bytes: Uint8Array.from({ length: 16 }, (_, i) => i),
      };
  }
}
