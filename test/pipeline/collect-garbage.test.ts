/** The collection the pipeline runs between stages frees what nothing refers to any more. */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../generator/util/collect-garbage.js';

const usedMb = (): number => v8.getHeapStatistics().used_heap_size / 1024 / 1024;

describe('collectGarbage', () => {
  it('frees a large unreferenced structure at once', () => {
    // 200 arrays of 100,000 doubles: about 160 MB, in the old generation (too large for the young one).
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () =>
      new Array<number>(100_000).fill(1.5),
    );
    const before = usedMb();
    expect(garbage.length).toBe(200);
    garbage = undefined;
    collectGarbage();
    expect(usedMb()).toBeLessThan(before - 100);
  });

  it('can be called again (the collector is made once)', () => {
    expect(() => {
      collectGarbage();
      collectGarbage();
    }).not.toThrow();
  });
});
