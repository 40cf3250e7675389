/** The collection the pipeline runs between stages frees what nothing refers to any more. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage, WORTH_COLLECTING_BYTES } from '../../generator/util/collect-garbage.js';

const usedMb = (): number => v8.getHeapStatistics().used_heap_size / 1024 / 1024;

describe('collectGarbage', () => {
  it('frees a large unreferenced structure at once', () => {
    // Arrays of 100,000 doubles (0.8 MB each, in the old generation: too large for the young one),
    // 100 MB more than the heap a collection is worth at.
    const arrays = Math.ceil((WORTH_COLLECTING_BYTES / 1024 / 1024 + 100) / 0.8);
    let garbage: number[][] | undefined = Array.from({ length: arrays }, () =>
      new Array<number>(100_000).fill(1.5),
    );
    const before = usedMb();
    expect(before).toBeGreaterThan(WORTH_COLLECTING_BYTES / 1024 / 1024);
    expect(garbage.length).toBe(arrays);
    garbage = undefined;
    collectGarbage();
    expect(usedMb()).toBeLessThan(before - 200);
  });

  it('leaves a heap below the threshold alone (its collection costs more CPU than it saves memory)', () => {
    // In a fresh process: a test worker shared with other files may already hold more heap than
    // the threshold before this test allocates anything.
    const module = fileURLToPath(
      new URL('../../generator/util/collect-garbage.ts', import.meta.url),
    );
    const script = `import v8 from 'node:v8';
      import { collectGarbage, WORTH_COLLECTING_BYTES } from ${JSON.stringify(module)};
      const used = () => v8.getHeapStatistics().used_heap_size;
      const before = used();
      // 100 MB: more than a Stripe-sized run's garbage, still below the threshold with the rest.
      let garbage = Array.from({ length: 125 }, () => new Array(100000).fill(1.5));
      const full = used();
      garbage = undefined;
      collectGarbage();
      console.log(JSON.stringify({ before, full, after: used(), limit: WORTH_COLLECTING_BYTES }));`;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    const { before, full, after, limit } = JSON.parse(out) as {
      before: number;
      full: number;
      after: number;
      limit: number;
    };
    expect(full).toBeGreaterThan(before + 80 * 1024 * 1024);
    expect(full).toBeLessThan(limit);
    // Not collected: the arrays are still counted.
    expect(after).toBeGreaterThan(before + 80 * 1024 * 1024);
  });

  it('can be called again (the collector is made once)', () => {
    expect(() => {
      collectGarbage();
      collectGarbage();
    }).not.toThrow();
  });
});
