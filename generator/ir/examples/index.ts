/**
 * The one example policy. Every spec example (media type, parameter, stream event, schema) is
 * validated against its schema; one that fails is a located `example-invalid` warning (an error
 * under `--strict`) and its value is replaced by a generated one, unless the spec marks it
 * `x-example-invalid: true`. Every content, parameter, header and stream then gets the default
 * value all outputs use (`example` / `events`): the first valid spec example, else the schema's,
 * else a generated value that validates at any depth (`generate.ts`).
 *
 * Each decision is a property computed on first read and kept (checking every example and
 * generated value is most of the IR's cost): lazily, a run decides only what its emitters read;
 * eagerly, every decision is read at once, in document order. Either way a decision's value and
 * problems are the same, and problems are listed in document order.
 */
import type {
  CallbackIr,
  ContentIr,
  ExampleIr,
  Json,
  NamedSchemaIr,
  ParameterIr,
  RequestBodyIr,
  ResponseIr,
  SchemaIr,
  StreamIr,
  TaskFamilyIr,
  TaskRoleIr,
} from '../types.js';
import type { Problem } from '../../load/types.js';
import type { IrContext } from '../context.js';
import {
  createExampleValidator,
  type ExampleDirection,
  type ExampleFailure,
  type ExampleValidator,
} from './validator.js';
import { ExampleGenerator } from './generate.js';
import { deepFreeze, holdsDecisions } from '../freeze.js';
import { get, join, parse } from '../../util/json-pointer.js';
import { schemasAtPointer } from '../schema-path.js';
import { successResponse, successSchema } from '../operations.js';
import { pollResultPointers, type TaskDecisions } from '../tasks.js';
import { resultlessSuccesses } from './poll-results.js';
import { firstExamplePointer, writtenSchemaValues } from './defaults.js';
import { exampleTaskIds, taskIdInputOf } from '../task-seeds.js';
import { HiddenProperties } from './hidden.js';
import { UndeclaredProperties } from './undeclared.js';
import { xmlText } from '../xml.js';
import type { IrReuse } from '../reuse.js';
import type { ExampleState, Generation } from './state.js';

/** What an `example-hidden-property` warning says of each direction's left-out properties. */
const HIDDEN_WORDS: Record<ExampleDirection, [string, string]> = {
  request: ['readOnly', 'a request never sends'],
  response: ['writeOnly', 'a response never brings back'],
};

const HINT = 'fix the example, or mark a deliberately invalid one with `x-example-invalid: true`';

/**
 * Bodies a generated value can stand for: JSON-shaped ones, plain text, and an event stream (one
 * event of its schema). Not bytes, and not text formats a placeholder string would misrepresent
 * (SVG, XML, HTML).
 */
function generatesFor(c: ContentIr): boolean {
  return (
    c.kind === 'json' ||
    c.kind === 'event-stream' ||
    c.kind === 'urlencoded' ||
    c.kind === 'multipart' ||
    (c.kind === 'text' && /^text\/plain\b/i.test(c.mediaType))
  );
}

/** An XML body (`application/xml`, `text/xml`, `application/atom+xml`…), not SVG. */
function isXml(c: ContentIr): boolean {
  return c.kind === 'text' && /^(application|text)\/([\w.-]+\+)?xml\s*(;|$)/i.test(c.mediaType);
}

interface Draft {
  operationId: string;
  parameters: ParameterIr[];
  requestBody?: RequestBodyIr;
  responses: ResponseIr[];
  stream?: StreamIr;
  callbacks: Pick<CallbackIr, 'body'>[];
}

/** The examples a content shows, in order: its own, else its default example alone. */
export function shownExamples(content: ContentIr): ExampleIr[] {
  return content.examples.length > 0 ? content.examples : content.example ? [content.example] : [];
}

/** Where an example's value is written: inside an Example Object under `value`; a lone `example` or a stream event is the value. */
function valuePointer(example: ExampleIr): string {
  return /\/examples\/[^/]+$/.test(example.source) && !/\/x-stream\//.test(example.source)
    ? `${example.source}/value`
    : example.source;
}

