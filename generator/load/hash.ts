/** sha256 over the files' names and bytes, in the given (sorted) order. */
import { createHash } from 'node:crypto';

export function hashFiles(names: string[], bytesOf: (name: string) => Buffer | undefined): string {
  const hash = createHash('sha256');
  for (const name of names) {
    const bytes = bytesOf(name) ?? Buffer.alloc(0);
    // Name and length delimit each entry, so different splits of the same bytes hash differently.
    hash.update(`${name}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
