/** Why a shown example is not the spec's own, in words for the reader (HTML and Markdown). */
import type { ExampleIr } from '../../ir/types.js';

/** Undefined for a spec example; `onlyDefault`: the content has no examples of its own. */
export function generatedNote(e: ExampleIr, onlyDefault: boolean): string | undefined {
  if (e.origin !== 'generated') return undefined;
  return onlyDefault
    ? 'Generated from the schema (the spec has no example).'
    : 'Generated from the schema: the spec’s example does not validate against it.';
}

/** Under a stream's event schema that the IR inferred from the example events (`itemSchemaInferred`). */
export const INFERRED_EVENTS_NOTE =
  'Inferred from the example events: the spec declares no event schema, so a field the examples do not show may still arrive.';
