/**
 * Python literals of JSON data, printed one way for the Python SDK's source (one line: `Literal[…]`,
 * state tables) and for the Python code the docs and the Python README show (one item per line).
 */

/**
 * A Python string literal (double quotes, escapes for control characters and non-ASCII kept).
 * JSON's escapes are Python's too; DEL, which JSON leaves as it is, is escaped as well (the output
 * scrub would turn a raw one into U+FFFD).
 */
export function pyString(text: string): string {
  return JSON.stringify(text).replace(/\x7f/g, '\\u007f');
}

/** How a literal is laid out: on one line, or one item per line nested `indent` levels of 4 spaces deep. */
export interface PyLayout {
  indent: number;
}

/**
 * A Python literal for JSON data: on one line without `layout`; with it, a non-empty list or dict
 * puts each item on its own line (trailing comma), at `layout.indent + 1` levels, and closes at
 * `layout.indent` (the caller's line is at that level).
 */
export function pyLiteral(value: unknown, layout?: PyLayout): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return pyString(value);
  const items: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const inner = layout && { indent: layout.indent + 1 };
  const printed = items.map(
    ([key, v]) => `${key === undefined ? '' : `${pyString(key)}: `}${pyLiteral(v, inner)}`,
  );
  if (!layout || printed.length === 0) return `${open}${printed.join(', ')}${close}`;
  const pad = '    '.repeat(layout.indent + 1);
  return `${open}\n${printed.map((p) => `${pad}${p},`).join('\n')}\n${'    '.repeat(layout.indent)}${close}`;
}
