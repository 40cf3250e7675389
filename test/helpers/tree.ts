/** Reading and comparing output trees in tests. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir`, as posix relative path → bytes, sorted by code point. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else out.set(child, await readFile(path.join(dir, child)));
    }
  };
  await walk('');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Paths whose bytes differ, or exist on one side only. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const diff: string[] = [];
  for (const [p, bytes] of a) if (!b.has(p) || !b.get(p)!.equals(bytes)) diff.push(p);
  for (const p of b.keys()) if (!a.has(p)) diff.push(p);
  return diff.sort();
}
