/** Reads an environment variable where one exists (Node, Deno, Bun), without touching Node globals elsewhere. */
export function readEnv(name: string): string | undefined {
  const scope = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?: (key: string) => string | undefined } };
  };
  let value: unknown;
  try {
    value = scope.process?.env?.[name] ?? scope.Deno?.env?.get?.(name);
  } catch {
    // Deno without --allow-env throws: treat as unset.
  }
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}
