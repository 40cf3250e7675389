/**
 * The example validator is reused by a later IR build whose component schemas are unchanged (a
 * watch run after an edit elsewhere), and rebuilt when one changed: the reused one keeps what it
 * compiled, a rebuilt one checks against the new schema.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createExampleValidator } from '../../generator/ir/examples/validator.js';

function spec(nameType: string, summary: string): string {
  return `openapi: 3.1.0
info: { title: T, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      summary: ${summary}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: ${nameType} }
`;
}

async function schemasOf(yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-validator-reuse-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, yaml);
  const { ir } = buildIr(await loadSpec(file), { strict: false });
  return ir.schemas;
}

describe('example validator reuse', () => {
  it('reuses the compiled validator while the components are the same, and only then', async () => {
    const first = await schemasOf(spec('string', 'List'));
    const validator = createExampleValidator(first);
    const pet = first.find((s) => s.name === 'Pet')!.schema;
    expect(validator.check(pet, { name: 'Rex' }, 'response')).toBeUndefined();
    const compiled = validator.compiled;
    expect(compiled).toBeGreaterThan(0);

    const edited = await schemasOf(spec('string', 'List all pets'));
    expect(createExampleValidator(edited)).toBe(validator);
    expect(validator.compiled).toBe(compiled);

    const changed = await schemasOf(spec('integer', 'List all pets'));
    const fresh = createExampleValidator(changed);
    expect(fresh).not.toBe(validator);
    const newPet = changed.find((s) => s.name === 'Pet')!.schema;
    expect(fresh.check(newPet, { name: 'Rex' }, 'response')?.at).toBe('/name');
    expect(fresh.check(newPet, { name: 3 }, 'response')).toBeUndefined();
  });
});
