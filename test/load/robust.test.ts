/** Damaged specs never crash the loader, and every problem found in them is located. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadSpecSync } from '../../generator/load/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'load-robust-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const JUNK = [
  5,
  null,
  [],
  {},
  'x',
  true,
  { $ref: '#/x' },
  { $ref: './nope.yaml' },
  { $ref: '#' },
  { $ref: '#/paths' },
  { $ref: '../../outside.yaml' },
  [{ name: 'a', in: 'path' }],
];

it('reports located problems instead of throwing, whatever part of a spec is replaced by junk', () => {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const seen = new Set<string>();
  for (let i = 0; i < 80; i++) {
    const source = i % 2 === 0 ? 'valid' : 'bundle';
    const dir = path.join(tmp, String(i));
    cpSync(path.join(FIXTURES, source), dir, { recursive: true });
    const file =
      source === 'valid'
        ? 'openapi.yaml'
        : ['openapi.yaml', 'schemas/pets.yaml', 'paths/pets.yaml'][i % 3]!;
    const document = YAML.parse(readFileSync(path.join(dir, file), 'utf8'));
    const slots: [Record<string, unknown>, string][] = [];
    const collect = (value: unknown): void => {
      if (value && typeof value === 'object') {
        for (const key of Object.keys(value)) {
          slots.push([value as Record<string, unknown>, key]);
          collect((value as Record<string, unknown>)[key]);
        }
      }
    };
    collect(document);
    for (let m = 0; m < 2; m++) {
      const [parent, key] = slots[Math.floor(random() * slots.length)]!;
      parent[key] = structuredClone(JUNK[Math.floor(random() * JUNK.length)]);
    }
    writeFileSync(path.join(dir, file), YAML.stringify(document));
    const spec = loadSpecSync(path.join(dir, 'openapi.yaml'));
    for (const problem of spec.problems) {
      seen.add(problem.code);
      expect(problem.code).not.toBe('load-failed');
      expect(problem.line, `${problem.code} ${problem.file} ${problem.pointer}`).toBeGreaterThan(0);
    }
    expect(() => spec.locate('/paths/~1nowhere/get/responses')).not.toThrow();
  }
  // The damage was varied enough to reach refs, types and extensions.
  for (const code of ['ref-dangling', 'type-invalid', 'extension-invalid'])
    expect(seen).toContain(code);
});