/** A problem found while deciding: its decision's place in document order, and its dedup key. */
interface Found {
  decision: number;
  order: number;
  /** Reported once per key: only the first in document order. */
  key?: string;
  problem: Problem;
}

function validatorOf(state: ExampleState): ExampleValidator {
  return (state.validator ??= createExampleValidator(state.schemas));
}

function exampleState(schemas: readonly NamedSchemaIr[], reuse?: IrReuse): ExampleState {
  if (reuse?.examples?.schemas === schemas) return reuse.examples;
  const state: ExampleState = { schemas, generations: new Map() };
  // Only a reused list can be met again: a fresh one is kept until the next build brings its own.
  if (reuse) reuse.examples = state;
  return state;
}

class ExamplePolicy {
  private readonly byName = new Map<string, SchemaIr>();
  private readonly generations: Map<string, Generation>;
  /** Each decision's getter, in document order (`decideAll` reads them in turn). */
  readonly decisions: (() => unknown)[] = [];
  private readonly found: Found[] = [];
  /** The decision being computed (problems are filed under it). */
  private current = -1;
  private hidden: HiddenProperties | undefined;
  private undeclared: UndeclaredProperties | undefined;

  constructor(
    private readonly ctx: IrContext,
    private readonly state: ExampleState,
  ) {
    for (const s of state.schemas) this.byName.set(s.name, s.schema);
    this.generations = state.generations;
  }

  // Made on first use: a run that reads no example compiles no schema.
  private get validator(): ExampleValidator {
    return validatorOf(this.state);
  }

  // The generator asks the validator only about values it cannot prove valid: one that proves
  // every value (a spec without examples, such as Stripe's) never converts the components for it.
  private get generator(): ExampleGenerator {
    const state = this.state;
    return (state.generator ??= new ExampleGenerator(state.schemas, {
      check: (schema, value, direction) => validatorOf(state).check(schema, value, direction),
      valid: (schema, value, direction) => validatorOf(state).valid(schema, value, direction),
      get compiled() {
        return state.validator?.compiled ?? 0;
      },
    }));
  }

  /** `holder[key]` becomes a property decided (and frozen) the first time it is read. */
  private decide<T extends object, K extends keyof T>(holder: T, key: K, compute: () => T[K]) {
    const index = this.decisions.length;
    let decided: { value: T[K] } | undefined;
    const get = (): T[K] => {
      if (!decided) {
        const outer = this.current;
        this.current = index;
        try {
          decided = { value: deepFreeze(compute()) };
        } finally {
          this.current = outer;
        }
      }
      return decided.value;
    };
    Object.defineProperty(holder, key, { get, enumerable: true, configurable: true });
    holdsDecisions(holder);
    this.decisions.push(get);
  }

  /**
   * Every `default`, `example` and `examples` entry written on a schema validates against that
   * schema (in either direction: a request value need not hold a required readOnly property, a
   * response one a required writeOnly one), else a located `default-invalid` /
   * `schema-example-invalid` warning. One decision no emitter reads: made by `decideAll` (lint,
   * check, a watch session), never by a lazy write.
   */
  schemaValues(roots: () => Iterable<SchemaIr>): void {
    const holder: { checked?: true } = {};
    this.decide(holder, 'checked', () => {
      const { defaults, examples } = writtenSchemaValues(roots(), this.ctx.document);
      const invalid = (value: Json, s: SchemaIr) => {
        const failure = this.validator.check(s, value, 'request');
        return failure && this.validator.check(s, value, 'response') ? failure : undefined;
      };
      for (const { schema, value, pointer } of defaults) {
        const failure = invalid(value, schema);
        if (!failure) continue;
        this.warn(
          'default-invalid',
          `${pointer}${failure.at}`,
          `the default does not validate against its schema at ${failure.at || '/'}: ${failure.message}`,
          'fix the default, or leave it out',
        );
      }
      let last: SchemaIr | undefined;
      for (const { schema, value, pointer } of examples) {
        // The first is the one a body or parameter without examples shows (`schemaExample`): one report.
        const first = schema !== last;
        last = schema;
        const failure = invalid(value, schema);
        if (failure) this.schemaExampleInvalid(pointer, failure, first ? schema : undefined);
      }
      return true as const;
    });
  }

