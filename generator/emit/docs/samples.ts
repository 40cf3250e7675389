/**
 * Code samples for one operation: curl, TypeScript (the generated client), Python (the generated
 * Python SDK) and Python over plain HTTP (requests). Every language prints the one request
 * surface/request-plan.ts decides (the IR's examples, the first page's example); the TypeScript call
 * is the client's own example call (`exampleCall`), the Python SDK call the one the Python README
 * prints too (surface/python-call.ts), so every language sends the same request in its SDK's shape.
 * Tests extract samples with `buildSamples(ir, op, { baseUrl })` and run or type-check them.
 */
import type {
  ApiIr,
  CallbackIr,
  ContentIr,
  Json,
  OperationIr,
  ParameterIr,
  TaskFamilyIr,
} from '../../ir/types.js';
import { isStyledQuery, requestContents, successResponse } from '../../ir/operations.js';
import { cookieHeader } from '../../../templates/client/cookie.js';
import { serializeQuery, type QueryStyle } from '../../../templates/client/query.js';
import { formBodyText, styledPairs } from '../../../templates/client/query-styles.js';
import { headerText } from '../../../templates/client/param-styles.js';
import { styledFields } from '../../ir/form-encoding.js';
import { callbackReceivers, receiverExample } from '../surface/callback-receivers.js';
import { exampleCall } from '../surface/example.js';
import { envPrefix, pythonPackageName } from '../surface/client-identity.js';
import { operationPlan, type OperationPlan } from '../surface/plan.js';
import { pyLiteral, pyString } from '../surface/python-literal.js';
import { pythonCall, pythonPlan } from '../surface/python-call.js';
import {
  DEFAULT_PACKAGE,
  isRecord,
  requestPlan,
  scalarText,
  type RequestPlan,
  type SampleOptions,
} from '../surface/request-plan.js';
import { compareCodePoints } from '../../util/compare.js';
import { isBasicAuth } from '../../ir/security-schemes.js';
import { SchemaIndex } from './schema-info.js';
import { downloadFileName, uploadFileName } from '../surface/file-names.js';
import { examplesCopy, examplesSource } from '../surface/task-example-id.js';
import { perOperationMemo } from '../../util/per-operation-memo.js';

export { examplesCopy };

export { envPrefix };

export {
  sampleBaseEnv,
  sampleBaseUrl,
  sampleContent,
  type SampleOptions,
} from '../surface/request-plan.js';

export interface OperationSamples {
  curl: string;
  typescript: string;
  /** The generated Python SDK (`shellapi`). */
  python: string;
  /** Plain HTTP with `requests`. */
  pythonHttp: string;
  /** For task submits: the TypeScript call that submits and waits for the final state. */
  typescriptWait?: string;
  /** For operations with callbacks: a route handler receiving each (same order as `op.callbacks`). */
  typescriptCallbacks?: string[];
  /**
   * Set when the body is sent as another media type than the SDKs send (`mediaType` option): the
   * SDK samples (`typescript`, `python`) still send this one; curl and Python (HTTP) the one asked.
   */
  sdkMediaType?: string;
}

export type SampleLang = 'curl' | 'typescript' | 'python' | 'pythonHttp';

/** The sample tabs, in order; `code` is the language of the text (code block class, Markdown fence). */
export const SAMPLE_LANGS: { key: SampleLang; label: string; code: string }[] = [
  { key: 'curl', label: 'curl', code: 'bash' },
  { key: 'typescript', label: 'TypeScript', code: 'ts' },
  { key: 'python', label: 'Python', code: 'python' },
  { key: 'pythonHttp', label: 'Python (HTTP)', code: 'python' },
];

/** A header parameter's text as the SDKs send it (simple style; the runtime's `headerText`). */
function headerValue(param: ParameterIr, value: Json): string {
  return headerText(value, param.explode) ?? '';
}

