/**
 * The edit table: each row is one small spec edit (applied to base-spec.ts), the change code and
 * level it must produce and the bump of the whole diff. `absent` lists codes that must not appear
 * (direction awareness, SDK-only breaks).
 */
import { describe, expect, it } from 'vitest';
import type { Bump, ChangeLevel } from '../../generator/diff/index.js';
import type { Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

interface Row {
  name: string;
  edit: (s: Spec) => void;
  base?: (s: Spec) => void;
  code: string;
  level: ChangeLevel;
  bump: Bump;
  operation?: string;
  absent?: string[];
  /** The JSON pointer the change must name. */
  pointer?: RegExp;
  /** Text the change's message must hold. */
  message?: RegExp;
}

const pet = (s: Spec) => s.components.schemas.Pet;
const petDetail = (s: Spec) => s.components.schemas.PetDetail.allOf[1];
const listParams = (s: Spec) => s.paths['/pets'].get.parameters;
const createPet = (s: Spec) => s.paths['/pets'].post;
const shape = (s: Spec) => s.components.schemas.Shape;
const pathParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
/** An operation with two path parameters, declared in the path's order. */
const ownedPet = (path: string, names: string[]) => (s: Spec) =>
  (s.paths[path] = {
    get: {
      operationId: 'getOwnedPet',
      tags: ['pets'],
      parameters: names.map(pathParam),
      responses: { '204': { description: 'Found' } },
    },
  });
/** Every path of the spec moved under a version segment (`/v1/pets`). */
const underPrefix = (prefix: string) => (s: Spec) =>
  (s.paths = Object.fromEntries(Object.entries(s.paths).map(([k, v]) => [prefix + k, v])));
/** A `listThings` operation at `path`. */
const thingsAt = (path: string) => (s: Spec) =>
  (s.paths[path] = {
    get: {
      operationId: 'listThings',
      tags: ['pets'],
      responses: { '204': { description: 'None' } },
    },
  });
/** A `202`-style answer whose body is not a pet. */
const queued = () => ({
  description: 'Queued',
  content: {
    'application/json': {
      schema: { type: 'object', required: ['job'], properties: { job: { type: 'string' } } },
    },
  },
});
const header = (name: string) => ({ name, in: 'header', schema: { type: 'string' } });
const cookie = (name: string) => ({ name, in: 'cookie', schema: { type: 'string' } });
const webhook = () => ({
  petBorn: {
    post: {
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { kind: { type: 'string', enum: ['dog', 'cat'] } },
            },
          },
        },
      },
      responses: { '200': { description: 'Received' } },
    },
  },
});
/** A chat endpoint answering JSON, or events when its body's `stream` is true. */
const chat = (s: Spec) =>
  (s.paths['/chat'] = {
    post: {
      operationId: 'chat',
      tags: ['pets'],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'The answer',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { text: { type: 'string' } } },
            },
            'text/event-stream': { schema: { type: 'string' } },
          },
        },
      },
      'x-stream': {
        requestFlag: 'stream',
        itemSchema: { type: 'object', properties: { delta: { type: 'string' } } },
        terminator: '[DONE]',
      },
    },
  });
/** The `stream` property of the chat body (see `chat`). */
const chatFlag = (s: Spec) =>
  s.paths['/chat'].post.requestBody.content['application/json'].schema.properties.stream;
const family = (s: Spec) => s['x-task-families'].render;
const callback = () => ({
  done: {
    '{$request.body#/prompt}': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { state: { type: 'string', enum: ['ok', 'failed'] } },
              },
            },
          },
        },
        responses: { '200': { description: 'Received' } },
      },
    },
  },
});

/** The request of the `done` callback (see `callback`). */
const callbackPost = (s: Spec) =>
  s.paths['/tasks'].post.callbacks.done['{$request.body#/prompt}'].post;
/** A JSON answer `{ ack }` a receiver must send. */
const ackBody = () => ({
  'application/json': {
    schema: { type: 'object', required: ['ack'], properties: { ack: { type: 'boolean' } } },
  },
});

