/**
 * A text's UTF-8 bytes in one buffer reused by every call: for hashing and writing texts of a run
 * (tens of MB) without fresh memory for each. `hash.update(text, 'utf8')` and `Buffer.from(text)`
 * encode into a new allocation per call; for a multi-megabyte text that is fresh pages from the
 * kernel each time, whose faults cost more than the encoding (a full run on a Stripe-sized spec
 * took thousands of them in hashing alone).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

/** The bytes of `text`, valid until the next call (copy them to keep them). */
export function utf8Scratch(text: string): Buffer {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  if (text.length * 3 > scratch.length)
    scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 3, scratch.length * 2));
  return scratch.subarray(0, scratch.write(text, 0, 'utf8'));
}
