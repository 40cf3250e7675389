/**
 * A component property respelt only in case (`imageUrl` → `imageURL`): TypeScript loses the member,
 * but the Python model keeps its snake_case attribute (only its alias changes), so the entry must not
 * name that attribute as removed; a property really gone still does. Both entries point at the
 * property, not at its schema.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { pythonTypesSource } from '../python/helpers.js';
import { baseSpec, type Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

const props = (s: Spec) => s.components.schemas.Pet.properties;
const withImage = (s: Spec) => (props(s).imageUrl = { type: 'string' });
const respell = (to: string) => (s: Spec) => {
  props(s)[to] = props(s).imageUrl;
  delete props(s).imageUrl;
};

async function memberEntries(to: string) {
  const { changes } = await diffEdit(respell(to), withImage);
  return changes.filter((c) => c.code.startsWith('sdk-type-member-'));
}

describe('a component member respelt', () => {
  it('only in case: Python keeps its attribute, the entry says so and points at the property', async () => {
    const found = await memberEntries('imageURL');
    expect(found.map((c) => [c.code, c.level, c.pointer])).toEqual([
      ['sdk-type-member-removed', 'breaking', '/components/schemas/Pet/properties/imageUrl'],
      ['sdk-type-member-added', 'non-breaking', '/components/schemas/Pet/properties/imageURL'],
    ]);
    const message = found[0]!.message;
    expect(message).not.toMatch(/removed \(Python/);
    expect(message).toContain('Python keeps the attribute types.Pet.image_url');
    expect(message).toContain('params.Pet["imageUrl"] is now params.Pet["imageURL"]');
  });

  it("the attribute it names is the head's Python model attribute, aliased to the new key", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'diff-respelt-'));
    try {
      const head = baseSpec();
      withImage(head);
      respell('imageURL')(head);
      const spec = path.join(dir, 'openapi.json');
      await writeFile(spec, JSON.stringify(head));
      const out = path.join(dir, 'out', 'python');
      await runPipeline({ spec, out: path.join(dir, 'out'), only: ['python'], mode: 'write' });
      const pkg = (await readdir(out, { withFileTypes: true })).find(
        (d) => d.isDirectory() && existsSync(path.join(out, d.name, 'types')),
      )!;
      const models = pythonTypesSource(path.join(out, pkg.name));
      const attribute = /the attribute types\.Pet\.(\w+)/.exec(
        (await memberEntries('imageURL'))[0]!.message,
      )![1];
      expect(models).toMatch(
        new RegExp(`class Pet\\(_Model\\):[^]*?\\n    ${attribute}: .*alias="imageURL"`),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('to another Python name: the attribute is named removed, at the property', async () => {
    const found = await memberEntries('pictureUrl');
    expect(found.map((c) => [c.code, c.pointer, c.message])).toEqual([
      [
        'sdk-type-member-removed',
        '/components/schemas/Pet/properties/imageUrl',
        'Pet.imageUrl removed (Python types.Pet.image_url, params.Pet["imageUrl"])',
      ],
      [
        'sdk-type-member-added',
        '/components/schemas/Pet/properties/pictureUrl',
        'Pet.pictureUrl added',
      ],
    ]);
  });
});
