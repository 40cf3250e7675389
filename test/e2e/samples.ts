/**
 * Small real files for upload parts (a media type picked from the example's file name, then the
 * part's declared encoding) and magic-number checks for downloaded bytes.
 */

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  pdf: 'application/pdf',
};

/** A concrete media type for a declared part type (`image/png, image/jpeg` → first; `audio/*` → a common one). */
export function concreteType(declared: string | undefined): string {
  const first = (declared ?? '').split(',')[0]!.trim().toLowerCase();
  if (first === '' || first === '*/*') return 'application/octet-stream';
  const wildcard: Record<string, string> = {
    'image/*': 'image/png',
    'audio/*': 'audio/mpeg',
    'video/*': 'video/mp4',
  };
  return wildcard[first] ?? first;
}

export function typeFromFilename(name: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? EXTENSION_TYPES[ext] : undefined;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function le32(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** Bytes with a valid signature of the media type (enough for type sniffing, not a full decode). */
export function sampleBytes(mediaType: string): Uint8Array {
  switch (mediaType) {
    case 'image/png':
      return PNG;
    case 'image/jpeg':
      return Uint8Array.from([
        0xff,
        0xd8,
        0xff,
        0xe0,
        0x00,
        0x10,
        ...ascii('JFIF'),
        0x00,
        0x01,
        0x01,
        0x00,
        0x00,
        0x01,
        0x00,
        0x01,
        0x00,
        0x00,
        0xff,
        0xd9,
      ]);
    case 'image/webp':
      return Uint8Array.from([
        ...ascii('RIFF'),
        ...le32(12),
        ...ascii('WEBP'),
        ...ascii('VP8L'),
        ...le32(0),
      ]);
    case 'image/gif':
      return Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0x3b]);
    case 'audio/mpeg':
      return Uint8Array.from([
        ...ascii('ID3'),
        4,
        0,
        0,
        0,
        0,
        0,
        0,
        0xff,
        0xfb,
        0x90,
        0x64,
        0,
        0,
        0,
        0,
      ]);
    case 'audio/wav':
      return Uint8Array.from([
        ...ascii('RIFF'),
        ...le32(36),
        ...ascii('WAVE'),
        ...ascii('fmt '),
        ...le32(16),
        1,
        0,
        1,
        0,
        ...le32(8000),
        ...le32(16000),
        2,
        0,
        16,
        0,
        ...ascii('data'),
        ...le32(0),
      ]);
    case 'audio/mp4':
    case 'video/mp4':
      return Uint8Array.from([
        0,
        0,
        0,
        0x18,
        ...ascii('ftyp'),
        ...ascii(mediaType === 'audio/mp4' ? 'M4A ' : 'isom'),
        0,
        0,
        2,
        0,
        ...ascii('isomiso2'),
      ]);
    case 'application/pdf':
      return Uint8Array.from(ascii('%PDF-1.4\n%%EOF\n'));
    default:
      return Uint8Array.from([1, 2, 3, 4]);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const RIFF = (kind: string) => (b: Uint8Array) =>
  startsWith(b, ascii('RIFF')) && startsWith(b, ascii(kind), 8);

/** Signature checks per media type; a type missing here fails the contract test (add it). */
const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/webp': RIFF('WEBP'),
  'image/gif': (b) => startsWith(b, ascii('GIF8')),
  'audio/mpeg': (b) => startsWith(b, ascii('ID3')) || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0),
  'audio/wav': RIFF('WAVE'),
  'audio/x-wav': RIFF('WAVE'),
  'audio/wave': RIFF('WAVE'),
  'audio/flac': (b) => startsWith(b, ascii('fLaC')),
  'audio/ogg': (b) => startsWith(b, ascii('OggS')),
  'audio/opus': (b) => startsWith(b, ascii('OggS')),
  // ADTS frame sync (12 bits set, layer 00).
  'audio/aac': (b) => b[0] === 0xff && (b[1]! & 0xf6) === 0xf0,
  // Raw samples have no header: any bytes will do.
  'audio/pcm': (b) => b.byteLength > 0,
  'audio/mp4': (b) => startsWith(b, ascii('ftyp'), 4),
  'video/mp4': (b) => startsWith(b, ascii('ftyp'), 4),
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
};

/** undefined when the bytes carry the media type's signature, else why not. */
export function signatureProblem(mediaType: string, bytes: Uint8Array): string | undefined {
  const check = SIGNATURES[mediaType];
  if (!check) return `no signature check known for ${mediaType}`;
  if (bytes.byteLength === 0) return `empty ${mediaType} body`;
  return check(bytes)
    ? undefined
    : `${mediaType} body starts with ${[...bytes.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

/** Does `actual` (no parameters) match a declared media type, wildcards included? */
export function mediaTypeMatches(declared: string, actual: string): boolean {
  const d = declared.toLowerCase();
  const a = actual.toLowerCase();
  if (d === a || d === '*/*') return true;
  return d.endsWith('/*') && a.startsWith(d.slice(0, -1));
}
