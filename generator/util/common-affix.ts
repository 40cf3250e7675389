/** How much two long texts (a file before and after an edit) share at their start and end. */

/**
 * Length of the common prefix of `a` and `b` (at most `limit`): whole slices compared natively,
 * halving the step, instead of a loop over megabytes one character at a time.
 */
export function commonPrefix(a: string, b: string, limit: number): number {
  let known = 0;
  for (let step = highestPowerOfTwo(limit); step >= 1; step >>>= 1)
    if (known + step <= limit && a.slice(known, known + step) === b.slice(known, known + step))
      known += step;
  return known;
}

/** Length of the common suffix of `a` and `b` (at most `limit`), as `commonPrefix`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let known = 0;
  for (let step = highestPowerOfTwo(limit); step >= 1; step >>>= 1) {
    const n = known + step;
    if (
      n <= limit &&
      a.slice(a.length - n, a.length - known) === b.slice(b.length - n, b.length - known)
    )
      known = n;
  }
  return known;
}

function highestPowerOfTwo(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return n < 1 ? 0 : p;
}
