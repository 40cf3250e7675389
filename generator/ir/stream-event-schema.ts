/**
 * A stream whose events have no declared shape (an empty `x-stream` itemSchema, a string schema
 * standing for the whole stream) but whose spec lists example events that are JSON objects gets
 * its event schema inferred from them, once, here: both SDKs' chunk types, the mock and the docs
 * read the one `itemSchema`. A located warning asks the maintainer to declare it.
 */
import type { IrContext } from './context.js';
import type { Json, StreamIr } from './types.js';
import { convertSchema } from './schema.js';

type Raw = Record<string, unknown>;

export function inferEventSchema(ctx: IrContext, stream: StreamIr, label: string): void {
  if (stream.text || stream.itemSchema.kind !== 'any') return;
  const examples = stream.examples.filter((e) => !e.invalidOnPurpose);
  // Objects only: inferring a string would make the events text (`textEvents`), which they are not.
  const isObject = (v: Json): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (examples.length === 0 || !examples.every((e) => isObject(e.value))) return;
  const at = examples[0]!.source;
  const inferred = convertSchema(shapeOf(examples.map((e) => e.value)), at, ctx);
  if (stream.itemSchema.description !== undefined)
    inferred.description = stream.itemSchema.description;
  stream.itemSchema = inferred;
  stream.itemSchemaInferred = true;
  ctx.problems.push(
    ctx.warning(
      'stream-schema-inferred',
      at,
      `${label}'s stream declares no event schema: the shape of its events is inferred from its ${examples.length} example event${examples.length === 1 ? '' : 's'} (a property is required only when every example has it).`,
      "Declare it: `x-stream.itemSchema`, or the `text/event-stream` content's `itemSchema` (OpenAPI 3.2) or non-string `schema`.",
    ),
  );
}

type Kind = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

function kindOf(value: Json): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'boolean' | 'string' | 'object';
}

/**
 * The narrowest plain JSON Schema every value validates against: one type per kind seen (an
 * integer widens to number beside a fraction), `null` folded into the type list, objects'
 * properties in first-seen order, required when every object has them.
 */
export function shapeOf(values: readonly Json[]): Raw {
  const groups = new Map<Kind, Json[]>();
  for (const v of values) {
    const kind = kindOf(v);
    groups.set(kind, [...(groups.get(kind) ?? []), v]);
  }
  if (groups.has('integer') && groups.has('number')) {
    groups.set('number', [...groups.get('number')!, ...groups.get('integer')!]);
    groups.delete('integer');
  }
  const nullable = groups.delete('null');
  const shapes = [...groups].map(([kind, vs]) => shapeOfKind(kind, vs));
  if (shapes.length === 0) return { type: 'null' };
  if (shapes.length === 1)
    return nullable ? { ...shapes[0], type: [shapes[0]!.type, 'null'] } : shapes[0]!;
  return { anyOf: nullable ? [...shapes, { type: 'null' }] : shapes };
}

function shapeOfKind(kind: Kind, values: Json[]): Raw {
  if (kind === 'array') {
    const items = (values as Json[][]).flat();
    return { type: 'array', ...(items.length > 0 ? { items: shapeOf(items) } : {}) };
  }
  if (kind !== 'object') return { type: kind };
  const objects = values as { [key: string]: Json }[];
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  // fromEntries: a `__proto__` key stays an own property.
  const properties = Object.fromEntries(
    keys.map((key) => [
      key,
      shapeOf(objects.filter((o) => Object.hasOwn(o, key)).map((o) => o[key]!)),
    ]),
  );
  const required = keys.filter((key) => objects.every((o) => Object.hasOwn(o, key)));
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}
