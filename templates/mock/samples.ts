/**
 * Tiny but valid files for binary responses, kept as base64 fixtures (decoded once, on first
 * use): a client that decodes what the mock sends gets a real 1x1 image or a short silent sound.
 */

const FIXTURES = {
  /** 1x1 RGB PNG (zlib stream with one stored deflate block) */
  png: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC',
  /** 1x1 grey baseline JPEG */
  jpeg: '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
  /** 1x1 lossless WebP (VP8L) */
  webp: 'UklGRhgAAABXRUJQVlA4TAwAAAAvAAAAAOhjn/rc/wA=',
  /** 1x1 GIF89a */
  gif: 'R0lGODlhAQABAIAAAE+Pz////ywAAAAAAQABAAACAkQBADs=',
  /** three silent MPEG-1 Layer III frames (32 kbit/s, 32 kHz, mono) */
  mp3: '//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  /** 10 ms of 16-bit mono PCM silence at 8 kHz (RIFF/WAVE) */
  wav: 'UklGRsQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  /** Ogg Opus stream with its two header packets and no audio */
  ogg: 'T2dnUwACAAAAAAAAAABMRUhTAAAAAHek7RMBE09wdXNIZWFkAQE4AYC7AAAAAABPZ2dTAAQAAAAAAAAAAExFSFMBAAAAkpQgQAEUT3B1c1RhZ3MEAAAAbW9jawAAAAA=',
  /** FLAC stream with only its STREAMINFO block */
  flac: 'ZkxhQ4AAACIQABAAAAAAAAAAAfQA8AAAAAAAAAAAAAAAAAAAAAAAAAAA',
  /** one ADTS frame of AAC-LC silence (8 kHz, mono) */
  aac: '//FsQAF//AAAAAc=',
};

type Fixture = keyof typeof FIXTURES;

const decoded = new Map<Fixture, Uint8Array>();

function fixture(name: Fixture): Uint8Array {
  let bytes = decoded.get(name);
  if (!bytes) {
    bytes = Uint8Array.from(atob(FIXTURES[name]), (c) => c.charCodeAt(0));
    decoded.set(name, bytes);
  }
  return bytes;
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><rect width="1" height="1" fill="#4f8fcf"/></svg>\n';

/** Served media type → fixture; wildcards pick a concrete type (`image/*` → PNG, `audio/*` → MP3). */
const BY_TYPE: Record<string, [Fixture, string?]> = {
  'image/png': ['png'],
  'image/*': ['png', 'image/png'],
  'image/jpeg': ['jpeg'],
  'image/jpg': ['jpeg', 'image/jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'audio/mpeg': ['mp3'],
  'audio/mp3': ['mp3'],
  'audio/*': ['mp3', 'audio/mpeg'],
  'audio/wav': ['wav'],
  'audio/wave': ['wav'],
  'audio/x-wav': ['wav'],
  'audio/vnd.wave': ['wav'],
  'audio/opus': ['ogg'],
  'audio/ogg': ['ogg'],
  'audio/flac': ['flac'],
  'audio/x-flac': ['flac'],
  'audio/aac': ['aac'],
};

/** Bytes for a response of this media type, and the media type actually served with them. */
export function sampleBinary(mediaType: string): { mediaType: string; bytes: Uint8Array } {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  const known = BY_TYPE[type];
  if (known) return { mediaType: known[1] ?? type, bytes: fixture(known[0]) };
  if (type === 'image/svg+xml') return { mediaType: type, bytes: new TextEncoder().encode(SVG) };
  // Raw PCM: silence is all zeros.
  if (type === 'audio/pcm' || type === 'audio/l16')
    return { mediaType: type, bytes: new Uint8Array(1600) };
  if (type.startsWith('image/')) return { mediaType: 'image/png', bytes: fixture('png') };
  if (type.startsWith('audio/')) return { mediaType: type, bytes: fixture('mp3') };
  // Unknown or opaque types: deterministic filler bytes.
  return {
    mediaType: type === '*/*' ? 'application/octet-stream' : type,
    bytes: Uint8Array.from({ length: 16 }, (_, i) => i),
  };
}
