/**
 * The first paint against the finished page: a page loaded with only its inline styles (the
 * stylesheets held back, never answered) and again with them, scripts refused both times so the
 * DOM is the same, compared element by element over the first screen: where each box is and how
 * its text is set.
 */
import type { Browser } from 'playwright-core';

export interface Viewport {
  width: number;
  height: number;
}

interface Box {
  /** Position in document order: the same element in both loads. */
  at: number;
  what: string;
  props: Record<string, string>;
}

/**
 * Computed properties that decide where things are and how text is set (colours may arrive with
 * the stylesheet: a badge taking its colour moves nothing).
 */
const PROPS = ['display', 'visibility', 'font-size', 'font-weight', 'font-family', 'line-height'];

async function boxes(
  browser: Browser,
  url: string,
  viewport: Viewport,
  locale: string,
  hold: RegExp | undefined,
): Promise<Box[]> {
  const context = await browser.newContext({ viewport, locale });
  try {
    const page = await context.newPage();
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    if (hold) {
      // Never answered (closing the context ends the request): a refused one would be an error.
      await page.route(hold, () => {});
      await page.goto(url, { waitUntil: 'commit' });
      // Painted, and parsed to the end of the body.
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('first-contentful-paint').length > 0 &&
          document.getElementById('live-region') !== null,
      );
    } else {
      await page.goto(url, { waitUntil: 'load' });
    }
    return await page.evaluate((props) => {
      const out: { at: number; what: string; props: Record<string, string> }[] = [];
      const all = document.body.getElementsByTagName('*');
      // The parts whose drawing waits (content-visibility: hidden), and the boxes around them:
      // those grow when the parts appear, and draw nothing of their own (layout, main, section:
      // their top follows the margins inside), so only their left and width are held to.
      const waiting = new Set<Element>();
      const holders = new Set<Element>();
      for (let i = 0; i < all.length; i++) {
        if (getComputedStyle(all[i]!).contentVisibility !== 'hidden') continue;
        waiting.add(all[i]!);
        for (let up = all[i]!.parentElement; up; up = up.parentElement) holders.add(up);
      }
      for (let i = 0; i < all.length; i++) {
        const el = all[i]!;
        // Drawn: not waiting, not inside a waiting part; the live region draws nothing.
        if (waiting.has(el) || !el.checkVisibility() || el.id === 'live-region') continue;
        const r = el.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
        const style = getComputedStyle(el);
        // The part on the first screen: a box running on below it may end anywhere.
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, innerHeight);
        const values: Record<string, string> = {
          box: (holders.has(el) ? [r.left, r.width] : [r.left, top, r.width, bottom - top])
            .map((v) => Math.round(v * 2) / 2)
            .join(' '),
        };
        for (const p of props) values[p] = style.getPropertyValue(p);
        out.push({
          at: i,
          what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`,
          props: values,
        });
      }
      return out;
    }, PROPS);
  } finally {
    await context.close();
  }
}

export interface FirstPaint {
  /** What the first paint draws on the first screen (`h1`, `p.breadcrumb`, …). */
  drawn: string[];
  /** Where it differs from the finished page (empty: nothing moves or changes its type). */
  diffs: string[];
}

/** The first paint (inline styles alone) against the finished page, on the first screen. */
export async function firstPaint(
  browser: Browser,
  url: string,
  viewport: Viewport,
  /** The browser's language: the pages pick the interface language from it. */
  locale = 'en-US',
): Promise<FirstPaint> {
  const first = await boxes(browser, url, viewport, locale, /assets\/(style|console)\.css(\?|$)/);
  const full = await boxes(browser, url, viewport, locale, undefined);
  const fullAt = new Map(full.map((b) => [b.at, b]));
  const diffs: string[] = [];
  // What the first paint draws must be where, and as, the finished page has it; what it holds
  // back (drawn later, below what is shown) is free to appear.
  for (const a of first) {
    const b = fullAt.get(a.at);
    if (!b) {
      diffs.push(`${a.what} #${a.at}: drawn in the first paint, off the finished first screen`);
      continue;
    }
    const [left, , width] = b.props.box!.split(' ');
    const held = a.props.box!.split(' ').length === 2;
    const expected: Record<string, string> = {
      ...b.props,
      box: held ? `${left} ${width}` : b.props.box!,
    };
    for (const key of Object.keys(expected))
      if (a.props[key] !== expected[key])
        diffs.push(`${a.what} #${a.at} ${key}: ${a.props[key]} → ${expected[key]}`);
  }
  return { drawn: first.map((b) => b.what), diffs };
}
