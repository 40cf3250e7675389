/**
 * The TypeScript literal union a closed enum (or `const`) is typed as. A response sending fewer
 * values is fine on the wire, but the union narrows with it, and TypeScript refuses to compare a
 * value with a literal its type cannot hold (`case 'length':` TS2678, `=== 'length'` TS2367), so
 * code that handled the removed value stops compiling. Python's response models read a string
 * enum as `str`, so only TypeScript is named.
 */
import type { Direction, FoundChange } from './types.js';

export function compareEnumLiterals(
  direction: Direction,
  removed: string[],
  where: string,
  pointer: string,
  report: (change: FoundChange) => void,
): void {
  // In a request the wire entry already breaks; a narrower input type only refuses what it refuses.
  if (direction !== 'response' || removed.length === 0) return;
  const values = removed.join(', ');
  const first = removed[0]!;
  report({
    code: 'sdk-enum-value-removed',
    level: 'breaking',
    message: `TypeScript type of ${where} no longer includes ${values}: code comparing it with ${removed.length > 1 ? 'those values' : 'that value'} (\`case ${first}:\`, \`=== ${first}\`) no longer compiles (the wire change alone is compatible)`,
    side: 'head',
    pointer,
  });
}
