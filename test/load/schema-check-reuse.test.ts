/**
 * A watch session's official-schema check (generator/load/validate/schema-check-reuse.ts): entries
 * met again (same place, same object) stand in as placeholders Ajv accepts, their errors are
 * replayed, and whatever an edit changes is checked again: the errors always equal a full check's.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../generator/load/validate/openapi-schema.js';
import {
  createValidationReuse,
  schemaErrors,
} from '../../generator/load/validate/schema-check-reuse.js';
import type { JsonObject } from '../../generator/load/types.js';
import { validateDocument } from '../../generator/load/validate/index.js';
import type { RuleProblem } from '../../generator/load/validate/context.js';

/** `validate` counting its calls and keeping the documents it saw. */
function recording(validate: ValidateFunction): ValidateFunction & { seen: JsonObject[] } {
  const seen: JsonObject[] = [];
  const wrapped = ((data: JsonObject) => {
    seen.push(data);
    const ok = validate(data);
    wrapped.errors = validate.errors;
    return ok;
  }) as unknown as ValidateFunction & { seen: JsonObject[] };
  wrapped.seen = seen;
  return wrapped;
}

function full(validate: ValidateFunction, document: JsonObject): ErrorObject[] {
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

/** Errors as a sorted list of comparable texts (the check's users read them as a set). */
function texts(errors: ErrorObject[]): string[] {
  return errors
    .map((e) => JSON.stringify([e.instancePath, e.keyword, e.schemaPath, e.params]))
    .sort();
}

const user = { type: 'object', required: ['id', 'id'], properties: { id: { type: 'string' } } };
const list = {
  get: { responses: { '200': { description: 'ok' } } },
};

/** The entries every document below shares (the same objects, as a watch session's parses keep them). */
const paths = { '/users': list, '/pets': { get: { responses: { '200': { description: 'ok' } } } } };
const components = {
  schemas: { User: user, Pet: { type: 'object' } },
  responses: { Missing: { description: 'missing' } },
  parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
  securitySchemes: { Key: { type: 'apiKey', name: 'k', in: 'header' } },
  requestBodies: { Body: { content: { 'application/json': {} } } },
  headers: { Rate: { schema: { type: 'integer' } } },
  examples: { One: { value: 1 } },
  links: { Self: { operationId: 'listUsers' } },
  callbacks: { Done: { '{$request.body#/url}': list } },
};

function document31(extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { ...paths },
    components: { ...components },
    ...extra,
  };
}

