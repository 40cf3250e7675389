/**
 * A stream flag declared `default: true` makes streaming the default (`StreamIr.flagDefaultOn`,
 * read by both SDKs, the mock and the docs; test/e2e/stream-flag-default.test.ts), with no warning.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const spec = (flag: string) => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /feed:
    post:
      operationId: feed
      x-stream: { requestFlag: stream, itemSchema: { type: object } }
      requestBody: { content: { application/json: { schema: { type: object, properties: { stream: ${flag} } } } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { type: object } }
`;

async function build(flag: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-flag-'));
  await writeFile(path.join(dir, 'openapi.yaml'), spec(flag));
  const { ir, problems } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
  return { stream: ir.operations[0]!.stream!, problems };
}

describe('a stream flag that defaults to true', () => {
  it('makes streaming the default, without a warning', async () => {
    const { stream, problems } = await build('{ type: boolean, default: true }');
    expect(stream.flagDefaultOn).toBe(true);
    expect(problems).toEqual([]);
  });

  it('any other flag streams only when sent true', async () => {
    for (const flag of ['{ type: boolean, default: false }', '{ type: boolean }'])
      expect((await build(flag)).stream.flagDefaultOn).toBeUndefined();
  });
});