const rows: Row[] = [
  // objects and required-ness, direction-aware
  {
    name: 'optional property added',
    edit: (s) => (pet(s).properties.color = { type: 'string' }),
    code: 'request-property-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'required request property added',
    edit: (s) => ((pet(s).properties.color = { type: 'string' }), pet(s).required.push('color')),
    code: 'request-property-added-required',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
  },
  {
    name: 'required readOnly property added (never sent)',
    edit: (s) => (
      (pet(s).properties.created = { type: 'string', readOnly: true }),
      pet(s).required.push('created')
    ),
    code: 'response-property-added',
    level: 'non-breaking',
    bump: 'minor',
    // The generated response examples gain `created`; the spec writes none there, so no example entry.
    absent: ['request-property-added-required', 'example-changed'],
  },
  {
    // Pet is reached as `response 200[]` of listPets and `response 201` of createPet: one entry names both.
    name: 'component schema change reached by several operations is one entry',
    edit: (s) => (
      (pet(s).properties.created = { type: 'string', readOnly: true }),
      pet(s).required.push('created')
    ),
    code: 'response-property-added',
    level: 'non-breaking',
    bump: 'minor',
    message: /\.created .*\(also at client\.pets\.[a-zA-Z]+\(\) response \d{3}/,
  },
  {
    name: 'example written in the spec changed',
    edit: (s) =>
      (createPet(s).requestBody.content['application/json'].example = { name: 'Max', kind: 'cat' }),
    code: 'example-changed',
    level: 'info',
    bump: 'patch',
    pointer: /^\/paths\/~1pets\/post\/requestBody\/content\/application~1json\/example$/,
  },
  {
    name: 'response property removed without deprecation',
    edit: (s) => delete pet(s).properties.tag,
    code: 'response-property-removed-without-deprecation',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'deprecated property removed',
    edit: (s) => delete pet(s).properties.legacy,
    code: 'response-property-removed',
    level: 'breaking',
    bump: 'major',
    absent: ['response-property-removed-without-deprecation'],
  },
  {
    name: 'property deprecated',
    edit: (s) => (pet(s).properties.tag.deprecated = true),
    code: 'property-deprecated',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'response property became optional',
    edit: (s) => (pet(s).required = ['id']),
    code: 'response-property-became-optional',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'request property became required (allOf part)',
    edit: (s) => (s.components.schemas.NewPet.allOf[1].required = ['owner_email']),
    code: 'request-property-became-required',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
  },
  {
    name: 'allOf part removed from a response',
    edit: (s) => s.components.schemas.PetDetail.allOf.pop(),
    code: 'response-property-removed-without-deprecation',
    level: 'breaking',
    bump: 'major',
    operation: 'getPet',
  },
  {
    name: 'allOf part added to a request',
    edit: (s) =>
      s.components.schemas.NewPet.allOf.push({
        type: 'object',
        required: ['vet'],
        properties: { vet: { type: 'string' } },
      }),
    code: 'request-property-added-required',
    level: 'breaking',
    bump: 'major',
  },
  // readOnly / writeOnly / nullable
  {
    name: 'property became readOnly',
    edit: (s) => (pet(s).properties.name.readOnly = true),
    code: 'request-property-became-read-only',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'property became writeOnly',
    edit: (s) => (pet(s).properties.kind.writeOnly = true),
    code: 'response-property-became-write-only',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'nullable removed',
    edit: (s) => (pet(s).properties.tag.type = 'string'),
    code: 'request-became-not-nullable',
    level: 'breaking',
    bump: 'major',
    message: /^request body\.tag no longer accepts null$/,
  },
  {
    name: 'nullable removed from a response reads as what the client receives',
    edit: (s) => (pet(s).properties.tag.type = 'string'),
    code: 'response-became-not-nullable',
    level: 'non-breaking',
    bump: 'major',
    message: /^response 200\[\]\.tag is no longer sent as null/,
  },
  {
    name: 'nullable added',
    edit: (s) => (pet(s).properties.name.type = ['string', 'null']),
    code: 'response-became-nullable',
    level: 'breaking',
    bump: 'major',
    message: /\.name may now be null/,
  },
  // enum, const, type, format, pattern, bounds, default
  {
    name: 'enum value added',
    edit: (s) => pet(s).properties.kind.enum.push('bird'),
    code: 'response-enum-value-added',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'enum value added is fine for requests',
    edit: (s) => pet(s).properties.kind.enum.push('bird'),
    code: 'request-enum-value-added',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'enum value removed',
    edit: (s) => pet(s).properties.kind.enum.pop(),
    code: 'request-enum-value-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    // The wire rule (a response may send fewer values) stays; the TypeScript literal union narrows.
    name: 'response enum value removed (wire: fine)',
    base: (s) => (petDetail(s).properties.status = { type: 'string', enum: ['home', 'lost'] }),
    edit: (s) => petDetail(s).properties.status.enum.pop(),
    code: 'response-enum-value-removed',
    level: 'non-breaking',
    bump: 'major',
    absent: ['request-enum-value-removed'],
    message: /^response 200\.status is no longer sent as "lost"$/,
  },
  {
    name: 'response enum value removed (TypeScript code comparing with it stops compiling)',
    base: (s) => (petDetail(s).properties.status = { type: 'string', enum: ['home', 'lost'] }),
    edit: (s) => petDetail(s).properties.status.enum.pop(),
    code: 'sdk-enum-value-removed',
    level: 'breaking',
    bump: 'major',
    operation: 'getPet',
    pointer: /^\/components\/schemas\/PetDetail\/allOf\/1\/properties\/status$/,
    message:
      /^TypeScript type of response 200\.status no longer includes "lost": code comparing it with that value \(`case "lost":`, `=== "lost"`\) no longer compiles/,
  },
  {
    name: 'response enum value added is no SDK break',
    base: (s) => (petDetail(s).properties.status = { type: 'string', enum: ['home', 'lost'] }),
    edit: (s) => petDetail(s).properties.status.enum.push('found'),
    code: 'response-enum-value-added',
    level: 'breaking',
    bump: 'major',
    absent: ['sdk-enum-value-removed'],
  },
  {
    name: 'enum opened (known values of an open set) is fine for requests',
    edit: (s) => (pet(s).properties.kind['x-enum-open'] = true),
    code: 'request-enum-removed',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'enum opened breaks responses (other values may come back)',
    edit: (s) => (pet(s).properties.kind['x-enum-open'] = true),
    code: 'response-enum-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'known values listed on a plain string restrict nothing',
    edit: (s) =>
      (pet(s).properties.birthday = {
        anyOf: [{ type: 'string', enum: ['today', 'tomorrow'] }, { type: 'string' }],
      }),
    base: (s) => (pet(s).properties.birthday = { type: 'string' }),
    code: 'request-enum-known-values-changed',
    level: 'info',
    bump: 'patch',
    absent: ['request-enum-added', 'response-enum-added'],
  },
  {
    name: 'type changed',
    edit: (s) => (pet(s).properties.birthday = { type: 'integer' }),
    code: 'request-type-changed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'integer widened to number in a request',
    edit: (s) => (listParams(s)[0].schema.type = 'number'),
    code: 'request-type-widened',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'format changed',
    edit: (s) => (pet(s).properties.birthday.format = 'date-time'),
    code: 'request-format-changed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'format dropped from a request parameter',
    edit: (s) => delete listParams(s)[1].schema.format,
    code: 'request-format-changed',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'pattern added',
    edit: (s) => (listParams(s)[2].schema.pattern = '^[a-f0-9]+$'),
    code: 'request-pattern-changed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'request maximum lowered',
    edit: (s) => (listParams(s)[0].schema.maximum = 50),
    code: 'request-bound-narrowed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'request maximum raised',
    edit: (s) => (listParams(s)[0].schema.maximum = 500),
    code: 'request-bound-widened',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'response maxLength raised',
    edit: (s) => (pet(s).properties.name.maxLength = 128),
    code: 'response-bound-widened',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'minLength added to a request parameter',
    edit: (s) => (listParams(s)[2].schema.minLength = 3),
    code: 'request-bound-narrowed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'default changed',
    edit: (s) => (listParams(s)[0].schema.default = 10),
    code: 'request-default-changed',
    level: 'non-breaking',
    bump: 'minor',
    message:
      /^query parameter limit default 20 → 10: calls that leave it out now get 10 \(the SDKs do not send defaults\)$/,
  },
  // keys not listed by name: patternProperties and additionalProperties
  {
    // Those keys took the same values through additionalProperties: nothing accepted or returned changes.
    name: 'pattern property added with the additionalProperties schema',
    base: (s) => (pet(s).additionalProperties = { type: 'string' }),
    edit: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
    absent: ['request-pattern-property-added', 'response-pattern-property-added'],
  },
  {
    name: 'pattern property removed, additionalProperties takes the same schema',
    base: (s) => (
      (pet(s).additionalProperties = { type: 'string' }),
      (pet(s).patternProperties = { '^x-': { type: 'string' } })
    ),
    edit: (s) => delete pet(s).patternProperties,
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
    absent: ['request-pattern-property-removed', 'response-pattern-property-removed'],
  },
  {
    name: 'pattern property added to an open request object (its keys now constrained)',
    edit: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    code: 'request-pattern-property-added',
    level: 'breaking',
    bump: 'major',
    pointer: /\/patternProperties\/\^x-$/,
  },
  {
    name: 'pattern property added to an open response object',
    edit: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    code: 'response-pattern-property-added',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'pattern property added to a closed object (new keys allowed)',
    base: (s) => (s.components.schemas.Circle.additionalProperties = false),
    edit: (s) => (s.components.schemas.Circle.patternProperties = { '^x-': { type: 'string' } }),
    code: 'request-pattern-property-added',
    level: 'non-breaking',
    bump: 'minor',
    operation: 'drawShape',
  },
  {
    name: 'pattern property removed from an open response object (values unconstrained)',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    edit: (s) => delete pet(s).patternProperties,
    code: 'response-pattern-property-removed',
    level: 'breaking',
    bump: 'major',
    pointer: /\/patternProperties\/\^x-$/,
  },
  {
    name: 'pattern property removed from an open request object',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    edit: (s) => delete pet(s).patternProperties,
    code: 'request-pattern-property-removed',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'pattern property removed from a closed object (its keys now refused)',
    base: (s) => (
      (pet(s).patternProperties = { '^x-': { type: 'string' } }),
      (pet(s).additionalProperties = false)
    ),
    edit: (s) => delete pet(s).patternProperties,
    code: 'request-pattern-property-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'pattern respelt',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    edit: (s) => (pet(s).patternProperties = { '^x-[a-z]+$': { type: 'string' } }),
    code: 'response-pattern-property-changed',
    level: 'breaking',
    bump: 'major',
    message: /keys matching \/\^x-\/ now match \/\^x-\[a-z\]\+\$\//,
    absent: ['response-pattern-property-added', 'response-pattern-property-removed'],
  },
  {
    name: 'pattern property value narrowed (request)',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string' } }),
    edit: (s) => (pet(s).patternProperties['^x-'].maxLength = 10),
    code: 'request-bound-narrowed',
    level: 'breaking',
    bump: 'major',
    message: /\[\/\^x-\/\] maxLength/,
  },
  {
    name: 'pattern property value gains an enum value (response)',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string', enum: ['a'] } }),
    edit: (s) => pet(s).patternProperties['^x-'].enum.push('b'),
    code: 'response-enum-value-added',
    level: 'breaking',
    bump: 'major',
    message:
      /^may now be "b": code that handles each listed value meets one .*\(at client\.pets\.createPet\(\) response 201\[\/\^x-\/\], /,
  },
  {
    name: 'pattern property value widened is fine for requests',
    base: (s) => (pet(s).patternProperties = { '^x-': { type: 'string', enum: ['a'] } }),
    edit: (s) => pet(s).patternProperties['^x-'].enum.push('b'),
    code: 'request-enum-value-added',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'pattern property whose keys followed an additionalProperties schema',
    base: (s) => (pet(s).additionalProperties = { type: 'string' }),
    edit: (s) => (pet(s).patternProperties = { '^n-': { type: 'integer' } }),
    code: 'request-type-changed',
    level: 'breaking',
    bump: 'major',
    message: /\[\/\^n-\/\] type string → integer/,
  },
  {
    name: 'additionalProperties schema dropped (response values widen)',
    base: (s) => (pet(s).additionalProperties = { type: 'string' }),
    edit: (s) => delete pet(s).additionalProperties,
    code: 'response-additional-properties-widened',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'additionalProperties closed (request)',
    edit: (s) => (pet(s).additionalProperties = false),
    code: 'request-additional-properties-closed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'additionalProperties closed is fine for responses',
    edit: (s) => (pet(s).additionalProperties = false),
    code: 'response-additional-properties-closed',
    level: 'non-breaking',
    bump: 'major',
    // Absent already typed the object closed: the TypeScript type does not change.
    absent: ['sdk-index-signature-removed'],
  },
  {
    // The other places read `response 200[].name`, not `response 200[].name:`.
    name: 'description of a shared property changed (places listed without their colon)',
    edit: (s) => (pet(s).properties.name.description = 'The name it answers to.'),
    code: 'description-changed',
    level: 'info',
    bump: 'patch',
    message: /: description changed \(also at [^:]*\)$/,
  },
  {
    // A component shared by many responses: the first places, then how many more (one readable line).
    name: 'change to a component reached from a dozen places',
    base: (s) => {
      for (let i = 0; i < 12; i++)
        s.paths[`/errors/${i}`] = {
          get: {
            operationId: `getErrors${i}`,
            responses: {
              '400': {
                description: 'Bad',
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/Error' } },
                },
              },
            },
          },
        };
    },
    edit: (s) => (s.components.schemas.Error.properties.message.maxLength = 10),
    code: 'response-bound-narrowed',
    level: 'non-breaking',
    bump: 'minor',
    message:
      /\(also in (?:client\.default\.getErrors\d+\(\), ){7}client\.default\.getErrors\d+\(\) and 4 more\)$/,
  },
  // the TypeScript index signature (ir/object-shape.ts): absent types an object closed, true opens it
  {
    name: 'additionalProperties: true added (index signature appears, wire unchanged)',
    edit: (s) => (s.components.schemas.Error.additionalProperties = true),
    code: 'sdk-index-signature-added',
    level: 'non-breaking',
    bump: 'minor',
    pointer: /^\/components\/schemas\/Error$/,
    absent: ['response-additional-properties-opened', 'document-changed'],
  },
  {
    name: 'additionalProperties: true dropped (response readers of other keys break)',
    base: (s) => (s.components.schemas.Error.additionalProperties = true),
    edit: (s) => delete s.components.schemas.Error.additionalProperties,
    code: 'sdk-index-signature-removed',
    level: 'breaking',
    bump: 'major',
    message: /^TypeScript type of response 400 loses its index signature; code that reads keys/,
    absent: ['document-changed'],
  },
  {
    name: 'additionalProperties schema dropped from a request object (callers setting other keys break)',
    base: (s) => (s.components.schemas.Circle.additionalProperties = { type: 'number' }),
    edit: (s) => delete s.components.schemas.Circle.additionalProperties,
    code: 'sdk-index-signature-removed',
    level: 'breaking',
    bump: 'major',
    operation: 'drawShape',
    message: /code that sets keys/,
  },
  {
    name: 'additionalProperties: true closed to false (wire fine for responses, type breaks)',
    base: (s) => (s.components.schemas.Error.additionalProperties = true),
    edit: (s) => (s.components.schemas.Error.additionalProperties = false),
    code: 'sdk-index-signature-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'allOf of closed parts gains an open part',
    edit: (s) => (pet(s).additionalProperties = true),
    code: 'sdk-index-signature-added',
    level: 'non-breaking',
    bump: 'minor',
    operation: 'createPet',
  },
  // unions and discriminators
  {
    name: 'oneOf branch removed (request)',
    edit: (s) => (shape(s).oneOf.pop(), delete shape(s).discriminator.mapping.square),
    code: 'request-union-branch-removed',
    level: 'breaking',
    bump: 'major',
    operation: 'drawShape',
  },
  {
    name: 'oneOf branch added (response)',
    edit: (s) => {
      s.components.schemas.Triangle = {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string' } },
      };
      shape(s).oneOf.push({ $ref: '#/components/schemas/Triangle' });
      shape(s).discriminator.mapping.triangle = '#/components/schemas/Triangle';
    },
    code: 'response-union-branch-added',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'anyOf branch removed',
    base: (s) => pet(s).properties.labels.anyOf.push({ type: 'integer' }),
    edit: (s) => pet(s).properties.labels.anyOf.pop(),
    code: 'request-union-branch-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'oneOf relaxed to anyOf',
    edit: (s) => ((shape(s).anyOf = shape(s).oneOf), delete shape(s).oneOf),
    code: 'response-union-mode-changed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'discriminator value renamed',
    edit: (s) => (
      (shape(s).discriminator.mapping.round = shape(s).discriminator.mapping.circle),
      delete shape(s).discriminator.mapping.circle
    ),
    code: 'request-discriminator-value-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'discriminator property changed',
    edit: (s) => (shape(s).discriminator.propertyName = 'type'),
    code: 'request-discriminator-property-changed',
    level: 'breaking',
    bump: 'major',
  },
  // parameters
  {
    name: 'required query parameter added',
    edit: (s) =>
      listParams(s).push({
        name: 'owner',
        in: 'query',
        required: true,
        schema: { type: 'string' },
      }),
    code: 'request-parameter-added-required',
    level: 'breaking',
    bump: 'major',
    operation: 'listPets',
  },
  {
    name: 'optional query parameter added',
    edit: (s) =>
      listParams(s).push({
        name: 'owner',
        in: 'query',
        schema: { type: 'string' },
      }),
    code: 'request-parameter-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'parameter became required',
    edit: (s) => (listParams(s)[2].required = true),
    code: 'request-parameter-became-required',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'parameter removed without deprecation',
    edit: (s) => listParams(s).splice(2, 1),
    code: 'request-parameter-removed-without-deprecation',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'deprecated parameter removed',
    base: (s) => (listParams(s)[2].deprecated = true),
    edit: (s) => listParams(s).splice(2, 1),
    code: 'request-parameter-removed',
    level: 'breaking',
    bump: 'major',
    absent: ['request-parameter-removed-without-deprecation'],
  },
  {
    name: 'parameter deprecated',
    edit: (s) => (listParams(s)[2].deprecated = true),
    code: 'request-parameter-deprecated',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'parameter moved from query to header',
    edit: (s) => (listParams(s)[2].in = 'header'),
    code: 'request-parameter-location-changed',
    level: 'breaking',
    bump: 'major',
    absent: ['request-parameter-removed-without-deprecation'],
  },
  {
    name: 'path parameter renamed (wire unchanged, SDK key changed)',
    edit: (s) => {
      const item = s.paths['/pets/{petId}'];
      delete s.paths['/pets/{petId}'];
      for (const op of [item.get, item.delete]) op.parameters[0].name = 'id';
      s.paths['/pets/{id}'] = item;
    },
    code: 'sdk-parameter-renamed',
    level: 'breaking',
    bump: 'major',
    operation: 'getPet',
    // Python's call, spelt in Python.
    message:
      /Python keyword pet_id= becomes id= in client\.pets\.get_pet\(\.\.\.\) \(TypeScript passes it by position: unaffected\)$/,
    absent: [
      'request-parameter-removed-without-deprecation',
      'operation-removed-without-deprecation',
    ],
  },
  {
    // TypeScript passes path parameters by position; Python's keyword (pet_id) is unchanged.
    name: 'path parameter respelt (same Python keyword)',
    edit: (s) => {
      const item = s.paths['/pets/{petId}'];
      delete s.paths['/pets/{petId}'];
      for (const op of [item.get, item.delete]) op.parameters[0].name = 'pet_id';
      s.paths['/pets/{pet_id}'] = item;
    },
    code: 'sdk-paths-key-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'getPet',
    absent: ['sdk-parameter-renamed', 'request-parameter-removed-without-deprecation'],
  },
  // the SDK call shape (positional arguments, the params object, Python keywords)
  {
    // Path arguments follow the path template, never the parameters array.
    name: 'path parameters swapped in the parameters array only',
    base: ownedPet('/owners/{ownerId}/pets/{petId}', ['ownerId', 'petId']),
    edit: (s) => s.paths['/owners/{ownerId}/pets/{petId}'].get.parameters.reverse(),
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
    absent: ['sdk-parameter-reordered'],
  },
  {
    name: 'path placeholders swapped (same operationId)',
    base: ownedPet('/a/{x}/b/{y}', ['x', 'y']),
    edit: (s) => {
      s.paths['/b/{y}/a/{x}'] = s.paths['/a/{x}/b/{y}'];
      delete s.paths['/a/{x}/b/{y}'];
    },
    code: 'sdk-parameter-reordered',
    level: 'breaking',
    bump: 'major',
    operation: 'getOwnedPet',
    message:
      /^path arguments reordered: TypeScript client\.pets\.getOwnedPet\(x, y, options\?\) becomes client\.pets\.getOwnedPet\(y, x, options\?\), Python client\.pets\.get_owned_pet\(x, y\) becomes client\.pets\.get_owned_pet\(y, x\);/,
  },
  {
    name: 'first optional query parameter (TypeScript options moves)',
    edit: (s) =>
      s.paths['/pets/{petId}'].get.parameters.push({
        name: 'verbose',
        in: 'query',
        schema: { type: 'boolean' },
      }),
    code: 'sdk-options-moved',
    level: 'breaking',
    bump: 'major',
    operation: 'getPet',
    message:
      /^TypeScript client\.pets\.getPet\(petId, options\?\) becomes client\.pets\.getPet\(petId, params\?, options\?\):/,
  },
  {
    name: 'first optional header parameter on an operation with no parameters',
    base: (s) => (listParams(s).length = 0),
    edit: (s) => listParams(s).push({ name: 'X-Trace', in: 'header', schema: { type: 'string' } }),
    code: 'sdk-options-moved',
    level: 'breaking',
    bump: 'major',
    operation: 'listPets',
    message:
      /^TypeScript client\.pets\.listPets\(options\?\) becomes client\.pets\.listPets\(params\?, options\?\):/,
  },
  {
    name: 'first optional body',
    edit: (s) =>
      (s.paths['/pets/{petId}'].delete.requestBody = {
        content: {
          'application/json': {
            schema: { type: 'object', properties: { reason: { type: 'string' } } },
          },
        },
      }),
    code: 'sdk-options-moved',
    level: 'breaking',
    bump: 'major',
    operation: 'deletePet',
    message:
      /^TypeScript client\.pets\.deletePet\(petId, options\?\) becomes client\.pets\.deletePet\(petId, params\?, options\?\):/,
  },
  {
    name: 'query parameter named like a body property (TypeScript body moves under params.body)',
    edit: (s) =>
      (s.paths['/tasks'].post.parameters = [
        { name: 'prompt', in: 'query', schema: { type: 'string' } },
      ]),
    code: 'sdk-params-reshaped',
    level: 'breaking',
    bump: 'major',
    operation: 'submitTask',
    message:
      /^TypeScript client\.tasks\.submitTask\(\) params \(\w+Params\): the body's properties move from the params object into params\.body \(prompt is now also a query parameter\)$/,
  },
  {
    name: 'a body key named like a new query parameter (TypeScript body moves under params.body, Python keywords stay)',
    edit: (s) =>
      (s.paths['/tasks'].post.parameters = [
        { name: 'body', in: 'query', schema: { type: 'string' } },
      ]),
    code: 'sdk-params-reshaped',
    level: 'breaking',
    bump: 'major',
    operation: 'submitTask',
    message:
      /^TypeScript client\.tasks\.submitTask\(\) params \(\w+Params\): .* into params\.body \(Python keywords are unaffected\)$/,
  },
  {
    name: 'query parameter named like a body property (Python keyword changes meaning)',
    edit: (s) =>
      (s.paths['/tasks'].post.parameters = [
        { name: 'prompt', in: 'query', schema: { type: 'string' } },
      ]),
    code: 'sdk-keyword-meaning-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'submitTask',
    message:
      /keyword prompt= of client\.tasks\.submit_task\(\.\.\.\) now sends query parameter prompt \(it sent body property prompt\)/,
  },
  // keyword inputs (header, cookie, query, body): each SDK's spelling, required-ness, removal
  {
    name: 'header parameter became required (both SDKs now need it)',
    base: (s) => listParams(s).push(header('X-Trace')),
    edit: (s) => (listParams(s)[3].required = true),
    code: 'sdk-parameter-became-required',
    level: 'breaking',
    bump: 'major',
    operation: 'listPets',
    pointer: /^\/paths\/~1pets\/get\/parameters\/3$/,
    message:
      /TypeScript params\["X-Trace"\] of client\.pets\.listPets\(\) \(client\.pets\.listPets\(params\?, options\?\) becomes client\.pets\.listPets\(params, options\?\)\), Python keyword x_trace= of client\.pets\.list_pets\(\.\.\.\)/,
  },
  {
    name: 'required cookie parameter added',
    edit: (s) => listParams(s).push({ ...cookie('session'), required: true }),
    code: 'sdk-parameter-added-required',
    level: 'breaking',
    bump: 'major',
    message: /needs params\.session .*client\.pets\.list_pets\(\.\.\.\) needs keyword session=/,
  },
  {
    name: 'cookie parameter renamed (the old keyword is gone)',
    base: (s) => listParams(s).push(cookie('session')),
    edit: (s) => (listParams(s)[3].name = 'sid'),
    code: 'sdk-parameter-removed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/paths\/~1pets\/get\/parameters\/3$/,
    message:
      /cookie parameter session is no longer an argument: TypeScript params\.session of client\.pets\.listPets\(\), Python keyword session= of client\.pets\.list_pets/,
  },
  {
    name: 'cookie parameter became an object (the SDKs stop sending it)',
    base: (s) => listParams(s).push(cookie('prefs')),
    edit: (s) =>
      (listParams(s)[3].schema = { type: 'object', properties: { theme: { type: 'string' } } }),
    code: 'sdk-parameter-removed',
    level: 'breaking',
    bump: 'major',
    message: /an object cookie, which the SDKs do not send/,
  },
  {
    name: 'same-named parameter added in another location (header id becomes headerId / header_id)',
    base: (s) => listParams(s).push(header('id')),
    edit: (s) => listParams(s).push({ name: 'id', in: 'query', schema: { type: 'string' } }),
    code: 'sdk-parameter-renamed',
    level: 'breaking',
    bump: 'major',
    message:
      /^header parameter id: TypeScript params\.id becomes params\.headerId in client\.pets\.listPets\(\), Python keyword id= becomes header_id= in client\.pets\.list_pets\(\.\.\.\)$/,
  },
  {
    name: 'same-named parameter added in another location (the old name now sends it)',
    base: (s) => listParams(s).push(header('id')),
    edit: (s) => listParams(s).push({ name: 'id', in: 'query', schema: { type: 'string' } }),
    code: 'sdk-keyword-meaning-changed',
    level: 'breaking',
    bump: 'major',
    message:
      /TypeScript params\.id of client\.pets\.listPets\(\), Python keyword id= of client\.pets\.list_pets\(\.\.\.\) now sends query parameter id \(it sent header parameter id\)/,
  },
  {
    name: 'header respelt in another case (same wire, TypeScript key only)',
    base: (s) => listParams(s).push(header('X-Trace')),
    edit: (s) => (listParams(s)[3].name = 'x-trace'),
    code: 'sdk-parameter-renamed',
    level: 'breaking',
    bump: 'major',
    message:
      /^header parameter x-trace: TypeScript params\["X-Trace"\] becomes params\["x-trace"\] in client\.pets\.listPets\(\) \(Python calls are unaffected\)$/,
    absent: ['request-parameter-removed-without-deprecation'],
  },
  {
    name: 'body property became required (the spread params key and the Python keyword)',
    edit: (s) => (s.components.schemas.NewPet.allOf[1].required = ['owner_email']),
    code: 'sdk-parameter-became-required',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
    message:
      /^body property owner_email became a required argument: TypeScript params\.owner_email of client\.pets\.createPet\(\), Python keyword owner_email= of client\.pets\.create_pet\(\.\.\.\); existing calls without it no longer type-check \(TypeScript\) and raise TypeError \(Python\)$/,
  },
  {
    // TypeScript's keys depend on the variant (the wire entries say how); Python's keywords become one `body=`.
    name: "spread body becomes a union of objects (Python keywords go, TypeScript keys are the variants' own)",
    edit: (s) =>
      (createPet(s).requestBody.content['application/json'].schema = {
        oneOf: [
          { $ref: '#/components/schemas/NewPet' },
          { type: 'object', properties: { tag: { type: 'string' } } },
        ],
      }),
    code: 'sdk-parameter-removed',
    level: 'breaking',
    bump: 'major',
    message:
      /^body property \w+ is no longer an argument: Python keyword \w+= of client\.pets\.create_pet\(\.\.\.\); existing calls passing it raise TypeError \(Python\) \(TypeScript calls are unaffected\)$/,
  },
  {
    // Review 5 F11: the property leaves TypeScript's input type too (TS2561), not only Python's keywords.
    name: 'body property made readOnly (gone from both calls)',
    edit: (s) => (s.components.schemas.NewPet.allOf[1].properties.owner_email.readOnly = true),
    code: 'sdk-parameter-removed',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
    message:
      /^body property owner_email is no longer an argument: TypeScript params\.owner_email of client\.pets\.createPet\(\), Python keyword owner_email= of client\.pets\.create_pet\(\.\.\.\); existing calls passing it no longer type-check \(TypeScript\) and raise TypeError \(Python\)$/,
  },
  // the client: its class name and default base URL
  {
    name: 'info.title changed (client class renamed)',
    edit: (s) => (s.info.title = 'Diff Fixture API'),
    code: 'sdk-client-renamed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/info\/title$/,
    message: /DiffFixture renamed to DiffFixtureApi/,
    absent: ['document-changed'],
  },
  {
    name: 'a schema takes the client class name (the client becomes <Title>Client)',
    edit: (s) => (s.components.schemas.DiffFixture = { type: 'object' }),
    code: 'sdk-client-renamed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/info\/title$/,
    message: /DiffFixture renamed to DiffFixtureClient/,
  },
  {
    name: 'info.title respelt to the same class name',
    edit: (s) => (s.info.title = 'diff fixture'),
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
    absent: ['sdk-client-renamed'],
  },
  {
    name: 'server path changed (default base URL)',
    edit: (s) => (s.servers[0].url = 'https://api.example.com/v2'),
    code: 'sdk-base-url-changed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/servers\/0$/,
    message: /https:\/\/api\.example\.com becomes https:\/\/api\.example\.com\/v2/,
  },
  {
    name: 'server host changed (default base URL)',
    edit: (s) => (s.servers[0].url = 'https://api.example.org'),
    code: 'sdk-base-url-changed',
    level: 'breaking',
    bump: 'major',
    message: /another host/,
  },
  {
    name: 'server scheme changed only',
    edit: (s) => (s.servers[0].url = 'http://api.example.com'),
    code: 'sdk-base-url-changed',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'server host became a variable (no default base URL)',
    edit: (s) =>
      (s.servers[0] = {
        url: 'https://{host}',
        variables: { host: { default: 'api.example.com' } },
      }),
    code: 'sdk-base-url-changed',
    level: 'breaking',
    bump: 'major',
    message: /no longer have a default base URL/,
  },
  {
    name: 'second server changed only',
    base: (s) => s.servers.push({ url: 'https://staging.example.com' }),
    edit: (s) => (s.servers[1].url = 'https://staging2.example.com'),
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
    absent: ['sdk-base-url-changed'],
  },
  {
    name: 'version prefix no longer dropped (the default base URL now ends with it)',
    base: underPrefix('/v1'),
    edit: (s) => (s.servers[0].url = 'https://api.example.com/v1'),
    code: 'sdk-path-prefix-removed',
    level: 'breaking',
    bump: 'major',
    message: /ending with \/v1 no longer drops it from calls whose path starts with it/,
  },
  {
    name: 'version prefix dropped again (the default base URL no longer ends with it)',
    base: (s) => (underPrefix('/v1')(s), (s.servers[0].url = 'https://api.example.com/v1')),
    edit: (s) => (s.servers[0].url = 'https://api.example.com'),
    code: 'sdk-path-prefix-added',
    level: 'breaking',
    bump: 'major',
    message: /ending with \/v1 now drops it once .*: such calls no longer hold it twice/,
  },
  {
    name: 'a path outside the version prefix appears (its calls keep the base URL as given)',
    base: underPrefix('/v2'),
    edit: thingsAt('/things'),
    code: 'operation-added',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['sdk-path-prefix-added', 'sdk-path-prefix-removed'],
  },
  {
    name: 'first versioned path among others (its calls drop the prefix; the others do not change)',
    edit: thingsAt('/v2/things'),
    code: 'sdk-path-prefix-added',
    level: 'non-breaking',
    bump: 'minor',
    message: /ending with \/v2 now drops it once .*; other calls keep it/,
  },
  {
    name: 'the last versioned path goes (only raw calls under it change)',
    base: thingsAt('/v2/things'),
    edit: (s) => delete s.paths['/v2/things'],
    code: 'sdk-path-prefix-removed',
    level: 'non-breaking',
    bump: 'major',
    message: /raw ones only/,
  },
  // media types and statuses
  {
    name: 'request media type removed',
    edit: (s) => delete createPet(s).requestBody.content['application/x-www-form-urlencoded'],
    code: 'request-media-type-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'request media type added',
    edit: (s) =>
      (createPet(s).requestBody.content['multipart/form-data'] = {
        schema: { $ref: '#/components/schemas/NewPet' },
      }),
    code: 'request-media-type-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'response media type removed',
    edit: (s) => delete s.paths['/pets/{petId}'].get.responses['200'].content['text/csv'],
    code: 'response-media-type-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'success status replaced',
    edit: (s) => (
      (createPet(s).responses['200'] = createPet(s).responses['201']),
      delete createPet(s).responses['201']
    ),
    code: 'response-status-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'error status added',
    edit: (s) => (createPet(s).responses['409'] = { description: 'Conflict' }),
    code: 'response-error-status-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  // A success answer the SDKs resolve with: typed by the IR's success response (return-type.ts).
  {
    name: 'success status added with another body: the wire takes it',
    edit: (s) => (createPet(s).responses['202'] = queued()),
    code: 'response-status-added',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'success status added with another body: the SDKs still type the old one',
    edit: (s) => (createPet(s).responses['202'] = queued()),
    code: 'sdk-return-widened',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
    pointer: /^\/paths\/~1pets\/post\/responses\/202\/content\/application~1json$/,
    message:
      /^client\.pets\.createPet\(\) may now resolve with response 202 application\/json \(`\{ job: string; \}`\), which the SDKs still type as `PetOutput` \(Python `types\.PetsCreatePetResponse`\): /,
  },
  {
    name: 'success status added with the same body',
    edit: (s) => (createPet(s).responses['202'] = structuredClone(createPet(s).responses['201'])),
    code: 'response-status-added',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['sdk-return-widened', 'sdk-return-type-changed'],
  },
  {
    name: 'success status added with no body beside a JSON one',
    edit: (s) => (createPet(s).responses['204'] = { description: 'Already there' }),
    code: 'sdk-return-widened',
    level: 'breaking',
    bump: 'major',
    message: /may now resolve with response 204 with no body \(`undefined`, Python `None`\)/,
  },
  {
    name: 'success status added ahead of the one the SDKs read',
    edit: (s) => (createPet(s).responses['200'] = queued()),
    code: 'sdk-return-type-changed',
    level: 'breaking',
    bump: 'major',
    message:
      /^client\.pets\.createPet\(\) now returns `\{ job: string; \}` from response 200 \(it returned `PetOutput` from response 201\)/,
  },
  {
    name: 'success response gains a text media type',
    edit: (s) =>
      (createPet(s).responses['201'].content['text/plain'] = { schema: { type: 'string' } }),
    code: 'sdk-return-type-changed',
    level: 'breaking',
    bump: 'major',
    message:
      /now returns `PetOutput \| string` \(it returned `PetOutput`\); Python `Union\[types\.PetsCreatePetResponse, str\]` \(was `types\.PetsCreatePetResponse`\): code that reads the old answer's fields must first tell the shapes apart/,
  },
  {
    name: 'success response gains a JSON media type with another schema',
    edit: (s) =>
      (createPet(s).responses['201'].content['application/problem+json'] = {
        schema: { $ref: '#/components/schemas/Error' },
      }),
    code: 'sdk-return-widened',
    level: 'breaking',
    bump: 'major',
    message: /response 201 application\/problem\+json \(`Error`\)/,
  },
  {
    name: 'success response gains a JSON media type with the same schema',
    edit: (s) =>
      (createPet(s).responses['201'].content['application/vnd.pet+json'] = {
        schema: { $ref: '#/components/schemas/Pet' },
      }),
    code: 'response-media-type-added',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['sdk-return-widened', 'sdk-return-type-changed'],
  },
  {
    // The SDKs ask for the JSON and never read an XML restatement of it (ir/representations.ts).
    name: 'success response gains an XML form of its JSON schema',
    edit: (s) =>
      (createPet(s).responses['201'].content['application/xml'] = {
        schema: { $ref: '#/components/schemas/Pet' },
      }),
    code: 'response-media-type-added',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['sdk-return-widened', 'sdk-return-type-changed'],
  },
  {
    // The resource class gives the schema the package root's name (ir/names.ts resourceClassName).
    name: 'schema added with the name of a resource class',
    edit: (s) => (s.components.schemas.Pets = { type: 'object' }),
    code: 'sdk-type-renamed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/components\/schemas\/Pets$/,
    message:
      /^resource class Pets \(client\.pets\) renamed to PetsResource because the schema type Pets is now exported from the package root \(TypeScript; Python's class is unchanged\)$/,
  },
  {
    name: 'a body where the call returned nothing',
    edit: (s) =>
      (s.paths['/pets/{petId}'].delete.responses['200'] = {
        description: 'The deleted pet',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
      }),
    code: 'sdk-return-type-changed',
    level: 'non-breaking',
    bump: 'minor',
    message: /^client\.pets\.deletePet\(\) now returns `PetOutput` \(it returned nothing\)$/,
  },
  {
    name: 'an error status added beside the success one is no SDK return change',
    edit: (s) => (createPet(s).responses['409'] = queued()),
    code: 'response-error-status-added',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['sdk-return-widened', 'sdk-return-type-changed'],
  },
  // security
  {
    name: 'auth now required',
    edit: (s) => delete s.paths['/pets'].get.security,
    code: 'security-added',
    level: 'breaking',
    bump: 'major',
    operation: 'listPets',
  },
  {
    name: 'security alternative removed',
    edit: (s) => createPet(s).security.pop(),
    code: 'security-requirement-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'security alternative added',
    edit: (s) => (s.paths['/shapes'].post.security = [{ bearer: [] }, { apiKey: [] }]),
    code: 'security-requirement-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    // Operations without their own `security` take the document's: one entry, at the edit.
    name: 'document security gains an alternative: one entry naming every operation',
    edit: (s) => s.security.push({ apiKey: [] }),
    code: 'security-requirement-added',
    level: 'non-breaking',
    bump: 'minor',
    pointer: /^\/security$/,
    message: /^also accepts apiKey\[\] \(also in (client\.[\w.]+\(\), )+client\.[\w.]+\(\)\)$/,
  },
  {
    name: 'document security puts another scheme first: one SDK entry naming every call',
    edit: (s) => s.security.unshift({ apiKey: [] }),
    code: 'sdk-auth-changed',
    level: 'breaking',
    bump: 'major',
    pointer: /^\/security$/,
    message:
      /^both SDKs now send the API key by security scheme apiKey, header "X-Api-Key" \(they sent it by bearer, Authorization: Bearer\) \(also in (client\.[\w.]+\(\), )+client\.[\w.]+\(\)\)$/,
  },
  {
    // The wire accepts what it accepted; the SDKs send the key by the first scheme they can apply.
    name: 'security scheme added before the one the SDKs used',
    edit: (s) => (s.paths['/shapes'].post.security = [{ apiKey: [] }, { bearer: [] }]),
    code: 'sdk-auth-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'drawShape',
    message:
      /now send the API key by security scheme apiKey, header "X-Api-Key" \(they sent it by bearer, Authorization: Bearer\)/,
  },
  {
    name: 'security scheme header renamed',
    edit: (s) => (s.components.securitySchemes.apiKey.name = 'X-Key'),
    code: 'security-scheme-changed',
    level: 'breaking',
    bump: 'major',
  },
  {
    // Both SDKs send the same header under either key: one entry, not a requirement swap per operation.
    name: 'security scheme renamed, same definition',
    edit: (s) => {
      const schemes = s.components.securitySchemes;
      schemes.auth = schemes.bearer;
      delete schemes.bearer;
      const rename = (list?: Record<string, string[]>[]) =>
        list?.forEach((r) => {
          if (!r.bearer) return;
          r.auth = r.bearer;
          delete r.bearer;
        });
      rename(s.security);
      for (const item of Object.values(s.paths) as Record<string, { security?: never }>[])
        for (const op of Object.values(item)) rename(op?.security);
    },
    code: 'security-scheme-renamed',
    level: 'non-breaking',
    bump: 'minor',
    message: /security scheme bearer renamed to auth/,
    absent: ['security-requirement-removed', 'security-requirement-added', 'sdk-auth-changed'],
  },
  // operations, SDK surface
  {
    name: 'endpoint added',
    edit: (s) =>
      (s.paths['/pets/{petId}'].put = {
        ...structuredClone(s.paths['/pets/{petId}'].delete),
        operationId: 'replacePet',
      }),
    code: 'operation-added',
    level: 'non-breaking',
    bump: 'minor',
    operation: 'replacePet',
  },
  {
    name: 'endpoint removed without deprecation',
    edit: (s) => delete s.paths['/pets/{petId}'].delete,
    code: 'operation-removed-without-deprecation',
    level: 'breaking',
    bump: 'major',
    operation: 'deletePet',
    // The consumer's call, then the wire.
    message:
      /^client\.pets\.deletePet\(\) \(DELETE \/pets\/\{petId\}\) removed without being deprecated first$/,
  },
  {
    name: 'deprecated endpoint removed',
    base: (s) => (s.paths['/pets/{petId}'].delete.deprecated = true),
    edit: (s) => delete s.paths['/pets/{petId}'].delete,
    code: 'operation-removed',
    level: 'breaking',
    bump: 'major',
    absent: ['operation-removed-without-deprecation'],
  },
  {
    name: 'endpoint deprecated',
    edit: (s) => (s.paths['/pets/{petId}'].delete.deprecated = true),
    code: 'operation-deprecated',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'operationId renamed',
    edit: (s) => (s.paths['/pets'].get.operationId = 'listAllPets'),
    code: 'sdk-method-renamed',
    level: 'breaking',
    bump: 'major',
    operation: 'listAllPets',
  },
  {
    name: 'operationId renamed behind a pinned x-sdk-name (SDK-only break)',
    edit: (s) => (
      (s.paths['/tasks/{taskId}'].get.operationId = 'fetchTask'),
      (family(s).poll.operationId = 'fetchTask')
    ),
    code: 'sdk-operation-key-renamed',
    pointer: /^\/paths\/~1tasks~1\{taskId\}\/get\/operationId$/,
    level: 'breaking',
    bump: 'major',
    operation: 'fetchTask',
    absent: ['sdk-method-renamed', 'sdk-function-renamed', 'operation-removed-without-deprecation'],
  },
  {
    name: 'x-sdk-name changed',
    edit: (s) => (s.paths['/tasks/{taskId}'].get['x-sdk-name'] = 'tasks.get'),
    code: 'sdk-method-renamed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'exported type removed',
    edit: (s) => delete s.components.schemas.Unused,
    code: 'sdk-type-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'component moved to another key with the same definition',
    edit: (s) => (
      (s.components.schemas.Note = s.components.schemas.Unused),
      delete s.components.schemas.Unused
    ),
    code: 'sdk-type-renamed',
    level: 'breaking',
    bump: 'major',
    message: /^exported type Unused renamed to Note /,
    pointer: /^\/components\/schemas\/Note$/,
    absent: ['sdk-type-removed', 'sdk-type-added'],
  },
  {
    name: 'exported type added',
    edit: (s) => (s.components.schemas.Extra = { type: 'string' }),
    code: 'sdk-type-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'exported type member removed',
    edit: (s) => delete s.components.schemas.Unused.properties.note,
    code: 'sdk-type-member-removed',
    level: 'breaking',
    bump: 'major',
  },
  // found by diffing edited real specs (petstore, museum)
  {
    name: 'response header added',
    edit: (s) =>
      (s.paths['/pets'].get.responses['200'].headers = {
        'X-Total': { required: true, schema: { type: 'integer' } },
      }),
    code: 'response-header-added',
    level: 'non-breaking',
    bump: 'minor',
    pointer: /\/responses\/200\/headers\/X-Total\/schema$/,
    absent: ['document-changed'],
  },
  {
    name: 'int32 widened to int64 is fine for requests',
    base: (s) => (listParams(s)[0].schema.format = 'int32'),
    edit: (s) => (listParams(s)[0].schema.format = 'int64'),
    code: 'request-format-changed',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'float widened to double breaks responses',
    base: (s) => (s.components.schemas.Circle.properties.radius.format = 'float'),
    edit: (s) => (s.components.schemas.Circle.properties.radius.format = 'double'),
    code: 'response-format-changed',
    level: 'breaking',
    bump: 'major',
    message: /radius format float → double: values outside float may now come back$/,
  },
  {
    name: 'int64 narrowed to int32 breaks requests, saying which values',
    base: (s) => (listParams(s)[0].schema.format = 'int64'),
    edit: (s) => (listParams(s)[0].schema.format = 'int32'),
    code: 'request-format-changed',
    level: 'breaking',
    bump: 'major',
    message:
      /^query parameter limit format int64 → int32: values outside int32 are no longer accepted$/,
  },
  {
    name: 'double narrowed to float is fine for responses',
    base: (s) => (s.components.schemas.Circle.properties.radius.format = 'double'),
    edit: (s) => (s.components.schemas.Circle.properties.radius.format = 'float'),
    code: 'response-format-changed',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'webhook added',
    edit: (s) => (s.webhooks = webhook()),
    code: 'webhook-added',
    level: 'non-breaking',
    bump: 'minor',
    message: /new webhook petBorn \(payload type PetBornWebhookPayload\)/,
    absent: ['document-changed'],
  },
  {
    name: 'webhook removed',
    base: (s) => (s.webhooks = webhook()),
    edit: (s) => delete s.webhooks,
    code: 'webhook-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'second method on a webhook (the first payload type takes the method in its name)',
    base: (s) => (s.webhooks = webhook()),
    edit: (s) => (s.webhooks.petBorn.put = structuredClone(s.webhooks.petBorn.post)),
    code: 'sdk-type-renamed',
    level: 'breaking',
    bump: 'major',
    message:
      /webhook petBorn payload type PetBornWebhookPayload renamed to PetBornPostWebhookPayload/,
  },
  {
    name: 'webhook payload gains an enum value (compared like a response)',
    base: (s) => (s.webhooks = webhook()),
    edit: (s) =>
      s.webhooks.petBorn.post.requestBody.content[
        'application/json'
      ].schema.properties.kind.enum.push('bird'),
    code: 'response-enum-value-added',
    level: 'breaking',
    bump: 'major',
    message:
      /^webhook petBorn\.kind may now be "bird": code that handles each listed value meets one it does not know$/,
  },
  {
    name: 'x-paging added (awaiting still gives the first page)',
    base: (s) => listParams(s).push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
    edit: (s) => (s.paths['/pets'].get['x-paging'] = { page: 'page', items: '' }),
    code: 'sdk-paging-added',
    level: 'non-breaking',
    bump: 'minor',
    operation: 'listPets',
    message:
      /TypeScript client\.pets\.listPets\(\) and Python client\.pets\.list_pets\(\.\.\.\) now page/,
    absent: ['document-changed'],
  },
  {
    name: 'x-paging removed',
    base: (s) => (
      listParams(s).push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
      (s.paths['/pets'].get['x-paging'] = { page: 'page', items: '' })
    ),
    edit: (s) => delete s.paths['/pets'].get['x-paging'],
    code: 'sdk-paging-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'x-paging first page changed',
    base: (s) => (
      listParams(s).push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
      (s.paths['/pets'].get['x-paging'] = { page: 'page', items: '' })
    ),
    edit: (s) => (s.paths['/pets'].get['x-paging'].firstPage = 1),
    code: 'sdk-paging-changed',
    level: 'breaking',
    bump: 'major',
    message: /page differently: first page 0 → 1$/,
  },
  {
    // Callers passing `page` by hand are told by the parameter's removal; pagers fill it themselves.
    name: 'x-paging page parameter renamed with the parameter',
    base: (s) => (
      listParams(s).push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
      (s.paths['/pets'].get['x-paging'] = { page: 'page', items: '' })
    ),
    edit: (s) => {
      listParams(s).at(-1).name = 'page_no';
      s.paths['/pets'].get['x-paging'].page = 'page_no';
    },
    code: 'sdk-parameter-removed',
    level: 'breaking',
    bump: 'major',
    absent: ['sdk-paging-changed'],
  },
  {
    name: 'x-paging moved to another parameter, the old one kept',
    base: (s) => (
      listParams(s).push(
        { name: 'page', in: 'query', schema: { type: 'integer' } },
        { name: 'pg', in: 'query', schema: { type: 'integer' } },
      ),
      (s.paths['/pets'].get['x-paging'] = { page: 'page', items: '' })
    ),
    edit: (s) => (s.paths['/pets'].get['x-paging'].page = 'pg'),
    code: 'sdk-paging-changed',
    level: 'non-breaking',
    bump: 'minor',
    message: /page differently: page\/cursor argument page → pg$/,
  },
  {
    name: 'x-retry: safe on a POST (the SDKs now re-send it)',
    edit: (s) => (createPet(s)['x-retry'] = 'safe'),
    code: 'sdk-retry-changed',
    level: 'non-breaking',
    bump: 'minor',
    operation: 'createPet',
    absent: ['document-changed'],
  },
  {
    name: 'stream terminator changed',
    base: chat,
    edit: (s) => (s.paths['/chat'].post['x-stream'].terminator = '[END]'),
    code: 'stream-terminator-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'chat',
    message: /ends at data "\[END\]" \(it ended at "\[DONE\]"\)/,
    absent: ['document-changed'],
  },
  {
    name: 'stream flag renamed',
    base: chat,
    edit: (s) => {
      const body = s.paths['/chat'].post.requestBody.content['application/json'].schema;
      body.properties.live = body.properties.stream;
      delete body.properties.stream;
      s.paths['/chat'].post['x-stream'].requestFlag = 'live';
    },
    code: 'stream-flag-changed',
    level: 'breaking',
    bump: 'major',
    message:
      /^client\.pets\.chat\(\) now streams when body property live is true \(it streamed when body property stream is true\)/,
  },
  {
    name: 'stream flag now defaults to true (calls without it stream)',
    base: chat,
    edit: (s) => (chatFlag(s).default = true),
    code: 'stream-flag-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'chat',
    message:
      /^client\.pets\.chat\(\) now streams unless body property stream is false \(it streamed when body property stream is true\)/,
  },
  {
    name: 'stream flag no longer defaults to true (calls without it get the plain answer)',
    base: (s) => {
      chat(s);
      chatFlag(s).default = true;
    },
    edit: (s) => (chatFlag(s).default = false),
    code: 'stream-flag-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'chat',
    message:
      /^client\.pets\.chat\(\) now streams when body property stream is true \(it streamed unless body property stream is false\)/,
  },
  {
    name: 'urlencoded property style changed (encoding)',
    edit: (s) =>
      (createPet(s).requestBody.content['application/x-www-form-urlencoded'].encoding = {
        labels: { style: 'pipeDelimited', explode: false },
      }),
    code: 'request-encoding-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'createPet',
    pointer: /\/encoding\/labels$/,
    message:
      /property labels is sent as \(default content type\), pipeDelimited\/false \(was \(default content type\), form\/true\)/,
    absent: ['document-changed'],
  },
  // callbacks: the server sends them, so their payloads compare like responses
  {
    name: 'callback added',
    edit: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    code: 'callback-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'callback removed',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => delete s.paths['/tasks'].post.callbacks,
    code: 'callback-removed',
    level: 'breaking',
    bump: 'major',
  },
  {
    name: 'callback payload gains an enum value',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      s.paths['/tasks'].post.callbacks.done['{$request.body#/prompt}'].post.requestBody.content[
        'application/json'
      ].schema.properties.state.enum.push('late')
    ),
    code: 'response-enum-value-added',
    level: 'breaking',
    bump: 'major',
  },
  // what a callback's or webhook's receiver answers: its code writes it, so it compares like a request
  {
    name: 'callback answer 200 replaced by 204',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '204': { description: 'Received' } })
    ),
    code: 'callback-answer-removed',
    level: 'breaking',
    bump: 'major',
    message: /^callback done answer 200 removed: receivers answering 200 must now answer 204$/,
    pointer: /^\/paths\/~1tasks\/post\/callbacks\/done\/.*\/responses\/200$/,
  },
  {
    name: 'callback answer 2XX narrowed to 200',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = {
        '2XX': { description: 'Any 2xx' },
        '4XX': { description: 'No' },
      })
    ),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '200': { description: 'OK' }, '4XX': { description: 'No' } })
    ),
    code: 'callback-answer-narrowed',
    level: 'breaking',
    bump: 'major',
    message:
      /^callback done answer 2XX narrowed to 200: receivers answering another 2xx status must now answer 200$/,
    absent: ['callback-answer-removed', 'callback-answer-added'],
  },
  {
    name: 'callback answer 200 widened to 2XX',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '2XX': { description: 'Any 2xx' } })
    ),
    code: 'callback-answer-widened',
    level: 'non-breaking',
    bump: 'minor',
    absent: ['callback-answer-removed', 'callback-answer-added'],
  },
  {
    name: 'callback answer removed names only the success answers left',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['410'] = { description: 'Gone' })
    ),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '204': { description: 'OK' }, '410': { description: 'Gone' } })
    ),
    code: 'callback-answer-removed',
    level: 'breaking',
    bump: 'major',
    message: /receivers answering 200 must now answer 204$/,
  },
  {
    name: 'callback answer added',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['410'] = { description: 'Unsubscribe' })
    ),
    code: 'callback-answer-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'callback answer added with a body says so',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['202'] = { description: 'Queued', content: ackBody() })
    ),
    code: 'callback-answer-added',
    level: 'non-breaking',
    bump: 'minor',
    message:
      /^callback done answer 202 added: receivers may now answer 202 with a body \(application\/json\)$/,
  },
  {
    name: 'callback answer body gains a required property',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['200'].content = ackBody())
    ),
    edit: (s) => {
      s.paths['/tasks'].post.callbacks = callback();
      callbackPost(s).responses['200'].content = ackBody();
      const schema = callbackPost(s).responses['200'].content['application/json'].schema;
      schema.properties.id = { type: 'string' };
      schema.required.push('id');
    },
    code: 'request-property-added-required',
    level: 'breaking',
    bump: 'major',
    message: /^new required property callback done answer 200\.id$/,
  },
  {
    name: 'callback answer gains a body with required members (receivers must now send it)',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['200'].content = ackBody())
    ),
    code: 'callback-answer-body-added-required',
    level: 'breaking',
    bump: 'major',
    message:
      /^callback done answer 200: your callback handler must now answer with a body \(application\/json with ack\)$/,
    absent: ['request-media-type-added'],
  },
  {
    name: 'callback answer 2XX narrowed to 200 with a required body',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '2XX': { description: 'Any 2xx' } })
    ),
    edit: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses = { '200': { description: 'OK', content: ackBody() } })
    ),
    code: 'callback-answer-body-added-required',
    level: 'breaking',
    bump: 'major',
    absent: ['request-media-type-added'],
  },
  {
    name: 'callback answer gains a body that demands nothing',
    base: (s) => (s.paths['/tasks'].post.callbacks = callback()),
    edit: (s) => {
      s.paths['/tasks'].post.callbacks = callback();
      callbackPost(s).responses['200'].content = ackBody();
      callbackPost(s).responses['200'].content['application/json'].schema.required = [];
    },
    code: 'callback-answer-body-added',
    level: 'non-breaking',
    bump: 'minor',
    message:
      /^callback done answer 200: receivers may now answer with a body \(application\/json\)$/,
    absent: ['request-media-type-added'],
  },
  {
    name: 'webhook answer gains a body with required members',
    base: (s) => (s.webhooks = webhook()),
    edit: (s) => (
      (s.webhooks = webhook()),
      (s.webhooks.petBorn.post.responses['200'].content = ackBody())
    ),
    code: 'webhook-answer-body-added-required',
    level: 'breaking',
    bump: 'major',
    message: /^webhook petBorn answer 200: your webhook handler must now answer with a body/,
  },
  {
    name: 'callback answer body gains a media type (worded for the receiver)',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['200'].content = ackBody())
    ),
    edit: (s) => {
      s.paths['/tasks'].post.callbacks = callback();
      callbackPost(s).responses['200'].content = {
        ...ackBody(),
        'text/plain': { schema: { type: 'string' } },
      };
    },
    code: 'request-media-type-added',
    level: 'non-breaking',
    bump: 'minor',
    message: /^callback done answer 200: receivers may now answer with text\/plain$/,
  },
  {
    name: 'callback answer body may leave out a property',
    base: (s) => (
      (s.paths['/tasks'].post.callbacks = callback()),
      (callbackPost(s).responses['200'].content = ackBody())
    ),
    edit: (s) => {
      s.paths['/tasks'].post.callbacks = callback();
      callbackPost(s).responses['200'].content = ackBody();
      callbackPost(s).responses['200'].content['application/json'].schema.required = [];
    },
    code: 'request-property-became-optional',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'webhook answer replaced',
    base: (s) => (s.webhooks = webhook()),
    edit: (s) => (
      (s.webhooks = webhook()),
      (s.webhooks.petBorn.post.responses = { '202': { description: 'Queued' } })
    ),
    code: 'webhook-answer-removed',
    level: 'breaking',
    bump: 'major',
    message: /^webhook petBorn answer 200 removed: receivers answering 200 must now answer 202$/,
  },
  // x-task-families
  {
    name: 'task state moved',
    edit: (s) => ((family(s).states.failed = []), (family(s).states.cancelled = ['FAILED'])),
    code: 'task-state-mapping-changed',
    level: 'breaking',
    operation: 'getTask',
    bump: 'major',
  },
  {
    name: 'task state value added',
    edit: (s) => (
      s.components.schemas.Task.properties.status.enum.push('PAUSED'),
      family(s).states.running.push('PAUSED')
    ),
    code: 'task-state-value-added',
    level: 'non-breaking',
    bump: 'major',
  },
  {
    name: 'task poll timing changed',
    edit: (s) => (family(s).intervalMs = 2000),
    code: 'task-timing-changed',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    name: 'task family added',
    edit: (s) => {
      s.paths['/tasks/{taskId}/clone'] = {
        post: {
          ...structuredClone(s.paths['/tasks'].post),
          operationId: 'cloneTask',
          'x-task': { family: 'clone', id: '/task_id' },
          parameters: [
            {
              name: 'taskId',
              in: 'path',
              required: true,
              schema: { type: 'string' },
            },
          ],
        },
      };
      s['x-task-families'].clone = {
        ...structuredClone(family(s)),
        title: 'Clone',
      };
    },
    code: 'task-family-added',
    level: 'non-breaking',
    bump: 'minor',
  },
  {
    // Family entries name each submit as the consumer calls it, like every other message.
    name: 'a submit no longer returns a task of the family (x-task removed)',
    edit: (s) => delete s.paths['/tasks'].post['x-task'],
    code: 'task-submit-removed',
    level: 'breaking',
    bump: 'major',
    message: /^render: client\.tasks\.submitTask\(\) no longer returns a task of this family$/,
  },
  {
    name: 'another operation now returns a task of the family',
    edit: (s) =>
      (s.paths['/tasks/batch'] = {
        post: { ...structuredClone(s.paths['/tasks'].post), operationId: 'submitBatch' },
      }),
    code: 'task-submit-added',
    level: 'non-breaking',
    bump: 'minor',
    message: /^render: client\.tasks\.submitBatch\(\) now returns a task of this family$/,
  },
  {
    name: "a submit names which of the family's result pointers it fills (x-task.result)",
    edit: (s) => (s.paths['/tasks'].post['x-task'].result = ['/result_url']),
    code: 'task-mapping-changed',
    level: 'breaking',
    bump: 'major',
    operation: 'submitTask',
    pointer: /^\/paths\/~1tasks\/post\/x-task$/,
    message:
      /^client\.tasks\.submitTask\(\) \(x-task\): result pointers \(the family's\) → \["\/result_url"\]$/,
  },
  {
    // The helpers pass the id in the same place: the rename is the parameter's own entry.
    name: "the poll's path parameter renamed along with the family's poll",
    edit: (s) => {
      const get = s.paths['/tasks/{taskId}'].get;
      get.parameters[0].name = 'id';
      s.paths['/tasks/{id}'] = s.paths['/tasks/{taskId}'];
      delete s.paths['/tasks/{taskId}'];
      family(s).poll.param = 'id';
    },
    code: 'sdk-parameter-renamed',
    level: 'breaking',
    bump: 'major',
    absent: ['task-mapping-changed'],
  },
  {
    name: 'task result pointer changed',
    edit: (s) => (family(s).result = ['/task_id']),
    code: 'task-mapping-changed',
    level: 'breaking',
    bump: 'major',
  },
  // docs only, and nothing at all
  {
    name: 'description only',
    edit: (s) => (pet(s).properties.name.description = 'What the pet answers to.'),
    code: 'description-changed',
    level: 'info',
    bump: 'patch',
  },
  {
    name: 'example only',
    // No `id`: a request example need not hold a required readOnly property.
    edit: (s) =>
      (createPet(s).requestBody.content['application/json'].example = {
        name: 'Fido',
        kind: 'dog',
      }),
    code: 'example-changed',
    level: 'info',
    bump: 'patch',
  },
  {
    // The spec's example is unchanged; the docs and mock now show a generated one instead.
    name: 'an example the new schema rejects',
    edit: (s) => (pet(s).properties.name.maxLength = 2),
    code: 'example-changed',
    level: 'info',
    bump: 'major',
    pointer: /^\/paths\/~1pets\/post\/requestBody\/content\/application~1json\/example$/,
    message:
      /^request body application\/json: example default no longer matches the schema \(the docs and mock show generated values in their place\)$/,
  },
  {
    name: 'tag description only',
    edit: (s) => (s.tags[0].description = 'All about pets.'),
    code: 'document-changed',
    level: 'info',
    bump: 'patch',
  },
];

describe('diff edit table', () => {
  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows)('$name → $code ($level), bump $bump', async (row) => {
    const result = await diffEdit(row.edit, row.base);
    const codes = result.changes.map((c) => c.code);
    const hit = result.changes.find(
      (c) => c.code === row.code && (row.operation === undefined || c.operation === row.operation),
    );
    expect(hit, `got ${codes.join(', ')}`).toBeDefined();
    expect(hit!.level).toBe(row.level);
    expect(hit!.location).toMatch(/\.json:\d+$/);
    expect(result.bump).toBe(row.bump);
    if (row.pointer) expect(hit!.pointer).toMatch(row.pointer);
    if (row.message) expect(hit!.message).toMatch(row.message);
    for (const code of row.absent ?? []) expect(codes).not.toContain(code);
  });

  it('reports nothing for an unchanged spec, even with keys reordered', async () => {
    const result = await diffEdit((s) => {
      const { paths, ...rest } = s;
      for (const key of Object.keys(rest)) delete s[key];
      Object.assign(s, { paths }, rest);
    });
    expect(result).toEqual({ bump: 'none', changes: [] });
  });
});
