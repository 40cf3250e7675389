/**
 * `--strict` makes every warning an error, whichever stage found it: a load warning (an undeclared
 * tag, a duplicate `required` entry) stops `lint` and `generate` like an invalid example does.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-strict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const spec = path.join(work, 'openapi.yaml');
writeFileSync(
  spec,
  `openapi: 3.1.0
info: { title: Strict, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [id, id], properties: { id: { type: string } } }
`,
);

it('without --strict the load warnings are printed and everything is generated', () => {
  const lint = runCli(['lint', '--spec', spec]);
  expect(lint.stderr).toMatch(/warning tag-undeclared at \/paths\/~1things\/get\/tags\/0/);
  expect(lint.stderr).toContain('0 error(s), 2 warning(s)');
  expect(lint.status).toBe(0);
});

it('with --strict they are errors: lint exits 1 and generate writes nothing', () => {
  const lint = runCli(['lint', '--spec', spec, '--strict']);
  expect(lint.stderr).toMatch(/error tag-undeclared at \/paths\/~1things\/get\/tags\/0/);
  expect(lint.stderr).toContain('2 error(s), 0 warning(s)');
  expect(lint.status).toBe(1);
  const out = path.join(work, 'out');
  const generate = runCli(['generate', '--spec', spec, '--out', out, '--strict']);
  expect(generate.status).toBe(1);
  expect(existsSync(out)).toBe(false);
});
