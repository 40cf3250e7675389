/**
 * Samples that take the try-it form's optional fields. The static samples send what the examples
 * give; a field the reader fills in beyond them (an optional query or header parameter, a body
 * property the example leaves out) has no place in that text. So the same printers (samples.ts,
 * through sample-slots.ts's templates) print the samples once more with every optional field
 * present, and twice more each without every other field (in the order the language prints them),
 * which shows each field's piece of that text between its neighbours' slots. The console shows that
 * text less the pieces of the fields left empty, and the samples without any optional field when
 * none is filled; the pieces are checked against the printers here (the two prints they come from,
 * and the examples' own set, which must give the static text): a language where one part does not
 * is left to its static template. test/docs/sample-fields.test.ts checks each field alone too.
 * A query field owns only its `name=value`: which `?`/`&` (`, ` in requests' `params`) stays
 * depends on which fields are there, so a left-out piece takes its separator along by the rule the
 * console redraws with (templates/docs/query-gap.ts), and the check here applies it the same way.
 * Each set of fields is printed once, and the set the examples hold is the page's own samples
 * (sample-slots.ts `ownTemplates`), so a one-field operation prints one variant besides them.
 */
import type { ApiIr, ContentIr, ExampleIr, Json, OperationIr, SchemaIr } from '../../ir/types.js';
import { isSentCookie } from '../../ir/operations.js';
import { leavesGap, tidyQueryGap } from '../../../templates/docs/query-gap.js';
import { expandCopies, type StaticPart } from '../../../templates/docs/sample-copy.js';
import { mergedProperties } from './schema-info.js';
import {
  encodeSlot,
  wholeParam,
  exactTemplates,
  ownTemplates,
  type SampleTemplate,
  type SlotEncoding,
} from './sample-slots.js';
import {
  buildSamples,
  examplesCopy,
  indexFor,
  requestExample,
  sampleContent,
  type SampleLang,
  type SampleOptions,
} from './samples.js';

/**
 * Text (`[text, field]`) or a slot (`[key, enc, example text, field]`); `field` is the index in
 * `fields` (a number keeps the console data small), none when always there.
 */
export type FieldPart =
  | [string]
  | [string, number]
  | [string, SlotEncoding, string]
  | [string, SlotEncoding, string, number];

export interface FieldSamples {
  /** The optional fields (slot keys: `param:query:limit`, `body:/name`). */
  fields: string[];
  /** Per language: the text with every field (`all`), and with none where that is not `all` less every field. */
  langs: Partial<Record<SampleLang, { all: FieldPart[]; none?: FieldPart[] }>>;
}

/** Fields beyond this many are not offered (the console data stays small). */
const MAX_FIELDS = 40;
const LANGS: ReadonlySet<SampleLang> = new Set(['curl', 'typescript', 'python', 'pythonHttp']);
/** Where the SDKs send another media type, the page shows their tabs a note, not a sample. */
const HTTP_LANGS: ReadonlySet<SampleLang> = new Set(['curl', 'pythonHttp']);

interface Field {
  key: string;
  /** The value printed when present: the example's, else one of the schema's type. */
  value: Json;
  /** In the examples' own request (the static samples). */
  shown: boolean;
  apply(op: Variant, present: boolean): void;
}

interface Variant {
  params: Map<string, ExampleIr[]>;
  body?: { [key: string]: Json };
}

const escapeToken = (name: string): string => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** A value of a scalar schema (its first enum value, else one of its type); undefined for others. */
function valueOf(schema: SchemaIr | undefined): Json | undefined {
  if (!schema) return undefined;
  if (schema.kind === 'string' && schema.binary) return undefined;
  if (
    schema.kind === 'string' ||
    schema.kind === 'number' ||
    schema.kind === 'integer' ||
    schema.kind === 'boolean'
  ) {
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return schema.enum[0]!;
    return schema.kind === 'string' ? 'text' : schema.kind === 'boolean' ? true : 1;
  }
  return undefined;
}

/**
 * A value of an array or object schema, for a JSON body (one slot, sample-slots.ts): its example
 * or default (the property's own first), else an empty one of its type; undefined for others.
 */
function treeOf(schema: SchemaIr, own: SchemaIr): Json | undefined {
  const given = [...own.examples, ...(own.default !== undefined ? [own.default] : [])]
    .concat(schema.examples, schema.default !== undefined ? [schema.default] : [])
    .find((v) => v !== null && typeof v === 'object');
  if (given !== undefined) return given;
  return schema.kind === 'object' ? {} : schema.kind === 'array' ? [] : undefined;
}

