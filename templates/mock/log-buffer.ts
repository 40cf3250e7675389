/**
 * Request log lines gathered into one write per event-loop turn: `process.stdout.write` is
 * synchronous for files and pipes, so one write per request would cost a syscall each.
 */
export interface LineBuffer {
  line(text: string): void;
  /** Writes what is pending now (before exit). */
  flush(): void;
}

/** Flushes early past this size so a burst never holds much memory. */
const MAX_PENDING_CHARS = 64 * 1024;

export function createLineBuffer(write: (chunk: string) => void): LineBuffer {
  let pending = '';
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    write(chunk);
  };
  return {
    line(text: string): void {
      pending += `${text}\n`;
      if (pending.length >= MAX_PENDING_CHARS) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
