/**
 * `parts.join(separator)` by concatenation. `Array.join` copies every piece into a new flat
 * string; concatenating keeps the pieces shared (V8 links them), so text made of a few large parts
 * (a docs section: samples, tables; table rows holding nested tables) is not copied once more
 * for each level that joins it; it is flattened once, when the whole file is.
 */
export function concatJoin(parts: readonly string[], separator: string): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out = i === 0 ? parts[0]! : out + separator + parts[i]!;
  return out;
}
