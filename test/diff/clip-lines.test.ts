/** check's diff excerpts: a long one-line change is cut to the span that changed. */
import { describe, expect, it } from 'vitest';
import { clipDiffLines } from '../../generator/write/clip-lines.js';

describe('clipDiffLines', () => {
  const page = (middle: string) =>
    `<html>${'<p>same</p>'.repeat(3000)}<nav>${middle}</nav>${'<p>tail</p>'.repeat(3000)}</html>`;

  it('cuts a replaced long line to the changed span with a little context', () => {
    const out = clipDiffLines(['@@ -1,1 +1,1 @@', `-${page('14 pages')}`, `+${page('13 pages')}`], {
      context: 10,
    });
    expect(out[0]).toBe('@@ -1,1 +1,1 @@');
    expect(out[1]).toMatch(/^-…\[col \d+\] .{10}4 pages<\/na …$/);
    expect(out[2]).toMatch(/^\+…\[col \d+\] .{10}3 pages<\/na …$/);
    expect(out[1]!.length).toBeLessThan(80);
  });

  it('keeps short lines whole and truncates unpaired long ones', () => {
    const long = `+${'x'.repeat(500)}`;
    const out = clipDiffLines([' context', '-short old', '+short new', long], { maxLength: 100 });
    expect(out.slice(0, 3)).toEqual([' context', '-short old', '+short new']);
    expect(out[3]).toBe(`+${'x'.repeat(100)}… (400 more chars)`);
  });
});
