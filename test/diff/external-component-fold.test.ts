/**
 * A parameter and a response defined in another file (`./common.json#/components/…`) are bundled
 * under each operation that references them: a change to one is still one entry naming every
 * operation, as for the same components written in the document itself.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecs, loadSide, type Change } from '../../generator/diff/index.js';
import { baseSpec } from './base-spec.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diff-external-fold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `/a` and `/b` share the `Limit` parameter and the `Ok` response, in `common.json` or in the document. */
async function side(
  name: string,
  external: boolean,
  maximum: number,
  field: string,
  kinds: string[],
) {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  // A root `components/schemas` entry: written in `common.json` or in the document.
  const kind = { $ref: external ? '#/Kind' : '#/components/schemas/Kind' };
  const components = {
    parameters: { Limit: { name: 'max', in: 'query', schema: { type: 'integer', maximum } } },
    responses: {
      Ok: {
        description: 'Ok',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: [field],
              properties: { [field]: { type: 'string' }, kind },
            },
          },
        },
      },
    },
  };
  const spec = baseSpec();
  const ref = (at: string) => ({ $ref: `${external ? './common.json' : ''}#/components/${at}` });
  for (const [p, operationId] of [
    ['/a', 'getA'],
    ['/b', 'getB'],
  ] as const)
    spec.paths[p] = {
      get: {
        operationId,
        tags: ['pets'],
        parameters: [ref('parameters/Limit')],
        responses: { '200': ref('responses/Ok') },
      },
    };
  spec.paths['/kinds'] = {
    get: {
      operationId: 'listKinds',
      tags: ['pets'],
      responses: {
        '200': {
          description: 'Kinds',
          content: {
            'application/json': {
              schema: { type: 'array', items: { $ref: '#/components/schemas/Kind' } },
            },
          },
        },
      },
    },
  };
  const kindSchema = { type: 'string', enum: kinds };
  if (external) {
    writeFileSync(
      path.join(folder, 'common.json'),
      JSON.stringify({ components, Kind: kindSchema }),
    );
    spec.components.schemas.Kind = { $ref: './common.json#/Kind' };
  } else
    Object.assign(spec.components, components, {
      schemas: { ...spec.components.schemas, Kind: kindSchema },
    });
  writeFileSync(path.join(folder, 'openapi.json'), JSON.stringify(spec, null, 2));
  return loadSide(path.join(folder, 'openapi.json'), name);
}

async function diffOf(external: boolean): Promise<Change[]> {
  const kind = external ? 'external' : 'internal';
  const base = await side(`${kind}-base`, external, 10, 'name', ['a']);
  const head = await side(`${kind}-head`, external, 5, 'title', ['a', 'b']);
  return diffSpecs(base, head).changes;
}

describe('shared components in another file', () => {
  it('reports each change once at the component, naming every operation, as in-document ones', async () => {
    const [internal, external] = [await diffOf(false), await diffOf(true)];
    const wire = ['request-bound-narrowed', 'response-property-removed-without-deprecation'];
    for (const code of [...wire, 'response-property-added']) {
      const inFile = external.filter((c) => c.code === code);
      expect(inFile, code).toHaveLength(1);
      expect(inFile[0]!.message).toMatch(/ \(also in client\.pets\.getB\(\)\)$/);
      expect(inFile[0]!.call).toBe('client.pets.getA(), client.pets.getB()');
      expect(inFile[0]!.location).toMatch(/common\.json:\d+$/);
      const inDocument = internal.filter((c) => c.code === code);
      expect(inDocument.map((c) => c.message)).toEqual(inFile.map((c) => c.message));
    }
    // A component enum reached at places that read differently is still one entry, headed by the
    // enum and naming every call at every place.
    const enums = external.filter((c) => c.code === 'response-enum-value-added');
    expect(enums.map((c) => [c.operation, c.message])).toEqual([
      [
        'Kind',
        'may now be "b": code that handles each listed value meets one it does not know (at client.pets.getA() response 200.kind, client.pets.getB() response 200.kind, client.pets.listKinds() response 200[])',
      ],
    ]);
    expect(enums[0]!.location).toMatch(/common\.json:\d+$/);
    expect(external.map((c) => c.code)).toEqual(internal.map((c) => c.code));
  });
});
