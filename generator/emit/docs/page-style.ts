/**
 * How every docs page gets its styles, decided here once. The first paint waits for no request:
 *
 *   index.html   the whole stylesheet inline (most readers arrive there with nothing cached)
 *   other pages  templates/docs/critical.css inline in the head (the shell and the top of a page,
 *                laid out as style.css lays them out), style.css (and console.css on a page with a
 *                console) linked at the end of the body
 *
 * A stylesheet linked in the head holds the first paint until it has arrived; linked at the end
 * of the body it holds nothing drawn before it. It still holds the deferred scripts (a stylesheet
 * the parser met blocks scripts), so whatever app.js and console.js draw is drawn fully styled.
 * The cost is critical.css's bytes once per page, against every page's cached style.css.
 */
import { createHash } from 'node:crypto';

export interface StyleSources {
  /** templates/docs/style.css */
  style: string;
  /** templates/docs/critical.css */
  critical: string;
}

export interface PageStyle {
  /** Into the head, before the scripts. */
  head: string;
  /** Just before `</body>`. */
  bodyEnd: string;
}

/**
 * CSS with comments and the whitespace no rule needs dropped. A space before `:` or `*` can be a
 * descendant combinator (`.content :is(…)`) and calc() needs its spaces around `+` and `-`, so
 * spaces go only where they cannot mean anything.
 */
export function minifyCss(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>~])\s*/g, '$1')
    .replace(/\{([^{}]*)\}/g, (_, body: string) => `{${body.replace(/:\s+/g, ':')}}`)
    .replace(/;\}/g, '}')
    .trim();
}

/** style.css's own rule that ends the hold on the body. */
const SHOW = '<style>*{content-visibility:visible}</style>';
/**
 * Should style.css not load (a page saved alone, a broken copy), the body is shown unstyled rather
 * than held: the link's error handler adds the lifting rule, and without JavaScript (no handler
 * runs) the body is never held.
 */
const LIFT = `document.head.insertAdjacentHTML('beforeend','${SHOW}')`;

export function pageStyles(
  sources: StyleSources,
): (page: { root: string; inlineAll: boolean; console: boolean }) => PageStyle {
  const whole = `<style>${minifyCss(sources.style)}</style>`;
  // The body's hold ends by a rule in style.css: a browser or CDN holding an older copy under the
  // same URL would keep it held, so the URL names the version.
  const version = createHash('sha256').update(sources.style).digest('hex').slice(0, 10);
  const critical = `<style>${minifyCss(sources.critical)}</style>`;
  return ({ root, inlineAll, console }) => {
    const consoleLink = console ? `<link rel="stylesheet" href="${root}assets/console.css">\n` : '';
    return inlineAll
      ? { head: whole, bodyEnd: consoleLink }
      : {
          head: `${critical}<noscript>${SHOW}</noscript>`,
          bodyEnd: `<link rel="stylesheet" href="${root}assets/style.css?v=${version}" onerror="${LIFT}">\n${consoleLink}`,
        };
  };
}