function fieldsOf(ir: ApiIr, op: OperationIr, opts: SampleOptions): Field[] {
  const start = requestExample(ir, op, opts);
  const fields: Field[] = [];
  for (const p of op.parameters) {
    if (p.required || !(p.in === 'query' || p.in === 'header' || isSentCookie(p))) continue;
    const id = `${p.in}:${p.name}`;
    const shown = Object.hasOwn(start.params, id);
    const value = shown ? start.params[id] : p.example?.value;
    // A list or object is offered where it is one whole slot (sample-slots.ts).
    if (value === undefined || value === null) continue;
    if (typeof value === 'object' && !wholeParam(p, value)) continue;
    fields.push({
      key: `param:${id}`,
      value,
      shown,
      apply: (v, present) =>
        v.params.set(
          id,
          present ? [{ name: 'default', value, origin: 'spec', source: p.source }] : [],
        ) as never,
    });
  }
  const content = sampleContent(op, opts.mediaType);
  const body = start.body;
  if (content && body && typeof body === 'object' && !Array.isArray(body)) {
    const index = indexFor(ir);
    const schema = content.schema ? index.resolve(content.schema) : undefined;
    const flag = op.stream?.requestFlag;
    // An object's properties, or those of an allOf of objects (`type: object` with `allOf`).
    const props =
      schema?.kind === 'object'
        ? schema.properties
        : schema?.kind === 'intersection'
          ? mergedProperties(schema.parts, index)
          : undefined;
    if (props && content.kind !== 'binary' && content.kind !== 'text')
      for (const prop of props) {
        const s = index.resolve(prop.schema);
        if (prop.required || s.readOnly) continue;
        const shown = Object.hasOwn(body, prop.name);
        // The stream flag is the call's own in a print that streams or defaults to streaming; in
        // another it is a field sent `false` when the reader sets it so (flaggedBody keeps that).
        if (prop.name === flag && (opts.stream || op.stream?.flagDefaultOn)) continue;
        if (prop.name === flag) {
          fields.push(bodyField(prop.name, shown ? body[prop.name]! : false, shown));
          continue;
        }
        // A multipart or urlencoded list of plain values is one slot (sample-slots.ts): offered with one item.
        const item =
          (content.kind === 'multipart' || content.kind === 'urlencoded') && s.kind === 'array'
            ? valueOf(index.resolve(s.items))
            : undefined;
        const value = shown
          ? body[prop.name]!
          : item !== undefined
            ? [item]
            : (valueOf(s) ?? (content.kind === 'json' ? treeOf(s, prop.schema) : undefined));
        if (value === undefined) continue;
        fields.push(bodyField(prop.name, value, shown));
      }
  }
  return fields.slice(0, MAX_FIELDS);
}

/** A body property as an optional field, `value` when present. */
function bodyField(name: string, value: Json, shown: boolean): Field {
  return {
    key: `body:/${escapeToken(name)}`,
    value,
    shown,
    apply: (v, present) => {
      if (present) v.body![name] = value;
      else delete v.body![name];
    },
  };
}

/** The operation with exactly `present` of the optional fields (the others as the examples give them). */
function variantOp(
  op: OperationIr,
  opts: SampleOptions,
  fields: Field[],
  present: ReadonlySet<string>,
  startBody: Json | undefined,
): OperationIr {
  const v: Variant = { params: new Map() };
  if (startBody && typeof startBody === 'object' && !Array.isArray(startBody))
    v.body = { ...startBody };
  for (const f of fields) f.apply(v, present.has(f.key));
  const content = sampleContent(op, opts.mediaType);
  const withBody = (c: ContentIr): ContentIr => {
    if (c !== content || !v.body) return c;
    // The example the samples pick, by its name (a page's example), holding these fields.
    const chosen =
      c.examples.find(
        (e) => e.name === (opts.example ?? op.pages.find((pg) => pg.example)?.example),
      ) ?? c.examples[0];
    const example: ExampleIr = {
      ...(chosen ?? { name: 'default', origin: 'spec', source: c.source }),
      value: v.body,
    };
    return { ...c, examples: [example], example };
  };
  return examplesCopy(
    {
      ...op,
      parameters: op.parameters.map((p) => {
        const examples = v.params.get(`${p.in}:${p.name}`);
        if (!examples) return p;
        return { ...p, examples, ...(examples[0] ? { example: examples[0] } : {}) };
      }),
      ...(op.requestBody
        ? { requestBody: { ...op.requestBody, contents: op.requestBody.contents.map(withBody) } }
        : {}),
    },
    op,
  );
}

// ───────────── templates as token strings ─────────────

/**
 * A template as a string of tokens: each character stands for itself, except a slot, which is one
 * private-use character (one per slot key, encoding and value), so prints compare, cut and splice
 * as strings, not as arrays of one-character strings (most of this module's time and garbage).
 */
type Tokens = string;
const FIRST_SLOT = 0xe000;
const LAST_SLOT = 0xf8ff;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
const PRIVATE_USE_ALL = /[\ue000-\uf8ff]/g;
const TEMPLATE_SLOT = /\u0000(\d+)\u0000/g;

interface SlotToken {
  key: string;
  enc: SlotEncoding;
  value: string;
  /** The field owning the slot (its index in `fields`), -1 for none. */
  field: number;
  /** Its example text (encodeSlot), made once. */
  text: string;
}

/** The slot characters of one operation's prints. */
class SlotTable {
  private readonly ids = new Map<string, string>();
  private readonly slots: SlotToken[] = [];
  private readonly made = new Map<SampleTemplate, Tokens | undefined>();
  constructor(private readonly fields: Field[]) {}

