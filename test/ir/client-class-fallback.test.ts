/**
 * One rule for the client class name: a title that gives no identifier (`価格`) is `Client` with a
 * `name-fallback` warning, and a title that names an export of the client runtime (`Stream`,
 * `RequestOptions`) is `<Title>Client` with a `name-clash` warning, as a resource's clash is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-client-class-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const specTitled = (title: string): string => `openapi: 3.1.0
info: { title: '${title}', version: '1' }
servers: [{ url: 'http://127.0.0.1:4025' }]
paths:
  /pets:
    get:
      operationId: listPets
      responses: { '200': { description: ok } }
`;

async function irTitled(title: string): Promise<ReturnType<typeof buildIr>> {
  const file = path.join(work, `${encodeURIComponent(title)}.yaml`);
  writeFileSync(file, specTitled(title));
  return buildIr(await loadSpec(file));
}

describe('the client class name', () => {
  it('falls back to Client, with a located warning, for a title with no identifier', async () => {
    const { ir, problems } = await irTitled('価格');
    expect(ir.clientClassName).toBe('Client');
    expect(problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['warning', 'name-fallback', '/info/title'],
    ]);
    expect(problems[0]!.message).toContain('the client class is `Client`');
  });

  it.each(['Stream', 'RequestOptions'])(
    'moves off the runtime export %s to <Title>Client, with a located warning',
    async (title) => {
      const { ir, problems } = await irTitled(title);
      expect(ir.clientClassName).toBe(`${title}Client`);
      expect(problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
        ['warning', 'name-clash', '/info/title'],
      ]);
    },
  );

  it('keeps a Latin title that clashes with nothing', async () => {
    const { ir, problems } = await irTitled('Pet Store');
    expect(ir.clientClassName).toBe('PetStore');
    expect(problems).toEqual([]);
  });

  it('title Stream generates an SDK whose client and runtime Stream both exist', async () => {
    const file = path.join(work, 'stream.yaml');
    writeFileSync(file, specTitled('Stream'));
    const out = path.join(work, 'out');
    const result = await runPipeline({ spec: file, out, only: ['client'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sdk = await import(pathToFileURL(path.join(out, 'sdk/dist/index.js')).href);
    expect(typeof sdk.StreamClient).toBe('function');
    expect(sdk.Stream).not.toBe(sdk.StreamClient);
    expect(new sdk.StreamClient({ baseUrl: 'http://127.0.0.1:1' })).toBeInstanceOf(sdk.APIClient);
  });
});

describe('the runtime member names', () => {
  it('have one home, the IR, which the client emitter imports (no re-export)', async () => {
    const naming = await import('../../generator/emit/client/naming.js');
    expect(Object.keys(naming)).not.toContain('CLIENT_MEMBERS');
    const { CLIENT_MEMBERS } = await import('../../generator/ir/runtime-names.js');
    expect(CLIENT_MEMBERS.has('withOptions')).toBe(true);
  });
});
