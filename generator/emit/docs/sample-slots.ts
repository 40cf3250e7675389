/**
 * Samples as templates: the same printers (samples.ts) run once more on a copy of the operation
 * whose example strings are replaced by markers, so the text shows where each value lands. The
 * page marks those places (`<span data-slot data-enc>`) and the try-it console refills them with
 * what its form holds, escaped as the printer would (`data-enc`); the browser prints nothing.
 * A language whose template, refilled with the original values, differs from its plain sample
 * (a printer lays out by length, say) keeps its plain sample: a slot never changes the static text.
 */
import type { ApiIr, ContentIr, Json, OperationIr, ParameterIr } from '../../ir/types.js';
import { esc } from './html.js';
import { styledFields } from '../../ir/form-encoding.js';
import {
  buildSamples,
  examplesCopy,
  printSamples,
  sampleBaseUrl,
  sampleContent,
  type OperationSamples,
  type SampleLang,
  type SampleOptions,
} from './samples.js';

/**
 * How a value is written where a slot sits (the browser has the same table in console.js). Text
 * slots take the value as text; `lit` (JSON, TypeScript) and `py` (Python) take a number or a
 * boolean as its JSON text and write it as that language's literal.
 */
export type SlotEncoding = 'url' | 'sh' | 'json' | 'json-sh' | 'ts' | 'lit' | 'py';

export interface SampleTemplate {
  /** The sample with `\u0000<n>\u0000` where slot n goes. */
  text: string;
  slots: { key: string; enc: SlotEncoding; value: string }[];
}

export const ENCODERS: Record<SlotEncoding, (value: string) => string> = {
  url: (v) => encodeURIComponent(v).replace(/'/g, '%27'),
  sh: (v) => v.replace(/'/g, `'\\''`),
  json: (v) => JSON.stringify(v).slice(1, -1),
  'json-sh': (v) => ENCODERS.sh(ENCODERS.json(v)),
  ts: (v) => v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n'),
  lit: (v) => v,
  py: (v) => (v === 'true' ? 'True' : v === 'false' ? 'False' : v),
};

const marker = (n: number): string => `QQSLOT${n}QQ`;
/** A marker, with the quotes the printer put around it (a number or boolean slot may drop them). */
const MARKER = /(\\"|"|'|)QQSLOT(\d+)QQ\1/g;

interface MarkedValue {
  key: string;
  /** The example value as text (a number or boolean as its JSON text). */
  value: string;
  /** A number or boolean example: printed as a literal, not a string. */
  literal?: boolean;
}

/** Where a slot's value is written, by language, slot and body kind. */
function encodingOf(lang: SampleLang, key: string, content: ContentIr | undefined): SlotEncoding {
  const [where, location] = key.split(':');
  if (lang === 'typescript') return 'ts';
  // The SDK call writes every value, path parameters too, as a Python string literal.
  if (lang === 'python') return 'json';
  if (where === 'param') {
    // Cookie values go percent-encoded, as the SDKs send them (templates/client/cookie.ts).
    if (location === 'path' || location === 'cookie') return 'url';
    if (lang === 'curl') return location === 'query' ? 'url' : 'sh';
    return 'json';
  }
  // A styled urlencoded field goes as the SDKs' encoded text (samples.ts `formFields`); in
  // Python (HTTP), with one such field, the whole body does.
  const styled = content?.kind === 'urlencoded' ? styledFields(content.encoding) : [];
  if (where === 'body' && styled.length > 0) {
    const field = key.slice('body:'.length).split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (lang === 'pythonHttp' || styled.some(([name]) => name === field)) return 'url';
  }
  if (lang === 'pythonHttp') return 'json';
  if (where === 'base') return 'sh';
  return content?.kind === 'json' ? 'json-sh' : 'sh';
}

/** The operation with every example string, number and boolean replaced by a marker; `keys[n]` is marker n's slot. */
function markedOperation(op: OperationIr, keys: MarkedValue[]): OperationIr {
  const mark = (key: string, value: Json): Json => {
    if (typeof value === 'string') {
      keys.push({ key, value });
      return marker(keys.length - 1);
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      keys.push({ key, value: JSON.stringify(value), literal: true });
      return marker(keys.length - 1);
    }
    if (Array.isArray(value)) return value.map((v, i) => mark(`${key}/${i}`, v));
    if (value !== null && typeof value === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(value))
        out[k] = mark(`${key}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, v);
      return out;
    }
    return value;
  };
  const param = (p: ParameterIr): ParameterIr => {
    const key = `param:${p.in}:${p.name}`;
    const top = (v: Json): Json => (v !== null && typeof v !== 'object' ? mark(key, v) : v);
    return {
      ...p,
      examples: p.examples.map((e) => ({ ...e, value: top(e.value) })),
      ...(p.example ? { example: { ...p.example, value: top(p.example.value) } } : {}),
    };
  };
  const content = (c: ContentIr): ContentIr => ({
    ...c,
    examples: c.examples.map((e) => ({ ...e, value: mark('body:', e.value) })),
    ...(c.example ? { example: { ...c.example, value: mark('body:', c.example.value) } } : {}),
  });
  return examplesCopy(
    {
      ...op,
      parameters: op.parameters.map(param),
      ...(op.requestBody
        ? { requestBody: { ...op.requestBody, contents: op.requestBody.contents.map(content) } }
        : {}),
    },
    op,
  );
}

