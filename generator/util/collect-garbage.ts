/**
 * A full garbage collection on demand. V8 grows its heap lazily, so the garbage a large spec's
 * load and IR leave behind is often still there when prettier builds its syntax tree of the
 * largest generated file: peak memory is then that garbage plus prettier's tree (540 MB instead
 * of 430 MB on openai.yaml). One collection between the stages costs tens of milliseconds.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this much heap in use, a collection would free too little to matter. */
const WORTH_COLLECTING_BYTES = 64 * 1024 * 1024;

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
