/**
 * Do the mock and the docs agree, and are the answers valid? For each operation: a request built
 * from the IR's examples goes through the mock engine once per documented status (no `Prefer` for
 * the success of an operation outside a task family, `Prefer: code=N` otherwise); every JSON answer
 * is validated with an Ajv of its own (draft 2020-12, not the generator's) and compared with the
 * bodies the generated Markdown shows under that status. For `x-stream` operations the streamed
 * `data:` lines are compared with the transcript the docs show. Shared by the test and the bench.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type {
  ApiIr,
  ContentIr,
  Json,
  OperationIr,
  ResponseIr,
  SchemaIr,
} from '../../generator/ir/types.js';
import { componentDefs, toJsonSchema } from '../../generator/ir/json-schema.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { buildModel } from '../../generator/emit/docs/model.js';
import { buildMarkdown } from '../../generator/emit/docs/markdown.js';
import { createMockEngine, type MockEngine, type MockResult } from '../../templates/mock/engine.js';
import { declaredResponse } from '../../templates/mock/respond.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

export interface AgreementReport {
  operations: number;
  /** JSON answers checked (one per documented status with a JSON body). */
  answers: number;
  streams: number;
  /** Human-readable failures: `operationId status: what`. */
  failures: string[];
  /**
   * Operations whose multipart request the mock refuses before answering (its form reader cannot
   * take a field that is "a file or a list of files"): a mock limitation, listed, not compared.
   */
  refused: string[];
}

const DEFS = 'urn:test:defs';

function validatorFor(ir: ApiIr): (content: ContentIr) => ValidateFunction {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    inlineRefs: false,
    code: { optimize: false },
    logger: false,
  });
  addFormats(ajv);
  const options = {
    refPrefix: `${DEFS}#/$defs/`,
    docs: false,
    examples: false,
    discriminator: false,
  };
  ajv.addSchema({ $id: DEFS, $defs: componentDefs(ir, options) });
  const cache = new Map<ContentIr, ValidateFunction>();
  return (content) => {
    let fn = cache.get(content);
    if (!fn) {
      const json = toJsonSchema(content.schema!, options);
      const ref =
        typeof json === 'object' && Object.keys(json).length === 1 ? json.$ref : undefined;
      fn = typeof ref === 'string' ? ajv.getSchema(ref)! : ajv.compile(json as object);
      cache.set(content, fn);
    }
    return fn;
  };
}

