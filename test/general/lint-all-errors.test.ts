/** lint reports every bad field of an example, not the first one per run. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { runCli } from '../helpers/cli.js';

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /events:
    post:
      operationId: createEvent
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Event' }
            examples:
              two:
                value: { price: free, description: 5, kind: { a: 1 } }
      responses:
        '204': { description: done }
components:
  schemas:
    Event:
      type: object
      properties:
        price: { type: number }
        description: { type: string }
        kind:
          oneOf:
            - { type: string }
            - { type: integer }
`;

async function specFile(): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'lint-all-')), 'openapi.yaml');
  await writeFile(file, SPEC);
  return file;
}

describe('example-invalid', () => {
  it('one problem per failing location of an example (alternatives of a oneOf are not listed)', async () => {
    const { problems } = buildIr(await loadSpec(await specFile()));
    const at = '/paths/~1events/post/requestBody/content/application~1json/examples/two/value';
    expect(
      problems
        .filter((p) => p.code === 'example-invalid')
        .map((p) => p.pointer)
        .sort(),
    ).toEqual([`${at}/description`, `${at}/kind`, `${at}/price`]);
  });

  it('lint --strict prints each with its line', async () => {
    const r = runCli(['lint', '--strict', '--spec', await specFile()]);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/error example-invalid/g)).toHaveLength(3);
    expect(r.stderr).toContain('3 error(s)');
  });
});
