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
 */
import type { ApiIr, ContentIr, ExampleIr, Json, OperationIr, SchemaIr } from '../../ir/types.js';
import { isSentCookie } from '../../ir/operations.js';
import { mergedProperties } from './schema-info.js';
import {
  encodeSlot,
  wholeParam,
  exactTemplates,
  type SampleTemplate,
  type SlotEncoding,
} from './sample-slots.js';
import {
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
        if (prop.required || s.readOnly || prop.name === flag) continue;
        const shown = Object.hasOwn(body, prop.name);
        // A multipart list of plain values is one slot (sample-slots.ts): offered with one item.
        const item =
          content.kind === 'multipart' && s.kind === 'array'
            ? valueOf(index.resolve(s.items))
            : undefined;
        const value = shown ? body[prop.name]! : item !== undefined ? [item] : valueOf(s);
        if (value === undefined) continue;
        fields.push({
          key: `body:/${escapeToken(prop.name)}`,
          value,
          shown,
          apply: (v, present) => {
            if (present) v.body![prop.name] = value;
            else delete v.body![prop.name];
          },
        });
      }
  }
  return fields.slice(0, MAX_FIELDS);
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
  return {
    ...op,
    parameters: op.parameters.map((p) => {
      const examples = v.params.get(`${p.in}:${p.name}`);
      if (!examples) return p;
      return { ...p, examples, ...(examples[0] ? { example: examples[0] } : {}) };
    }),
    ...(op.requestBody
      ? { requestBody: { ...op.requestBody, contents: op.requestBody.contents.map(withBody) } }
      : {}),
  };
}

// ───────────── templates as token lists ─────────────

/** One character, or a slot (`\u0000key\u0000enc\u0000value`): compared as wholes. */
type Token = string;
const SLOT = '\u0000';

function tokens(t: SampleTemplate): Token[] {
  const out: Token[] = [];
  t.text.split(/\u0000(\d+)\u0000/).forEach((part, i) => {
    if (i % 2 === 0) out.push(...part);
    else {
      const slot = t.slots[Number(part)]!;
      out.push(`${SLOT}${slot.key}${SLOT}${slot.enc}${SLOT}${slot.value}`);
    }
  });
  return out;
}

/** The tokens as the page prints them, each slot filled with its value. */
const filled = (ts: Token[]): string =>
  ts
    .map((t) => {
      if (slotKey(t) === undefined) return t;
      const [, key, enc, value] = t.split(SLOT) as [string, string, SlotEncoding, string];
      return encodeSlot(enc, value, key);
    })
    .join('');

const slotKey = (token: Token): string | undefined =>
  token.startsWith(SLOT) && token.length > 1 ? token.split(SLOT)[1] : undefined;

/**
 * Where `less` lacks one run of `all`: every start it may be read at (the same text removed at any
 * of them), or undefined when it lacks more than one run.
 */
function removedRuns(
  all: Token[],
  less: Token[],
): { starts: number[]; length: number } | undefined {
  const cut = all.length - less.length;
  if (cut <= 0) return undefined;
  let start = 0;
  while (start < less.length && all[start] === less[start]) start++;
  for (let i = start; i < less.length; i++) if (all[i + cut] !== less[i]) return undefined;
  const starts = [start];
  for (let s = start; s > 0 && all[s - 1] === all[s + cut - 1]; s--) starts.unshift(s - 1);
  for (let s = start; s + cut < all.length && all[s] === all[s + cut]; s++) starts.push(s + 1);
  return { starts, length: cut };
}

/**
 * How a field's run is placed among its equal readings: a run that starts a line is a line of
 * its own (a header, an argument), else the leftmost or rightmost one (a separator before or after it).
 */
const PLACEMENTS: ((starts: number[], all: Token[]) => number)[] = [
  (starts, all) => starts.find((s) => all[s] === '\n') ?? starts[0]!,
  (starts, all) => starts.find((s) => all[s] === '\n') ?? starts[starts.length - 1]!,
  (starts) => starts[0]!,
  (starts) => starts[starts.length - 1]!,
];

function without(all: Token[], ranges: [number, number][]): Token[] {
  return all.filter((_t, i) => !ranges.some(([s, e]) => i >= s && i < e));
}

