/**
 * The OpenAPI document validators the generator's build stores as standalone code (Ajv's
 * `standalone`) answer exactly as the validators compiled from the official schemas at run time:
 * same verdict, same errors, on valid documents and on broken ones.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import {
  compileValidator,
  OPENAPI_VERSIONS,
  precompiledValidatorFile,
} from '../../generator/load/validate/openapi-schema.js';
import { ensureBuild, REPO } from '../helpers/cli.js';

const require = createRequire(import.meta.url);

beforeAll(() => {
  ensureBuild();
}, 300_000);

const SPECS = {
  '3.0': 'test/fixtures/specs/legacy-30/openapi.yaml',
  '3.1': 'test/fixtures/specs/features/openapi.yaml',
} as const;

/** Breaks a document the ways the policy cares about: a wrong type, an unknown field, a bad enum. */
function broken(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document) as Record<string, any>;
  copy.info.version = 3;
  copy.unknownField = true;
  const [, item] = Object.entries(copy.paths as Record<string, any>)[0]!;
  const op = Object.values(item).find((v: any) => v && typeof v === 'object' && v.responses);
  (op as any).parameters = [{ name: 'p', in: 'nowhere', schema: { type: 'strng' } }];
  return copy;
}

describe.each(OPENAPI_VERSIONS)('OpenAPI %s validator', (version) => {
  it('the stored standalone validator answers as a fresh compile does', async () => {
    const stored = require(
      path.join(REPO, 'build', precompiledValidatorFile(version)),
    ) as ValidateFunction;
    const fresh = compileValidator(version).validate;
    const { document } = await loadSpec(path.join(REPO, SPECS[version]));
    for (const doc of [document, broken(document)]) {
      const verdict = stored(doc);
      expect(verdict).toBe(fresh(doc));
      expect(stored.errors ?? null).toEqual(fresh.errors ?? null);
    }
    expect(stored(broken(document))).toBe(false);
    expect(stored.errors!.length).toBeGreaterThan(2);
  });
});