  /**
   * The template as tokens; undefined when its text holds a private-use character itself or the
   * operation has more distinct slots than the range (it keeps its static samples then).
   */
  tokens(t: SampleTemplate): Tokens | undefined {
    // A template is read more than once (as `all`, as a print lacking fields, as `none`).
    if (this.made.has(t)) return this.made.get(t);
    const ts = this.tokensOf(t);
    this.made.set(t, ts);
    return ts;
  }

  private tokensOf(t: SampleTemplate): Tokens | undefined {
    if (PRIVATE_USE.test(t.text)) return undefined;
    // `text` split at its slot marks: text, slot number, text, …
    const pieces = t.text.split(TEMPLATE_SLOT);
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) {
      const slot = t.slots[Number(pieces[i])]!;
      const id = `${slot.key}\u0000${slot.enc}\u0000${slot.value}`;
      let ch = this.ids.get(id);
      if (ch === undefined) {
        if (FIRST_SLOT + this.slots.length > LAST_SLOT) return undefined;
        ch = String.fromCharCode(FIRST_SLOT + this.slots.length);
        this.ids.set(id, ch);
        const field = this.fields.findIndex((f) => ownsKey(f, slot.key));
        const text = encodeSlot(slot.enc, slot.value, slot.key);
        this.slots.push({ key: slot.key, enc: slot.enc, value: slot.value, field, text });
      }
      out += ch + pieces[i + 1]!;
    }
    return out;
  }

  /** Whether the tokens hold a slot of `field`. */
  has(ts: Tokens, field: Field): boolean {
    const i = this.fields.indexOf(field);
    for (let j = 0; j < ts.length; j++) if (this.at(ts, j)?.field === i) return true;
    return false;
  }

  /** The slot at `i`, or undefined for a character. */
  at(ts: Tokens, i: number): SlotToken | undefined {
    const n = ts.charCodeAt(i) - FIRST_SLOT;
    return n >= 0 && n < this.slots.length ? this.slots[n] : undefined;
  }

  /** The tokens as the page prints them, each slot filled with its value. */
  filled(ts: Tokens): string {
    return ts.replace(PRIVATE_USE_ALL, (ch) => this.at(ch, 0)!.text);
  }
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** Whether `i` falls between the two halves of a surrogate pair (runs are whole characters). */
const splitsPair = (text: string, i: number): boolean =>
  i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));

/** A run of tokens one print lacks: every start it may be read at, and its length. */
interface Run {
  starts: number[];
  length: number;
}

/**
 * Where `less` lacks one run of `all`: every start it may be read at (the same text removed at any
 * of them), or undefined when it lacks more than one run.
 */
function removedRuns(all: Tokens, less: Tokens): Run | undefined {
  const cut = all.length - less.length;
  if (cut <= 0) return undefined;
  let start = 0;
  while (start < less.length && all.charCodeAt(start) === less.charCodeAt(start)) start++;
  if (splitsPair(all, start)) start--;
  if (all.slice(start + cut) !== less.slice(start)) return undefined;
  const starts = [start];
  for (let s = start; s > 0 && all[s - 1] === all[s + cut - 1]; s--) starts.unshift(s - 1);
  for (let s = start; s + cut < all.length && all[s] === all[s + cut]; s++) starts.push(s + 1);
  const whole = starts.filter((s) => !splitsPair(all, s) && !splitsPair(all, s + cut));
  return whole.length > 0 ? { starts: whole, length: cut } : undefined;
}

/**
 * A gap-leaving field's run less the separator it was read with (query-gap.ts): a query field's
 * `&` or `?` before, `&` after (`, ` in a `params={…}` dict); a body member's `,\n  ` before or
 * after (one a line). What is left is the `name=value` or `"name": value` the field owns;
 * undefined when no reading has a separator.
 */
function pieceOf(all: Tokens, run: Run, key: string): Run | undefined {
  const seps = key.startsWith('param:query:') ? QUERY_SEPS : MEMBER_SEPS;
  const trim = (s: number): [number, number] | undefined => {
    const text = all.slice(s, s + run.length);
    for (const [start] of seps) {
      const head = start.exec(text)?.[0].length ?? 0;
      if (head > 0) return [s + head, run.length - head];
    }
    for (const [, end] of seps) {
      const tail = end.exec(text)?.[0].length ?? 0;
      if (tail > 0) return [s, run.length - tail];
    }
    return undefined;
  };
  // The readings that leave the least (a whole separator, not part of its indentation).
  const pieces = run.starts.map(trim).filter((p) => p !== undefined && p[1] > 0);
  if (pieces.length === 0) return undefined;
  const length = Math.min(...pieces.map((p) => p![1]));
  return { starts: pieces.filter((p) => p![1] === length).map((p) => p![0]), length };
}
/** Separators a run may be read with, `[leading, trailing]`, in the order tried. */
const QUERY_SEPS: [RegExp, RegExp][] = [
  [/^[&?]/, /&$/],
  [/^, /, /, $/],
];
const MEMBER_SEPS: [RegExp, RegExp][] = [[/^,\n[ \t]*/, /,\n[ \t]*$/]];