  /** `first`: the schema whose first example this is, reported once with `schemaExample`'s. */
  private schemaExampleInvalid(
    pointer: string,
    failure: ExampleFailure,
    first: SchemaIr | undefined,
  ) {
    this.warn(
      'schema-example-invalid',
      `${pointer}${failure.at}`,
      `the schema's example does not validate against it at ${failure.at || '/'}: ${failure.message}`,
      "fix the example, or leave it out (a schema's example is what the docs show for the value)",
      first && `${first.source}\u0000example`,
    );
  }

  /** `holder[key]` reads another decided property (the first example stands for the default). */
  private alias<T extends object, K extends keyof T>(holder: T, key: K, read: () => T[K]) {
    Object.defineProperty(holder, key, { get: read, enumerable: true, configurable: true });
    holdsDecisions(holder);
  }

  /** `key`: reported once per key (a function: of the located problem, e.g. its file position). */
  private warn(
    code: string,
    pointer: string,
    message: string,
    hint?: string,
    key?: string | ((p: Problem) => string),
  ) {
    const problem = this.ctx.warning(code, pointer, message, hint);
    const k = typeof key === 'function' ? key(problem) : key;
    this.found.push({
      decision: this.current,
      order: this.found.length,
      ...(k !== undefined ? { key: k } : {}),
      problem,
    });
  }

  /** The problems of the decisions made so far, in document order, each keyed one only at its first place. */
  problems(): Problem[] {
    const first = new Map<string, Found>();
    for (const f of this.found) {
      if (f.key === undefined) continue;
      const known = first.get(f.key);
      if (!known || f.decision < known.decision) first.set(f.key, f);
    }
    return this.found
      .filter((f) => f.key === undefined || first.get(f.key) === f)
      .sort((a, b) => a.decision - b.decision || a.order - b.order)
      .map((f) => f.problem);
  }

  /** A value generated for `schema`, with what could not be satisfied and why it does not validate. */
  private generation(schema: SchemaIr, direction: ExampleDirection): Generation {
    const key = this.generationKey(schema, direction);
    const known = key === undefined ? undefined : this.generations.get(key);
    if (known) return known;
    const { value, unsatisfied, validated } = this.generator.generate(schema, direction);
    const failure =
      unsatisfied.length === 0 && !validated
        ? this.validator.check(schema, value, direction)
        : undefined;
    const made = { value, unsatisfied, ...(failure ? { failure } : {}) };
    if (key !== undefined) this.generations.set(key, made);
    return made;
  }

  /**
   * Plain refs to one component (no example, default or missing target of their own) generate the
   * same value and the same problems: the schemas a large spec's operations share (its resources,
   * its error body) are generated and validated once per direction.
   */
  private generationKey(schema: SchemaIr, direction: ExampleDirection): string | undefined {
    if (schema.kind !== 'ref' || schema.examples.length > 0 || schema.default !== undefined)
      return undefined;
    if (!this.byName.has(schema.name)) return undefined;
    const flags = [schema.nullable, schema.readOnly, schema.writeOnly].map(Number).join('');
    return `${direction}\u0000${flags}\u0000${schema.name}`;
  }

