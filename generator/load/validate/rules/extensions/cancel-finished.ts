/**
 * `whenFinished` on a task family's `cancel` (spec/EXTENSIONS.md): what cancelling a task that has
 * already finished answers. A declared response status (`409`), or the name of an example of one
 * of the cancel's responses (`already-finished`), which must name exactly one.
 */
import { isObject, type Tokens } from '../../../pointer.js';
import type { JsonValue } from '../../../types.js';
import { describeValue } from '../../walk.js';
import type { ExtensionChecks } from './checks.js';
import type { IndexedOperation, OperationIndex } from './operation-index.js';

/** The example names each response of the operation declares (in any of its media types). */
function responseExampleNames(
  operations: OperationIndex,
  cancel: IndexedOperation,
): [string, string[]][] {
  return operations.responses(cancel).map(([status, response]) => {
    const names = new Set<string>();
    if (isObject(response.content))
      for (const media of Object.values(response.content))
        if (isObject(media) && isObject(media.examples))
          for (const name of Object.keys(media.examples)) names.add(name);
    return [status, [...names]];
  });
}

export function checkWhenFinished(
  value: JsonValue,
  at: Tokens,
  checks: ExtensionChecks,
  operations: OperationIndex,
  cancel: IndexedOperation,
): void {
  const id = String(cancel.operation.operationId);
  const responses = responseExampleNames(operations, cancel);
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (responses.some(([status]) => status === String(value))) return;
    checks.invalid(
      at,
      `cancel whenFinished: ${id} declares no ${value} response.`,
      `Declare the ${value} response on ${id}, or name one of its statuses: ${responses.map(([s]) => s).join(', ') || '(none)'}.`,
    );
    return;
  }
  if (typeof value !== 'string') {
    checks.invalid(
      at,
      `cancel whenFinished must be a response status (409) or an example name, not ${describeValue(value)}.`,
    );
    return;
  }
  const holders = responses.filter(([, names]) => names.includes(value));
  if (holders.length === 1) return;
  const all = responses.flatMap(([status, names]) => names.map((n) => `${n} (${status})`));
  checks.invalid(
    at,
    holders.length === 0
      ? `cancel whenFinished names example "${value}", which no response of ${id} declares.`
      : `cancel whenFinished names example "${value}", which responses ${holders.map(([s]) => s).join(' and ')} of ${id} both declare.`,
    holders.length === 0
      ? `Name one of its examples: ${all.join(', ') || '(none)'}; or a response status such as 409.`
      : 'Rename one of them, so the name says which response answers.',
  );
}
