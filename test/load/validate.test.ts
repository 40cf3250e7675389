/** Validation that must stay quiet on valid specs, and the rules that only warn. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('validation', () => {
  it('reports nothing for a spec that uses every allowed feature and our extensions', async () => {
    const spec = await loadSpec(`${FIXTURES}valid/openapi.yaml`);
    expect(spec.problems).toEqual([]);
    // Internal refs stay refs (a recursive schema included).
    expect((spec.document.components as any).schemas.Task.properties.children.items).toEqual({
      $ref: '#/components/schemas/Task',
    });
    expect((spec.document.paths as any)['/tasks/{id}']).toEqual({
      $ref: '#/components/pathItems/Task',
    });
  });

  it('warns about undeclared tags (once per tag) and a discriminator property that is not required', async () => {
    const spec = await loadSpec(`${FIXTURES}warnings/openapi.yaml`);
    expect(
      spec.problems.map(({ code, severity, line, col, pointer }) => ({
        code,
        severity,
        line,
        col,
        pointer,
      })),
    ).toEqual([
      {
        code: 'tag-undeclared',
        severity: 'warning',
        line: 11,
        col: 20,
        pointer: '/paths/~1pets/get/tags/1',
      },
      {
        code: 'discriminator-property-not-required',
        severity: 'warning',
        line: 33,
        col: 9,
        pointer: '/components/schemas/Pet/discriminator/propertyName',
      },
    ]);
    expect(spec.problems[0]!.message).toContain('2 operations');
  });

  it('keeps a 3.0 document as written (nullable is for the IR to normalise)', async () => {
    const spec = await loadSpec(`${FIXTURES}warnings/openapi.yaml`);
    expect(spec.version).toBe('3.0');
    expect((spec.document.components as any).schemas.Pet.properties.name).toEqual({
      type: 'string',
      nullable: true,
    });
  });

  it("reads an older draft's keyword with a warning whose hint names that keyword's 2020-12 form", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'older-draft-'));
    try {
      const file = path.join(dir, 'openapi.yaml');
      await writeFile(
        file,
        [
          'openapi: 3.1.0',
          'info: { title: T, version: "1" }',
          'paths: {}',
          'components:',
          '  schemas:',
          '    Rate:',
          '      type: number',
          '      minimum: 0',
          '      exclusiveMinimum: true',
          '    Tree:',
          '      $recursiveAnchor: true',
          '      type: object',
          '',
        ].join('\n'),
      );
      const spec = await loadSpec(file);
      const hints = Object.fromEntries(
        spec.problems.map((p) => [p.pointer, { severity: p.severity, hint: p.hint }]),
      );
      expect(hints['/components/schemas/Rate/exclusiveMinimum']).toEqual({
        severity: 'warning',
        hint: expect.stringContaining('`exclusiveMinimum: <number>`'),
      });
      expect(hints['/components/schemas/Tree/$recursiveAnchor']).toEqual({
        severity: 'warning',
        hint: expect.stringContaining('`$dynamicAnchor: <name>`'),
      });
      expect(hints['/components/schemas/Tree/$recursiveAnchor']!.hint).not.toContain('exclusive');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the valid values and the value given when a schema type is misspelt', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'misspelt-type-'));
    try {
      const file = path.join(dir, 'openapi.yaml');
      await writeFile(
        file,
        [
          'openapi: 3.1.0',
          'info: { title: T, version: 1.0.0 }',
          'paths: {}',
          'components:',
          '  schemas:',
          '    Pet:',
          '      type: object',
          '      properties:',
          '        name: { type: strnig }',
          '',
        ].join('\n'),
      );
      const spec = await loadSpec(file);
      expect(spec.problems).toHaveLength(1);
      expect(spec.problems[0]).toMatchObject({
        code: 'openapi-schema',
        severity: 'error',
        line: 9,
        pointer: '/components/schemas/Pet/properties/name/type',
      });
      expect(spec.problems[0]!.message).toBe(
        '"type" must be one of "array", "boolean", "integer", "null", "number", "object", "string", not the string "strnig".',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
