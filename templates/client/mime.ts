/** Media types by file extension, for upload parts that do not say their own type. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  aac: 'audio/aac',
  avif: 'image/avif',
  bmp: 'image/bmp',
  csv: 'text/csv',
  flac: 'audio/flac',
  gif: 'image/gif',
  heic: 'image/heic',
  htm: 'text/html',
  html: 'text/html',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  json: 'application/json',
  jsonl: 'application/jsonl',
  m4a: 'audio/mp4',
  md: 'text/markdown',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  mpeg: 'audio/mpeg',
  mpga: 'audio/mpeg',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  wav: 'audio/wav',
  webm: 'video/webm',
  webp: 'image/webp',
  zip: 'application/zip',
};

/** Preferred extension for a media type (first in the table above). */
const EXTENSION_FOR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BY_EXTENSION)
    .reverse()
    .map(([ext, type]) => [type, ext]),
);

export function mimeFromFilename(filename: string | undefined): string | undefined {
  if (!filename) return undefined;
  const dot = filename.lastIndexOf('.');
  if (dot < 0 || dot === filename.length - 1) return undefined;
  return BY_EXTENSION[filename.slice(dot + 1).toLowerCase()];
}

export function extensionFromMime(type: string | undefined): string | undefined {
  if (!type) return undefined;
  return EXTENSION_FOR[type.split(';')[0]!.trim().toLowerCase()];
}

/** A declared part encoding (`image/png`) is usable as a concrete type; lists and wildcards are not. */
export function concreteMime(declared: string | undefined): string | undefined {
  if (!declared || declared.includes(',') || declared.includes('*')) return undefined;
  return declared.trim();
}
