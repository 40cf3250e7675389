/**
 * What a watch session keeps of one IR build for the next (generator/incremental/session.ts):
 * the named schemas, converted from the bundled document's `components/schemas` map. A one-operation
 * edit leaves that map the very same object (the session's parse reuse and the bundler share every
 * subtree whose text did not change, and nothing writes into a parsed value), so its schemas are
 * not converted again: same object, same content, same conversion.
 *
 * Kept only from a conversion that read nothing but that map (no ref inlined from elsewhere in the
 * document) and reported no problem, so a reused list is exactly what converting it again gives.
 */
import type { NamedSchemaIr } from './types.js';
import { deepFreeze } from './freeze.js';
import type { ExampleState } from './examples/state.js';

export interface IrReuse {
  schemas?: {
    raw: object;
    version: string;
    named: readonly NamedSchemaIr[];
  };
  /** The examples' state of the last build (examples/index.ts), for a build with the same schemas. */
  examples?: ExampleState;
}

export function createIrReuse(): IrReuse {
  return {};
}

/** The named schemas kept for this very `components/schemas` map, if any. */
export function reusedSchemas(
  reuse: IrReuse | undefined,
  raw: object,
  version: string,
): NamedSchemaIr[] | undefined {
  const kept = reuse?.schemas;
  return kept && kept.raw === raw && kept.version === version
    ? (kept.named as NamedSchemaIr[])
    : undefined;
}

/** Keeps `named` for the next build when its conversion was self-contained and clean (else forgets). */
export function keepSchemas(
  reuse: IrReuse | undefined,
  raw: object,
  version: string,
  named: NamedSchemaIr[],
  clean: boolean,
): void {
  if (!reuse) return;
  if (clean) reuse.schemas = { raw, version, named: deepFreeze(named) };
  else delete reuse.schemas;
}
