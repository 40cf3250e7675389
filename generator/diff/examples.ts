/**
 * The examples the spec writes for a body or a parameter, compared one by one by their key: each
 * one changed, added or removed is its own `example-changed` entry located at that example, so the
 * maintainer is sent to the edit, not to the first example of the list.
 */
import type { ExampleIr } from '../ir/types.js';
import { matchByKey } from './match.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;

const REPLACED = '(the docs and mock show generated values in their place)';

/**
 * `base` and `head` are the lists as the IR shows them: generated examples (ir/examples) stand where
 * the spec wrote none or one its schema rejects. Only written ones are compared: generated ones follow
 * the schema, whose change is reported itself.
 */
export function compareExamples(
  base: readonly ExampleIr[],
  head: readonly ExampleIr[],
  where: string,
  report: Report,
): void {
  const entry = (message: string, side: FoundChange['side'], pointer: string) =>
    report({
      code: 'example-changed',
      level: 'info',
      message: `${where}: ${message}`,
      side,
      pointer,
    });
  const written = (list: readonly ExampleIr[]) => list.filter((e) => e.origin === 'spec');
  const generated = (list: readonly ExampleIr[], name: string) =>
    list.find((x) => x.name === name && x.origin === 'generated');
  const { pairs, removed, added } = matchByKey(written(base), written(head), (e) => e.name);
  for (const be of removed) {
    // The spec's text did not change, but the new schema rejects it: what the docs and mock show did.
    const replaced = generated(head, be.name);
    if (replaced)
      entry(`example ${be.name} no longer matches the schema ${REPLACED}`, 'head', replaced.source);
    else entry(`example ${be.name} removed`, 'base', be.source);
  }
  for (const [be, he] of pairs)
    if (JSON.stringify(be.value) !== JSON.stringify(he.value))
      entry(`example ${he.name} changed`, 'head', he.source);
  for (const he of added)
    entry(
      generated(base, he.name)
        ? `example ${he.name} matches the schema again (the docs and mock show it, not generated values)`
        : `example ${he.name} added`,
      'head',
      he.source,
    );
  // The docs show examples in the spec's order, and the first is the one samples and the mock use.
  const order = (list: readonly ExampleIr[]) =>
    list.filter((e) => pairs.some(([b]) => b.name === e.name)).map((e) => e.name);
  const [bo, ho] = [order(written(base)), order(written(head))];
  if (bo.join('\n') !== ho.join('\n'))
    entry(
      `examples reordered: ${ho.join(', ')} (was ${bo.join(', ')})`,
      'head',
      pairs[0]![1].source.replace(/\/[^/]*$/, ''),
    );
}
