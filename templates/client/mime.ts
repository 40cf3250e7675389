/**
 * Media types by file extension, grouped by top-level type: `ext` stands for `<group>/<ext>`,
 * `ext=sub` for `<group>/<sub>`. Each group lists its extensions in order, so a type's preferred
 * extension (the first one listed) is the alphabetically first.
 */
const TABLE = {
  application: 'json jsonl pdf zip',
  audio: 'aac flac m4a=mp4 mp3=mpeg mpeg mpga=mpeg oga=ogg ogg opus wav',
  image: 'avif bmp gif heic jpeg jpg=jpeg png svg=svg+xml tif=tiff tiff webp',
  text: 'csv htm=html html md=markdown txt=plain',
  video: 'mov=quicktime mp4 webm',
};

/** Media types by file extension, for upload parts that do not say their own type. */
export const BY_EXTENSION: Map<string, string> = new Map();
/** Preferred extension for a media type. The Python SDK's `_media_types.py` is printed from both maps. */
export const EXTENSION_FOR: Map<string, string> = new Map();
for (const [group, list] of Object.entries(TABLE)) {
  for (const entry of list.split(' ')) {
    const [ext, sub = ext] = entry.split('=') as [string, string?];
    const type = `${group}/${sub}`;
    BY_EXTENSION.set(ext, type);
    if (!EXTENSION_FOR.has(type)) EXTENSION_FOR.set(type, ext);
  }
}

export function mimeFromFilename(filename: string | undefined): string | undefined {
  if (!filename) return undefined;
  const dot = filename.lastIndexOf('.');
  if (dot < 0 || dot === filename.length - 1) return undefined;
  return BY_EXTENSION.get(filename.slice(dot + 1).toLowerCase());
}

export function extensionFromMime(type: string | undefined): string | undefined {
  if (!type) return undefined;
  return EXTENSION_FOR.get(type.split(';')[0]!.trim().toLowerCase());
}
