/**
 * How many leading and trailing items two sequences share (characters of two strings, lines of two
 * texts), without overlapping: what is left between them is the changed span.
 */
export function commonEnds<T>(
  a: ArrayLike<T>,
  b: ArrayLike<T>,
): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  return { prefix, suffix };
}
