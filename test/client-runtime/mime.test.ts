import { describe, expect, it } from 'vitest';
import { extensionFromMime, mimeFromFilename } from '../../templates/client/mime.js';

describe('media types of uploads', () => {
  it('types a file by its extension, and picks a type’s first extension', () => {
    expect(mimeFromFilename('a/b/Photo.JPG')).toBe('image/jpeg');
    expect(mimeFromFilename('voice.m4a')).toBe('audio/mp4');
    expect(mimeFromFilename('clip.mp4')).toBe('video/mp4');
    expect(mimeFromFilename('logo.svg')).toBe('image/svg+xml');
    expect(mimeFromFilename('notes.md')).toBe('text/markdown');
    expect(extensionFromMime('audio/mpeg')).toBe('mp3');
    expect(extensionFromMime('image/jpeg; q=1')).toBe('jpeg');
    expect(extensionFromMime('text/html')).toBe('htm');
    expect(extensionFromMime('image/tiff')).toBe('tif');
  });

  it('knows nothing of names the table lacks, inherited object keys included', () => {
    for (const name of ['x.constructor', 'x.__proto__', 'x.toString', 'x.unknown', 'x.', 'x'])
      expect(mimeFromFilename(name)).toBeUndefined();
    expect(extensionFromMime('constructor')).toBeUndefined();
  });
});
