/** The named schemas' example machinery, which a watch session keeps between builds in ir/reuse.ts. */
import type { Json, NamedSchemaIr } from '../types.js';
import type { ExampleFailure, ExampleValidator } from './validator.js';
import type { ExampleGenerator, Unsatisfied } from './generate.js';

export interface Generation {
  value: Json;
  unsatisfied: Unsatisfied[];
  /** Why the value does not validate (it satisfied every part, yet fails as a whole). */
  failure?: ExampleFailure;
}

/**
 * What the decisions read besides the operations: the named schemas' validator, generator and
 * values generated for plain refs to them. Pure functions of the named schemas, so a watch
 * session keeps them while its builds reuse the very same (frozen) list (ir/reuse.ts).
 */
export interface ExampleState {
  readonly schemas: readonly NamedSchemaIr[];
  validator?: ExampleValidator;
  generator?: ExampleGenerator;
  /** Generated values by `generationKey`. */
  readonly generations: Map<string, Generation>;
}
