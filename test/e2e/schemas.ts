/**
 * Response validation independent of the mock's own validator: Ajv (JSON Schema 2020-12, with
 * ajv-formats) over the bundled OpenAPI document, so a schema is addressed by its JSON pointer
 * (the IR's `source`) and every `#/components/...` ref resolves inside the document.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { JsonObject } from '../../generator/load/types.js';

// CommonJS packages: under NodeNext the default import may be the module object.
type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

const DOCUMENT_ID = 'urn:shellapi:openapi';

/** `#/a/b` (or `/a/b`) → a URI fragment with each token percent-encoded (`{engine_id}` and friends). */
function fragmentOf(pointer: string): string {
  const bare = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return bare
    .split('/')
    .map((token) => encodeURIComponent(token))
    .join('/');
}

export type Validate = (pointer: string, value: unknown) => string[];

/** A validator: `validate('#/paths/…/schema', value)` → error lines (empty = valid). */
export function createValidator(document: JsonObject): Validate {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The document is not a JSON Schema itself: skip meta-validation, use it as a container of schemas.
  ajv.addSchema(document, DOCUMENT_ID, undefined, false);
  const compiled = new Map<string, ValidateFunction>();
  return (pointer, value) => {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.compile({ $ref: `${DOCUMENT_ID}#${fragmentOf(pointer)}` });
      compiled.set(pointer, fn);
    }
    if (fn(value)) return [];
    return (fn.errors ?? []).map(
      (e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
    );
  };
}
