/** Pretty JSON with syntax colouring done at generation time (no highlighter shipped to the browser). */
import type { Json } from '../../ir/types.js';
import { esc } from './html.js';

const TOKEN =
  /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** Colours an already-formatted JSON text. */
export function highlightJsonText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += esc(text.slice(last, m.index));
    if (m[1] !== undefined) {
      out +=
        m[2] !== undefined
          ? `<span class="tok-key">${esc(m[1])}</span>${m[2]}`
          : `<span class="tok-str">${esc(m[1])}</span>`;
    } else if (m[3] !== undefined) {
      out += `<span class="tok-lit">${m[3]}</span>`;
    } else {
      out += `<span class="tok-num">${m[4]}</span>`;
    }
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

export function prettyJson(value: Json): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

export function highlightJson(value: Json): string {
  return highlightJsonText(prettyJson(value));
}