/**
 * How a field's run is placed among its equal readings: a run that starts a line is a line of
 * its own (a header, an argument), else the leftmost or rightmost one (a separator before or after it).
 */
const startsLine = (all: Tokens, s: number): boolean => all.charCodeAt(s) === 10;
const PLACEMENTS: ((starts: number[], all: Tokens) => number)[] = [
  (starts, all) => starts.find((s) => startsLine(all, s)) ?? starts[0]!,
  (starts, all) => starts.find((s) => startsLine(all, s)) ?? starts[starts.length - 1]!,
  (starts) => starts[0]!,
  (starts) => starts[starts.length - 1]!,
];

/**
 * The ways to place the runs, in the order tried (made as they are tried): for each set of runs,
 * each of PLACEMENTS, then the first moved clear of the next one and the third of the previous one.
 */
function* placements(full: Tokens, sets: Run[][]): Generator<[number, number][]> {
  for (const set of sets) {
    const each: [number, number][][] = [];
    for (const place of PLACEMENTS) {
      const ranges = set.map((r): [number, number] => {
        const start = place(r.starts, full);
        return [start, start + r.length];
      });
      each.push(ranges);
      yield ranges;
    }
    yield clearOfNext(each[0]!, set);
    yield clearOfPrevious(each[2]!, set);
  }
}

/**
 * The runs moved left where one overlaps the next (the last field of a JSON object owns the comma
 * before it, so each field before it must too): from the last run back, each run at its rightmost
 * reading that ends where the next one starts, or before.
 */
function clearOfNext(ranges: [number, number][], runs: Run[]): [number, number][] {
  const out = ranges.map((r): [number, number] => [r[0], r[1]]);
  const order = out.map((_r, i) => i).sort((a, b) => out[a]![0] - out[b]![0]);
  for (let k = order.length - 2; k >= 0; k--) {
    const i = order[k]!;
    const next = out[order[k + 1]!]![0];
    if (out[i]![1] <= next) continue;
    const { starts, length } = runs[i]!;
    const start = starts.filter((s) => s + length <= next).pop();
    if (start !== undefined) out[i] = [start, start + length];
  }
  return out;
}

/**
 * The runs moved right where one overlaps the one before (a run read from a piece that starts
 * right after the previous field's slot cannot begin before it: `",\n  "b": "⟨b⟩` for
 * `,\n  "b": "⟨b⟩"`): from the first run on, each at its leftmost reading that starts where the
 * previous one ends, or after.
 */
function clearOfPrevious(ranges: [number, number][], runs: Run[]): [number, number][] {
  const out = ranges.map((r): [number, number] => [r[0], r[1]]);
  const order = out.map((_r, i) => i).sort((a, b) => out[a]![0] - out[b]![0]);
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    const previous = out[order[k - 1]!]![1];
    if (out[i]![0] >= previous) continue;
    const { starts, length } = runs[i]!;
    const start = starts.find((s) => s >= previous);
    if (start !== undefined) out[i] = [start, start + length];
  }
  return out;
}

/** The console parts of `all`: runs of text of one owner, and slots (with their owner where it has one). */
function parts(all: Tokens, table: SlotTable, owners: readonly number[]): FieldPart[] {
  const out: FieldPart[] = [];
  let from = 0;
  const flush = (to: number): void => {
    if (to <= from) return;
    const field = owners[from]!;
    out.push(field >= 0 ? [all.slice(from, to), field] : [all.slice(from, to)]);
  };
  for (let i = 0; i < all.length; i++) {
    const slot = table.at(all, i);
    if (slot) {
      flush(i);
      from = i + 1;
      const field = owners[i]!;
      out.push(
        field >= 0 ? [slot.key, slot.enc, slot.text, field] : [slot.key, slot.enc, slot.text],
      );
    } else if (i > from && owners[i] !== owners[i - 1]) {
      flush(i);
      from = i;
    }
  }
  flush(all.length);
  return out;
}

/** Each token's field by `ranges` (one per field), -1 outside them. */
function ownersOf(length: number, ranges: readonly [number, number][]): number[] {
  const owners = new Array<number>(length).fill(-1);
  ranges.forEach(([s, e], field) => {
    for (let i = s; i < e; i++) if (owners[i] === -1) owners[i] = field;
  });
  return owners;
}

const isSlotCode = (code: number): boolean => code >= FIRST_SLOT && code <= LAST_SLOT;
/** The text of `ts` after its last slot, or undefined when it ends with a slot. */
const textEnd = (ts: Tokens): string | undefined => {
  let at = ts.length;
  while (at > 0 && !isSlotCode(ts.charCodeAt(at - 1))) at--;
  return at === ts.length ? undefined : ts.slice(at);
};
/** The text of `ts` before its first slot, or undefined when it starts with one. */
const textStart = (ts: Tokens): string | undefined => {
  let at = 0;
  while (at < ts.length && !isSlotCode(ts.charCodeAt(at))) at++;
  return at === 0 ? undefined : ts.slice(0, at);
};

/**
 * Texts joined where query pieces were left out, each gap taking its separator along as console.js
 * does (query-gap.ts): gap by gap in order, between the nearest texts that are not empty.
 */
