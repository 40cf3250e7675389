/**
 * String literals in the generated TypeScript (enum members, keys) keep every character: control
 * characters are written as escapes, so the pipeline's control-character scrub has nothing to
 * replace and the literal reads back as the spec's value.
 */
import { describe, expect, it } from 'vitest';
import {
  literalType,
  propertyKey,
  quote,
} from '../../generator/emit/surface/type-printer/literals.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\0-\x08\n-\x1f\x7f\u2028\u2029]/;

describe('TypeScript string literals', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['bell and DEL', 'c\u0007d\u007f'],
    ['CR and LF', 'line\r\nnext'],
    ['line separators', 'x\u2028y\u2029z'],
    ['quotes and backslashes', 'it\'s \\ "quoted"'],
    ['a tab (kept as written)', 'a\tb'],
  ])('%s: no raw control character, and the literal reads back as the value', (_, value) => {
    for (const text of [quote(value), literalType(value), propertyKey(value)]) {
      expect(text).not.toMatch(RAW_CONTROL);
      expect(new Function(`return ${text};`)()).toBe(value);
    }
  });
});
