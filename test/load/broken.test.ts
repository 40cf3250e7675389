/**
 * Broken specs: each fixture under test/fixtures/broken/<case>/ has one defect, and the loader
 * must report exactly that error (code, file, line:col, pointer) and no other.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';

const BROKEN = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

interface Want {
  code: string;
  file?: string;
  line: number;
  col: number;
  pointer: string;
}

const cases: [string, Want][] = [
  // YAML / JSON
  ['yaml-syntax', { code: 'yaml-syntax', line: 9, col: 1, pointer: '/paths/~1pets' }],
  [
    'yaml-duplicate-key',
    { code: 'yaml-duplicate-key', line: 12, col: 7, pointer: '/paths/~1pets/get/operationId' },
  ],
  [
    'yaml-syntax-external',
    { code: 'yaml-syntax', file: 'paths.yaml', line: 8, col: 1, pointer: '' },
  ],
  [
    'json-syntax-external',
    { code: 'json-syntax', file: 'pet.json', line: 4, col: 3, pointer: '/Pet' },
  ],
  // $ref
  [
    'ref-dangling-internal',
    {
      code: 'ref-dangling',
      line: 15,
      col: 17,
      pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref',
    },
  ],
  [
    'ref-dangling-file',
    {
      code: 'ref-dangling',
      line: 15,
      col: 17,
      pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref',
    },
  ],
  [
    'ref-dangling-pointer',
    {
      code: 'ref-dangling',
      file: 'paths/pets.yaml',
      line: 10,
      col: 15,
      pointer: '/~1pets/get/responses/200/content/application~1json/schema/$ref',
    },
  ],
  ['ref-cycle', { code: 'ref-cycle', line: 15, col: 7, pointer: '/components/schemas/Cat/$ref' }],
  ['ref-self', { code: 'ref-cycle', line: 15, col: 7, pointer: '/components/schemas/Pet/$ref' }],
  ['ref-cycle-files', { code: 'ref-cycle', file: 'a.yaml', line: 2, col: 3, pointer: '/Pet/$ref' }],
  [
    'ref-outside-root',
    { code: 'ref-outside-root', line: 15, col: 7, pointer: '/components/schemas/Pet/$ref' },
  ],
  [
    'ref-invalid-fragment',
    { code: 'ref-invalid', line: 19, col: 9, pointer: '/components/schemas/Pets/items/$ref' },
  ],
  [
    'ref-remote',
    { code: 'ref-unsupported', line: 15, col: 7, pointer: '/components/schemas/Pet/$ref' },
  ],
  [
    'ref-mapping-dangling',
    {
      code: 'ref-dangling',
      line: 20,
      col: 11,
      pointer: '/components/schemas/Pet/discriminator/mapping/cat',
    },
  ],
  [
    'ref-mapping-external',
    {
      code: 'ref-mapping-external',
      line: 20,
      col: 11,
      pointer: '/components/schemas/Pet/discriminator/mapping/cat',
    },
  ],
  [
    'ref-recursive-external',
    {
      code: 'ref-recursive-external',
      file: 'tree.yaml',
      line: 7,
      col: 9,
      pointer: '/Node/properties/children/items/$ref',
    },
  ],
  // versions and required fields
  ['openapi-version-2', { code: 'openapi-version', line: 1, col: 1, pointer: '/swagger' }],
  ['openapi-version-number', { code: 'openapi-version', line: 1, col: 1, pointer: '/openapi' }],
  ['info-version-missing', { code: 'field-required', line: 2, col: 1, pointer: '/info' }],
  ['no-paths-3-1', { code: 'field-required', line: 1, col: 1, pointer: '' }],
  ['responses-missing', { code: 'field-required', line: 7, col: 5, pointer: '/paths/~1pets/get' }],
  [
    'response-description-3-0',
    { code: 'field-required', line: 10, col: 9, pointer: '/paths/~1pets/get/responses/200' },
  ],
  // types of known fields
  ['paths-not-map', { code: 'type-invalid', line: 5, col: 1, pointer: '/paths' }],
  [
    'parameters-not-array',
    { code: 'type-invalid', line: 9, col: 7, pointer: '/paths/~1pets/get/parameters' },
  ],
  [
    'summary-not-string',
    { code: 'type-invalid', line: 9, col: 7, pointer: '/paths/~1pets/get/summary' },
  ],
  // paths and operations
  [
    'unknown-method',
    { code: 'path-unknown-key', line: 14, col: 5, pointer: '/paths/~1pets/fetch' },
  ],
  [
    'unknown-method-external',
    { code: 'path-unknown-key', file: 'paths/pets.yaml', line: 7, col: 3, pointer: '/~1pets/gett' },
  ],
  ['path-no-slash', { code: 'path-invalid', line: 6, col: 3, pointer: '/paths/pets' }],
  [
    'path-duplicate-template',
    { code: 'path-duplicate-template', line: 18, col: 3, pointer: '/paths/~1pets~1{id}' },
  ],
  [
    'status-key-invalid',
    {
      code: 'response-status-invalid',
      line: 12,
      col: 9,
      pointer: '/paths/~1pets/get/responses/2XY',
    },
  ],
  [
    'operation-id-duplicate',
    {
      code: 'operation-id-duplicate',
      line: 14,
      col: 7,
      pointer: '/paths/~1animals/get/operationId',
    },
  ],
  [
    'path-param-undeclared',
    { code: 'path-param-undeclared', line: 7, col: 5, pointer: '/paths/~1pets~1{petId}/get' },
  ],
  [
    'path-param-absent',
    { code: 'path-param-absent', line: 10, col: 11, pointer: '/paths/~1pets/get/parameters/0' },
  ],
  [
    'path-level-param-absent',
    { code: 'path-param-absent', line: 13, col: 9, pointer: '/paths/~1pets~1{id}/parameters/1' },
  ],
  [
    'path-param-not-required',
    {
      code: 'path-param-not-required',
      line: 10,
      col: 11,
      pointer: '/paths/~1pets~1{petId}/get/parameters/0',
    },
  ],
  [
    'parameter-duplicate',
    { code: 'parameter-duplicate', line: 14, col: 11, pointer: '/paths/~1pets/get/parameters/1' },
  ],
  [
    'parameter-in-invalid',
    {
      code: 'parameter-in-invalid',
      line: 11,
      col: 11,
      pointer: '/paths/~1pets/get/parameters/0/in',
    },
  ],
  [
    'media-type-invalid',
    {
      code: 'media-type-invalid',
      line: 11,
      col: 11,
      pointer: '/paths/~1pets/post/requestBody/content/json',
    },
  ],
  [
    'security-undeclared',
    { code: 'security-scheme-undeclared', line: 6, col: 5, pointer: '/security/0/apiKey' },
  ],
  [
    'component-name-invalid',
    { code: 'component-name-invalid', line: 14, col: 5, pointer: '/components/schemas/Pet Name' },
  ],
  // our extensions (spec/EXTENSIONS.md)
  [
    'ext-family-state-missing',
    { code: 'extension-invalid', line: 41, col: 5, pointer: '/x-task-families/demo/states' },
  ],
  [
    'ext-family-status-twice',
    {
      code: 'extension-invalid',
      line: 45,
      col: 24,
      pointer: '/x-task-families/demo/states/failed/1',
    },
  ],
  [
    'ext-family-poll-unknown-op',
    {
      code: 'extension-invalid',
      line: 36,
      col: 12,
      pointer: '/x-task-families/demo/poll/operationId',
    },
  ],
  [
    'ext-family-poll-param-absent',
    { code: 'extension-invalid', line: 36, col: 34, pointer: '/x-task-families/demo/poll/param' },
  ],
  [
    'ext-family-cancel-finished-unknown',
    {
      code: 'extension-invalid',
      line: 48,
      col: 50,
      pointer: '/x-task-families/demo/cancel/whenFinished',
    },
  ],
  [
    'ext-family-cancel-finished-status',
    {
      code: 'extension-invalid',
      line: 48,
      col: 50,
      pointer: '/x-task-families/demo/cancel/whenFinished',
    },
  ],
  [
    'ext-family-bad-interval',
    { code: 'extension-invalid', line: 39, col: 5, pointer: '/x-task-families/demo/intervalMs' },
  ],
  [
    'ext-family-list-unknown-op',
    {
      code: 'extension-invalid',
      line: 48,
      col: 10,
      pointer: '/x-task-families/demo/lists/0/operationId',
    },
  ],
  [
    'ext-task-family-unknown',
    { code: 'extension-invalid', line: 9, col: 16, pointer: '/paths/~1tasks/post/x-task/family' },
  ],
  [
    'ext-task-id-not-pointer',
    { code: 'extension-invalid', line: 9, col: 30, pointer: '/paths/~1tasks/post/x-task/id' },
  ],
  [
    'ext-stream-flag-not-boolean',
    {
      code: 'extension-invalid',
      line: 10,
      col: 9,
      pointer: '/paths/~1chat/post/x-stream/requestFlag',
    },
  ],
  [
    'ext-enum-open-not-boolean',
    {
      code: 'extension-invalid',
      line: 11,
      col: 7,
      pointer: '/components/schemas/Voice/x-enum-open',
    },
  ],
  [
    'ext-enum-open-no-enum',
    {
      code: 'extension-invalid',
      line: 13,
      col: 11,
      pointer: '/components/schemas/Speech/properties/voice/x-enum-open',
    },
  ],
  [
    'ext-stream-no-sse-response',
    { code: 'extension-invalid', line: 9, col: 7, pointer: '/paths/~1chat/post/x-stream' },
  ],
  [
    'ext-paging-invalid',
    {
      code: 'extension-invalid',
      line: 10,
      col: 9,
      pointer: '/paths/~1pets~1search/post/x-paging/page',
    },
  ],
  [
    'ext-description-zh-not-string',
    {
      code: 'extension-invalid',
      line: 10,
      col: 7,
      pointer: '/paths/~1pets/get/x-description-zh',
    },
  ],
  [
    'ext-description-zh-schema-not-string',
    {
      code: 'extension-invalid',
      line: 14,
      col: 11,
      pointer: '/components/schemas/Pet/properties/name/x-description-zh',
    },
  ],
  [
    'ext-retry-invalid',
    { code: 'extension-invalid', line: 9, col: 7, pointer: '/paths/~1pets/post/x-retry' },
  ],
  [
    'ext-sdk-name-invalid',
    { code: 'extension-invalid', line: 9, col: 7, pointer: '/paths/~1pets/get/x-sdk-name' },
  ],
  [
    'ext-pages-invalid',
    { code: 'extension-invalid', line: 12, col: 11, pointer: '/paths/~1pets/get/x-pages/1' },
  ],
  [
    'ext-provenance-invalid',
    {
      code: 'extension-invalid',
      line: 11,
      col: 9,
      pointer: '/paths/~1pets/get/x-provenance/confidence',
    },
  ],
];

describe('broken specs report exactly their defect', () => {
  it.each(cases)('%s', async (name, want) => {
    const spec = await loadSpec(`${BROKEN}${name}/openapi.yaml`);
    const errors = spec.problems.filter((problem) => problem.severity === 'error');
    expect(
      errors.map(({ code, file, line, col, pointer }) => ({ code, file, line, col, pointer })),
    ).toEqual([{ file: 'openapi.yaml', ...want }]);
    // Every error explains itself and says what to do.
    for (const error of errors) {
      expect(error.message).toMatch(/\w.{10,}/);
      expect(error.hint).toMatch(/\w.{5,}/);
    }
  });

  it('has a table entry for every fixture directory (no orphans)', () => {
    const dirs = readdirSync(BROKEN, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(dirs.sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it('reports an unreadable root file as a problem instead of throwing', async () => {
    const spec = await loadSpec(`${BROKEN}no-such-case/openapi.yaml`);
    expect(spec.problems).toMatchObject([
      {
        code: 'file-unreadable',
        severity: 'error',
        file: 'openapi.yaml',
        line: 0,
        col: 0,
        pointer: '',
      },
    ]);
    expect(spec.files).toEqual([]);
    expect(spec.document).toEqual({});
  });
});