function joinTidied(texts: Tokens[]): Tokens {
  for (let k = 0; k + 1 < texts.length; k++) {
    let b = k;
    while (b >= 0 && texts[b] === '') b--;
    let a = k + 1;
    while (a < texts.length && texts[a] === '') a++;
    const before = b >= 0 ? textEnd(texts[b]!) : undefined;
    const after = a < texts.length ? textStart(texts[a]!) : undefined;
    const [tidyBefore, tidyAfter] = tidyQueryGap(before, after);
    if (before !== undefined && tidyBefore !== before)
      texts[b] = texts[b]!.slice(0, texts[b]!.length - before.length) + tidyBefore!;
    if (after !== undefined && tidyAfter !== after)
      texts[a] = tidyAfter! + texts[a]!.slice(after.length);
  }
  return texts.join('');
}

/**
 * The text the console draws for exactly `present` of the fields: `full` less the others' runs,
 * a query field's or body member's gap tidied (another field's is only left out: console.js joins the texts on
 * each side of it into one text node).
 */
function restFor(
  full: Tokens,
  ranges: readonly [number, number][],
  fields: Field[],
  present: (f: Field) => boolean,
): Tokens {
  const gone = ranges
    .map((r, i) => ({ r, field: fields[i]! }))
    .filter((g) => !present(g.field))
    .sort((a, b) => a.r[0] - b.r[0]);
  const texts: Tokens[] = [''];
  let at = 0;
  for (const { r, field } of gone) {
    if (r[0] > at) texts[texts.length - 1] += full.slice(at, r[0]);
    at = Math.max(at, r[1]);
    if (leavesGap(field.key)) texts.push('');
  }
  texts[texts.length - 1] += full.slice(at);
  return joinTidied(texts);
}

/**
 * The text console.js draws from a language's texts when exactly `present` of `fields` are filled
 * (`none` when none is, where given): what test/docs checks against the printers.
 */
export function drawnText(
  texts: { all: FieldPart[]; none?: FieldPart[] },
  fields: readonly string[],
  present: ReadonlySet<string>,
): string {
  const parts = texts.none && !fields.some((f) => present.has(f)) ? texts.none : texts.all;
  const slots: string[] = [];
  const segments: Tokens[] = [''];
  let gapOf: string | undefined;
  for (const p of parts) {
    const field = p.length === 2 || p.length === 4 ? fields[p[p.length - 1] as number] : undefined;
    if (field !== undefined && !present.has(field)) {
      if (leavesGap(field) && gapOf !== field) segments.push('');
      gapOf = field;
      continue;
    }
    gapOf = undefined;
    if (p.length < 3) segments[segments.length - 1] += p[0];
    else {
      segments[segments.length - 1] += String.fromCharCode(FIRST_SLOT + slots.length);
      slots.push(p[2]!);
    }
  }
  return joinTidied(segments).replace(
    PRIVATE_USE_ALL,
    (ch) => slots[ch.charCodeAt(0) - FIRST_SLOT]!,
  );
}

/**
 * Whether these runs, one per field, hold each its own field's slot and no other's, overlap
 * nowhere, and give what the printers print for each set in `checks` (present fields → tokens).
 */
function fits(
  full: Tokens,
  table: SlotTable,
  ranges: [number, number][],
  fields: Field[],
  checks: [ReadonlySet<string>, Tokens][],
  slotless: ReadonlySet<Field>,
): boolean {
  const owns = ranges.every(([s, e], i) => {
    let any = false;
    for (let j = s; j < e; j++) {
      const slot = table.at(full, j);
      if (!slot) continue;
      if (!ownsKey(fields[i]!, slot.key)) return false;
      any = true;
    }
    return any !== slotless.has(fields[i]!);
  });
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  if (!owns || sorted.some((r, i) => i > 0 && r[0] < sorted[i - 1]![1])) return false;
  // No field present: the console draws `none`, which is that print.
  return checks.every(
    ([present, ts]) =>
      present.size === 0 || restFor(full, ranges, fields, (f) => present.has(f.key)) === ts,
  );
}

const ownsKey = (f: Field, key: string): boolean => key === f.key || key.startsWith(`${f.key}/`);

/**
 * Each field's run in `full`, read from prints that each lack every other field (in the order the
 * language prints them), so each lacking run sits between two present slots: compared piece by
 * piece between those slots, a print shows every lacking run at once (two prints, not one per field).
 */
