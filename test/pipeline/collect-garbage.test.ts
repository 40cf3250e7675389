/** The collection the pipeline runs between stages frees what nothing refers to any more. */
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
    const before = v8.getHeapStatistics().used_heap_size;
    expect(before).toBeLessThan(WORTH_COLLECTING_BYTES);
    // 100 MB: more than a Stripe-sized run's garbage, still below the threshold with the rest.
    let garbage: number[][] | undefined = Array.from({ length: 125 }, () =>
      new Array<number>(100_000).fill(1.5),
    );
    expect(garbage.length).toBe(125);
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(WORTH_COLLECTING_BYTES);
    garbage = undefined;
    collectGarbage();
    // Not collected: the arrays are still counted.
    expect(v8.getHeapStatistics().used_heap_size).toBeGreaterThan(before + 80 * 1024 * 1024);
  });

  it('can be called again (the collector is made once)', () => {
    expect(() => {
      collectGarbage();
      collectGarbage();
    }).not.toThrow();
  });
});
