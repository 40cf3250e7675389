/**
 * A list past its first few says how many more it holds, so an entry naming many places or calls
 * stays one readable line: `a, b, c` (or `a, b and c` with `last: ' and '`), `a, b, c and 4 more`.
 */
export function listed(items: readonly string[], shown = 8, last = ', '): string {
  if (items.length > shown + 1)
    return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}