function runsFrom(
  full: Tokens,
  table: SlotTable,
  fields: Field[],
  lacking: [ReadonlySet<string>, Tokens][],
): (Run | undefined)[] {
  const runs: (Run | undefined)[] = fields.map(() => undefined);
  for (const [gone, less] of lacking) {
    // Slots no field owns, and the fields' this print keeps.
    const anchors = (ts: Tokens): number[] => {
      const out: number[] = [];
      for (let i = 0; i < ts.length; i++) {
        const slot = table.at(ts, i);
        if (slot && (slot.field < 0 || !gone.has(fields[slot.field]!.key))) out.push(i);
      }
      return out;
    };
    const a = anchors(full);
    const b = anchors(less);
    if (a.length !== b.length || a.some((at, i) => full.charCodeAt(at) !== less.charCodeAt(b[i]!)))
      return runs;
    for (let i = 0; i <= a.length; i++) {
      const from = i === 0 ? 0 : a[i - 1]! + 1;
      const to = i === a.length ? full.length : a[i]!;
      const piece = full.slice(from, to);
      const lessPiece = less.slice(
        i === 0 ? 0 : b[i - 1]! + 1,
        i === b.length ? less.length : b[i],
      );
      const inside = new Set<number>();
      for (let j = from; j < to; j++) {
        const field = table.at(full, j)?.field ?? -1;
        if (field >= 0) inside.add(field);
      }
      if (inside.size === 0) {
        if (piece !== lessPiece) return runs;
        continue;
      }
      const run = inside.size === 1 ? removedRuns(piece, lessPiece) : undefined;
      if (!run) return runs;
      runs[[...inside][0]!] = { starts: run.starts.map((s) => s + from), length: run.length };
    }
  }
  return runs;
}

/** The optional fields the console may offer (slot keys; the `fields` of fieldSamples when it has any). */
export function optionalFieldKeys(ir: ApiIr, op: OperationIr, opts: SampleOptions): string[] {
  return fieldsOf(ir, op, opts).map((f) => f.key);
}

/** The operation with exactly the given optional fields (by key), as the samples print it. */
export function fieldVariants(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  fields: Field[] = fieldsOf(ir, op, opts),
): (present: Iterable<string>) => OperationIr {
  const startBody = requestExample(ir, op, opts).body;
  return (present) => variantOp(op, opts, fields, new Set(present), startBody);
}

/**
 * The samples with and without the optional fields, for the console (undefined when the operation
 * has none). `plain` is the static samples' text: the examples' own set must print it. Only the
 * languages the page shows a sample of are made (none of the SDKs' where they send another media
 * type: `sdkMediaType`).
 */
