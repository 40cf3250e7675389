/**
 * The README's `## Types` example imports a schema type the package root exports. A schema named
 * like a resource (`Chat`) keeps its name there: the resource class is `ChatResource`
 * (ir/names.ts `resourceClassName`), so the example takes the first operation's response, `Chat`.
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

it('the Types example imports the schema named like a resource: the class takes `ChatResource`', async () => {
  const spec = path.join(work, 'spec.yaml');
  writeFileSync(spec, SPEC);
  const gen = await generate(spec);
  const readme = readFileSync(path.join(gen.dir, 'sdk/README.md'), 'utf8');
  const types = readme.slice(readme.indexOf('## Types'));
  const imported = /`import type \{ (\w+) \} from '@shellapi\/sdk'`/.exec(types)?.[1];
  expect(imported).toBe('Chat');
  expect(types).not.toContain('not re-exported');
  const index = readFileSync(path.join(gen.dir, 'sdk/src/index.ts'), 'utf8');
  const schemaTypes = /export type \{([^}]*)\} from '\.\/schema\.js'/.exec(index)![1]!;
  expect(schemaTypes.split(',').map((s) => s.trim())).toContain('Chat');
  expect(index).toContain("export { ChatResource } from './resources/chat.js';");
});
