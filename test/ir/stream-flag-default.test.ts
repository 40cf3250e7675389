/** A stream flag declared `default: true` gets a located warning (it is not honoured as on). */
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

async function warnings(flag: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-flag-'));
  await writeFile(path.join(dir, 'openapi.yaml'), spec(flag));
  const { problems } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
  return problems.filter((p) => p.code === 'stream-flag-default');
}

describe('stream-flag-default', () => {
  it('warns, at the body schema, when the flag defaults to true', async () => {
    const found = await warnings('{ type: boolean, default: true }');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(JSON.stringify(found[0])).toContain(
      '/paths/~1feed/post/requestBody/content/application~1json/schema',
    );
  });

  it('says nothing for a flag without that default', async () => {
    expect(await warnings('{ type: boolean, default: false }')).toEqual([]);
    expect(await warnings('{ type: boolean }')).toEqual([]);
  });
});