/**
 * A urlencoded body's fields as the SDKs send them (the runtime's `formBodyText`, each field in
 * the style the IR decided), field by field: `[name, value]` pairs for a field sent form-exploded
 * (the pairs decoded: the sample's client encodes them again), else the field's encoded text as is.
 */
function formFields(
  content: ContentIr,
  body: { [key: string]: Json },
): ({ pairs: [string, string][] } | { encoded: string })[] {
  const styles = Object.fromEntries(styledFields(content.encoding));
  return Object.entries(body).map(([name, value]) => {
    const text = formBodyText({ [name]: value }, styles);
    return Object.hasOwn(styles, name)
      ? { encoded: text }
      : { pairs: [...new URLSearchParams(text)] };
  });
}

/** The `Cookie` header text of the sample's cookie parameters: the TypeScript SDK's own function. */
function cookieText(p: RequestPlan): string {
  return cookieHeader(Object.fromEntries(p.cookies.map(({ param, value }) => [param.name, value])));
}

/** The query string the SDKs send for these values (the TS runtime's serialisation, styles included). */
function queryString(query: RequestPlan['query']): string {
  const values: Record<string, unknown> = {};
  const styles: Record<string, QueryStyle> = {};
  for (const { param, value } of query) {
    values[param.name] = value;
    if (isStyledQuery(param))
      styles[param.name] = {
        style: param.style,
        explode: param.explode,
        ...(param.allowReserved ? { allowReserved: true } : {}),
      };
  }
  const search = serializeQuery(values, styles, styledPairs);
  return search ? `?${search}` : '';
}

// ───────────────────────────── curl ─────────────────────────────

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function curlAuth(p: RequestPlan): string[] {
  const s = p.auth;
  if (!s) return [];
  const key = `$${p.envKey}`;
  // The SDKs' rule (client.ts basicCredentials): a `user:password` key as it is, a bare key as `key:`.
  if (isBasicAuth(s)) return [`-u "$(printf %s "${key}" | sed '/:/!s/$/:/')"`];
  if (s.type === 'apiKey' && s.in === 'header') return [`-H "${s.paramName}: ${key}"`];
  if (s.type === 'apiKey' && s.in === 'cookie') {
    const params = cookieText(p);
    return [`-b "${s.paramName}=${key}${params ? `; ${params}` : ''}"`];
  }
  if (s.type === 'apiKey' && s.in === 'query') return [];
  return [`-H "Authorization: Bearer ${key}"`];
}

