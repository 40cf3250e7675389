/**
 * The one rule for a query piece a sample leaves out (an optional query field the try-it form leaves
 * empty, a list that sends no pair): its separator goes along, so the rest reads as the printers
 * print it. A query field owns only its `name=value` text (`"name": value` in requests' `params`);
 * the separators between the pieces belong to no field, since which of them stays depends on which
 * fields are there. The generator checks its field samples with it (sample-fields.ts) and the docs
 * console redraws them with it (console.js, through assets/shared-validator.js): one rule, so the
 * check and the redraw agree.
 */

/**
 * The texts beside a left-out piece, tidied: in a URL the `&` before it, else (opening the query)
 * the `&` after it, else the `?` of a query it was all of; in a `params={…}` dict the `, ` before
 * it, else the one after it. `before`/`after` are the nearest texts (undefined where a slot is).
 */
export function tidyQueryGap(
  before: string | undefined,
  after: string | undefined,
): [string | undefined, string | undefined] {
  if (before !== undefined && before.endsWith('&')) return [before.slice(0, -1), after];
  if (before !== undefined && before.endsWith('?'))
    return after !== undefined && after.startsWith('&')
      ? [before, after.slice(1)]
      : [before.slice(0, -1), after];
  if (before !== undefined && before.endsWith(', ')) return [before.slice(0, -2), after];
  if (after !== undefined && after.startsWith(', ')) return [before, after.slice(2)];
  return [before, after];
}
