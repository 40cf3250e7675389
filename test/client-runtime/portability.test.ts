import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { typeCheck } from '../emit-client/generate.js';

const DIR = path.join(REPO, 'templates/client');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

describe('the runtime is browser-safe and ships as isolated declarations', () => {
  it('type-checks without Node types, under isolatedDeclarations and exactOptionalPropertyTypes', () => {
    expect(typeCheck(files.map((f) => path.join(DIR, f)))).toEqual([]);
  });

  it.each(files)(
    '%s imports nothing from node: and no package, and uses relative .js imports',
    (file) => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const s of specifiers) expect(s).toMatch(/^\.\/[a-z-]+\.js$/);
      expect(text).not.toMatch(/\bBuffer\.|\brequire\(/);
    },
  );
});
