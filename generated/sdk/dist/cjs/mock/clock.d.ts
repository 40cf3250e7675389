/**
 * The mock's clock. Task lifecycles, `Prefer: delay` and callbacks run on it, so tests can drive
 * time by hand (`manual`: time moves only on `advance`) or let it run (`real`, optionally faster
 * or slower with `speed`). One ordered timer queue serves both modes.
 */
export type ClockMode = 'real' | 'manual';
export interface MockClock {
    readonly mode: ClockMode;
    /** Clock milliseconds per real millisecond (real mode). */
    speed: number;
    /** Current clock time in epoch milliseconds. */
    now(): number;
    /** Moves the clock forward and runs every timer that falls due, in order. */
    advance(ms: number): void;
    /** Runs `fn` when the clock reaches `time`; returns a cancel function. */
    at(time: number, fn: () => void): () => void;
    /** Resolves after `ms` of clock time; rejects with the signal's reason on abort. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
    /** Timers waiting for the clock (tests wait for a delayed request to be parked). */
    readonly pending: number;
    /** Cancels every timer (server shutdown). */
    dispose(): void;
}
export declare function createClock(options?: {
    mode?: ClockMode;
    speed?: number;
    startTime?: number;
}): MockClock;