  private generated(
    schema: SchemaIr,
    direction: ExampleDirection,
    name: string,
    source: string,
  ): ExampleIr {
    const { value, unsatisfied, failure } = this.generation(schema, direction);
    for (const u of unsatisfied)
      this.warn(
        'schema-unsatisfiable',
        u.source,
        `no example value satisfies this schema: ${u.message}`,
        undefined,
        `${u.source}\u0000unsatisfiable`,
      );
    if (failure)
      this.warn(
        'schema-unsatisfiable',
        schema.source,
        `the generated example does not validate at ${failure.at || '/'}: ${failure.message}`,
        undefined,
        `${schema.source}\u0000unsatisfiable`,
      );
    return { name, value, origin: 'generated', source };
  }

  /** The example itself when valid; else reported and replaced by a generated value of the same name. */
  private checked(
    example: ExampleIr,
    schema: SchemaIr | undefined,
    direction: ExampleDirection,
  ): ExampleIr {
    if (!schema || example.invalidOnPurpose) return example;
    const failure = this.validator.check(schema, example.value, direction);
    const base = valuePointer(example);
    if (!failure) {
      const { value, removed } = this.withoutHidden(schema, example.value, direction);
      this.undeclaredKeys(example, schema, value, direction, base);
      if (removed.length === 0) return example;
      const [kind, sent] = HIDDEN_WORDS[direction];
      const one = removed.length === 1;
      this.warn(
        'example-hidden-property',
        `${base}${removed[0]}`,
        `example ${example.name} holds ${kind} ${one ? 'property' : 'properties'} ${removed.join(', ')}, which ${sent}: every output (SDK @example, docs samples, mock) shows the example without ${one ? 'it' : 'them'}`,
        `leave ${one ? 'it' : 'them'} out of the example`,
      );
      return { ...example, value };
    }
    for (const one of this.validator.all(schema, example.value, direction, failure))
      this.warn(
        'example-invalid',
        `${base}${one.at}`,
        `example ${example.name} does not validate against its schema at ${one.at || '/'}: ${one.message}`,
        HINT,
      );
    const replacement = this.generated(schema, direction, example.name, example.source);
    return { ...example, value: replacement.value, origin: 'generated' };
  }

  /** The first valid example written on the schema (or on the components it refers to). */
  private schemaExample(schema: SchemaIr, direction: ExampleDirection): ExampleIr | undefined {
    let s: SchemaIr | undefined = schema;
    for (let hops = 0; s && hops < 8; hops++) {
      const value = s.examples[0];
      if (value !== undefined) {
        const failure = this.validator.check(s, value, direction);
        // A schema's example shows the whole value, its readOnly and writeOnly properties too:
        // nothing to report, but a direction's example leaves out what does not travel that way.
        if (!failure)
          return {
            name: 'schema-example',
            value: this.withoutHidden(s, value, direction).value,
            origin: 'spec',
            source: s.source,
          };
        this.schemaExampleInvalid(firstExamplePointer(s, this.ctx.document), failure, s);
        return undefined;
      }
      s = s.kind === 'ref' ? this.byName.get(s.name) : undefined;
    }
    return undefined;
  }

  /** Warns of the keys no `properties` of the schema declares (undeclared.ts), once per place. */
  private undeclaredKeys(
    example: ExampleIr,
    schema: SchemaIr,
    value: Json,
    direction: ExampleDirection,
    base: string,
  ): void {
    this.undeclared ??= new UndeclaredProperties(this.state.schemas, (s, v, d) =>
      this.validator.valid(s, v, d),
    );
    for (const at of this.undeclared.find(schema, value, direction))
      this.warn(
        'example-undeclared-property',
        `${base}${at}`,
        `example ${example.name} holds key \`${parse(at).at(-1)}\`${at.lastIndexOf('/') > 0 ? ` (at ${at})` : ''}, which no \`properties\` of its schema declares: every output (mock, docs, SDK @example) shows the key, no SDK type has it`,
        'rename or remove the key (was a property renamed?), or declare it; `additionalProperties: true` says extra keys are expected',
        // One shared example (a callback every submit refers to) is reported once, where it is written.
        (p) => `${p.file}\u0000${p.pointer}\u0000undeclared`,
      );
  }

