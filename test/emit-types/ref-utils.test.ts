/**
 * emit/types/ref-utils.ts loads Redocly's ref-utils with two small predicates in place of its
 * heavy utils module: the shortcut is taken on the installed version, the predicates answer as
 * Redocly's own, and the helpers openapi-typescript calls give the same results.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { preloadRefUtils, SMALL_UTILS } from '../../generator/emit/types/ref-utils.js';

const fromOpenapiTs = createRequire(createRequire(import.meta.url).resolve('openapi-typescript'));

describe('light ref-utils', () => {
  it('is what openapi-typescript gets, without js-yaml or minimatch', () => {
    expect(preloadRefUtils()).toBe(true);
    fromOpenapiTs('openapi-typescript/dist/transform/index.cjs');
    const loaded = Object.keys(fromOpenapiTs.cache);
    expect(loaded.some((f) => f.includes('/openapi-typescript/dist/transform/'))).toBe(true);
    expect(loaded.filter((f) => /\/(js-yaml|minimatch|https-proxy-agent)\//.test(f))).toEqual([]);
  });

  it("answers as Redocly's utils do", () => {
    const full = fromOpenapiTs('@redocly/openapi-core/lib/utils.js') as Record<
      string,
      (v: unknown) => boolean
    >;
    const values = [null, undefined, 0, 1, '', 'a', [], [1], {}, { a: 1 }, () => 0, NaN, false];
    for (const name of Object.keys(SMALL_UTILS))
      for (const value of values) expect(SMALL_UTILS[name]!(value)).toBe(full[name]!(value));
    const light = fromOpenapiTs('@redocly/openapi-core/lib/ref-utils.js') as {
      parseRef(ref: string): unknown;
      escapePointer(s: string): string;
    };
    expect(light.parseRef('#/components/schemas/A~1b/properties/x%25')).toEqual({
      uri: null,
      pointer: ['components', 'schemas', 'A/b', 'properties', 'x%'],
    });
    expect(light.parseRef('#/paths//a')).toEqual({ uri: null, pointer: ['paths', 'a'] });
    expect(light.escapePointer('a/b~c')).toBe('a~1b~0c');
  });
});
