/**
 * An example's block is made once per IR value (operation-html.ts `exampleBlock`): operations that
 * share an answer (one schema's example) each show it in full, a page that repeats it links the
 * first, and operations with different answers never get each other's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsFor, text } from './helpers.js';
import type { VirtualFile } from '../../generator/emit/types.js';

const SPEC = `openapi: 3.1.0
info: { title: Shared answers, version: '1' }
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
        '201': { description: Also, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
  /b:
    get:
      operationId: getB
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
  /c:
    get:
      operationId: getC
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Other' } } } }
components:
  schemas:
    Thing:
      type: object
      properties: { name: { type: string } }
      example: { name: shared-thing }
    Other:
      type: object
      properties: { name: { type: string } }
      example: { name: other-thing }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-example-blocks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let files: VirtualFile[];
beforeAll(async () => {
  const spec = path.join(work, 'openapi.yaml');
  writeFileSync(spec, SPEC);
  files = (await docsFor(spec)).files;
});

const page = (id: string): string =>
  text(files.find((f) => f.path === `docs/operations/${id}.html`)!);
const shown = (html: string, value: string): number =>
  html.split(`<span class="tok-str">"${value}"</span>`).length - 1;

describe('example blocks', () => {
  it('each operation sharing an answer shows it; a repeat on one page links the first', () => {
    expect(shown(page('getA'), 'shared-thing')).toBe(1);
    expect(page('getA')).toContain('Same as <a href="#');
    expect(shown(page('getB'), 'shared-thing')).toBe(1);
    expect(page('getB')).not.toContain('Same as <a href="#');
  });

  it('an operation with another answer shows its own', () => {
    expect(shown(page('getC'), 'other-thing')).toBe(1);
    expect(shown(page('getC'), 'shared-thing')).toBe(0);
  });
});
