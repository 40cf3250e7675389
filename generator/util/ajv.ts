/**
 * Ajv's classes, ajv-formats and its format table, each required on first use (whichever way the
 * CommonJS interop hands them over: `default` or the module itself), so every generator module that
 * validates gets them from one place, and a run whose checks the fast paths decide never loads Ajv
 * (about 40 ms of a small spec's run).
 */
import { createRequire } from 'node:module';
import type { Format } from 'ajv';
import type Ajv2020Module from 'ajv/dist/2020.js';
import type AjvDraft04Module from 'ajv-draft-04';
import type addFormatsModule from 'ajv-formats';

export type Ajv2020Class = typeof Ajv2020Module.default;
export type AjvDraft04Class = typeof AjvDraft04Module.default;
type AddFormats = typeof addFormatsModule.default;

const require = createRequire(import.meta.url);
const cjsDefault = <T>(module: unknown): T => ((module as { default?: T }).default ?? module) as T;

export function ajv2020(): Ajv2020Class {
  return cjsDefault<Ajv2020Class>(require('ajv/dist/2020.js'));
}

export function ajvDraft04(): AjvDraft04Class {
  return cjsDefault<AjvDraft04Class>(require('ajv-draft-04'));
}

export function addFormats(): AddFormats {
  return cjsDefault<AddFormats>(require('ajv-formats'));
}

export interface AjvRuntime {
  /** Ajv's deep equality (fast-deep-equal), as its `enum`, `const` and `uniqueItems` call it. */
  equal: (a: unknown, b: unknown) => boolean;
  /** Ajv's string length in code points, as its `minLength` and `maxLength` count. */
  ucs2length: (text: string) => number;
}

let runtime: AjvRuntime | undefined;

/**
 * The functions Ajv's generated code calls, from its two runtime modules (which load nothing of
 * Ajv's compiler): generator/ir/examples/first-error.ts walks a schema as that code does.
 */
export function ajvRuntime(): AjvRuntime {
  return (runtime ??= {
    equal: cjsDefault(require('ajv/dist/runtime/equal.js')),
    ucs2length: cjsDefault(require('ajv/dist/runtime/ucs2length.js')),
  });
}

let table: Record<string, Format> | undefined;

/**
 * The format table `addFormats(ajv)` leaves in `ajv.formats` (every format of ajv-formats' full
 * set, in a prototype-less object as Ajv keeps it), read from ajv-formats' own table module, which
 * loads nothing else. test/ir/fast-valid.test.ts checks it is the same table, entry for entry.
 */
export function ajvFormatTable(): Readonly<Record<string, Format>> {
  if (table) return table;
  const { fullFormats, formatNames } = require('ajv-formats/dist/formats.js') as {
    fullFormats: Record<string, Format>;
    formatNames: string[];
  };
  const formats: Record<string, Format> = Object.create(null);
  // Ajv's addFormat turns a string into a RegExp; the full set has none, but keep its rule.
  for (const name of formatNames) {
    const format = fullFormats[name]!;
    formats[name] = typeof format === 'string' ? new RegExp(format) : format;
  }
  return (table = formats);
}