/** Text inside a double-quoted shell word: the shell expands nothing of it. */
export function inDoubleQuotes(text: string): string {
  return text.replace(/[$`"\\]/g, '\\$&');
}

/**
 * How the HTTP samples write a root URL the spec leaves to the user (`RequestPlan.baseEnv`): the
 * environment variable the SDKs read, so the sample runs as pasted (the console's slot, in
 * sample-slots.ts, writes a chosen URL there instead).
 */
export const ROOT_FROM_ENV = {
  curl: (env: string): string => `\${${env}}`,
  pythonHttp: (env: string): string => `os.environ[${pyString(env)}]`,
};

function curlSample(p: RequestPlan): string {
  const rest = `${p.path}${queryString(p.query)}`;
  const key =
    p.auth?.type === 'apiKey' && p.auth.in === 'query'
      ? `${rest.includes('?') ? '&' : '?'}${encodeURIComponent(p.auth.paramName ?? 'key')}=$${p.envKey}`
      : '';
  const head = ['curl'];
  if (p.stream) head.push('-N');
  if (p.method !== 'GET' || p.body !== undefined) head.push(`-X ${p.method}`);
  // A root URL or key from the environment: one double-quoted word, so the shell expands them.
  if (p.baseEnv === undefined && !key) head.push(shellQuote(`${p.baseUrl}${rest}`));
  else {
    const root =
      p.baseUrl !== undefined ? inDoubleQuotes(p.baseUrl) : ROOT_FROM_ENV.curl(p.baseEnv!);
    head.push(`"${root}${inDoubleQuotes(rest)}${key}"`);
  }
  const lines = [head.join(' '), ...curlAuth(p)];
  for (const { param, value } of p.headers)
    lines.push(`-H ${shellQuote(`${param.name}: ${headerValue(param, value)}`)}`);
  // Cookie parameters (with a cookie key, curlAuth sends them in its one `-b`).
  const cookies = cookieText(p);
  if (cookies && !(p.auth?.type === 'apiKey' && p.auth.in === 'cookie'))
    lines.push(`--cookie ${shellQuote(cookies)}`);
  const c = p.content;
  if (c && p.body !== undefined) {
    if (c.kind === 'multipart' && isRecord(p.body)) {
      for (const [k, v] of Object.entries(p.body)) {
        const list = p.fileFields.has(k) || !Array.isArray(v) ? [v] : v;
        for (const item of list) {
          lines.push(
            p.fileFields.has(k)
              ? `-F ${shellQuote(`${k}=@${uploadFileName(k, c)}`)}`
              : `-F ${shellQuote(`${k}=${formText(item)}`)}`,
          );
        }
      }
    } else if (c.kind === 'urlencoded' && isRecord(p.body)) {
      // curl encodes a `--data-urlencode` value; a styled field's delimiters go as the SDKs send them.
      for (const field of formFields(c, p.body))
        if ('encoded' in field) {
          if (field.encoded) lines.push(`--data ${shellQuote(field.encoded)}`);
        } else
          for (const [k, v] of field.pairs)
            lines.push(`--data-urlencode ${shellQuote(`${k}=${v}`)}`);
    } else if (c.kind === 'binary') {
      lines.push(
        `-H ${shellQuote(`Content-Type: ${c.mediaType}`)}`,
        `--data-binary @${uploadFileName('body', c)}`,
      );
    } else if (c.kind === 'text') {
      lines.push(
        `-H ${shellQuote(`Content-Type: ${c.mediaType}`)}`,
        `--data-raw ${shellQuote(scalarText(p.body))}`,
      );
    } else {
      lines.push(
        `-H 'Content-Type: application/json'`,
        `-d ${shellQuote(JSON.stringify(p.body, null, 2))}`,
      );
    }
  }
  if (p.download) lines.push(`--output ${downloadFileName(p.download)}`);
  return lines.join(' \\\n  ');
}

function formText(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// ───────────────────────────── Python (requests) ─────────────────────────────

/** `task["a"]["b"].get("c")`: the last key may be absent (e.g. a video result on an image task). */
function pyLenient(pointer: string): string {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  if (last === undefined) return '';
  const head = keys.map((k) => (/^\d+$/.test(k) ? `[${k}]` : `[${pyString(k)}]`)).join('');
  return /^\d+$/.test(last) ? `${head}[${last}]` : `${head}.get(${pyString(last)})`;
}

function pyPointer(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? `[${key}]` : `[${pyString(key)}]`;
    })
    .join('');
}

function pyAuth(p: RequestPlan): { headers: string[]; params: string[]; auth?: string } {
  const s = p.auth;
  const key = 'API_KEY';
  if (!s) return { headers: [], params: [] };
  // As the SDKs send the key: `user:password` split at its first colon, a bare key as the user.
  if (isBasicAuth(s)) return { headers: [], params: [], auth: `${key}.partition(":")[::2]` };
  if (s.type === 'apiKey' && s.in === 'header')
    return { headers: [`${pyString(s.paramName ?? 'key')}: ${key}`], params: [] };
  if (s.type === 'apiKey' && s.in === 'query')
    return { headers: [], params: [`${pyString(s.paramName ?? 'key')}: ${key}`] };
  if (s.type === 'apiKey' && s.in === 'cookie') {
    // Percent-encoded cookie text holds no braces: it goes into the f-string as written.
    const params = cookieText(p);
    return {
      headers: [`"Cookie": f"${s.paramName}={${key}}${params ? `; ${params}` : ''}"`],
      params: [],
    };
  }
  return { headers: [`"Authorization": f"Bearer {${key}}"`], params: [] };
}

/**
 * A query value as requests' `params` takes it, so it sends what the SDKs send: text and numbers
 * (and lists of them) as they are, booleans as their JSON text; undefined for one it would write
 * otherwise (an object, a list of objects).
 */
export function requestsValue(value: Json): Json | undefined {
  const item = (v: Json): Json | undefined =>
    typeof v === 'boolean' ? String(v) : v === null || typeof v !== 'object' ? v : undefined;
  if (!Array.isArray(value)) return item(value);
  const items = value.map(item);
  return items.includes(undefined) ? undefined : (items as Json[]);
}

function pythonHttpSample(
  ir: ApiIr,
  op: OperationIr,
  p: RequestPlan,
  family: TaskFamilyIr | undefined,
): string {
  const auth = pyAuth(p);
  const imports = ['import os', 'import requests'];
  if (p.stream) imports.unshift('import json');
  if (family) imports.unshift('import time');
  const base = p.baseUrl !== undefined ? pyString(p.baseUrl) : ROOT_FROM_ENV.pythonHttp(p.baseEnv!);
  const out: string[] = [...imports, '', `BASE_URL = ${base}`];
  if (p.auth) out.push(`API_KEY = os.environ[${pyString(p.envKey)}]`);
  const cookies = cookieText(p);
  const headerLines = [
    ...auth.headers,
    ...p.headers.map(
      ({ param, value }) => `${pyString(param.name)}: ${pyString(headerValue(param, value))}`,
    ),
    // With a cookie key, pyAuth's Cookie header carries the parameters too.
    ...(cookies && !(p.auth?.type === 'apiKey' && p.auth.in === 'cookie')
      ? [`"Cookie": ${pyString(cookies)}`]
      : []),
  ];
  out.push(headerLines.length ? `HEADERS = {${headerLines.join(', ')}}` : 'HEADERS = {}', '');
  // requests sends `params` form-exploded, each value as `str()` writes it: parameters in
  // another style, and values it would write otherwise, go in the URL, serialised.
  const inParams = p.query.filter(
    ({ param, value }) => !isStyledQuery(param) && requestsValue(value) !== undefined,
  );
  const inUrl = queryString(p.query.filter((q) => !inParams.includes(q)));
  const args = [
    `f"{BASE_URL}${(p.path + inUrl).replace(/[{}]/g, (c) => c + c)}"`,
    'headers=HEADERS',
  ];
  const params = [
    ...auth.params,
    ...inParams.map(
      ({ param, value }) =>
        `${pyString(param.name)}: ${pyLiteral(requestsValue(value)!, { indent: 1 })}`,
    ),
  ];
  if (params.length) args.push(`params={${params.join(', ')}}`);
  if (auth.auth) args.push(`auth=${auth.auth}`);
  const c = p.content;
  if (c && p.body !== undefined) {
    if (c.kind === 'multipart' && isRecord(p.body)) {
      // Every part goes in `files` ((None, text) for plain fields), so requests always sends multipart/form-data.
      const parts: string[] = [];
      for (const [k, v] of Object.entries(p.body)) {
        if (p.fileFields.has(k))
          parts.push(`(${pyString(k)}, open(${pyString(uploadFileName(k, c))}, "rb"))`);
        else
          for (const item of Array.isArray(v) ? v : [v])
            parts.push(`(${pyString(k)}, (None, ${pyString(formText(item))}))`);
      }
      args.push(`files=[\n${parts.map((x) => `        ${x},`).join('\n')}\n    ]`);
    } else if (c.kind === 'urlencoded' && isRecord(p.body)) {
      const fields = formFields(c, p.body);
      if (fields.some((f) => 'encoded' in f)) {
        // requests would encode a styled field's delimiters: the SDKs' exact text instead.
        const text = formBodyText(p.body, Object.fromEntries(styledFields(c.encoding)));
        args.push(`data=${pyString(text)}`);
        args[1] = `headers={**HEADERS, "Content-Type": ${pyString(c.mediaType)}}`;
      } else {
        const data: { [key: string]: Json } = {};
        Object.entries(p.body).forEach(([k, v], i) => {
          const field = fields[i]!;
          const texts = 'pairs' in field ? field.pairs.map(([, text]) => text) : [];
          // A list repeats the key, as the SDKs repeat it (requests leaves a `None` out).
          data[k] = Array.isArray(v) ? texts : (texts[0] ?? null);
        });
        args.push(`data=${pyLiteral(data, { indent: 1 })}`);
      }
    } else if (c.kind === 'binary') {
      args.push(`data=open(${pyString(uploadFileName('body', c))}, "rb")`);
      args[1] = `headers={**HEADERS, "Content-Type": ${pyString(c.mediaType)}}`;
    } else if (c.kind === 'text') {
      args.push(`data=${pyString(scalarText(p.body))}`);
      args[1] = `headers={**HEADERS, "Content-Type": ${pyString(c.mediaType)}}`;
    } else {
      args.push(`json=${pyLiteral(p.body, { indent: 1 })}`);
    }
  }
  if (p.stream) args.push('stream=True');
  out.push(`response = requests.${op.method === 'delete' ? 'delete' : op.method}(`);
  for (const a of args) out.push(`    ${a},`);
  out.push(')', 'response.raise_for_status()');
  if (p.stream && op.stream) {
    // The end line it must send, else the one it may (ir/stream-end.ts): either stops the loop.
    const end = op.stream.terminator ?? op.stream.terminatorIfSent;
    out.push(
      '',
      `# Each event is a line \`data: <json>\`; the stream ends ${
        op.stream.terminator !== undefined
          ? `at \`data: ${end}\``
          : end !== undefined
            ? `at \`data: ${end}\` if sent, else with the body`
            : 'with the body'
      }.`,
      'for line in response.iter_lines():',
      '    if not line.startswith(b"data:"):',
      '        continue',
      '    data = line[len(b"data:"):].strip()',
    );
    if (end !== undefined) out.push(`    if data == ${pyString(end)}.encode():`, '        break');
    out.push('    print(json.loads(data))');
  } else if (p.download) {
    out.push(
      `with open(${pyString(downloadFileName(p.download))}, "wb") as f:`,
      '    f.write(response.content)',
    );
  } else if (family && op.task) {
    out.push(...pythonPoll(ir, op, family));
  } else {
    out.push(jsonResponse(op) ? 'print(response.json())' : 'print(response.text)');
  }
  return out.join('\n');
}

function jsonResponse(op: OperationIr): boolean {
  const ok = successResponse(op);
  return Boolean(ok?.contents.some((c) => c.kind === 'json'));
}

/** Submit-then-poll in plain requests: the lifecycle spelled out. */
function pythonPoll(ir: ApiIr, op: OperationIr, family: TaskFamilyIr): string[] {
  const task = op.task!;
  const poll = ir.operations.find((o) => o.operationId === task.poll.operationId);
  if (!poll) return ['print(response.json())'];
  const quote = (values: Json[]): string =>
    `(${values.map((v) => pyLiteral(v, { indent: 0 })).join(', ')}${values.length === 1 ? ',' : ''})`;
  const done = family.states.succeeded;
  const failed = [...family.states.failed, ...family.states.cancelled];
  const out = ['', `task_id = response.json()${pyPointer(task.id)}`, ''];
  out.push(
    `# Poll with ${poll.operationId} every ${family.intervalMs / 1000} s, for at most ${Math.round(family.timeoutMs / 1000)} s.`,
  );
  out.push(`deadline = time.monotonic() + ${family.timeoutMs / 1000}`);
  out.push('while True:');
  const escapeBraces = (text: string): string => text.replace(/[{}]/g, (ch) => ch + ch);
  const pieces = task.poll.in === 'path' ? poll.path.split(`{${task.poll.name}}`) : [poll.path];
  const args = [`f"{BASE_URL}${pieces.map(escapeBraces).join('{task_id}')}"`, 'headers=HEADERS'];
  if (task.poll.in === 'query') args.push(`params={${pyString(task.poll.name)}: task_id}`);
  if (task.poll.in === 'body') args.push(`json={${pyString(task.poll.name)}: task_id}`);
  out.push(`    task = requests.${poll.method}(${args.join(', ')}).json()`);
  out.push(`    status = task${pyPointer(family.status)}`);
  out.push(`    if status in ${quote(done)}:`);
  out.push(
    `        print(${family.result.map((r) => `task${pyLenient(r)}`).join(', ') || 'task'})`,
  );
  out.push('        break');
  if (failed.length) {
    out.push(`    if status in ${quote(failed)}:`);
    out.push(
      `        raise RuntimeError(${family.error ? `task${pyLenient(family.error)}` : 'status'})`,
    );
  }
  out.push('    if time.monotonic() > deadline:', '        raise TimeoutError(task_id)');
  out.push(`    time.sleep(${family.intervalMs / 1000})`);
  return out;
}

// ───────────────────────────── Python (the generated SDK) ─────────────────────────────

function pythonSdkSample(
  ir: ApiIr,
  op: OperationIr,
  p: RequestPlan,
  opts: SampleOptions,
  family: TaskFamilyIr | undefined,
): string {
  const plan = pythonPlan(ir, op);
  const pkg = opts.packageName ?? DEFAULT_PACKAGE;
  const className = ir.clientClassName;
  const options: string[] = [];
  if (opts.baseUrl) options.push(`base_url=${pyString(opts.baseUrl)}`);
  // Like the TypeScript sample: a spec whose server host is a variable gives the client no default root URL.
  else if (p.baseEnv !== undefined) options.push(`base_url=${ROOT_FROM_ENV.pythonHttp(p.baseEnv)}`);
  const out: string[] = [];
  if (options.some((o) => o.includes('os.environ'))) out.push('import os', '');
  out.push(`from ${pythonPackageName(pkg)} import ${className}`, '');
  if (p.auth) out.push(`# The API key comes from ${p.envKey}.`);
  out.push(`client = ${className}(${options.join(', ')})`, '');
  const wait = Boolean(family && op.task);
  const call = pythonCall(plan, op, p, wait);
  if (p.stream) out.push(`stream = ${call}`, 'for chunk in stream:', '    print(chunk)');
  else if (p.download) out.push(`saved = ${call}`, 'print(saved)');
  else if (wait)
    out.push(
      `# Submits, then polls every ${family!.intervalMs / 1000} s until the task succeeds, fails or is cancelled.`,
      `task = ${call}`,
      'print(task.state, task.result)',
    );
  else if (plan.returns === 'None') out.push(call);
  else out.push(`result = ${call}`, 'print(result)');
  return out.join('\n');
}

// ───────────────────────────── TypeScript (the generated client) ─────────────────────────────

function tsString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function tsSetup(
  ir: ApiIr,
  p: RequestPlan,
  opts: SampleOptions,
  needsFs: boolean,
  extraImports: string[] = [],
): string[] {
  const className = ir.clientClassName;
  const names = [className, ...extraImports].sort((a, b) =>
    compareCodePoints(a.replace(/^type /, ''), b.replace(/^type /, '')),
  );
  const options = [`apiKey: process.env.${p.envKey}`];
  if (opts.baseUrl) options.push(`baseUrl: ${tsString(opts.baseUrl)}`);
  // A spec whose server host is a variable gives the client no default root URL: show where it comes from.
  else if (p.baseEnv !== undefined) options.push(`baseUrl: process.env.${p.baseEnv}`);
  return [
    ...(needsFs ? ["import fs from 'node:fs';"] : []),
    `import { ${names.join(', ')} } from ${tsString(opts.packageName ?? DEFAULT_PACKAGE)};`,
    '',
    `const client = new ${className}({ ${options.join(', ')} });`,
    '',
  ];
}

/**
 * The client's plan of `op`. A plan reads no examples, so an examples copy takes its operation's
 * plan re-pointed at the copy's parameters and body (planning again is most of a variant's print).
 */
function clientPlan(ir: ApiIr, op: OperationIr): OperationPlan {
  const source = examplesSource(op);
  if (source === op) return operationPlan(ir, op);
  const plan = operationPlan(ir, source);
  const param = (p: ParameterIr): ParameterIr => op.parameters[source.parameters.indexOf(p)]!;
  const contents = source.requestBody?.contents ?? [];
  const content = plan.body && op.requestBody?.contents[contents.indexOf(plan.body.content)];
  return {
    ...plan,
    op,
    pathArgs: plan.pathArgs.map((a) => ({ ...a, param: param(a.param) })),
    fields: plan.fields.map(param),
    ...(plan.body ? { body: { ...plan.body, content: content! } } : {}),
  };
}

function typescriptSample(ir: ApiIr, op: OperationIr, p: RequestPlan, opts: SampleOptions): string {
  const plan = clientPlan(ir, op);
  const ex = exampleCall(ir, plan, {
    stream: p.stream,
    example: opts.example,
  });
  const out = tsSetup(ir, p, opts, ex.needsFs || p.download !== undefined);
  if (p.stream) {
    out.push(
      `const stream = await ${ex.call};`,
      'for await (const event of stream) {',
      '  console.log(event);',
      '}',
    );
  } else if (p.download) {
    // Bytes arrive as a Blob by default.
    out.push(
      `const file = await ${ex.call};`,
      `fs.writeFileSync(${tsString(downloadFileName(p.download))}, Buffer.from(await file.arrayBuffer()));`,
    );
  } else if (plan.response.kind === 'none') {
    // No body: the method resolves to void (Python's None), so there is no result to print.
    out.push(`await ${ex.call};`);
  } else {
    out.push(`const result = await ${ex.call};`, 'console.log(result);');
  }
  return out.join('\n');
}

function typescriptWaitSample(
  ir: ApiIr,
  op: OperationIr,
  p: RequestPlan,
  opts: SampleOptions,
  family: TaskFamilyIr,
): string {
  const ex = exampleCall(ir, clientPlan(ir, op), {
    method: `${op.names.method}AndWait`,
    example: opts.example,
    extraArgs: ['{ onProgress: (s) => console.log(s.state, s.progress) }'],
  });
  const out = tsSetup(ir, p, opts, ex.needsFs);
  out.push(
    `// Submits, then polls every ${family.intervalMs / 1000} s until the task succeeds, fails or is cancelled.`,
    `const task = await ${ex.call};`,
    'console.log(task.state, task.result);',
  );
  return out.join('\n');
}

/** A route handler receiving one callback: the family's `parseCallback` for task submits, else a typed JSON parse. */
export function typescriptCallbackSample(
  ir: ApiIr,
  op: OperationIr,
  callback: CallbackIr,
  opts: SampleOptions = {},
): string {
  const receiver = callbackReceivers(ir).get(callback.source);
  const ex = receiverExample(callback, receiver);
  if (ex.needsClient)
    return [...tsSetup(ir, requestPlan(ir, op, opts), opts, false, ex.imports), ex.handler].join(
      '\n',
    );
  if (ex.imports.length === 0) return ex.handler;
  const names = [...ex.imports].sort((a, b) =>
    compareCodePoints(a.replace(/^type /, ''), b.replace(/^type /, '')),
  );
  return `import { ${names.join(', ')} } from ${tsString(opts.packageName ?? DEFAULT_PACKAGE)};\n\n${ex.handler}`;
}

// ───────────────────────────── entry ─────────────────────────────

const indexCache = new WeakMap<ApiIr, SchemaIndex>();

export function indexFor(ir: ApiIr): SchemaIndex {
  let index = indexCache.get(ir);
  if (!index) {
    index = new SchemaIndex(ir);
    indexCache.set(ir, index);
  }
  return index;
}

/** Per IR and operation, its samples by options (the page and its Markdown print the same ones). */
const samplesMemo = perOperationMemo<OperationSamples>();

/** Samples for one operation in every language. Pure: the same IR gives the same text. */
export function buildSamples(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions = {},
): OperationSamples {
  const key = JSON.stringify([
    opts.baseUrl,
    opts.example,
    opts.stream,
    opts.packageName,
    opts.taskId,
    opts.mediaType,
  ]);
  return samplesMemo(ir, op, key, () => printSamples(ir, op, opts));
}

/**
 * The samples of the languages in `langs` (the others empty), or all of them with their extras
 * (wait, callbacks). The sample templates need only two languages of each variant they print, and
 * the SDK samples are most of the printing.
 */
export function printSamples(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions,
  langs?: ReadonlySet<SampleLang>,
): OperationSamples {
  const p = requestPlan(ir, op, opts);
  // The SDKs send the first media type only: their samples send it whatever `mediaType` asks.
  const sdkContent = requestContents(op)[0];
  const other = p.content !== undefined && p.content !== sdkContent;
  const wants = (lang: SampleLang): boolean => langs === undefined || langs.has(lang);
  const sdkWanted = wants('typescript') || wants('python');
  const sdk = other && sdkWanted ? requestPlan(ir, op, { ...opts, mediaType: undefined }) : p;
  const family = op.task ? ir.taskFamilies.find((f) => f.name === op.task!.family) : undefined;
  const samples: OperationSamples = {
    curl: wants('curl') ? curlSample(p) : '',
    typescript: wants('typescript') ? typescriptSample(ir, op, sdk, opts) : '',
    python: wants('python')
      ? pythonSdkSample(ir, op, sdk, opts, p.stream ? undefined : family)
      : '',
    pythonHttp: wants('pythonHttp')
      ? pythonHttpSample(ir, op, p, p.stream ? undefined : family)
      : '',
  };
  if (langs !== undefined) return samples;
  if (other) samples.sdkMediaType = sdkContent!.mediaType;
  if (family && !p.stream) samples.typescriptWait = typescriptWaitSample(ir, op, sdk, opts, family);
  if (op.callbacks.length && !p.stream)
    samples.typescriptCallbacks = op.callbacks.map((cb) =>
      typescriptCallbackSample(ir, op, cb, opts),
    );
  return samples;
}

/** Local files a sample reads (multipart parts, binary bodies), so a test can create them first. */
export function sampleInputFiles(ir: ApiIr, op: OperationIr, opts: SampleOptions = {}): string[] {
  const p = requestPlan(ir, op, opts);
  const files = [...p.fileFields].map((f) => uploadFileName(f, p.content));
  if (p.content?.kind === 'binary') files.push(uploadFileName('body', p.content));
  return files.sort();
}

/**
 * The request the samples send, as values (`in:name` → parameter value, and the body): the try-it
 * form starts from it, and sample-fields.ts adds and removes fields from it.
 */
export function requestExample(
  ir: ApiIr,
  op: OperationIr,
  opts: SampleOptions = {},
): { params: Record<string, Json>; body?: Json } {
  const p = requestPlan(ir, op, opts);
  const params: Record<string, Json> = {};
  for (const { param, value } of [...p.pathParams, ...p.query, ...p.headers, ...p.cookies])
    if (value !== null) params[`${param.in}:${param.name}`] = value;
  return p.body !== undefined ? { params, body: p.body } : { params };
}