  /** The value without the properties that do not travel in `direction` (hidden.ts). */
  private withoutHidden(schema: SchemaIr, value: Json, direction: ExampleDirection) {
    this.hidden ??= new HiddenProperties(this.state.schemas, (s, v, d) =>
      this.validator.valid(s, v, d),
    );
    return this.hidden.strip(schema, value, direction);
  }

  private defaultFor(schema: SchemaIr, direction: ExampleDirection, source: string): ExampleIr {
    return (
      this.schemaExample(schema, direction) ??
      this.generated(schema, direction, 'generated', source)
    );
  }

  /** The spec's examples, each checked (an invalid one replaced). */
  private checkedExamples<T extends { examples: ExampleIr[] }>(
    holder: T,
    schema: SchemaIr | undefined,
    direction: ExampleDirection,
  ): boolean {
    const written = holder.examples;
    this.decide(holder, 'examples', () => written.map((e) => this.checked(e, schema, direction)));
    return written.length > 0;
  }

  content(c: ContentIr, direction: ExampleDirection): void {
    if (this.checkedExamples(c, c.schema, direction)) this.alias(c, 'example', () => c.examples[0]);
    else if (c.schema && generatesFor(c)) {
      const schema = c.schema;
      this.decide(c, 'example', () => this.defaultFor(schema, direction, c.source));
    } else if (c.schema && isXml(c)) {
      const schema = c.schema;
      this.decide(c, 'example', () => this.xmlExample(schema, direction, c.source));
    }
  }

  /** The schema's JSON example written as XML (`ir/xml.ts`); none without a root element name. */
  private xmlExample(
    schema: SchemaIr,
    direction: ExampleDirection,
    source: string,
  ): ExampleIr | undefined {
    const json = this.defaultFor(schema, direction, source);
    const text = xmlText(json.value, schema, this.state.schemas);
    return text === undefined ? undefined : { ...json, value: text };
  }

  parameter(p: ParameterIr): void {
    if (this.checkedExamples(p, p.schema, 'request')) this.alias(p, 'example', () => p.examples[0]);
    else this.decide(p, 'example', () => this.defaultFor(p.schema, 'request', p.source));
  }

  response(r: ResponseIr): void {
    for (const h of r.headers)
      this.decide(h, 'example', () => this.defaultFor(h.schema, 'response', r.source));
    for (const c of r.contents) this.content(c, 'response');
  }

  stream(s: StreamIr): void {
    if (this.checkedExamples(s, s.itemSchema, 'response'))
      this.alias(s, 'events', () => s.examples);
    else this.decide(s, 'events', () => [this.defaultFor(s.itemSchema, 'response', s.source)]);
  }

  body(body: RequestBodyIr | undefined, direction: ExampleDirection): void {
    for (const c of body?.contents ?? []) this.content(c, direction);
  }

  /**
   * Values for a poll's result fields, from its success schema: for each result pointer and each
   * ancestor, one generated value per alternative schema there that has a valid one (the mock
   * picks the one the whole body accepts).
   */
  taskResults(role: TaskRoleIr, family: TaskFamilyIr, schema: SchemaIr): void {
    const named = new Map(this.state.schemas.map((s) => [s.name, s]));
    this.decide(role, 'resultSamples', () => {
      const pointers = new Set<string>();
      for (const pointer of family.result) {
        const tokens = parse(pointer);
        for (let k = tokens.length; k >= 1; k--) pointers.add(join('', ...tokens.slice(0, k)));
      }
      return [...pointers].map((pointer) => {
        const values: Json[] = [];
        for (const s of schemasAtPointer(schema, pointer, named)) {
          const made = this.generation(s, 'response');
          if (made.unsatisfied.length > 0 || made.failure) continue;
          const text = JSON.stringify(made.value);
          if (!values.some((v) => JSON.stringify(v) === text)) values.push(made.value);
        }
        return { pointer, values };
      });
    });
  }

