/**
 * A poll's success examples that show no result: an example whose status is a `succeeded` value
 * but which holds nothing (absent, null, "" or []) at every result pointer the poll reads. The
 * docs show it as a finished task, the mock's finished tasks answer with it, and `…AndWait`
 * would resolve with no result: typically a result field renamed, or the wrong pointer.
 */
import type { ExampleIr, Json, TaskFamilyIr } from '../types.js';
import { get } from '../../util/json-pointer.js';
import { sameStatus } from '../task-checks.js';

function holdsValue(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    value !== '' &&
    !(Array.isArray(value) && value.length === 0)
  );
}

/** The spec's examples of the poll's success content that reach `succeeded` with no result. */
export function resultlessSuccesses(
  examples: readonly ExampleIr[],
  family: TaskFamilyIr,
  pointers: readonly string[],
): ExampleIr[] {
  if (pointers.length === 0) return [];
  const succeeded = (value: Json): boolean => {
    const status = get(value, family.status);
    return status !== undefined && family.states.succeeded.some((s) => sameStatus(s, status));
  };
  return examples.filter(
    (e) =>
      e.origin === 'spec' &&
      !e.invalidOnPurpose &&
      succeeded(e.value) &&
      !pointers.some((p) => holdsValue(get(e.value, p))),
  );
}
