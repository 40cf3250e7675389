/**
 * Order strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which puts
 * astral characters (surrogate pairs) before U+E000–U+FFFF; `localeCompare` depends on the host.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only when both are in the surrogate/private-use range can code-unit order disagree.
    if (x >= 0xd800 && y >= 0xd800) return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y);
    return x - y;
  }
  return a.length - b.length;
}
