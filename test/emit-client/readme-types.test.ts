/**
 * The README's `## Types` example imports a schema type the package root exports. A schema named
 * like a resource (`Chat`) is shadowed by the resource class there, so the example (which would
 * otherwise pick the first operation's response) takes another schema; the README still names the
 * shadowed one and how to import it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cleanupGenerated, generate } from './generate.js';

const SPEC = `openapi: 3.1.0
info: { title: Streamy API, version: 1.0.0 }
tags: [{ name: chat }]
paths:
  /chat:
    post:
      operationId: createChat
      tags: [chat]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Chat' }
components:
  schemas:
    Chat:
      type: object
      properties: { text: { type: string } }
    Chunk:
      type: object
      properties: { text: { type: string } }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-readme-types-'));
afterAll(() => {
  cleanupGenerated();
  rmSync(work, { recursive: true, force: true });
});

it('the Types example imports an exported schema, not the shadowed one', async () => {
  const spec = path.join(work, 'spec.yaml');
  writeFileSync(spec, SPEC);
  const gen = await generate(spec);
  const readme = readFileSync(path.join(gen.dir, 'sdk/README.md'), 'utf8');
  const types = readme.slice(readme.indexOf('## Types'));
  const imported = /`import type \{ (\w+) \} from '@shellapi\/sdk'`/.exec(types)?.[1];
  expect(imported).toBe('Chunk');
  expect(types).toContain('because the client already exports that name (`Chat`)');
  // The package root exports it as a schema type (and `Chat` only as the resource class).
  const index = readFileSync(path.join(gen.dir, 'sdk/src/index.ts'), 'utf8');
  const schemaTypes = /export type \{([^}]*)\} from '\.\/schema\.js'/.exec(index)![1]!;
  expect(schemaTypes.split(',').map((s) => s.trim())).toContain(imported);
  expect(schemaTypes).not.toMatch(/\bChat\b/);
});
