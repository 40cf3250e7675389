import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareCodePoints as cmp } from '../util/compare.js';

/** Every file under `dir` (the generator's templates/), by posix path relative to it, in code-point order. */
export async function readTemplates(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.set(child, await readFile(path.join(dir, child), 'utf8'));
    }
  };
  await walk('');
  return out;
}
