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
import { isBasicAuth, sdkCredential } from '../../generator/ir/security-schemes.js';
import { planAuth } from '../../generator/emit/surface/plan.js';
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

describe('sdkCredential', () => {
  it('says how the SDKs send their key per scheme, and planAuth skips the schemes they cannot send', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'security-schemes-'));
    dirs.push(dir);
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(
      file,
      `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /x:
    get:
      operationId: getX
      security: [{ cookie: [] }, { nameless: [] }, { tls: [] }, { oauth: [read] }]
      responses: { '204': { description: ok } }
components:
  securitySchemes:
    cookie: { type: apiKey, in: cookie, name: sid }
    nameless: { type: apiKey, in: header }
    tls: { type: mutualTLS }
    oauth: { type: oauth2, flows: { password: { tokenUrl: /token, scopes: { read: Read it } } } }
    oidc: { type: openIdConnect, openIdConnectUrl: https://id.example.test }
    query: { type: apiKey, in: query, name: key }
    basic: { type: http, scheme: basic }
`,
    );
    const { ir } = buildIr(await loadSpec(file));
    expect(Object.fromEntries(ir.securitySchemes.map((s) => [s.name, sdkCredential(s)]))).toEqual({
      basic: { kind: 'basic' },
      cookie: undefined,
      nameless: undefined,
      oauth: { kind: 'bearer' },
      oidc: { kind: 'bearer' },
      query: { kind: 'query', name: 'key' },
      tls: undefined,
    });
    expect(ir.securitySchemes.find((s) => s.name === 'oauth')?.flows).toEqual([
      { flow: 'password', tokenUrl: '/token', scopes: [{ name: 'read', description: 'Read it' }] },
    ]);
    expect(planAuth(ir, ir.operations[0]!)).toEqual({ auth: 'oauth', authOptional: false });
  });
});