const same = (a: Token[], b: Token[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((t, i) => t === b[i]);

function parts(all: Token[], owner: (i: number) => number): FieldPart[] {
  const out: { text?: string; slot?: [string, SlotEncoding, string]; field: number }[] = [];
  all.forEach((token, i) => {
    const field = owner(i);
    const key = slotKey(token);
    if (key !== undefined) {
      const [, , enc, value] = token.split(SLOT) as [string, string, SlotEncoding, string];
      out.push({ slot: [key, enc, encodeSlot(enc, value, key)], field });
      return;
    }
    const last = out[out.length - 1];
    if (last?.text !== undefined && last.field === field) last.text += token;
    else out.push({ text: token, field });
  });
  return out.map(({ text, slot, field }): FieldPart => {
    if (slot) return field >= 0 ? [...slot, field] : slot;
    return field >= 0 ? [text!, field] : [text!];
  });
}

/** The text the console draws for exactly `present` of the fields: `full` less the others' runs. */
function restFor(
  full: Token[],
  ranges: [number, number][],
  fields: Field[],
  present: (f: Field) => boolean,
): Token[] {
  return without(
    full,
    ranges.filter((_r, i) => !present(fields[i]!)),
  );
}

/**
 * Whether these runs, one per field, hold each its own field's slot and no other's, overlap
 * nowhere, and give what the printers print for each set in `checks` (present fields → template).
 */
function fits(
  full: Token[],
  ranges: [number, number][],
  fields: Field[],
  checks: [ReadonlySet<string>, SampleTemplate][],
): boolean {
  const owns = ranges.every(
    ([s, e], i) =>
      full.slice(s, e).every((t) => {
        const key = slotKey(t);
        return key === undefined || ownsKey(fields[i]!, key);
      }) && full.slice(s, e).some((t) => slotKey(t) !== undefined),
  );
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  if (!owns || sorted.some((r, i) => i > 0 && r[0] < sorted[i - 1]![1])) return false;
  return checks.every(([present, t]) =>
    same(
      restFor(full, ranges, fields, (f) => present.has(f.key)),
      tokens(t),
    ),
  );
}

const ownsKey = (f: Field, key: string): boolean => key === f.key || key.startsWith(`${f.key}/`);

/**
 * Each field's run in `full`, read from prints that each lack every other field (in the order the
 * language prints them), so each lacking run sits between two present slots: compared piece by
 * piece between those slots, a print shows every lacking run at once (two prints, not one per field).
 */
function runsFrom(
  full: Token[],
  fields: Field[],
  lacking: [ReadonlySet<string>, Token[]][],
): ({ starts: number[]; length: number } | undefined)[] {
  const runs: ({ starts: number[]; length: number } | undefined)[] = fields.map(() => undefined);
  // Each token's field (its index, -1 for text and for slots no optional field owns).
  const fieldOf = (ts: Token[]): number[] =>
    ts.map((t) => {
      const key = slotKey(t);
      return key === undefined ? -1 : fields.findIndex((f) => ownsKey(f, key));
    });
  const fullFields = fieldOf(full);
  for (const [gone, less] of lacking) {
    const lessFields = fieldOf(less);
    const isAnchor = (ts: Token[], owners: number[], i: number) =>
      slotKey(ts[i]!) !== undefined && (owners[i]! < 0 || !gone.has(fields[owners[i]!]!.key));
    const a = full.flatMap((_t, i) => (isAnchor(full, fullFields, i) ? [i] : []));
    const b = less.flatMap((_t, i) => (isAnchor(less, lessFields, i) ? [i] : []));
    if (a.length !== b.length || a.some((at, i) => full[at] !== less[b[i]!])) return runs;
    for (let i = 0; i <= a.length; i++) {
      const from = i === 0 ? 0 : a[i - 1]! + 1;
      const to = i === a.length ? full.length : a[i]!;
      const piece = full.slice(from, to);
      const lessPiece = less.slice(
        i === 0 ? 0 : b[i - 1]! + 1,
        i === b.length ? less.length : b[i],
      );
      const inside = [...new Set(fullFields.slice(from, to).filter((n) => n >= 0))];
      if (inside.length === 0) {
        if (!same(piece, lessPiece)) return runs;
        continue;
      }
      const run = inside.length === 1 ? removedRuns(piece, lessPiece) : undefined;
      if (!run) return runs;
      runs[inside[0]!] = { starts: run.starts.map((s) => s + from), length: run.length };
    }
  }
  return runs;
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
 * has none). `plain` is the static samples' text: the examples' own set must print it.
 */
export function fieldSamples(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  plain: Partial<Record<SampleLang, string>>,
): FieldSamples | undefined {
  const fields = fieldsOf(ir, op, opts);
  if (fields.length === 0) return undefined;
  const variant = fieldVariants(ir, op, opts, fields);
  const keys = fields.map((f) => f.key);
  const all = exactTemplates(ir, variant(keys), opts, LANGS);
  // Per language, the fields in printed order, split in two sets each lacking every other one;
  // languages with the same split share the prints, whose slots take their encodings from `all`.
  const splits = new Map<string, { gone: Set<string>[]; langs: Set<SampleLang> }>();
  const fullOf: Partial<Record<SampleLang, Token[]>> = {};
  const splitOf: Partial<Record<SampleLang, string>> = {};
  for (const lang of LANGS) {
    const t = all[lang];
    if (!t) continue;
    const full = tokens(t);
    const at = (f: Field) =>
      full.findIndex((tok) => slotKey(tok) !== undefined && ownsKey(f, slotKey(tok)!));
    const order = [...fields].filter((f) => at(f) >= 0).sort((a, b) => at(a) - at(b));
    if (order.length !== fields.length) continue;
    const gone = [0, 1].map(
      (parity) => new Set(order.filter((_f, i) => i % 2 === parity).map((f) => f.key)),
    );
    const id = order.map((f) => f.key).join('\u0000');
    fullOf[lang] = full;
    splitOf[lang] = id;
    const split = splits.get(id) ?? { gone, langs: new Set<SampleLang>() };
    split.langs.add(lang);
    splits.set(id, split);
  }
  const known: Partial<Record<SampleLang, Map<string, SlotEncoding>>> = {};
  for (const lang of LANGS) {
    const t = all[lang];
    if (t) known[lang] = new Map(t.slots.map((s) => [s.key, s.enc]));
  }
  const none = exactTemplates(ir, variant([]), opts, LANGS, known);
  const lessBy = new Map<string, Partial<Record<SampleLang, SampleTemplate>>[]>();
  for (const [id, { gone, langs }] of splits) {
    lessBy.set(
      id,
      gone.map((g) =>
        exactTemplates(ir, variant(keys.filter((k) => !g.has(k))), opts, langs, known),
      ),
    );
  }
  const langs: FieldSamples['langs'] = {};
  for (const lang of LANGS) {
    const full = fullOf[lang];
    const noneT = none[lang];
    if (!full || !noneT || plain[lang] === undefined) continue;
    const gone = splits.get(splitOf[lang]!)!.gone;
    const prints = lessBy.get(splitOf[lang]!)!.map((p) => p[lang]);
    if (prints.some((t) => t === undefined)) continue;
    const lacking = gone.map((g, i): [Set<string>, Token[]] => [g, tokens(prints[i]!)]);
    const runs = runsFrom(full, fields, lacking);
    if (runs.some((r) => r === undefined)) continue;
    // The runs must give both prints they were read from, and the examples' own set the static text.
    const checks = lacking.map(([g], i): [ReadonlySet<string>, SampleTemplate] => [
      new Set(keys.filter((k) => !g.has(k))),
      prints[i]!,
    ]);
    const ranges = PLACEMENTS.map((place) =>
      runs.map((r): [number, number] => {
        const start = place(r!.starts, full);
        return [start, start + r!.length];
      }),
    ).find(
      (ranges) =>
        fits(full, ranges, fields, checks) &&
        filled(restFor(full, ranges, fields, (f) => f.shown)) === plain[lang],
    );
    if (!ranges) continue;
    const owner = (i: number): number => ranges.findIndex(([s, e]) => i >= s && i < e);
    // `none` only where it is not `all` less every field's run (a `?` or `{}` left over).
    const noneTokens = tokens(noneT);
    langs[lang] = same(without(full, ranges), noneTokens)
      ? { all: parts(full, owner) }
      : { all: parts(full, owner), none: parts(noneTokens, () => -1) };
  }
  return Object.keys(langs).length > 0 ? { fields: keys, langs } : undefined;
}
