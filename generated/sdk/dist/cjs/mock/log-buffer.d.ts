/**
 * Request log lines gathered into one write per event-loop turn: `process.stdout.write` is
 * synchronous for files and pipes, so one write per request would cost a syscall each.
 */
export interface LineBuffer {
    line(text: string): void;
    /** Writes what is pending now (before exit). */
    flush(): void;
}
export declare function createLineBuffer(write: (chunk: string) => void): LineBuffer;
