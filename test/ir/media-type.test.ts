/** The one media-type rule both SDKs label bare upload bytes with (IR `EncodingIr.partType`). */
import { describe, expect, it } from 'vitest';
import { sendableMediaType } from '../../generator/ir/media-type.js';

describe('sendableMediaType', () => {
  it('takes the first concrete entry of a list, never a wildcard', () => {
    expect(sendableMediaType('image/png, image/jpeg, image/webp')).toBe('image/png');
    expect(sendableMediaType('image/*, image/jpeg')).toBe('image/jpeg');
    expect(sendableMediaType(' application/json ')).toBe('application/json');
  });
  it('has none for wildcards and empty declarations', () => {
    expect(sendableMediaType('audio/*')).toBeUndefined();
    expect(sendableMediaType('*/*')).toBeUndefined();
    expect(sendableMediaType('')).toBeUndefined();
    expect(sendableMediaType(undefined)).toBeUndefined();
  });
});
