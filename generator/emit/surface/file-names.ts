/**
 * The local file names samples and SDK examples use for uploads and downloads: one table, so the
 * docs' curl and Python samples and the SDK's `@example` upload the same `image.png`.
 */
import type { ContentIr } from '../../ir/types.js';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/flac': 'flac',
  'audio/aac': 'aac',
  'audio/opus': 'opus',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'text/plain': 'txt',
  'application/json': 'json',
};

/** The file uploaded for a multipart field (or `body` for a binary body): its declared type, else a guess from its name. */
export function uploadFileName(field: string, content: ContentIr | undefined): string {
  const declared = content?.encoding[field]?.contentType?.split(',')[0]?.trim();
  const ext =
    (declared && EXTENSIONS[declared]) ??
    (/image|mask/i.test(field)
      ? 'png'
      : /audio|voice|speech/i.test(field)
        ? 'mp3'
        : /video/i.test(field)
          ? 'mp4'
          : 'bin');
  return `${field}.${ext}`;
}

/** Where a binary answer of this media type is saved. */
export function downloadFileName(mediaType: string): string {
  return `output.${EXTENSIONS[mediaType.split(';')[0]!.trim()] ?? 'bin'}`;
}
