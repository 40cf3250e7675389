/**
 * A path item's own parameters in openapi-typescript's `paths` type: they are typed at the path
 * item (as openapi-typescript types a spec), even when two of them share a name in different
 * locations (a path `id` and a query `id`), and an operation's override stays the operation's.
 * Checked with tsc on a consumer: each `@ts-expect-error` line must be an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanupGenerated, generate, typeCheck, type Generated } from '../emit-client/generate.js';

const SPEC = `openapi: 3.1.0
info: { title: Ids, version: '1' }
paths:
  /items/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: id, in: query, schema: { type: integer } }
      - { name: X-Trace, in: header, required: true, schema: { type: string } }
    get:
      operationId: getItem
      responses:
        '200': { description: ok }
    delete:
      operationId: deleteItem
      parameters:
        - { name: X-Trace, in: header, schema: { type: string } }
      responses:
        '204': { description: gone }
`;

let dir: string;
let sdk: Generated;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'path-item-params-'));
  const spec = path.join(dir, 'openapi.yaml');
  writeFileSync(spec, SPEC);
  sdk = await generate(spec);
}, 60_000);
afterAll(() => {
  cleanupGenerated();
  rmSync(dir, { recursive: true, force: true });
});

describe('paths: a path item’s parameters', () => {
  it('types the path item’s path and query `id` apart, and keeps an operation’s override its own', () => {
    const probe = path.join(sdk.dir, 'sdk/src', 'probe-path-item.ts');
    writeFileSync(
      probe,
      [
        "import type { paths } from './schema.js';",
        "type Item = paths['/items/{id}']['parameters'];",
        "export const p: Item['path'] = { id: 'a' };",
        "export const q: NonNullable<Item['query']> = { id: 3 };",
        "export const h: Item['header'] = { 'X-Trace': 't' };",
        '// @ts-expect-error the path `id` is a string',
        "export const badPath: Item['path'] = { id: 3 };",
        '// @ts-expect-error the query `id` is a number',
        "export const badQuery: NonNullable<Item['query']> = { id: 'a' };",
        "type Delete = paths['/items/{id}']['delete']['parameters'];",
        // The operation made the header optional: its own parameters say so.
        "export const noTrace: Delete['header'] = {};",
        "type Get = paths['/items/{id}']['get']['parameters'];",
        '// @ts-expect-error the path item’s header stays required where not overridden',
        "export const getNoTrace: Get['header'] = {};",
      ].join('\n'),
    );
    expect(typeCheck([probe])).toEqual([]);
  });
});