export function fieldSamples(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  plain: Partial<Record<SampleLang, string>> & { sdkMediaType?: string },
): FieldSamples | undefined {
  const fields = fieldsOf(ir, op, opts);
  if (fields.length === 0) return undefined;
  const drawn = plain.sdkMediaType ? HTTP_LANGS : LANGS;
  const table = new SlotTable(fields);
  const variant = fieldVariants(ir, op, opts, fields);
  const keys = fields.map((f) => f.key);
  // The fields the examples hold print as the page's own samples do: those templates are made.
  const own = ownTemplates(ir, op, opts);
  const shown = fields.filter((f) => f.shown).map((f) => f.key);
  const all = shown.length === keys.length ? own : exactTemplates(ir, variant(keys), opts, drawn);
  // Per language, the fields in printed order, split in two sets each lacking every other one;
  // languages with the same split share the prints, whose slots take their encodings from `all`.
  const splits = new Map<string, { gone: Set<string>[]; langs: Set<SampleLang> }>();
  const fullOf: Partial<Record<SampleLang, Tokens>> = {};
  const splitOf: Partial<Record<SampleLang, string>> = {};
  for (const lang of drawn) {
    const t = all[lang];
    const full = t && table.tokens(t);
    if (!full) continue;
    // Each field's first slot in the print.
    const first = new Map<Field, number>();
    for (let i = 0; i < full.length; i++) {
      const field = table.at(full, i)?.field ?? -1;
      if (field >= 0 && !first.has(fields[field]!)) first.set(fields[field]!, i);
    }
    // A field printed without a slot (a file part: a file read, not its value) stays in both
    // prints; the print lacking only it shows its run (below).
    const order = fields.filter((f) => first.has(f)).sort((a, b) => first.get(a)! - first.get(b)!);
    const gone = [0, 1].map(
      (parity) => new Set(order.filter((_f, i) => i % 2 === parity).map((f) => f.key)),
    );
    const slotless = fields.filter((f) => !first.has(f)).map((f) => f.key);
    const id = [...order.map((f) => f.key), '', ...slotless].join('\u0000');
    fullOf[lang] = full;
    splitOf[lang] = id;
    const split = splits.get(id) ?? { gone, langs: new Set<SampleLang>() };
    split.langs.add(lang);
    splits.set(id, split);
  }
  const known: Partial<Record<SampleLang, Map<string, SlotEncoding>>> = {};
  for (const lang of drawn) {
    const t = all[lang];
    if (t) known[lang] = new Map(t.slots.map((s) => [s.key, s.enc]));
  }
  // Prints by the fields present (in `keys` order), each language printed once: with one field,
  // the two prints lacking every other field are `all` and `none` again, and one of those the own.
  const printed = new Map<string, Map<SampleLang, SampleTemplate | undefined>>([
    [shown.join('\u0000'), new Map([...drawn].map((l) => [l, own[l]]))],
    [keys.join('\u0000'), new Map([...drawn].map((l) => [l, all[l]]))],
  ]);
  const print = (
    present: string[],
    langs: ReadonlySet<SampleLang>,
  ): Partial<Record<SampleLang, SampleTemplate>> => {
    const id = present.join('\u0000');
    const done = printed.get(id) ?? new Map<SampleLang, SampleTemplate | undefined>();
    printed.set(id, done);
    const missing = new Set([...langs].filter((l) => !done.has(l)));
    if (missing.size > 0) {
      const more = exactTemplates(ir, variant(present), opts, missing, known);
      for (const l of missing) done.set(l, more[l]);
    }
    return Object.fromEntries([...langs].map((l) => [l, done.get(l)]));
  };
  const none = print([], drawn);
  const lessBy = new Map<string, Partial<Record<SampleLang, SampleTemplate>>[]>();
  for (const [id, { gone, langs }] of splits)
    lessBy.set(
      id,
      gone.map((g) =>
        print(
          keys.filter((k) => !g.has(k)),
          langs,
        ),
      ),
    );
  const langs: FieldSamples['langs'] = {};
  for (const lang of drawn) {
    const full = fullOf[lang];
    const noneT = none[lang];
    if (!full || !noneT || plain[lang] === undefined) continue;
    const gone = splits.get(splitOf[lang]!)!.gone;
    const prints = lessBy.get(splitOf[lang]!)!.map((p) => p[lang] && table.tokens(p[lang]));
    if (prints.some((t) => t === undefined)) continue;
    const lacking = gone.map((g, i): [Set<string>, Tokens] => [g, prints[i]!]);
    const runs = runsFrom(full, table, fields, lacking);
    // A slotless field's run: what the print lacking only it lacks.
    const slotless = new Set(fields.filter((f) => !table.has(full, f)));
    for (const f of slotless) {
      const less = print(
        keys.filter((k) => k !== f.key),
        new Set([lang]),
      )[lang];
      const ts = less && table.tokens(less);
      const run = ts === undefined ? undefined : removedRuns(full, ts);
      if (!run) break;
      runs[fields.indexOf(f)] = run;
      lacking.push([new Set([f.key]), ts!]);
    }
    if (runs.some((r) => r === undefined)) continue;
    // The runs must give both prints they were read from, and the examples' own set the static text.
    const checks = lacking.map(([g, ts]): [ReadonlySet<string>, Tokens] => [
      new Set(keys.filter((k) => !g.has(k))),
      ts,
    ]);
    // A query field's or member's run less its separator first (what it owns only), then as read.
    const asRead = runs as Run[];
    const pieces = asRead.map(
      (r, i) => (leavesGap(fields[i]!.key) && pieceOf(full, r, fields[i]!.key)) || r,
    );
    // With no field shown the console draws `none`, the page's own samples: nothing to check.
    let ranges: [number, number][] | undefined;
    for (const candidate of placements(full, [pieces, asRead]))
      if (
        fits(full, table, candidate, fields, checks, slotless) &&
        (shown.length === 0 ||
          table.filled(restFor(full, candidate, fields, (f) => f.shown)) === plain[lang])
      ) {
        ranges = candidate;
        break;
      }
    const noneTokens = table.tokens(noneT);
    if (!ranges || noneTokens === undefined) continue;
    const owners = ownersOf(full.length, ranges);
    // `none` only where it is not `all` less every field's run (a `?` or `{}` left over).
    langs[lang] =
      restFor(full, ranges, fields, () => false) === noneTokens
        ? { all: parts(full, table, owners) }
        : {
            all: parts(full, table, owners),
            none: parts(noneTokens, table, new Array<number>(noneTokens.length).fill(-1)),
          };
  }
  return Object.keys(langs).length > 0 ? { fields: keys, langs } : undefined;
}

/** A template as console parts: its text, and its slots with their example text. */
function templateParts(t: SampleTemplate): FieldPart[] {
  return t.text
    .split(TEMPLATE_SLOT)
    .map((piece, i): FieldPart | undefined => {
      if (i % 2 === 0) return piece ? [piece] : undefined;
      const slot = t.slots[Number(piece)]!;
      return [slot.key, slot.enc, encodeSlot(slot.enc, slot.value, slot.key)];
    })
    .filter((p) => p !== undefined);
}

/**
 * The samples of another request than the page's (the streaming call), for the console to draw in
 * place of the page's: every language, with the optional-field texts where they are made, else its
 * template, else its plain text.
 */
export function requestSamples(ir: ApiIr, op: OperationIr, opts: SampleOptions): FieldSamples {
  const plain = buildSamples(ir, op, opts);
  const found = fieldSamples(ir, op, opts, plain) ?? { fields: [], langs: {} };
  const own = ownTemplates(ir, op, opts);
  for (const lang of LANGS) {
    const t = own[lang];
    found.langs[lang] ??= { all: t ? templateParts(t) : [[plain[lang]]] };
  }
  return found;
}

/** A console part: a FieldPart, or a copy of the block's static sample (templates/docs/sample-copy.ts). */
export type ConsoleFieldPart = FieldPart | number;

/** FieldSamples as the console data holds them: each language's texts with copies of its static sample. */
export interface ConsoleFieldSamples {
  fields: string[];
  langs: Partial<Record<SampleLang, { all: ConsoleFieldPart[]; none?: ConsoleFieldPart[] }>>;
}

