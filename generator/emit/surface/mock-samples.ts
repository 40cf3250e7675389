/**
 * Tiny but valid files for the mock's binary responses, chosen at generation time and carried in
 * the route table as base64 (`MockContent.sample`): a client that decodes what the mock sends gets
 * a real 1x1 image or a short silent sound.
 */
import type { MockSample } from '../../../templates/mock/types.js';

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

const SVG = btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><rect width="1" height="1" fill="#4f8fcf"/></svg>\n',
);

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

/** The bytes (base64) a response of this media type answers with, and the media type served with them. */
export function sampleBinary(mediaType: string): MockSample {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  const known = BY_TYPE[type];
  if (known) return { mediaType: known[1] ?? type, base64: FIXTURES[known[0]] };
  if (type === 'image/svg+xml') return { mediaType: type, base64: SVG };
  // Raw PCM: silence is all zeros.
  if (type === 'audio/pcm' || type === 'audio/l16')
    return { mediaType: type, base64: btoa('\0'.repeat(1600)) };
  if (type.startsWith('image/')) return { mediaType: 'image/png', base64: FIXTURES.png };
  if (type.startsWith('audio/')) return { mediaType: type, base64: FIXTURES.mp3 };
  // Unknown or opaque types: deterministic filler bytes.
  return {
    mediaType: type === '*/*' ? 'application/octet-stream' : type,
    base64: btoa(String.fromCharCode(...Array.from({ length: 16 }, (_, i) => i))),
  };
}