/**
 * The printed text with its markers turned into slots, checked against the plain sample as it
 * goes: a number or boolean marker the printer quoted is either that language's literal (quotes
 * dropped) or text (a form field, a JSON string) — whichever the plain sample has there.
 * Undefined when the two texts part (the printer laid the marked copy out differently).
 */
function templateOf(
  text: string,
  plain: string,
  lang: SampleLang,
  keys: MarkedValue[],
  content: ContentIr | undefined,
): SampleTemplate | undefined {
  const slots: SampleTemplate['slots'] = [];
  let out = '';
  let at = 0; // position in `plain`
  let last = 0; // position in `text`
  const literalEnc: SlotEncoding = lang === 'python' || lang === 'pythonHttp' ? 'py' : 'lit';
  for (const m of text.matchAll(MARKER)) {
    const between = text.slice(last, m.index);
    if (!plain.startsWith(between, at)) return undefined;
    out += between;
    at += between.length;
    last = m.index + m[0].length;
    const quote = m[1]!;
    const { key, value, literal } = keys[Number(m[2])]!;
    const asText = { enc: encodingOf(lang, key, content), quote };
    const candidates = literal && quote ? [{ enc: literalEnc, quote: '' }, asText] : [asText];
    const fit = candidates.find((c) =>
      plain.startsWith(`${c.quote}${ENCODERS[c.enc](value)}${c.quote}`, at),
    );
    if (!fit) return undefined;
    slots.push({ key, enc: fit.enc, value });
    out += `${fit.quote}\u0000${slots.length - 1}\u0000${fit.quote}`;
    at += 2 * fit.quote.length + ENCODERS[fit.enc](value).length;
  }
  out += text.slice(last);
  return { text: out, slots };
}

/**
 * The printed text with its markers turned into slots of the encodings `known` gives by key (a
 * literal one drops the printer's quotes), without a plain print to check against; undefined when
 * a marker's key is not in `known`.
 */
function knownTemplateOf(
  text: string,
  keys: MarkedValue[],
  known: ReadonlyMap<string, SlotEncoding>,
): SampleTemplate | undefined {
  const slots: SampleTemplate['slots'] = [];
  let missing = false;
  const out = text.replace(MARKER, (_m, quote: string, n: string) => {
    const { key, value } = keys[Number(n)]!;
    const enc = known.get(key);
    if (enc === undefined) missing = true;
    slots.push({ key, enc: enc ?? 'lit', value });
    const q = enc === 'lit' || enc === 'py' ? '' : quote;
    return `${q}\u0000${slots.length - 1}\u0000${q}`;
  });
  return missing ? undefined : { text: out, slots };
}

/** The template filled with its own values: what the static page shows. */
export function fillTemplate(t: SampleTemplate): string {
  return t.text.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => {
    const slot = t.slots[Number(n)]!;
    return ENCODERS[slot.enc](slot.value);
  });
}

const HTTP: ReadonlySet<SampleLang> = new Set(['curl', 'pythonHttp']);
const SDK: ReadonlySet<SampleLang> = new Set(['typescript', 'python']);

