/**
 * A full garbage collection on demand. V8 grows its heap lazily, so the garbage a large spec's
 * load and IR leave behind is often still there when prettier builds its syntax tree of the
 * largest generated file: peak memory is then that garbage plus prettier's tree (540 MB instead
 * of 430 MB on openai.yaml when this was written). One collection between the stages costs a
 * full mark of the heap, and V8 sizes its next collections after it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Below this much heap in use, a collection would free too little to matter. Stripe-sized and
 * openai.yaml full runs hold 120–135 MB here and peak near 300 MB without it: collecting cost them
 * ≈ 0.1–0.3 s CPU for 20–30 MB less peak, against an 800 MB target. The synthetic 1,000- and
 * 5,000-operation specs (peaks of 0.6 and 2.5 GB) still collect.
 */
export const WORTH_COLLECTING_BYTES = 256 * 1024 * 1024;

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < WORTH_COLLECTING_BYTES) return;
  if (!gc) {
    // `gc` exists only in contexts created while --expose-gc is on: make one, then turn it off again.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
  }
  gc();
}
