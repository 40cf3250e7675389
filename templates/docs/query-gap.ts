/**
 * The one rule for a piece a sample leaves out (an optional query field or JSON member the try-it
 * form leaves empty, a list that sends no pair): its separator goes along, so the rest reads as
 * the printers print it. A query field owns only its `name=value` text (`"name": value` in
 * requests' `params`), a body member only its `"name": value` (`name: value`, `name=value` in the
 * SDK calls); the separators between the pieces belong to no field, since which of them stays
 * depends on which fields are there. The generator checks its field samples with it
 * (sample-fields.ts) and the docs console redraws them with it (console.js, through
 * assets/shared-validator.js): one rule, so the check and the redraw agree.
 */

/** Whether a left-out field (by its slot key) leaves a gap this rule tidies: a query field or a body member. */
export function leavesGap(key: string): boolean {
  return key.startsWith('param:query:') || key.startsWith('body:/');
}

/** A member separator ending a text (`,` then a new line and its indentation), and one starting it. */
const MEMBER_SEP_END = /,\n[ \t]*$/;
const MEMBER_SEP_START = /^,\n[ \t]*/;
/** An object opened on its own line, and one closed (after a trailing comma or none). */
const OPENED = /\{\n[ \t]*$/;
const CLOSED = /^,?\n[ \t]*\}/;

/**
 * The texts beside a left-out piece, tidied: in a URL the `&` before it, else (opening the query)
 * the `&` after it, else the `?` of a query it was all of; in a `params={…}` dict the `, ` before
 * it, else the one after it; among members one a line (JSON in curl, a Python dict or call, a TS
 * object) the `,\n  ` before it, else the one after it, and an object it was all of closes as `{}`.
 * `before`/`after` are the nearest texts (undefined where a slot is).
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
  if (before !== undefined && after !== undefined && OPENED.test(before) && CLOSED.test(after))
    return [before.replace(/\n[ \t]*$/, ''), after.replace(/^,?\n[ \t]*/, '')];
  if (before !== undefined && MEMBER_SEP_END.test(before))
    return [before.replace(MEMBER_SEP_END, ''), after];
  if (after !== undefined && MEMBER_SEP_START.test(after))
    return [before, after.replace(MEMBER_SEP_START, '')];
  return [before, after];
}
