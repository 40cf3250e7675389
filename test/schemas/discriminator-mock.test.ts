/**
 * A discriminator whose `mapping` names only some variants: the others keep their schema name as
 * value (OpenAPI's implicit rule), and the value picks the variant — for the mock's request checks
 * and for example validation alike (overlapping variants do not fail `oneOf`).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { MockServer } from '../../templates/mock/server.js';
import { call, startFor } from '../mock/helpers.js';

const ZOO = fileURLToPath(new URL('./zoo.yaml', import.meta.url));

let mock: MockServer;
beforeAll(async () => {
  mock = await startFor(ZOO);
});
afterAll(async () => {
  await mock?.close();
});

describe('a partial discriminator mapping', () => {
  it('keeps the implicit schema-name value beside the written ones in the IR', async () => {
    const { ir } = buildIr(await loadSpec(ZOO));
    const pet = ir.schemas.find((s) => s.name === 'Pet')!.schema;
    const union = pet.kind === 'intersection' ? pet.parts[1] : pet;
    expect(union?.kind === 'union' && union.discriminator?.mapping).toEqual({
      dog: 'Dog',
      Cat: 'Cat',
    });
  });

  it('the mock accepts a body tagged with the implicit value and checks it as that variant', async () => {
    const cat = await call(mock.url, 'POST', '/pets', {
      json: { petType: 'Cat', name: 'Tom', lives: 9 },
    });
    expect(cat.status).toBe(201);
    const bad = await call(mock.url, 'POST', '/pets', {
      json: { petType: 'Cat', name: 'Tom', lives: 'nine' },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('/lives: must be integer');
    const unknown = await call(mock.url, 'POST', '/pets', {
      json: { petType: 'cow', name: 'Daisy' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('must be one of: \\"dog\\", \\"Cat\\"');
  });

  it("the spec's example is valid (the tag picks the variant) and the mock answers it", async () => {
    const { problems } = buildIr(await loadSpec(ZOO));
    expect(
      problems.filter((p) => p.code === 'example-invalid' || p.code === 'schema-unsatisfiable'),
    ).toEqual([]);
    const list = await call(mock.url, 'GET', '/pets');
    expect(list.json).toEqual([
      { petType: 'dog', name: 'Rex', bark: 'loud' },
      { petType: 'Cat', name: 'Tom', lives: 9 },
    ]);
  });
});
