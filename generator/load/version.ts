/** Which OpenAPI version a document declares; only 3.0.x and 3.1.x are accepted. */
import type { JsonObject } from './types.js';

export type VersionCheck =
  | { ok: true; version: '3.0' | '3.1' }
  | {
      ok: false;
      code: 'openapi-version' | 'field-required';
      tokens: string[];
      message: string;
      hint: string;
    };

export function checkVersion(document: JsonObject): VersionCheck {
  const declared = document.openapi;
  if (declared === undefined) {
    if (document.swagger !== undefined) {
      return {
        ok: false,
        code: 'openapi-version',
        tokens: ['swagger'],
        message: `This is a Swagger ${String(document.swagger)} document; only OpenAPI 3.0 and 3.1 are supported.`,
        hint: 'Convert it to OpenAPI 3 first (for example with swagger2openapi), then load the result.',
      };
    }
    return {
      ok: false,
      code: 'field-required',
      tokens: [],
      message: 'The document has no "openapi" field.',
      hint: 'Start the document with "openapi: 3.1.0".',
    };
  }
  const match =
    typeof declared === 'string' ? /^3\.([01])\.\d+(?:-[0-9A-Za-z.-]+)?$/.exec(declared) : null;
  if (!match) {
    return {
      ok: false,
      code: 'openapi-version',
      tokens: ['openapi'],
      message: `OpenAPI version ${JSON.stringify(declared)} is not supported; expected 3.0.x or 3.1.x.`,
      hint:
        typeof declared === 'string'
          ? 'Write "openapi: 3.1.0" (or 3.0.3), and adapt the document if it uses another version\'s features.'
          : 'Quote the version: openapi: "3.1.0" (an unquoted 3.1 is read as a number).',
    };
  }
  return { ok: true, version: match[1] === '0' ? '3.0' : '3.1' };
}
