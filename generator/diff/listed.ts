/** A list past its first few says how many more it holds: an entry naming many places or calls stays one readable line. */
const MAX_SHOWN = 8;

export function listed(items: readonly string[]): string {
  if (items.length <= MAX_SHOWN + 1) return items.join(', ');
  return `${items.slice(0, MAX_SHOWN).join(', ')} and ${items.length - MAX_SHOWN} more`;
}
