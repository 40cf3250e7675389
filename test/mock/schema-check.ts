/** An independent check of mock answers: Ajv (draft 2020-12) over the route table's schemas. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema, MockRouteTable } from '../../templates/mock/types.js';

export type Check = (value: unknown) => string | undefined;

/** Compiles `schema` (its `$ref`s into the table's `$defs`); the check returns Ajv's first error, or undefined. */
export function schemaChecker(table: MockRouteTable): (schema: JsonSchema | undefined) => Check {
  const ajv = new Ajv2020.default({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'mock:defs', $defs: table.schemas });
  const cache = new Map<unknown, Check>();
  return (schema) => {
    if (schema === undefined) return () => undefined;
    let check = cache.get(schema);
    if (!check) {
      const text = JSON.stringify(schema).replace(/"#\/\$defs\//g, '"mock:defs#/$defs/');
      const validate = ajv.compile(JSON.parse(text) as object);
      check = (value) => (validate(value) ? undefined : ajv.errorsText(validate.errors));
      cache.set(schema, check);
    }
    return check;
  };
}

/** The `data:` payloads of an event-stream body (JSON where they parse). */
export function sseData(text: string): unknown[] {
  return text
    .split(/\n\n/)
    .filter((f) => f.trim() !== '')
    .map((f) =>
      f
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n'),
    )
    .map((d) => {
      try {
        return JSON.parse(d) as unknown;
      } catch {
        return d;
      }
    });
}
