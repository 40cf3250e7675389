/** The mock clock: manual stepping, timer order, aborts, and the real mode's speed. No wall-time assertions. */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../templates/mock/clock.js';
import { MAX_DELAY_MS, parsePrefer } from '../../templates/mock/prefer.js';

describe('manual clock', () => {
  it('moves only on advance, and each timer runs at its own time, in order', () => {
    const clock = createClock({ mode: 'manual', startTime: 1_000 });
    const seen: [string, number][] = [];
    clock.at(1_500, () => seen.push(['b', clock.now()]));
    clock.at(1_200, () => seen.push(['a', clock.now()]));
    clock.at(1_500, () => seen.push(['c', clock.now()]));
    const cancel = clock.at(1_300, () => seen.push(['cancelled', clock.now()]));
    cancel();
    expect(clock.now()).toBe(1_000);
    expect(clock.pending).toBe(3);
    clock.advance(1_000);
    expect(seen).toEqual([
      ['a', 1_200],
      ['b', 1_500],
      ['c', 1_500],
    ]);
    expect(clock.now()).toBe(2_000);
    expect(clock.pending).toBe(0);
  });

  it('sleep resolves on advance and rejects on abort', async () => {
    const clock = createClock({ mode: 'manual' });
    let done = false;
    const sleeping = clock.sleep(100).then(() => (done = true));
    clock.advance(99);
    await Promise.resolve();
    expect(done).toBe(false);
    clock.advance(1);
    await sleeping;
    expect(done).toBe(true);

    const abort = new AbortController();
    const aborted = clock.sleep(100, abort.signal);
    abort.abort(new Error('gone'));
    await expect(aborted).rejects.toThrow('gone');
    expect(clock.pending).toBe(0);
  });

  it('refuses negative advances and non-positive speeds', () => {
    const clock = createClock({ mode: 'manual' });
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => (clock.speed = 0)).toThrow(RangeError);
  });
});

describe('real clock', () => {
  it('runs timers by itself, faster with speed; changing speed keeps time continuous', async () => {
    const clock = createClock({ mode: 'real', speed: 10_000 });
    const before = clock.now();
    await clock.sleep(60_000); // 6 ms of real time at this speed
    expect(clock.now() - before).toBeGreaterThanOrEqual(60_000);
    const t = clock.now();
    clock.speed = 1;
    expect(clock.now()).toBeGreaterThanOrEqual(t);
    clock.advance(5_000);
    expect(clock.now()).toBeGreaterThanOrEqual(t + 5_000);
    clock.dispose();
  });
});

describe('Prefer header', () => {
  it.each([
    ['code=404', { code: 404 }],
    ['example="big one"', { example: 'big one' }],
    ['code=429, retry-after=5, delay=200', { code: 429, retryAfter: 5, delay: 200 }],
    ['return=minimal; foo=bar', {}],
    ['return=representation; a; b="x;y,z", code=404', { code: 404 }],
    ['wait=10 ; x=1, respond-async;y', {}],
    ['example="a;b,c"', { example: 'a;b,c' }],
    ['drop', { drop: true }],
    ['stall, task=fail', { stall: true, task: 'fail' }],
    [`delay=${MAX_DELAY_MS}`, { delay: MAX_DELAY_MS }],
    ['return=minimal, respond-async, wait=10, handling=lenient', {}],
    ['', {}],
  ] as const)('Prefer: %s', (header, want) => {
    expect(parsePrefer(header)).toEqual({
      ok: true,
      prefer: { drop: false, stall: false, ...want },
    });
  });

  it.each([
    ['delay=abc', 'delay must be whole milliseconds'],
    ['delay=-5', 'delay must be whole milliseconds'],
    ['delay=999999999', `at most ${MAX_DELAY_MS} ms`],
    [`delay=${MAX_DELAY_MS + 1}`, `at most ${MAX_DELAY_MS} ms`],
    ['code=abc', 'three-digit HTTP status'],
    ['code', 'three-digit HTTP status'],
    ['code=999', 'three-digit HTTP status (100-599)'],
    ['code=099', 'three-digit HTTP status (100-599)'],
    ['task=explode', 'task must be fail or cancel'],
    ['retry-after=soon', 'retry-after must be whole seconds'],
    ['example=', 'example needs the name'],
    ['drop=yes', 'drop takes no value'],
    ['dealy=2000', 'unknown preference "dealy"'],
    ['code=429, stal', 'unknown preference "stal"'],
    ['code=429, retry-after=5; delay=200', 'takes no parameters'],
    ['drop; x', 'takes no parameters'],
    ['dealy=5; x=1', 'unknown preference "dealy"'],
  ] as const)('%s is refused', (header, message) => {
    const parsed = parsePrefer(header);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
    expect(!parsed.ok && parsed.message).toContain(`Prefer: ${header.split(',').pop()!.trim()}`);
  });

  it('reads Prism-style query parameters', () => {
    expect(parsePrefer(undefined, new URLSearchParams('__code=500&__example=x'))).toEqual({
      ok: true,
      prefer: { drop: false, stall: false, code: 500, example: 'x' },
    });
    expect(parsePrefer(undefined, new URLSearchParams('__code=teapot'))).toEqual({
      ok: false,
      message: '?__code=teapot: code must be a three-digit HTTP status (100-599), e.g. code=429.',
    });
  });
});
