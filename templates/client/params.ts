/** Small helpers the generated operation functions use to split one params object into its parts. */

/** A shallow copy without the given keys (the rest of the params object is the request body). */
export function omit<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!keys.includes(key)) out[key] = item;
  return out;
}