describe('official schema check with reuse', () => {
  const { validate } = compileValidator('3.1');

  it('checks only changed entries, replays the errors of the others, and equals a full check', () => {
    const reuse = createValidationReuse();
    const first = document31();
    expect(texts(schemaErrors(validate, first, '3.1', reuse))).toEqual(
      texts(full(validate, first)),
    );
    // The duplicate `required` entry is reported (a warning the check keeps).
    expect(full(validate, first).some((e) => e.keyword === 'uniqueItems')).toBe(true);

    // Same entries, a new document around them: Ajv sees placeholders only, once.
    const again = recording(validate);
    const second = document31();
    const errors = schemaErrors(again, second, '3.1', reuse);
    expect(texts(errors)).toEqual(texts(full(validate, second)));
    expect(again.seen).toHaveLength(1);
    const schemas = (again.seen[0]!.components as JsonObject).schemas as JsonObject;
    expect(schemas.User).toEqual({ $ref: '#' });

    // An edited entry is checked again: its new error shows up, its old one is gone.
    const edited = document31();
    (edited.components as { schemas: JsonObject }).schemas = {
      User: { ...user, required: ['id'] },
      Pet: { type: 'object', properties: { name: { type: 42 } } },
    };
    const after = schemaErrors(validate, edited, '3.1', reuse);
    expect(texts(after)).toEqual(texts(full(validate, edited)));
    expect(after.some((e) => e.keyword === 'uniqueItems')).toBe(false);
    expect(after.some((e) => e.instancePath.startsWith('/components/schemas/Pet/'))).toBe(true);

    // A path item renamed keeps its object, not its place: checked at its new place.
    const moved = document31({ paths: { users: list } });
    expect(texts(schemaErrors(validate, moved, '3.1', reuse))).toEqual(
      texts(full(validate, moved)),
    );
  });

  it('checks the real document when Ajv rejects a placeholder', () => {
    const reuse = createValidationReuse();
    const strict = (data: JsonObject): ErrorObject[] =>
      JSON.stringify(data).includes('{"$ref":"#"}')
        ? [{ instancePath: '/paths/~1users', keyword: 'required' } as ErrorObject]
        : [];
    const inner = ((data: JsonObject) => {
      inner.errors = strict(data);
      return inner.errors.length === 0;
    }) as unknown as ValidateFunction;
    const fake = recording(inner);
    schemaErrors(fake, document31(), '3.1', reuse);
    expect(schemaErrors(fake, document31(), '3.1', reuse)).toEqual([]);
    // First the skeleton, then (a placeholder rejected) the document itself.
    expect(fake.seen).toHaveLength(3);
    expect(JSON.stringify(fake.seen[2])).not.toContain('{"$ref":"#"}');
  });

  it('a 3.0 document: every kind of entry takes a placeholder silently', () => {
    const v30 = compileValidator('3.0').validate;
    const reuse = createValidationReuse();
    const doc = (): JsonObject => ({ ...document31(), openapi: '3.0.3' });
    schemaErrors(v30, doc(), '3.0', reuse);
    const again = recording(v30);
    const errors = schemaErrors(again, doc(), '3.0', reuse);
    expect(texts(errors)).toEqual(texts(full(v30, doc())));
    expect(again.seen).toHaveLength(1);
    const seen = again.seen[0]!;
    expect(Object.values(seen.paths as JsonObject)).toEqual([{ $ref: '#' }, { $ref: '#' }]);
    for (const [kind, entries] of Object.entries(seen.components as JsonObject))
      for (const entry of Object.values(entries as JsonObject))
        expect(entry, kind).toEqual({ $ref: '#' });
    // Entries of the other version are not taken for this one's.
    const other = recording(validate);
    schemaErrors(other, document31(), '3.1', reuse);
    expect(JSON.stringify(other.seen[0])).not.toContain('{"$ref":"#"}');
  });
});

describe('our rules with reuse', () => {
  const problemsOf = (document: JsonObject, reuse?: ReturnType<typeof createValidationReuse>) => {
    const problems: RuleProblem[] = [];
    validateDocument(document, '3.1', (p) => problems.push(p), reuse);
    return problems.map((p) => `${p.code} ${p.at.join('/')}`);
  };
  const open = { type: 'string', enum: ['a'], 'x-enum-open': 'yes' };
  const cat = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } };
  const pet = {
    oneOf: [{ $ref: '#/components/schemas/Cat' }],
    discriminator: { propertyName: 'kind' },
  };
  const doc = (schemas: JsonObject): JsonObject => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: { schemas },
  });

  it('replays an unchanged schema’s problems and walks an edited one again', () => {
    const reuse = createValidationReuse();
    const first = doc({ Open: open, Cat: cat, Pet: pet });
    expect(problemsOf(first, reuse)).toEqual(problemsOf(first));
    expect(problemsOf(first)).toContain('extension-invalid components/schemas/Open/x-enum-open');
    // Kept: the walk of Open read nothing else; Pet's followed a ref (its discriminator's variants).
    expect([...reuse.walk.schemas.keys()].sort()).toEqual(['Cat', 'Open']);

    const again = doc({ Open: open, Cat: cat, Pet: pet });
    expect(problemsOf(again, reuse)).toEqual(problemsOf(again));

    // Cat no longer requires the discriminator's property: Pet (the same object) warns now.
    const edited = doc({
      Open: { ...open, 'x-enum-open': true },
      Cat: { ...cat, required: [] },
      Pet: pet,
    });
    const after = problemsOf(edited, reuse);
    expect(after).toEqual(problemsOf(edited));
    expect(after).toContain(
      'discriminator-property-not-required components/schemas/Pet/discriminator/propertyName',
    );
    expect(after.some((p) => p.startsWith('extension-invalid'))).toBe(false);
  });
});
