/**
 * "Is this scheme HTTP basic auth?" is decided once (generator/ir/security-schemes.ts `isBasicAuth`,
 * on the IR's lower-cased scheme): the TS client, the Python SDK, the READMEs and the docs samples
 * read it, and no emitter spells the test again.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { isBasicAuth } from '../../generator/ir/security-schemes.js';
import { REPO } from '../docs/helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const spec = `openapi: 3.1.0
info: { title: T, version: '1' }
paths: {}
components:
  securitySchemes:
    upper: { type: http, scheme: Basic }
    plain: { type: http, scheme: basic }
    token: { type: http, scheme: bearer }
    header: { type: apiKey, in: header, name: basic }
`;

async function sourcesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourcesUnder(full)));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

describe('isBasicAuth', () => {
  it('is true for http basic in any spelling of the scheme, false for the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'security-schemes-'));
    dirs.push(dir);
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, spec);
    const { ir } = buildIr(await loadSpec(file));
    const basic = ir.securitySchemes.filter(isBasicAuth).map((s) => s.name);
    expect(basic).toEqual(['plain', 'upper']);
  });

  it('is the only place the generator tests for the basic scheme', async () => {
    const own = path.join(REPO, 'generator/ir/security-schemes.ts');
    const spelt: string[] = [];
    for (const file of await sourcesUnder(path.join(REPO, 'generator'))) {
      if (file === own) continue;
      const text = await readFile(file, 'utf8');
      if (/scheme\??(\.toLowerCase\(\))?\s*={2,3}\s*'basic'/.test(text))
        spelt.push(path.relative(REPO, file));
    }
    expect(spelt).toEqual([]);
  });
});
