/**
 * The CommonJS source reads (generator/util/source-reads.ts) decode to exactly the string Node's
 * own UTF-8 read gives, whatever the mix of ASCII and multi-byte characters around chunk edges.
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../generator/util/source-reads.js';

const CHUNK = 64 * 1024;

describe('decodeUtf8', () => {
  it('ASCII, and multi-byte characters anywhere (across every chunk edge), decode as UTF-8 does', () => {
    const samples = [
      '',
      'plain ascii\n'.repeat(20_000),
      'é',
      `${'a'.repeat(CHUNK - 1)}é${'b'.repeat(CHUNK)}`,
      `${'a'.repeat(CHUNK - 2)}€${'b'.repeat(10)}`,
      `${'a'.repeat(CHUNK - 3)}𝄞${'c'.repeat(CHUNK + 5)}`,
      `${'x'.repeat(3 * CHUNK)}≤ the end`,
      '≤'.repeat(CHUNK),
    ];
    for (const text of samples) {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
    }
  });
});
