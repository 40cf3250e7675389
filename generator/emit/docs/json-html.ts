/** Pretty JSON with syntax colouring done at generation time (no highlighter shipped to the browser). */
import type { Json } from '../../ir/types.js';
import { escText } from './html.js';

const TOKEN =
  /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** Colours an already-formatted JSON text. */
export function highlightJsonText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += escText(text.slice(last, m.index));
    if (m[1] !== undefined) {
      out +=
        m[2] !== undefined
          ? `<span class="tok-key">${escText(m[1])}</span>${m[2]}`
          : `<span class="tok-str">${escText(m[1])}</span>`;
    } else if (m[3] !== undefined) {
      out += `<span class="tok-lit">${m[3]}</span>`;
    } else {
      out += `<span class="tok-num">${m[4]}</span>`;
    }
    last = m.index + m[0].length;
  }
  return out + escText(text.slice(last));
}

export function prettyJson(value: Json): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

export function highlightJson(value: Json): string {
  return highlightJsonText(prettyJson(value));
}

/** Lines of example JSON are at most this wide where a value fits (else it is broken over lines). */
const EXAMPLE_WIDTH = 80;

/** Frozen (IR) values already laid out: the HTML page and the Markdown file show the same examples. */
const laidOut = new WeakMap<object, string>();

/**
 * Example JSON for reading: a value that fits in the line is written on it (`{"level": 1, "inner": "AB"}`),
 * larger ones are broken one member per line. Deep generated answers stay a third of their
 * fully indented size and keep their shape visible.
 */
export function exampleJson(value: Json): string {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value))
    return layout(value, '', 0);
  let text = laidOut.get(value);
  if (text === undefined) laidOut.set(value, (text = layout(value, '', 0)));
  return text;
}

function layout(value: Json, indent: string, lead: number): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inline = inlineWithin(value, EXAMPLE_WIDTH - indent.length - lead);
  if (inline !== undefined) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + layout(v, inner, 0)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + layout(v, inner, key.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * The value on one line when that is at most `room` long, else undefined: it stops as soon as the
 * line is too long, so laying out a deep value costs no more than a line per level.
 */
function inlineWithin(value: Json, room: number): string | undefined {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length <= room ? text : undefined;
  }
  // Index loops, not `entries()`: no [key, value] pair per member of every value tried.
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      const head = i === 0 ? '' : ', ';
      const member = inlineWithin(value[i]!, room - text.length - head.length - 1);
      if (member === undefined) return undefined;
      text += head + member;
    }
    text += ']';
  } else {
    text = '{';
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const head = `${i === 0 ? '' : ', '}${JSON.stringify(keys[i])}: `;
      const member = inlineWithin(value[keys[i]!]!, room - text.length - head.length - 1);
      if (member === undefined) return undefined;
      text += head + member;
    }
    text += '}';
  }
  return text.length <= room ? text : undefined;
}
