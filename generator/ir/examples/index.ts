/**
 * The one example policy. Every spec example (media type, parameter, stream event, schema) is
 * validated against its schema; one that fails is a located `example-invalid` warning (an error
 * under `--strict`) and its value is replaced by a generated one, unless the spec marks it
 * `x-example-invalid: true`. Every content, parameter, header and stream then gets the default
 * value all outputs use (`example` / `events`): the first valid spec example, else the schema's,
 * else a generated value that validates at any depth (`generate.ts`).
 */
import type {
  CallbackIr,
  ContentIr,
  ExampleIr,
  NamedSchemaIr,
  ParameterIr,
  RequestBodyIr,
  ResponseIr,
  SchemaIr,
  StreamIr,
} from '../types.js';
import type { IrContext } from '../context.js';
import {
  createExampleValidator,
  type ExampleDirection,
  type ExampleValidator,
} from './validator.js';
import { ExampleGenerator } from './generate.js';

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

interface Draft {
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

class ExamplePolicy {
  private readonly validator: ExampleValidator;
  private readonly generator: ExampleGenerator;
  private readonly reported = new Set<string>();
  private readonly byName = new Map<string, SchemaIr>();

  constructor(
    private readonly ctx: IrContext,
    schemas: readonly NamedSchemaIr[],
  ) {
    this.validator = createExampleValidator(schemas);
    this.generator = new ExampleGenerator(schemas, this.validator);
    for (const s of schemas) this.byName.set(s.name, s.schema);
  }

  private generated(
    schema: SchemaIr,
    direction: ExampleDirection,
    name: string,
    source: string,
  ): ExampleIr {
    const { value, unsatisfied } = this.generator.generate(schema, direction);
    for (const u of unsatisfied)
      this.once(`${u.source}\u0000unsatisfiable`, () =>
        this.ctx.warning(
          'schema-unsatisfiable',
          u.source,
          `no example value satisfies this schema: ${u.message}`,
        ),
      );
    if (unsatisfied.length === 0) {
      const failure = this.validator.check(schema, value, direction);
      if (failure)
        this.once(`${schema.source}\u0000unsatisfiable`, () =>
          this.ctx.warning(
            'schema-unsatisfiable',
            schema.source,
            `the generated example does not validate at ${failure.at || '/'}: ${failure.message}`,
          ),
        );
    }
    return { name, value, origin: 'generated', source };
  }

  private once(key: string, report: () => void): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    report();
  }

  /** The example itself when valid; else reported and replaced by a generated value of the same name. */
  private checked(
    example: ExampleIr,
    schema: SchemaIr | undefined,
    direction: ExampleDirection,
  ): ExampleIr {
    if (!schema || example.invalidOnPurpose) return example;
    const failure = this.validator.check(schema, example.value, direction);
    if (!failure) return example;
    // Inside an Example Object the value sits under `value`; a lone `example` or a stream event is the value.
    const base =
      /\/examples\/[^/]+$/.test(example.source) && !/\/x-stream\//.test(example.source)
        ? `${example.source}/value`
        : example.source;
    this.ctx.warning(
      'example-invalid',
      `${base}${failure.at}`,
      `example ${example.name} does not validate against its schema at ${failure.at || '/'}: ${failure.message}`,
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
        if (!failure) return { name: 'schema-example', value, origin: 'spec', source: s.source };
        const at = s.source;
        this.once(`${at}\u0000example`, () =>
          this.ctx.warning(
            'example-invalid',
            at,
            `the schema's example does not validate at ${failure.at || '/'}: ${failure.message}`,
            HINT,
          ),
        );
        return undefined;
      }
      s = s.kind === 'ref' ? this.byName.get(s.name) : undefined;
    }
    return undefined;
  }

  private defaultFor(schema: SchemaIr, direction: ExampleDirection, source: string): ExampleIr {
    return (
      this.schemaExample(schema, direction) ??
      this.generated(schema, direction, 'generated', source)
    );
  }

  content(c: ContentIr, direction: ExampleDirection): void {
    c.examples = c.examples.map((e) => this.checked(e, c.schema, direction));
    if (c.examples[0]) c.example = c.examples[0];
    else if (c.schema && generatesFor(c))
      c.example = this.defaultFor(c.schema, direction, c.source);
  }

  parameter(p: ParameterIr): void {
    p.examples = p.examples.map((e) => this.checked(e, p.schema, 'request'));
    p.example = p.examples[0] ?? this.defaultFor(p.schema, 'request', p.source);
  }

  response(r: ResponseIr): void {
    for (const h of r.headers) h.example = this.defaultFor(h.schema, 'response', r.source);
    for (const c of r.contents) this.content(c, 'response');
  }

  stream(s: StreamIr): void {
    s.examples = s.examples.map((e) => this.checked(e, s.itemSchema, 'response'));
    s.events =
      s.examples.length > 0 ? s.examples : [this.defaultFor(s.itemSchema, 'response', s.source)];
  }

  body(body: RequestBodyIr | undefined, direction: ExampleDirection): void {
    for (const c of body?.contents ?? []) this.content(c, direction);
  }
}

/** Checks and completes the examples of every operation and webhook, in place (before the IR is frozen). */
export function decideExamples(
  ctx: IrContext,
  schemas: readonly NamedSchemaIr[],
  operations: Draft[],
  webhooks: Pick<CallbackIr, 'body'>[],
): void {
  const policy = new ExamplePolicy(ctx, schemas);
  for (const op of operations) {
    op.parameters.forEach((p) => policy.parameter(p));
    policy.body(op.requestBody, 'request');
    op.responses.forEach((r) => policy.response(r));
    if (op.stream) policy.stream(op.stream);
    // A callback body travels from the API to the consumer, like a response.
    for (const cb of op.callbacks) policy.body(cb.body, 'response');
  }
  for (const w of webhooks) policy.body(w.body, 'response');
}

export type { ExampleDirection } from './validator.js';
