/** Reads an environment variable where one exists (Node, Deno, Bun), without touching Node globals elsewhere. */
export function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const fromProcess = proc?.env?.[name];
  if (typeof fromProcess === 'string') return fromProcess.trim() || undefined;
  const deno = (globalThis as { Deno?: { env?: { get?: (key: string) => string | undefined } } })
    .Deno;
  try {
    const fromDeno = deno?.env?.get?.(name);
    return typeof fromDeno === 'string' ? fromDeno.trim() || undefined : undefined;
  } catch {
    // Deno without --allow-env throws: treat as unset.
    return undefined;
  }
}
