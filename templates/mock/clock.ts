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

interface Timer {
  due: number;
  fn: () => void;
}

const realNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function createClock(
  options: { mode?: ClockMode; speed?: number; startTime?: number } = {},
): MockClock {
  const mode: ClockMode = options.mode ?? 'real';
  let speed = options.speed !== undefined && options.speed > 0 ? options.speed : 1;
  let baseClock = options.startTime ?? Date.now();
  let baseReal = realNow();
  let timers: Timer[] = [];
  let handle: ReturnType<typeof setTimeout> | undefined;

  const now = (): number =>
    mode === 'real' ? baseClock + (realNow() - baseReal) * speed : baseClock;

  function runDue(): void {
    for (;;) {
      const first = timers[0];
      if (!first || first.due > now()) break;
      timers.shift();
      try {
        first.fn();
      } catch {
        // a timer's failure must not stop the clock
      }
    }
    arm();
  }

  function arm(): void {
    if (handle !== undefined) clearTimeout(handle);
    handle = undefined;
    const first = timers[0];
    if (mode !== 'real' || !first) return;
    handle = setTimeout(runDue, Math.max(0, (first.due - now()) / speed));
    // Node's timers can let the process exit; a browser's are plain numbers.
    (handle as { unref?: () => void }).unref?.();
  }

  function at(time: number, fn: () => void): () => void {
    const timer: Timer = { due: time, fn };
    // After every timer due at the same time: they run in the order they were set.
    const index = timers.findIndex((t) => t.due > time);
    timers.splice(index === -1 ? timers.length : index, 0, timer);
    if (timers[0] === timer) arm();
    return () => {
      const i = timers.indexOf(timer);
      if (i !== -1) {
        timers.splice(i, 1);
        if (i === 0) arm();
      }
    };
  }

  return {
    mode,
    get speed(): number {
      return speed;
    },
    set speed(value: number) {
      if (!(value > 0)) throw new RangeError('clock speed must be > 0');
      baseClock = now();
      baseReal = realNow();
      speed = value;
      arm();
    },
    now,
    advance(ms: number): void {
      if (!(ms >= 0)) throw new RangeError('advance needs a non-negative number of milliseconds');
      if (mode === 'manual') {
        // Step through the due timers so each one sees the clock at its own time.
        const target = baseClock + ms;
        for (let first = timers[0]; first && first.due <= target; first = timers[0]) {
          baseClock = Math.max(baseClock, first.due);
          runDue();
        }
        baseClock = target;
      } else baseClock += ms;
      runDue();
    },
    at,
    sleep(ms: number, signal?: AbortSignal): Promise<void> {
      if (ms <= 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = (): void => {
          cancel();
          reject(signal?.reason);
        };
        const cancel = at(now() + ms, () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    get pending(): number {
      return timers.length;
    },
    dispose(): void {
      timers = [];
      arm();
    },
  };
}
