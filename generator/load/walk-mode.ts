/**
 * Which parts of an OpenAPI document are literal data (examples, defaults, enums), so that a key
 * that happens to be named `$ref` inside them is not taken for a reference, and which are maps of
 * user-chosen names (so a property named `example` is still a schema).
 */

export type WalkMode =
  /** An OpenAPI or JSON Schema object: its keys are keywords. */
  | 'keywords'
  /** A map whose keys are names (`properties`, `paths`, `components/schemas`, …). */
  | 'names'
  /** A map of Example objects (`examples: {name: {value}}`). */
  | 'example-map'
  /** One Example object: its `value` is literal. */
  | 'example'
  /** Literal data: never looked into. */
  | 'literal';

const LITERAL_KEYWORDS = new Set(['example', 'default', 'const', 'enum']);

/**
 * Our extensions whose members hold schemas (`x-stream.itemSchema`): their `$ref`s are followed.
 * Every other `x-` value is data, like an example: a `$ref` inside it is never read.
 */
const SCHEMA_EXTENSIONS = new Set(['x-stream']);

const NAME_MAP_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'paths',
  'webhooks',
  'schemas',
  'responses',
  'parameters',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'content',
  'encoding',
  'variables',
  'mapping',
]);

export function childMode(mode: WalkMode, key: string, value: unknown): WalkMode {
  switch (mode) {
    case 'literal':
      return 'literal';
    case 'names':
      return 'keywords';
    case 'example-map':
      return 'example';
    case 'example':
      if (key === 'value') return 'literal';
  }
  if (LITERAL_KEYWORDS.has(key)) return 'literal';
  if (key.startsWith('x-') && !SCHEMA_EXTENSIONS.has(key)) return 'literal';
  if (key === 'examples') return Array.isArray(value) ? 'literal' : 'example-map';
  if (NAME_MAP_KEYWORDS.has(key)) return 'names';
  return 'keywords';
}
