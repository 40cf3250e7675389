import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsedTarget, requestTarget } from '../../templates/mock/target.js';

/** What the engine reads of a target: the path and the query's pairs in order. */
const seen = (t: { pathname: string; searchParams: URLSearchParams }): [string, string[][]] => [
  t.pathname,
  [...t.searchParams],
];

describe('request target split', () => {
  it('agrees with the URL parser on targets it splits as text and on those it leaves to it', () => {
    const targets = [
      '/v1/embeddings',
      '/v1/models/gpt-3.5-turbo?limit=2&after=a+b',
      '/',
      '//double/slash',
      '/a/./b',
      '/a/../b',
      '/a/%2e%2E/b',
      '/a/.../b',
      '/a\\b',
      '/caf\u00e9',
      '/a b',
      '/a?x=%ZZ&y=%41&z',
      '/a?q=\'"<>`{}|^',
      '/a?x=1#frag',
      '/a?x=1?y=2',
      '/a?=&&=x',
      '/a?\u00e9=\u00e8',
      '/a?x=%E2%82%AC',
      'no-slash?x=1',
      '/a;b,c@d:e!f$g&h(i)j*k+l=m~n_o',
    ];
    for (const t of targets) expect(seen(requestTarget(t)), t).toEqual(seen(parsedTarget(t)));
  });

  it('agrees with the URL parser on random targets', () => {
    const piece = fc.constantFrom(
      ...'/abc.-_~!$&\'()*+,;=:@%2e%41?#\\ "<>`{}|^+\u00e9\t'.split(''),
      '..',
      '%2E',
      '%zz',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const t = `/${pieces.join('')}`;
        expect(seen(requestTarget(t))).toEqual(seen(parsedTarget(t)));
      }),
      { numRuns: 3000 },
    );
  });
});
