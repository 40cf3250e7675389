/** Bundling across files, locating nodes in their source files, the spec hash and path handling. */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec } from '../../generator/load/index.js';

const BUNDLE_DIR = fileURLToPath(new URL('./fixtures/bundle/', import.meta.url));
const BUNDLE = path.join(BUNDLE_DIR, 'openapi.yaml');

/** Every `$ref` string in a value, skipping nothing (so literal example data shows up too). */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refsIn(child, out);
    }
  }
  return out;
}

describe('cross-file bundling', () => {
  let spec: LoadedSpec;
  beforeAll(async () => {
    spec = await loadSpec(BUNDLE);
  });

  it('loads without problems and lists every file it read, sorted', () => {
    expect(spec.problems).toEqual([]);
    expect(spec.rootFile).toBe('openapi.yaml');
    expect(spec.version).toBe('3.1');
    expect(spec.files).toEqual([
      'defs.yaml',
      'openapi.yaml',
      'parameters.yaml',
      'paths/owners.yaml',
      'paths/pets.yaml',
      'schemas/pets.yaml',
      'schemas/tree.yaml',
    ]);
  });

  it('turns refs to registered components into internal component refs', () => {
    const get = (spec.document.paths as any)['/pets/{petId}'].get;
    expect(get.parameters).toEqual([{ $ref: '#/components/parameters/PetId' }]);
    expect(get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Pet',
    });
    const schemas = (spec.document.components as any).schemas;
    // A sibling ref inside the schemas file ('#/Owner') also lands on the component.
    expect(schemas.Pet.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    // Recursion through registered components stays a ref.
    expect(schemas.Owner.properties.pets.items).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(schemas.Tree.properties.children.items).toEqual({ $ref: '#/components/schemas/Tree' });
    // A ref that was internal to the root file stays as written.
    expect(schemas.Local.properties.pet).toEqual({ $ref: '#/components/schemas/Pet' });
  });

  it('puts the inlined content in the component entries', () => {
    const components = spec.document.components as any;
    expect(components.schemas.Pet.type).toBe('object');
    expect(components.schemas.Pet.required).toEqual(['name', 'kind']);
    expect(components.parameters.PetId).toEqual({
      name: 'petId',
      in: 'path',
      required: true,
      schema: { type: 'string' },
    });
  });

  it('points discriminator mappings written as file-relative refs at the components', () => {
    const animal = (spec.document.components as any).schemas.Animal;
    expect(animal.oneOf).toEqual([{ $ref: '#/components/schemas/Pet' }]);
    expect(animal.discriminator).toEqual({
      propertyName: 'kind',
      mapping: { pet: '#/components/schemas/Pet', named: 'Pet' },
    });
  });

  it('inlines refs whose target is not a component', () => {
    const schemas = (spec.document.components as any).schemas;
    expect(schemas.Pet.properties.tags).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('reads pointers with ~1, ~0 and percent-encoding', () => {
    const owners = (spec.document.paths as any)['/owners'].get;
    expect(owners.responses['200'].content['application/json'].schema).toEqual({
      type: 'string',
      description: 'Reached through a pointer with ~1, ~0 and %20.',
    });
  });

  it('only follows refs in reference positions', () => {
    const schemas = (spec.document.components as any).schemas;
    expect(schemas.Pet.properties.$ref).toEqual({
      type: 'string',
      description: 'A property literally named $ref.',
    });
    const example = (spec.document.paths as any)['/pets/{petId}'].get.responses['200'].content[
      'application/json'
    ].examples.literal;
    expect(example.value).toEqual({ $ref: 'not-a-reference' });
  });

  it('leaves only internal refs (outside literal example data)', () => {
    const refs = refsIn(spec.document).filter((ref) => ref !== 'not-a-reference');
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ref).toMatch(/^#\/components\/(schemas|parameters)\/[A-Za-z]+$/);
  });

  it('locates nodes that came from other files', () => {
    expect(spec.locate('/paths/~1pets~1{petId}/get/responses/200')).toEqual({
      file: 'paths/pets.yaml',
      pointer: '/~1pets~1{petId}/get/responses/200',
      line: 7,
      col: 7,
    });
    expect(spec.locate('/components/schemas/Pet')).toEqual({
      file: 'schemas/pets.yaml',
      pointer: '/Pet',
      line: 1,
      col: 1,
    });
    // Inlined from a non-component target: located at that target.
    expect(spec.locate('/components/schemas/Pet/properties/tags/items')).toEqual({
      file: 'schemas/pets.yaml',
      pointer: '/Tags/items',
      line: 25,
      col: 3,
    });
    // The `#` form works too, and pointers are percent-decoded in the source pointer.
    expect(
      spec.locate(
        '#/paths/~1owners/get/responses/200/content/application~1json/schema/description',
      ),
    ).toEqual({
      file: 'defs.yaml',
      pointer: '/a~1b~0c d/description',
      line: 3,
      col: 3,
    });
    // Root-file nodes.
    expect(spec.locate('/info/version')).toEqual({
      file: 'openapi.yaml',
      pointer: '/info/version',
      line: 4,
      col: 3,
    });
  });

  it('locates a missing node at its deepest existing ancestor', () => {
    expect(spec.locate('/paths/~1pets~1{petId}/get/responses/404/description')).toEqual({
      file: 'paths/pets.yaml',
      pointer: '/~1pets~1{petId}/get/responses/404/description',
      line: 6,
      col: 5,
    });
  });
});

describe('paths and hash', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'load-test-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('accepts a root path relative to the working directory', async () => {
    const relative = path.relative(process.cwd(), BUNDLE);
    const fromRelative = await loadSpec(relative);
    const fromAbsolute = await loadSpec(BUNDLE);
    expect(fromRelative.document).toEqual(fromAbsolute.document);
    expect(fromRelative.hash).toBe(fromAbsolute.hash);
    expect(fromRelative.files).toEqual(fromAbsolute.files);
  });

  it('hashes file names and bytes: a copy hashes the same, one changed byte does not', async () => {
    const original = await loadSpec(BUNDLE);
    expect(original.hash).toMatch(/^[0-9a-f]{64}$/);
    const copy = path.join(tmp, 'copy');
    await cp(BUNDLE_DIR, copy, { recursive: true });
    expect((await loadSpec(path.join(copy, 'openapi.yaml'))).hash).toBe(original.hash);
    await writeFile(
      path.join(copy, 'defs.yaml'),
      'a/b~c d:\n  type: string\n  description: Changed.\n',
    );
    const changed = await loadSpec(path.join(copy, 'openapi.yaml'));
    expect(changed.problems).toEqual([]);
    expect(changed.hash).not.toBe(original.hash);
  });

  it('loads a JSON root file and YAML that needs the full parser (anchors, tags)', async () => {
    const dir = path.join(tmp, 'formats');
    await cp(BUNDLE_DIR, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'root.json'),
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'JSON', version: '1' },
        paths: {
          '/pets': {
            get: {
              operationId: 'listPets',
              responses: { '200': { $ref: './responses.yaml#/Ok' } },
            },
          },
        },
      }),
    );
    await writeFile(
      path.join(dir, 'responses.yaml'),
      'Ok: &ok\n  description: !!str OK\nAlso: *ok\n',
    );
    const spec = await loadSpec(path.join(dir, 'root.json'));
    expect(spec.problems).toEqual([]);
    expect(spec.version).toBe('3.0');
    expect((spec.document.paths as any)['/pets'].get.responses['200']).toEqual({
      description: 'OK',
    });
    expect(spec.locate('/paths/~1pets/get/responses/200/description')).toEqual({
      file: 'responses.yaml',
      pointer: '/Ok/description',
      line: 2,
      col: 3,
    });
  });

  it('does not follow a symbolic link that leads out of the root directory', async () => {
    const dir = path.join(tmp, 'linked', 'spec');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(tmp, 'linked', 'secret.yaml'), 'Pet: {type: object}\n');
    await symlink(path.join(tmp, 'linked', 'secret.yaml'), path.join(dir, 'pets.yaml'));
    await writeFile(
      path.join(dir, 'openapi.yaml'),
      "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    Pet:\n      $ref: './pets.yaml#/Pet'\n",
    );
    const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
    expect(
      spec.problems.map(({ code, line, col, pointer }) => ({ code, line, col, pointer })),
    ).toEqual([
      { code: 'ref-outside-root', line: 6, col: 7, pointer: '/components/schemas/Pet/$ref' },
    ]);
    expect(spec.files).toEqual(['openapi.yaml']);
  });

  it('sorts problems by file, line, col and code', async () => {
    const dir = path.join(tmp, 'many');
    await cp(BUNDLE_DIR, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'openapi.yaml'),
      [
        'openapi: 3.1.0',
        'info: {title: Many}',
        'paths:',
        '  /b/{id}:',
        '    get: {responses: {"200": {description: OK}}}',
        '  a:',
        "    $ref: './paths/pets.yaml#/~1pets~1{petId}'",
        '',
      ].join('\n'),
    );
    const many = await loadSpec(path.join(dir, 'openapi.yaml'));
    const keys = many.problems.map((p) => [p.file, p.line, p.col, p.code] as const);
    expect(keys).toEqual([
      ['openapi.yaml', 2, 1, 'field-required'],
      ['openapi.yaml', 5, 5, 'path-param-undeclared'],
      ['openapi.yaml', 6, 3, 'path-invalid'],
      // The inlined parameter is located where its content lives.
      ['parameters.yaml', 1, 1, 'path-param-absent'],
      // Without components to register them, Pet ⇄ Owner cannot be inlined.
      ['schemas/pets.yaml', 22, 9, 'ref-recursive-external'],
    ]);
  });
});