/** Per language, a template with slots for the base URL, parameters and body values (or none). */
export function sampleTemplates(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  plain: Record<SampleLang, string>,
): Record<SampleLang, SampleTemplate> {
  const exact =
    plain === buildSamples(ir, op, opts)
      ? ownTemplates(ir, op, opts)
      : templatesOf(ir, op, opts, plain);
  const pick = (lang: SampleLang): SampleTemplate =>
    exact[lang] ?? { text: plain[lang], slots: [] };
  return {
    curl: pick('curl'),
    pythonHttp: pick('pythonHttp'),
    typescript: pick('typescript'),
    python: pick('python'),
  };
}

/** By the samples they template (buildSamples' cached print of one operation and options). */
const ownCache = new WeakMap<OperationSamples, Partial<Record<SampleLang, SampleTemplate>>>();

/**
 * Per language, the exact template of the operation's own samples (undefined where the marked
 * print lays out differently), made once: the page shows them, and the console's optional-field
 * samples (sample-fields.ts) start from them.
 */
export function ownTemplates(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
): Partial<Record<SampleLang, SampleTemplate>> {
  const plain = buildSamples(ir, op, opts);
  let exact = ownCache.get(plain);
  if (!exact) ownCache.set(plain, (exact = templatesOf(ir, op, opts, plain)));
  return exact;
}

function templatesOf(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  plain: Record<SampleLang, string>,
): Partial<Record<SampleLang, SampleTemplate>> {
  const keys: MarkedValue[] = [];
  const marked = markedOperation(op, keys);
  const base = opts.baseUrl ?? sampleBaseUrl(ir);
  keys.push({ key: 'base:', value: base });
  const withBase = printSamples(ir, marked, { ...opts, baseUrl: marker(keys.length - 1) }, HTTP);
  const withoutBase = printSamples(ir, marked, opts, SDK);
  const content = sampleContent(op, opts.mediaType);
  const out: Partial<Record<SampleLang, SampleTemplate>> = {};
  const pick = (lang: SampleLang, text: string): void => {
    const t = templateOf(text, plain[lang], lang, keys, content);
    if (t && fillTemplate(t) === plain[lang]) out[lang] = t;
  };
  pick('curl', withBase.curl);
  pick('pythonHttp', withBase.pythonHttp);
  // The SDKs name no root URL unless asked (their client has a default): no base slot.
  pick('typescript', withoutBase.typescript);
  pick('python', withoutBase.python);
  return out;
}

/**
 * Per language, the template of `op`'s samples exactly (undefined where the marked print lays out
 * differently from the plain one): for the variants sample-fields.ts prints, which have no static
 * text to fall back to.
 */
export function exactTemplates(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  langs: ReadonlySet<SampleLang>,
  /** Per language, each slot's encoding as another variant decided it: no plain print then. */
  known?: Partial<Record<SampleLang, ReadonlyMap<string, SlotEncoding>>>,
): Partial<Record<SampleLang, SampleTemplate>> {
  const keys: MarkedValue[] = [];
  const marked = markedOperation(op, keys);
  const base = opts.baseUrl ?? sampleBaseUrl(ir);
  keys.push({ key: 'base:', value: base });
  const http = [...langs].filter((l) => HTTP.has(l));
  const sdk = [...langs].filter((l) => SDK.has(l));
  const plain = known ? undefined : printSamples(ir, op, opts, langs);
  const withBase = http.length
    ? printSamples(ir, marked, { ...opts, baseUrl: marker(keys.length - 1) }, new Set(http))
    : undefined;
  const withoutBase = sdk.length ? printSamples(ir, marked, opts, new Set(sdk)) : undefined;
  const content = sampleContent(op, opts.mediaType);
  const out: Partial<Record<SampleLang, SampleTemplate>> = {};
  for (const lang of langs) {
    const text = (HTTP.has(lang) ? withBase : withoutBase)?.[lang];
    if (text === undefined) continue;
    if (!plain) {
      const encs = known?.[lang];
      const t = encs && knownTemplateOf(text, keys, encs);
      if (t) out[lang] = t;
      continue;
    }
    const t = templateOf(text, plain[lang], lang, keys, content);
    if (t && fillTemplate(t) === plain[lang]) out[lang] = t;
  }
  return out;
}

/** Escaped HTML of a template, each slot a `<span>` the console refills. */
export function templateHtml(t: SampleTemplate): string {
  return t.text
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => {
      if (i % 2 === 0) return esc(part);
      const slot = t.slots[Number(part)]!;
      return `<span class="slot" data-slot="${esc(slot.key)}" data-enc="${slot.enc}">${esc(ENCODERS[slot.enc](slot.value))}</span>`;
    })
    .join('');
}
