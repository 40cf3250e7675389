/**
 * Request log lines gathered into one write every few milliseconds: `process.stdout.write` is
 * synchronous for files and pipes, so a write per request (or per event-loop turn, a handful of
 * requests under load) costs a syscall each, a large share of a busy mock's time.
 */
export interface LineBuffer {
  line(text: string): void;
  /** Writes what is pending now (before exit). */
  flush(): void;
}

/** Flushes early past this size so a burst never holds much memory. */
const MAX_PENDING_CHARS = 64 * 1024;
/** The longest a line waits: too short for a reader to notice, long enough to gather a busy mock's lines. */
export const FLUSH_DELAY_MS = 10;

export function createLineBuffer(write: (chunk: string) => void): LineBuffer {
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    write(chunk);
  };
  return {
    line(text: string): void {
      pending += `${text}\n`;
      if (pending.length >= MAX_PENDING_CHARS) flush();
      // Not unref'd: pending lines keep the process up until they are written.
      else timer ??= setTimeout(flush, FLUSH_DELAY_MS);
    },
    flush,
  };
}