  /**
   * Warns of the poll's success examples that reach `succeeded` with no result (`poll-results.ts`).
   * One decision no emitter reads: made by `decideAll` (lint, check, a watch session).
   */
  pollResults(op: Draft, role: TaskRoleIr, family: TaskFamilyIr): void {
    const holder: { checked?: true } = {};
    this.decide(holder, 'checked', () => {
      const content = successResponse(op)?.contents.find((c) => c.kind === 'json');
      const pointers = pollResultPointers(family, { taskRole: role });
      for (const e of resultlessSuccesses(content?.examples ?? [], family, pointers))
        this.warn(
          'task-example-no-result',
          valuePointer(e),
          `example ${e.name} of ${op.operationId} shows a finished ${family.name} task (status ${JSON.stringify(get(e.value, family.status))}) with no value at ${pointers.length === 1 ? 'its result pointer' : 'any of its result pointers'} ${pointers.join(', ')}: the docs and the mock show a finished task without a result`,
          "give the example its result (was the field renamed?), or fix the family's `result` pointers",
          (p) => `${p.file}\u0000${p.pointer}\u0000no-result`,
        );
      return true as const;
    });
  }

  /** A poll's or cancel's example task ids (`task-seeds.ts`): read from examples, so decided with them. */
  taskExampleIds(role: TaskRoleIr, compute: () => (string | number)[]): void {
    this.decide(role, 'exampleIds', compute);
  }
}

export interface ExampleDecisions {
  /** Makes every decision not made yet (what lint and check report). */
  decideAll(): void;
  /** The problems of the decisions made so far, in document order. */
  problems(): Problem[];
}

/**
 * Makes the examples of every operation and webhook properties decided on first read (before the
 * IR is frozen); `decideAll` then decides them all, as an eager build does.
 */
export function decideExamples(
  ctx: IrContext,
  schemas: readonly NamedSchemaIr[],
  operations: Draft[],
  webhooks: Pick<CallbackIr, 'body'>[],
  reuse?: IrReuse,
  tasks?: Pick<TaskDecisions, 'families' | 'roles' | 'submits'>,
): ExampleDecisions {
  const policy = new ExamplePolicy(ctx, exampleState(schemas, reuse));
  const drafts = new Map(operations.map((op) => [op.operationId, op]));
  for (const op of operations) {
    op.parameters.forEach((p) => policy.parameter(p));
    policy.body(op.requestBody, 'request');
    op.responses.forEach((r) => policy.response(r));
    if (op.stream) policy.stream(op.stream);
    // A callback body travels from the API to the consumer, like a response.
    for (const cb of op.callbacks) policy.body(cb.body, 'response');
    const role = tasks?.roles.get(op.operationId);
    const family = role?.role === 'poll' && tasks!.families.find((f) => f.name === role.family);
    const schema = successSchema(op);
    if (role && family && schema) policy.taskResults(role, family, schema);
    if (role && family) policy.pollResults(op, role, family);
    const input = tasks && taskIdInputOf(tasks, op.operationId);
    if (role && input)
      policy.taskExampleIds(role, () =>
        exampleTaskIds(op, input, role.family, tasks!.submits, drafts),
      );
  }
  for (const w of webhooks) policy.body(w.body, 'response');
  policy.schemaValues(function* () {
    for (const s of schemas) yield s.schema;
    for (const op of operations) {
      for (const p of op.parameters) yield p.schema;
      for (const body of [op.requestBody, ...op.callbacks.map((cb) => cb.body)])
        for (const c of body?.contents ?? []) if (c.schema) yield c.schema;
      for (const r of op.responses) {
        for (const h of r.headers) yield h.schema;
        for (const c of r.contents) if (c.schema) yield c.schema;
      }
      if (op.stream) yield op.stream.itemSchema;
    }
    for (const w of webhooks) for (const c of w.body?.contents ?? []) if (c.schema) yield c.schema;
  });
  return {
    decideAll: () => policy.decisions.forEach((read) => read()),
    problems: () => policy.problems(),
  };
}

export type { ExampleDirection } from './validator.js';
