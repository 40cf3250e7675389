/**
 * Accented Latin letters in tags and operationIds keep their word (`Café` → `cafe`, `getÉlément` →
 * `getElement`) instead of losing the letter and splitting there (`caf`, `getLMent`): both SDKs read
 * the IR's names, so they agree, and no `name-fallback` warning is due.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { camelCase } from '../../generator/ir/casing.js';

const spec = `openapi: 3.1.0
info: { title: Acc, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: Café }]
paths:
  /r:
    post:
      operationId: réserver
      tags: [Café]
      responses: { '204': { description: ok } }
  /e:
    get:
      operationId: getÉlément
      tags: [Café]
      responses: { '204': { description: ok } }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-accented-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('accented Latin names', () => {
  it('fold to their base letters, NFC and NFD alike', () => {
    expect(camelCase('Café')).toBe('cafe');
    expect(camelCase('Cafe\u0301')).toBe('cafe');
    expect(camelCase('getÉlément')).toBe('getElement');
    expect(camelCase('réserver')).toBe('reserver');
  });

  it('name the same resource and methods in both SDKs, without a fallback warning', async () => {
    const file = path.join(work, 'openapi.yaml');
    writeFileSync(file, spec);
    const result = await runPipeline({ spec: file, out: work, only: ['client', 'python'] });
    expect(result.problems).toEqual([]);
    const ts = readFileSync(path.join(work, 'sdk/src/resources/cafe.ts'), 'utf8');
    expect(ts).toMatch(/^ {2}getElement\(/m);
    expect(ts).toMatch(/^ {2}reserver\(/m);
    const py = readFileSync(path.join(work, 'python/shellapi/_client.py'), 'utf8');
    expect(py).toContain('self.cafe = CafeResource(self)');
    expect(py).toMatch(/def get_element\(self/);
    expect(py).toMatch(/def reserver\(self/);
  }, 120_000);
});
