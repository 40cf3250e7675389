/**
 * Path parameters are positional in both SDKs, in the path template's order whatever order the
 * `parameters` array lists them in (the IR decides it once; both SDK plans and the diff read it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs, loadSide } from '../../generator/diff/index.js';
import { callPlans, pythonCall, tsSignature } from '../../generator/diff/call-plans.js';

const spec = (params: string[]) => ({
  openapi: '3.1.0',
  info: { title: 'Owned', version: '1.0.0' },
  paths: {
    '/owners/{ownerId}/pets/{petId}': {
      get: {
        operationId: 'getOwnedPet',
        tags: ['pets'],
        parameters: [
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          ...params.map((name) => ({
            name,
            in: 'path',
            required: true,
            schema: { type: 'string' },
          })),
        ],
        responses: { '204': { description: 'Found' } },
      },
    },
  },
});

describe('SDK call shape of path parameters', () => {
  it.each([[['ownerId', 'petId']], [['petId', 'ownerId']]])(
    'declared as %j: both SDKs take them in the path order',
    async (params) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'call-shape-'));
      try {
        const file = path.join(dir, 'spec.json');
        writeFileSync(file, JSON.stringify(spec(params)));
        const { ir } = await loadSide(file, 'head');
        const plans = callPlans(ir, ir.operations[0]!);
        expect(tsSignature(plans.ts)).toBe(
          'client.pets.getOwnedPet(ownerId, petId, params?, options?)',
        );
        expect(plans.py!.args.map((a) => a.name)).toEqual(['owner_id', 'pet_id', 'verbose']);
        expect(pythonCall(plans.py!)).toBe('client.pets.get_owned_pet(...)');
        // The docs and every other output read the same IR order.
        expect(ir.operations[0]!.parameters.map((p) => p.name)).toEqual([
          'verbose',
          'ownerId',
          'petId',
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('a spec the Python planner rejects', () => {
  // A component named like an operation's derived Python type: generate reports it; diff still runs.
  const clashing = (query: boolean) => ({
    openapi: '3.1.0',
    info: { title: 'Shop', version: '1.0.0' },
    paths: {
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          tags: ['pets'],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            ...(query ? [{ name: 'verbose', in: 'query', schema: { type: 'boolean' } }] : []),
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Pet: { type: 'object', properties: { name: { type: 'string' } } },
        PetsGetPetResponse: { type: 'object', properties: { legacy: { type: 'boolean' } } },
      },
    },
  });

  it('is compared on the TypeScript side', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'call-shape-'));
    try {
      writeFileSync(path.join(dir, 'base.json'), JSON.stringify(clashing(false)));
      writeFileSync(path.join(dir, 'head.json'), JSON.stringify(clashing(true)));
      const result = diffSpecs(
        await loadSide(path.join(dir, 'base.json'), 'base'),
        await loadSide(path.join(dir, 'head.json'), 'head'),
      );
      expect(result.bump).toBe('major');
      expect(result.changes.map((c) => c.code)).toContain('sdk-options-moved');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
