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
import { isStyledQuery } from '../../ir/operations.js';
import { formBodyText, styledPairs } from '../../../templates/client/query-styles.js';
import { expandStyled, headerText } from '../../../templates/client/param-styles.js';
import { cookieText } from '../../../templates/client/cookie.js';
import { literal as tsLiteral } from '../surface/example.js';
import { pyLiteral, pyString } from '../surface/python-literal.js';
import {
  buildSamples,
  examplesCopy,
  inDoubleQuotes,
  printSamples,
  requestsValue,
  ROOT_FROM_ENV,
  sampleBaseEnv,
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
export type SlotEncoding =
  | 'url'
  | 'url-sh'
  | 'cookie'
  | 'form'
  | 'sh'
  | 'json'
  | 'json-sh'
  | 'ts'
  | 'lit'
  | 'py'
  | EnvEncoding
  | WholeEncoding;

/**
 * The root URL where the spec names no host (`<NAME>`, the environment variable the samples read
 * it from): an empty value writes the variable's reference (samples.ts `ROOT_FROM_ENV`), a chosen
 * URL goes in curl's double-quoted word (`env-sh`) or as a Python string (`env-py`).
 */
export type EnvEncoding = `env-sh:${string}` | `env-py:${string}`;

/**
 * Slots that stand for a whole array or object (their value is its JSON text), written as the
 * printers write it: multipart parts of a list field (one part per item, curl and Python (HTTP)),
 * or a TypeScript / Python literal. The printer's quotes around the marker are the slot's own.
 */
export type WholeEncoding =
  | 'parts-sh'
  | 'parts-py'
  | 'data-sh'
  | 'py-texts'
  | 'ts-val'
  | 'ts-arg'
  | 'py-val'
  | 'py-req'
  | TreeEncoding
  | ParamEncoding
  | FormEncoding;
/**
 * A JSON body's array or object property as one slot (the form's field holds it whole), written
 * as the printer writes a value at that depth (`<indent>`, its nesting level): curl's JSON text
 * shell-escaped (`jv-sh`), a TypeScript or Python literal (`ts-val`, `py-val`).
 */
export type TreeEncoding = `jv-sh:${number}` | `ts-val:${number}` | `py-val:${number}`;
const TREE = /^(jv-sh|ts-val|py-val):/;
/**
 * A whole urlencoded field as the SDKs' form text writes it (`formBodyText`, in its declared
 * style; none: form exploded), the slot holding `name=` too: shell- or JSON-escaped
 * (`fsh:<style>:<explode>`, `fjson:<style>:<explode>`).
 */
export type FormEncoding = `fsh:${string}:${0 | 1}` | `fjson:${string}:${0 | 1}`;
/**
 * A whole list or object parameter as the SDKs' runtime serialises it: query pairs
 * (`q:<style>:<explode 0|1>`, the slot holding `name=` too), a path segment's expansion
 * (`p:<style>:<explode>`, its `.` or `;name=` too), each with `:sh` inside a single-quoted shell
 * word (curl's URL), or a header's text, shell- or JSON-escaped (`h-sh:<explode>`, `h-json:<explode>`).
 */
export type ParamEncoding =
  | `q:${string}:${0 | 1}`
  | `q:${string}:${0 | 1}:sh`
  | `p:${string}:${0 | 1}`
  | `p:${string}:${0 | 1}:sh`
  | `h-sh:${0 | 1}`
  | `h-json:${0 | 1}`;
const WHOLE: ReadonlySet<SlotEncoding> = new Set<WholeEncoding>([
  'parts-sh',
  'parts-py',
  'ts-val',
  'ts-arg',
  'py-val',
  'py-req',
  'data-sh',
  'py-texts',
]);
/** An encoding that writes its own quotes (the printer's around the marker are dropped). */
const ownsQuotes = (enc: SlotEncoding | undefined): boolean =>
  enc === 'lit' ||
  enc === 'py' ||
  (enc !== undefined && (WHOLE.has(enc) || TREE.test(enc) || enc.startsWith('env-py:')));

/** A urlencoded field's form text (samples.ts `formFields`): `style` '' for form exploded. */
function formFieldText(name: string, value: Json, style: string, explode: boolean): string {
  return formBodyText({ [name]: value }, style ? { [name]: { style, explode } } : {});
}

/**
 * What a query or path parameter's serialisation writes before a single value (`name=`, `.`,
 * `;name=`), or before an object's one empty-named entry (`=`, `name=,`, `name%5B%5D=`; a
 * query object's HTTP marker, `markedOperation`): the printers put it before the marker, the
 * whole slot writes it itself (an object's pairs name its keys instead).
 */
function slotPrefix(
  enc: SlotEncoding,
  key: string,
  value: string,
  param: ParameterIr | undefined,
): string {
  const [kind, style, explode] = enc.split(':');
  if (kind === 'fsh' || kind === 'fjson') {
    // `_` stays as it is in form text (`~` does not).
    const one = formFieldText(
      fieldName(key),
      value.startsWith('{') ? { '': '_' } : '_',
      style!,
      explode === '1',
    );
    return one.slice(0, one.lastIndexOf('_'));
  }
  if (!param) return '';
  if (enc.startsWith('q:')) {
    const one = styledPairs(param.name, value.startsWith('{') ? { '': '~' } : '~', param)[0];
    return one ? one.slice(0, one.lastIndexOf('~')) : '';
  }
  if (!enc.startsWith('p:')) return '';
  const one = expandStyled(param.name, '~', param, encodeURIComponent);
  return one.slice(0, one.lastIndexOf('~'));
}

const paramName = (key: string): string => key.split(':').slice(2).join(':');

/** A slot's text: its encoding applied to its value (`key` names the field or parameter). */
export function encodeSlot(enc: SlotEncoding, value: string, key: string): string {
  const [kind, a, b, quoted] = enc.split(':');
  // In curl's single-quoted URL a `'` is written as the shell writes it (as the printer does).
  const inWord = (text: string): string => (quoted === 'sh' ? ENCODERS.sh(text, key) : text);
  if (kind === 'q')
    return inWord(
      styledPairs(paramName(key), JSON.parse(value), {
        style: a as 'form',
        explode: b === '1',
      }).join('&'),
    );
  if (kind === 'p')
    return inWord(
      expandStyled(
        paramName(key),
        JSON.parse(value),
        { style: a as 'simple', explode: b === '1' },
        encodeURIComponent,
      ),
    );
  if (kind === 'h-sh' || kind === 'h-json') {
    const text = headerText(JSON.parse(value), a === '1') ?? '';
    return kind === 'h-sh' ? ENCODERS.sh(text, key) : ENCODERS.json(text, key);
  }
  if (kind === 'fsh' || kind === 'fjson') {
    const text = formFieldText(fieldName(key), JSON.parse(value) as Json, a!, b === '1');
    return kind === 'fsh' ? ENCODERS.sh(text, key) : ENCODERS.json(text, key);
  }
  if (kind === 'env-sh')
    return value ? inDoubleQuotes(value) : ROOT_FROM_ENV.curl(enc.slice('env-sh:'.length));
  if (kind === 'env-py')
    return value ? pyString(value) : ROOT_FROM_ENV.pythonHttp(enc.slice('env-py:'.length));
  if (TREE.test(enc)) {
    const v = JSON.parse(value) as Json;
    const depth = Number(a);
    if (kind === 'ts-val') return tsLiteral(v, depth);
    if (kind === 'py-val') return pyLiteral(v, { indent: depth });
    // curl's `-d` text: JSON.stringify(body, null, 2), this value `depth` levels in.
    return ENCODERS.sh(JSON.stringify(v, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`), key);
  }
  return ENCODERS[enc as keyof typeof ENCODERS](value, key);
}

export interface SampleTemplate {
  /** The sample with `\u0000<n>\u0000` where slot n goes. */
  text: string;
  slots: { key: string; enc: SlotEncoding; value: string }[];
}

/** The field name a body slot key names (`body:/tags` → `tags`). */
const fieldName = (key: string): string =>
  (key.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
/** A multipart part's text (samples.ts `formText`). */
const partText = (v: Json): string => (typeof v === 'string' ? v : JSON.stringify(v));
const items = (value: string): Json[] => {
  const v = JSON.parse(value) as Json;
  return Array.isArray(v) ? v : [v];
};

/** How each encoding writes a slot's value; `key` names the field (for a whole list's parts). */
export const ENCODERS: Record<
  Exclude<SlotEncoding, ParamEncoding | FormEncoding | TreeEncoding | EnvEncoding>,
  (value: string, key: string) => string
> = {
  // Percent-encoded as the SDKs' runtime writes a URL (a `'` stays: the printers write it so).
  url: (v) => encodeURIComponent(v),
  // The same inside a single-quoted shell word (curl's URL, `--data`).
  'url-sh': (v, key) => ENCODERS.sh(ENCODERS.url(v, key), key),
  // A cookie value as the SDKs send it (cookie.ts: a `'` too is `%27`, so no quoting ever meets one).
  cookie: (v) => cookieText(v),
  // A urlencoded field's text as the form body writes it (URLSearchParams: a space is `+`).
  form: (v) => new URLSearchParams([['', v]]).toString().slice(1),
  sh: (v) => v.replace(/'/g, `'\\''`),
  json: (v) => JSON.stringify(v).slice(1, -1),
  'json-sh': (v, key) => ENCODERS.sh(ENCODERS.json(v, key), key),
  ts: (v) => v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n'),
  lit: (v) => v,
  py: (v) => (v === 'true' ? 'True' : v === 'false' ? 'False' : v),
  // `-F 'tags=x' -F 'tags=y'`: the slot sits between `tags=` and the closing quote.
  'parts-sh': (v, key) =>
    items(v)
      .map((item) => ENCODERS.sh(partText(item), key))
      .join(`' \\\n  -F '${ENCODERS.sh(fieldName(key), key)}=`),
  // `("tags", (None, "x")),` per item: the slot is the first item's quoted text to the last's.
  'parts-py': (v, key) =>
    items(v)
      .map((item) => JSON.stringify(partText(item)))
      .join(`)),\n        (${JSON.stringify(fieldName(key))}, (None, `),
  // `--data-urlencode 'plain=x' --data-urlencode 'plain=y'`, as parts-sh.
  'data-sh': (v, key) =>
    items(v)
      .map((item) => ENCODERS.sh(partText(item), key))
      .join(`' \\\n  --data-urlencode '${ENCODERS.sh(fieldName(key), key)}=`),
  // A list field's texts in requests' `data` dict (its values one level in).
  'py-texts': (v) => pyLiteral(items(v).map(partText), { indent: 2 }),
  'ts-val': (v) => tsLiteral(JSON.parse(v) as Json, 1),
  // A path value: a positional argument of the call.
  'ts-arg': (v) => tsLiteral(JSON.parse(v) as Json, 0),
  'py-val': (v) => pyLiteral(JSON.parse(v) as Json, { indent: 1 }),
  // A query value in requests' `params` (samples.ts `requestsValue`: booleans as their text).
  'py-req': (v) => pyLiteral(requestsValue(JSON.parse(v) as Json) ?? null, { indent: 1 }),
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
  /** An array or object standing as one slot (its JSON text). */
  whole?: boolean;
  /** The parameter a whole slot stands for. */
  param?: ParameterIr;
  /** A JSON body's array or object property standing as one slot (its JSON text). */
  tree?: boolean;
  /** The spec names no host: the root URL's variable (the value: a URL asked for, else ''). */
  env?: string;
}

/**
 * Where a slot's value is written, by language, slot and body kind; `singleQuoted`: the slot sits
 * in a single-quoted shell word (curl), where a URL's `'` is written `'\''` as the printer writes it.
 */
function encodingOf(
  lang: SampleLang,
  key: string,
  value: string,
  content: ContentIr | undefined,
  whole: boolean | undefined,
  param: ParameterIr | undefined,
  singleQuoted: boolean,
  /** The spaces the slot's line starts with (a tree slot's depth). */
  indent = 0,
  tree = false,
): SlotEncoding {
  if (tree) {
    if (lang === 'curl') return `jv-sh:${indent / 2}`;
    return lang === 'typescript' ? `ts-val:${indent / 2}` : `py-val:${indent / 4}`;
  }
  const enc = baseEncodingOf(lang, key, value, content, whole, param);
  if (!singleQuoted) return enc;
  if (enc === 'url') return 'url-sh';
  return /^[qp]:/.test(enc) ? (`${enc}:sh` as ParamEncoding) : enc;
}

function baseEncodingOf(
  lang: SampleLang,
  key: string,
  value: string,
  content: ContentIr | undefined,
  whole?: boolean,
  param?: ParameterIr,
): SlotEncoding {
  if (param) {
    const explode = param.explode ? 1 : 0;
    if (lang === 'typescript') return param.in === 'path' ? 'ts-arg' : 'ts-val';
    if (lang === 'python') return 'py-val';
    if (param.in === 'header') return lang === 'curl' ? `h-sh:${explode}` : `h-json:${explode}`;
    if (param.in === 'path') return `p:${param.style}:${explode}`;
    // Python (HTTP) hands a form-exploded list it can write to requests' `params`, as a literal.
    if (
      lang === 'pythonHttp' &&
      !isStyledQuery(param) &&
      requestsValue(JSON.parse(value) as Json) !== undefined
    )
      return 'py-req';
    return `q:${param.style ?? 'form'}:${explode}`;
  }
  const styled = content?.kind === 'urlencoded' ? styledFields(content.encoding) : [];
  if (whole && content?.kind === 'urlencoded' && (lang === 'curl' || lang === 'pythonHttp')) {
    // A styled field goes as its form text (curl `--data`, and in Python (HTTP) the whole body is
    // one text then); a form-exploded list one `--data-urlencode` per item, or a `data` list.
    const own = styled.find(([name]) => name === fieldName(key))?.[1];
    const form = `${own?.style ?? ''}:${own?.explode ? 1 : 0}` as const;
    if (lang === 'curl') return own ? `fsh:${form}` : 'data-sh';
    return styled.length > 0 ? `fjson:${own ? form : ':1'}` : 'py-texts';
  }
  if (whole)
    return lang === 'curl'
      ? 'parts-sh'
      : lang === 'pythonHttp'
        ? 'parts-py'
        : lang === 'typescript'
          ? 'ts-val'
          : 'py-val';
  const [where, location] = key.split(':');
  if (lang === 'typescript') return 'ts';
  // The SDK call writes every value, path parameters too, as a Python string literal.
  if (lang === 'python') return 'json';
  if (where === 'param') {
    // Cookie values go as the SDKs send them (templates/client/cookie.ts), unlike a URL's `'`.
    if (location === 'cookie') return 'cookie';
    if (location === 'path') return 'url';
    if (lang === 'curl') return location === 'query' ? 'url' : 'sh';
    return 'json';
  }
  // A styled urlencoded field goes as the SDKs' encoded text (samples.ts `formFields`); in
  // Python (HTTP), with one such field, the whole body does.
  if (where === 'body' && styled.length > 0) {
    const field = key.slice('body:'.length).split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (styled.some(([name]) => name === field)) return 'url';
    // Python (HTTP)'s body text writes a plain field as URLSearchParams does (a space is `+`).
    if (lang === 'pythonHttp') return 'form';
  }
  if (lang === 'pythonHttp') return 'json';
  if (where === 'base') return 'sh';
  return content?.kind === 'json' ? 'json-sh' : 'sh';
}

/**
 * Whether a list or object parameter is one slot: a header's or path's (its runtime text), a
 * query object or list of plain values that prints (not empty): its pairs, or requests'
 * `params` literal.
 */
export function wholeParam(p: ParameterIr, v: Json): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (p.in === 'header' || p.in === 'path') return true;
  if (p.in !== 'query' || Object.keys(v).length === 0) return false;
  // A list goes as requests' `params` or in the URL by its items: one of plain values only.
  return !Array.isArray(v) || requestsValue(v) !== undefined;
}

/**
 * The operation with every example string, number and boolean replaced by a marker; `keys[n]` is
 * marker n's slot. For the HTTP samples (`http`), a whole query object is an object holding the
 * marker (`{ '': marker }`), so it is printed where an object is (in the URL, not in requests'
 * `params`; deepObject prints no string at all); its slot holds what comes before the marker.
 * `forHttp.differs` is set when the HTTP copy would differ from this one (such an object met).
 */
function markedOperation(
  op: OperationIr,
  keys: MarkedValue[],
  http = false,
  forHttp: { differs: boolean } = { differs: false },
): OperationIr {
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
    const top = (v: Json): Json => {
      if (v !== null && typeof v !== 'object') return mark(key, v);
      if (!wholeParam(p, v)) return v;
      keys.push({ key, value: JSON.stringify(v), whole: true, param: p });
      const m = marker(keys.length - 1);
      if (p.in !== 'query' || Array.isArray(v)) return m;
      forHttp.differs = true;
      return http ? { '': m } : m;
    };
    return {
      ...p,
      examples: p.examples.map((e) => ({ ...e, value: top(e.value) })),
      ...(p.example ? { example: { ...p.example, value: top(p.example.value) } } : {}),
    };
  };
  // A multipart list field goes as one part per item, a urlencoded list or styled object as its
  // form text: its slot is the whole value (for the HTTP samples an object's marker is an
  // object, so the form text prints it; deepObject prints no string).
  const flag = op.stream?.requestFlag;
  // A JSON body's array or object property is one slot: the form holds it whole, as JSON text.
  const markTrees = (value: { [k: string]: Json }): { [k: string]: Json } => {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      const key = `body:/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (v === null || typeof v !== 'object') out[k] = mark(key, v);
      else {
        keys.push({ key, value: JSON.stringify(v), tree: true });
        out[k] = marker(keys.length - 1);
      }
    }
    return out;
  };
  const markBody = (c: ContentIr, value: Json): Json => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return mark('body:', value);
    if (c.kind !== 'multipart' && c.kind !== 'urlencoded') {
      const out =
        c.kind === 'json' ? markTrees(value) : (mark('body:', value) as { [k: string]: Json });
      // A `true` stream flag is no value to refill: a print that streams sends it, one that does
      // not leaves it out (flaggedBody), so it stays `true` for the printers to see.
      if (flag !== undefined && value[flag] === true) out[flag] = true;
      return out;
    }
    const styled = new Set(styledFields(c.encoding).map(([name]) => name));
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      const key = `body:/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const list = Array.isArray(v) && v.every((i) => i === null || typeof i !== 'object');
      const form =
        c.kind === 'urlencoded' &&
        v !== null &&
        typeof v === 'object' &&
        Object.keys(v).length > 0 &&
        (list || (!Array.isArray(v) && styled.has(k)));
      if ((c.kind === 'multipart' && list) || form) {
        keys.push({ key, value: JSON.stringify(v), whole: true });
        const m = marker(keys.length - 1);
        if (!Array.isArray(v)) forHttp.differs = true;
        out[k] = http && !Array.isArray(v) ? { '': m } : m;
      } else out[k] = mark(key, v);
    }
    return out;
  };
  const content = (c: ContentIr): ContentIr => ({
    ...c,
    examples: c.examples.map((e) => ({ ...e, value: markBody(c, e.value) })),
    ...(c.example ? { example: { ...c.example, value: markBody(c, c.example.value) } } : {}),
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
 * The quoting a shell text is in at a point (read on from the last point asked): `'` or `"`
 * inside such a word, '' outside; a backslash escapes the next character outside single quotes.
 */
class ShellWords {
  private at = 0;
  private state: '' | "'" | '"' = '';
  readTo(text: string, end: number): '' | "'" | '"' {
    for (; this.at < end; this.at++) {
      const ch = text[this.at];
      if (this.state === "'") {
        if (ch === "'") this.state = '';
      } else if (ch === '\\') this.at++;
      else if (this.state === '"') {
        if (ch === '"') this.state = '';
      } else if (ch === "'" || ch === '"') this.state = ch;
    }
    return this.state;
  }
}

/**
 * The printed text with its markers turned into slots, checked against the plain sample as it
 * goes: a number or boolean marker the printer quoted is either that language's literal (quotes
 * dropped) or text (a form field, a JSON string) — whichever the plain sample has there.
 * Undefined when the two texts part (the printer laid the marked copy out differently): the
 * template returned, filled with its own values, is `plain` exactly.
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
  const shell = lang === 'curl' ? new ShellWords() : undefined;
  for (const m of text.matchAll(MARKER)) {
    const quote = m[1]!;
    const { key, value, literal, whole, param, tree, env } = keys[Number(m[2])]!;
    const single = shell?.readTo(text, m.index) === "'";
    const line = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    const indent = line.length - line.trimStart().length;
    const enc: SlotEncoding =
      env === undefined
        ? encodingOf(lang, key, value, content, whole, param, single, indent, tree)
        : `${lang === 'curl' ? 'env-sh' : 'env-py'}:${env}`;
    // A query or path slot holds what its expansion puts before a single value too.
    const name = slotPrefix(enc, key, value, param);
    const between = text.slice(last, m.index);
    if (!between.endsWith(name)) return undefined;
    const before = between.slice(0, between.length - name.length);
    if (!plain.startsWith(before, at)) return undefined;
    out += before;
    at += before.length;
    last = m.index + m[0].length;
    const asText = { enc, quote: ownsQuotes(enc) ? '' : quote };
    const candidates = literal && quote ? [{ enc: literalEnc, quote: '' }, asText] : [asText];
    let fit: (typeof candidates)[number] | undefined;
    for (const c of candidates) {
      const filled = `${c.quote}${encodeSlot(c.enc, value, key)}${c.quote}`;
      if (!plain.startsWith(filled, at)) continue;
      fit = c;
      at += filled.length;
      break;
    }
    if (!fit) return undefined;
    slots.push({ key, enc: fit.enc, value });
    out += `${fit.quote}\u0000${slots.length - 1}\u0000${fit.quote}`;
  }
  const tail = text.slice(last);
  const t = { text: out + tail, slots };
  // A NUL in `plain` would read as a slot's mark: refill the template and compare.
  if (plain.includes('\u0000')) return fillTemplate(t) === plain ? t : undefined;
  // Every piece was checked against `plain` on the way: exact when the tail is the rest of it.
  return plain.length === at + tail.length && plain.endsWith(tail) ? t : undefined;
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
  const named: [string, number][] = [];
  let out = text.replace(MARKER, (_m, quote: string, n: string) => {
    const { key, value, param } = keys[Number(n)]!;
    const enc = known.get(key);
    if (enc === undefined) missing = true;
    slots.push({ key, enc: enc ?? 'lit', value });
    const prefix = enc && slotPrefix(enc, key, value, param);
    if (prefix) named.push([prefix, slots.length - 1]);
    const q = ownsQuotes(enc) ? '' : quote;
    return `${q}\u0000${slots.length - 1}\u0000${q}`;
  });
  // A query or path slot holds its prefix too (as templateOf reads it).
  for (const [name, n] of named) {
    const at = `${name}\u0000${n}\u0000`;
    if (!out.includes(at)) return undefined;
    out = out.replace(at, `\u0000${n}\u0000`);
  }
  return missing ? undefined : { text: out, slots };
}

/** The template filled with its own values: what the static page shows. */
export function fillTemplate(t: SampleTemplate): string {
  return t.text.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => {
    const slot = t.slots[Number(n)]!;
    return encodeSlot(slot.enc, slot.value, slot.key);
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
  const forHttp = { differs: false };
  const marked = markedOperation(op, keys, false, forHttp);
  // The same markers, numbered alike, as the HTTP samples print them (the same copy when no
  // object is marked whole).
  const httpMarked = forHttp.differs ? markedOperation(op, [], true) : marked;
  const withBase = printedWithBase(ir, httpMarked, opts, HTTP, keys);
  const withoutBase = printSamples(ir, marked, opts, SDK);
  const content = sampleContent(op, opts.mediaType);
  const out: Partial<Record<SampleLang, SampleTemplate>> = {};
  const pick = (lang: SampleLang, text: string): void => {
    const t = templateOf(text, plain[lang], lang, keys, content);
    if (t) out[lang] = t;
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
  const forHttp = { differs: false };
  const marked = markedOperation(op, keys, false, forHttp);
  const http = [...langs].filter((l) => HTTP.has(l));
  const httpMarked = http.length && forHttp.differs ? markedOperation(op, [], true) : marked;
  const sdk = [...langs].filter((l) => SDK.has(l));
  const plain = known ? undefined : printSamples(ir, op, opts, langs);
  const withBase = http.length
    ? printedWithBase(ir, httpMarked, opts, new Set(http), keys)
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
    if (t) out[lang] = t;
  }
  return out;
}

/**
 * The HTTP samples (`langs`) with the root URL as the next slot of `keys`, a marker printed as
 * the URL. Where the spec names no host the slot is the environment variable's (`EnvEncoding`):
 * its value the URL asked for, else '' (the variable's reference).
 */
function printedWithBase(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  langs: ReadonlySet<SampleLang>,
  keys: MarkedValue[],
): OperationSamples {
  const env = sampleBaseEnv(ir, opts);
  keys.push({ key: 'base:', value: sampleBaseUrl(ir, opts) ?? '', ...(env ? { env } : {}) });
  return printSamples(ir, op, { ...opts, baseUrl: marker(keys.length - 1) }, langs);
}

/** Escaped HTML of a template, each slot a `<span>` the console refills. */
export function templateHtml(t: SampleTemplate): string {
  return t.text
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => {
      if (i % 2 === 0) return esc(part);
      const slot = t.slots[Number(part)]!;
      return `<span class="slot" data-slot="${esc(slot.key)}" data-enc="${slot.enc}">${esc(encodeSlot(slot.enc, slot.value, slot.key))}</span>`;
    })
    .join('');
}