/**
 * The field samples of a page's own sample blocks with what they share with the static samples
 * (`own`, the page's templates) copied rather than repeated: the text before the first field's
 * piece and after the last one that the static sample starts or ends with (sample-copy.ts). A
 * language whose copies do not give its texts back keeps them whole.
 */
export function copiedFromStatic(
  found: FieldSamples,
  own: Partial<Record<SampleLang, SampleTemplate>>,
): ConsoleFieldSamples {
  const langs: ConsoleFieldSamples['langs'] = {};
  for (const [lang, texts] of Object.entries(found.langs) as [
    SampleLang,
    { all: FieldPart[]; none?: FieldPart[] },
  ][]) {
    const t = own[lang];
    const statics = t ? (templateParts(t) as StaticPart[]) : undefined;
    const copy = (parts: FieldPart[]): ConsoleFieldPart[] => {
      const copied = statics && withCopies(parts, statics);
      return copied && sameParts(expandCopies(copied, statics) as FieldPart[], parts)
        ? copied
        : parts;
    };
    langs[lang] = texts.none
      ? { all: copy(texts.all), none: copy(texts.none) }
      : { all: copy(texts.all) };
  }
  return { fields: found.fields, langs };
}

/** A part's tokens as a string (a slot one private-use character by `ids`); undefined for text holding one. */
function partTokens(part: FieldPart | StaticPart, ids: Map<string, string>): string | undefined {
  if (part.length < 3) return PRIVATE_USE.test(part[0]) ? undefined : part[0];
  const id = `${part[0]}\u0000${part[1]}\u0000${part[2]}`;
  let ch = ids.get(id);
  if (ch === undefined) {
    if (FIRST_SLOT + ids.size > LAST_SLOT) return undefined;
    ids.set(id, (ch = String.fromCharCode(FIRST_SLOT + ids.size)));
  }
  return ch;
}

/** `parts` with its unowned start and end the static parts share turned into copies; undefined when none. */
function withCopies(parts: FieldPart[], statics: StaticPart[]): ConsoleFieldPart[] | undefined {
  const ids = new Map<string, string>();
  let full = '';
  let firstOwned = -1;
  let ownedEnd = 0;
  for (const part of parts) {
    const ts = partTokens(part, ids);
    if (ts === undefined) return undefined;
    const owned = part.length === 2 || part.length === 4;
    if (owned && firstOwned < 0) firstOwned = full.length;
    full += ts;
    if (owned) ownedEnd = full.length;
  }
  let text = '';
  for (const part of statics) {
    const ts = partTokens(part, ids);
    // The page's HTML reads a CR or NUL back otherwise (its parser rewrites them): no copies.
    if (ts === undefined || part.some((s) => /[\r\0]/.test(s))) return undefined;
    text += ts;
  }
  const cap = firstOwned < 0 ? full.length : firstOwned;
  let head = 0;
  while (head < cap && head < text.length && full.charCodeAt(head) === text.charCodeAt(head))
    head++;
  if (splitsPair(full, head)) head--;
  const room = Math.min(full.length - Math.max(head, ownedEnd), text.length);
  let tail = 0;
  while (
    tail < room &&
    full.charCodeAt(full.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)
  )
    tail++;
  if (splitsPair(full, full.length - tail)) tail--;
  if (head === 0 && tail === 0) return undefined;
  return [
    ...(head > 0 ? [head] : []),
    ...cutParts(parts, head, full.length - tail),
    ...(tail > 0 ? [-tail] : []),
  ];
}

/** The tokens `[from, to)` of `parts`, as parts (a text cut where the range ends, its field kept). */
function cutParts(parts: FieldPart[], from: number, to: number): FieldPart[] {
  const out: FieldPart[] = [];
  let at = 0;
  for (const part of parts) {
    const length = part.length < 3 ? part[0].length : 1;
    const start = Math.max(from, at);
    const end = Math.min(to, at + length);
    if (start < end) {
      if (part.length >= 3) out.push(part);
      else {
        const piece = part[0].slice(start - at, end - at);
        out.push(part.length === 2 ? [piece, part[1]] : [piece]);
      }
    }
    at += length;
  }
  return out;
}

/** Whether two part lists draw alike: the same slots and fields, texts of one field joined. */
function sameParts(a: FieldPart[], b: FieldPart[]): boolean {
  const joined = (parts: FieldPart[]): FieldPart[] => {
    const out: FieldPart[] = [];
    for (const part of parts) {
      const last = out[out.length - 1];
      if (part.length < 3 && last && last.length < 3 && last[1] === part[1])
        out[out.length - 1] =
          part.length === 2 ? [last[0] + part[0], part[1]] : [last[0] + part[0]];
      else out.push(part);
    }
    return out;
  };
  const x = joined(a);
  const y = joined(b);
  return x.length === y.length && x.every((p, i) => sameItems(p, y[i]!));
}

/** Two parts of the same items (strings and numbers compared as JSON.stringify would). */
const sameItems = (p: FieldPart, q: FieldPart): boolean =>
  p.length === q.length && p.every((item, i) => item === q[i]);