/** The docs' bodies per operation and status, and the stream transcripts, read back from the generated Markdown. */
function shownInDocs(ir: ApiIr): { bodies: Map<string, Json[]>; streams: Map<string, string[]> } {
  const files = buildMarkdown(buildModel(ir), { packageName: '@test/sdk', generator: 'test' });
  const bodies = new Map<string, Json[]>();
  const streams = new Map<string, string[]>();
  for (const file of files) {
    const text = String(file.contents);
    for (const section of text.split(/^<a id="/m).slice(1)) {
      const id = section.slice(0, section.indexOf('"'));
      const streaming = /^### Streaming\n\n[\s\S]*?^(`{3,})text\n([\s\S]*?)\n\1$/m.exec(section);
      if (streaming)
        streams.set(
          id,
          streaming[2]!.split('\n').filter((l) => l.startsWith('data: ')),
        );
      const responses = section.split(/^### Responses$/m)[1]?.split(/^### /m)[0] ?? '';
      for (const part of responses.split(/^#### /m).slice(1)) {
        const status = part.slice(0, part.search(/[\s]/));
        const shown: Json[] = [];
        for (const m of part.matchAll(/^Example[^\n]*:\n\n(`{3,})json\n([\s\S]*?)\n\1$/gm))
          shown.push(JSON.parse(m[2]!) as Json);
        bodies.set(`${id} ${status}`, shown);
      }
    }
  }
  return { bodies, streams };
}

function firstValueContent(r: ResponseIr): ContentIr | undefined {
  return r.contents.find((c) => c.kind !== 'event-stream');
}

/** Property names of a multipart body that are files (binary strings, or arrays of them). */
function fileFields(ir: ApiIr, schema: SchemaIr | undefined): string[] {
  const resolve = (s: SchemaIr | undefined): SchemaIr | undefined =>
    s?.kind === 'ref' ? resolve(ir.schemas.find((n) => n.name === s.name)?.schema) : s;
  const object = resolve(schema);
  if (object?.kind !== 'object') return [];
  const isFile = (s: SchemaIr | undefined): boolean => {
    const r = resolve(s);
    // A union of file and value is sent as a value: the mock's multipart reader takes it as one.
    return (r?.kind === 'string' && r.binary) || (r?.kind === 'array' && isFile(r.items));
  };
  return object.properties.filter((p) => isFile(p.schema)).map((p) => p.name);
}

async function bodyOf(
  ir: ApiIr,
  op: OperationIr,
  stream = false,
): Promise<{ body: Uint8Array | null; contentType?: string }> {
  const content = op.requestBody?.contents.find((c) => c.kind !== 'event-stream');
  if (!content) return { body: null };
  if (content.kind === 'binary')
    return { body: new Uint8Array([1, 2, 3]), contentType: content.mediaType };
  let value = content.example?.value;
  if (value === undefined) return { body: null };
  const flag = op.stream?.requestFlag;
  // The stream switch rides in whichever body the operation sends (JSON, multipart or form).
  if (flag !== undefined && value && typeof value === 'object' && !Array.isArray(value)) {
    const copy: Record<string, Json> = { ...value };
    if (stream) copy[flag] = true;
    else delete copy[flag];
    value = copy;
  }
  if (content.kind === 'json')
    return {
      body: new TextEncoder().encode(JSON.stringify(value)),
      contentType: content.mediaType,
    };
  if (content.kind === 'text')
    return { body: new TextEncoder().encode(String(value)), contentType: content.mediaType };
  const form = content.kind === 'multipart' ? new FormData() : new URLSearchParams();
  const files = content.kind === 'multipart' ? fileFields(ir, content.schema) : [];
  const fields = { ...((value ?? {}) as Record<string, Json>) };
  // A multipart example cannot hold the file's bytes: each file part gets one byte, typed as its
  // encoding declares, else by the file name the example gives.
  const typeOf = (k: string): string => {
    const declared = content.encoding[k]?.contentType?.split(',')[0]?.trim();
    if (declared && !declared.endsWith('/*')) return declared;
    const name = String(fields[k] ?? '');
    const byExt: Record<string, string> = {
      mp3: 'audio/mpeg',
      wav: 'audio/wav',
      png: 'image/png',
      jpg: 'image/jpeg',
      mp4: 'video/mp4',
    };
    return byExt[name.split('.').pop() ?? ''] ?? (declared?.replace('/*', '/mpeg') || 'image/png');
  };
  const types = new Map(files.map((f) => [f, typeOf(f)]));
  for (const f of files) fields[f] ??= '';
  for (const [k, v] of Object.entries(fields)) {
    const list = Array.isArray(v) ? v : [v];
    for (const item of list) {
      if (form instanceof FormData && types.has(k))
        form.append(
          k,
          new Blob([new Uint8Array([1])], { type: types.get(k)! }),
          `${k}.${types.get(k)!.split('/')[1]}`,
        );
      else form.append(k, typeof item === 'string' ? item : JSON.stringify(item));
    }
  }
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  return {
    body: new Uint8Array(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? content.mediaType,
  };
}

function credentials(
  ir: ApiIr,
  op: OperationIr,
  headers: Record<string, string>,
  query: URLSearchParams,
): void {
  for (const name of Object.keys(op.security[0]?.schemes ?? {})) {
    const s = ir.securitySchemes.find((x) => x.name === name);
    if (!s) continue;
    if (s.type === 'http' && s.scheme === 'basic') headers.authorization = 'Basic dXNlcjpwYXNz';
    else if (s.type === 'apiKey' && s.in === 'query') query.set(s.paramName!, 'sk-test');
    else if (s.type === 'apiKey' && s.in === 'cookie') headers.cookie = `${s.paramName}=sk-test`;
    else if (s.type === 'apiKey') headers[s.paramName!.toLowerCase()] = 'sk-test';
    else headers.authorization = 'Bearer sk-test';
  }
}

const text = (v: Json | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v));

async function send(
  engine: MockEngine,
  ir: ApiIr,
  op: OperationIr,
  extra: Record<string, string>,
  stream = false,
): Promise<MockResult> {
  const headers: Record<string, string> = { ...extra };
  const query = new URLSearchParams();
  // As the SDKs send it: literal `?` (openai's `/responses?beta=true`) percent-encoded.
  let path = op.wirePath;
  for (const p of op.parameters) {
    const value = p.example?.value;
    if (p.in === 'path') path = path.split(`{${p.name}}`).join(encodeURIComponent(text(value)));
    else if (!p.required) continue;
    else if (p.in === 'query')
      for (const v of Array.isArray(value) ? value : [value]) query.append(p.name, text(v));
    else if (p.in === 'header') headers[p.name.toLowerCase()] = text(value);
    else headers.cookie = `${headers.cookie ? `${headers.cookie}; ` : ''}${p.name}=${text(value)}`;
  }
  credentials(ir, op, headers, query);
  const { body, contentType } = await bodyOf(ir, op, stream);
  if (contentType) headers['content-type'] = contentType;
  const qs = query.toString();
  return engine.handle({
    method: op.method.toUpperCase(),
    url: `${engine.basePath}${path}${qs ? `?${qs}` : ''}`,
    headers,
    body,
  });
}

/**
 * A multipart body whose file part is a one-byte stand-in can fail a `oneOf`/`anyOf` of file
 * shapes: the mock's refusal of our stand-in, not a disagreement between mock and docs.
 */
function refusedUpload(op: OperationIr, status: number, bodyText: string): boolean {
  return (
    status === 400 &&
    op.requestBody?.contents[0]?.kind === 'multipart' &&
    /Invalid request: body \/\w+: must match (at least|exactly) one schema/.test(bodyText)
  );
}

/** The code `Prefer: code=` needs to reach this declared response (`default`: a code nothing else claims). */
function codeFor(op: OperationIr, r: ResponseIr): number | undefined {
  if (/^\d{3}$/.test(r.status)) return Number(r.status);
  if (/^[1-5]XX$/i.test(r.status)) return Number(r.status[0]) * 100;
  if (!r.isError) return undefined;
  const routes = {
    responses: op.responses.map((x) => ({
      status: x.status,
      isError: x.isError,
      headers: [],
      contents: [],
    })),
  };
  for (let code = 500; code < 600; code++)
    if (declaredResponse(routes as never, code)?.status === 'default') return code;
  return undefined;
}

export async function checkAgreement(
  ir: ApiIr,
  operations: readonly OperationIr[] = ir.operations,
): Promise<AgreementReport> {
  const sample: ApiIr = { ...ir, operations: [...operations] };
  const docs = shownInDocs(sample);
  const validate = validatorFor(ir);
  const engine = createMockEngine({
    routes: createMockRoutes(ir),
    clock: 'manual',
    callbacks: false,
  });
  const report: AgreementReport = {
    operations: operations.length,
    answers: 0,
    streams: 0,
    failures: [],
    refused: [],
  };
  const fail = (op: OperationIr, status: string, what: string): void =>
    void report.failures.push(`${op.operationId} ${status}: ${what}`);
  try {
    for (const op of operations) {
      const taskish = op.task !== undefined || op.taskRole !== undefined;
      const success = op.responses.find((r) => !r.isError);
      for (const r of op.responses) {
        const content = firstValueContent(r);
        if (!content || content.kind !== 'json' || !content.schema) continue;
        const plain = r === success && !taskish;
        const code = plain ? undefined : codeFor(op, r);
        if (!plain && code === undefined) continue;
        const result = await send(
          engine,
          ir,
          op,
          code === undefined ? {} : { prefer: `code=${code}` },
        );
        if (result.kind !== 'response') {
          fail(op, r.status, `answered ${result.kind}`);
          continue;
        }
        report.answers++;
        const bodyText =
          typeof result.body === 'string'
            ? result.body
            : new TextDecoder().decode(result.body ?? new Uint8Array());
        let answer: Json;
        try {
          answer = JSON.parse(bodyText) as Json;
        } catch {
          fail(op, r.status, `HTTP ${result.status}, not JSON: ${bodyText.slice(0, 120)}`);
          continue;
        }
        const expected = code ?? (/^\d{3}$/.test(r.status) ? Number(r.status) : result.status);
        if (expected !== 400 && refusedUpload(op, result.status, bodyText)) {
          report.answers--;
          if (!report.refused.includes(op.operationId)) report.refused.push(op.operationId);
          continue;
        }
        if (result.status !== expected) {
          fail(op, r.status, `HTTP ${result.status}: ${bodyText.slice(0, 300)}`);
          continue;
        }
        const fn = validate(content);
        if (!fn(answer))
          fail(
            op,
            r.status,
            `HTTP ${result.status}, invalid at ${fn.errors?.[0]?.instancePath || '/'}: ${fn.errors?.[0]?.message}`,
          );
        const shown = docs.bodies.get(`${op.operationId} ${r.status}`) ?? [];
        if (!shown.some((s) => JSON.stringify(s) === JSON.stringify(answer)))
          fail(
            op,
            r.status,
            `the docs show ${shown.length} other bod${shown.length === 1 ? 'y' : 'ies'}`,
          );
      }
      if (op.stream) {
        report.streams++;
        const result = await send(engine, ir, op, {}, true);
        if (result.kind !== 'stream') {
          const text =
            result.kind === 'response' && typeof result.body !== 'string'
              ? new TextDecoder().decode(result.body ?? new Uint8Array())
              : String(result.kind === 'response' ? result.body : '');
          if (result.kind === 'response' && refusedUpload(op, result.status, text)) {
            if (!report.refused.includes(op.operationId)) report.refused.push(op.operationId);
            continue;
          }
          fail(op, 'stream', `answered ${result.kind}`);
          continue;
        }
        let streamed = '';
        for await (const chunk of result.chunks) streamed += chunk;
        const events = streamed.split('\n').filter((l) => l.startsWith('data: '));
        const shown = docs.streams.get(op.operationId) ?? [];
        if (JSON.stringify(events) !== JSON.stringify(shown))
          fail(
            op,
            'stream',
            `streamed ${events.length} events, the docs show ${shown.length} (or they differ)`,
          );
      }
    }
  } finally {
    engine.dispose();
  }
  return report;
}

/** Every n-th operation (and always the first and streaming ones): a spread-out, deterministic sample. */
export function sampleOperations(ir: ApiIr, count: number): OperationIr[] {
  const step = Math.max(1, Math.floor(ir.operations.length / count));
  return ir.operations.filter((op, i) => i % step === 0 || op.stream !== undefined);
}
