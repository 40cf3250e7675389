/**
 * Path and header parameter styles end to end (and `allowReserved` queries): shared vectors
 * (test/fixtures/param-style-vectors.json) through the TypeScript runtime (param-styles.ts) and the
 * Python one (_styles.py), the mock reading each wire back to its value and refusing another form;
 * then an SDK generated from a small spec, both languages calling a raw 127.0.0.1 echo server
 * (exact bytes) and the generated mock (200, where simple-style or JSON text is a 400).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerText, styledPath } from '../../templates/client/param-styles.js';
import type { MockServer } from '../../templates/mock/server.js';
import { call, startFor } from '../mock/helpers.js';
import { runCli } from '../helpers/cli.js';
import { runPython, runPythonAsync } from '../python/helpers.js';

const VECTORS_FILE = fileURLToPath(
  new URL('../fixtures/param-style-vectors.json', import.meta.url),
);

interface Vector {
  in: 'path' | 'header';
  style: string;
  explode: boolean;
  value: unknown;
  wire?: string;
  error?: string;
}

const VECTORS = (JSON.parse(await readFile(VECTORS_FILE, 'utf8')) as { vectors: Vector[] }).vectors;
const title = (v: Vector): string =>
  `${v.in} ${v.style}${v.explode ? '*' : ''} ${JSON.stringify(v.value)}`;

/** `{$float}` stands for a float on both sides (JSON has no 2.0). */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value !== 'object' || value === null) return value;
  if ('$float' in value) return Number((value as { $float: string }).$float);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}

function viaTs(v: Vector): string | { error: string } | undefined {
  const value = revive(v.value);
  if (v.in === 'header') return headerText(value, v.explode);
  try {
    return styledPath({ p: { style: v.style, explode: v.explode } })('/{p}', { p: value }).slice(1);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const PROBE = `
import json, sys
from shellapi._base import expand_path
from shellapi._errors import ShellApiError
from shellapi._styles import header_text
def hook(o):
    return float(o["$float"]) if "$float" in o else o
out = []
for v in json.loads(sys.stdin.read(), object_hook=hook):
    if v["in"] == "header":
        out.append(header_text(v["value"], v["explode"]))
        continue
    try:
        out.append(expand_path("/{p}", {"p": v["value"]}, {"p": (v["style"], v["explode"])})[1:])
    except ShellApiError as error:
        out.append({"error": str(error)})
print(json.dumps(out, ensure_ascii=False))
`;

describe('path and header style vectors, TypeScript and Python runtimes alike', () => {
  const run = runPython(['-c', PROBE], { input: JSON.stringify(VECTORS) });
  const python = JSON.parse(run.stdout || '[]') as unknown[];

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(VECTORS.map((v, i) => [title(v), v, i] as const))('%s', (_title, v, i) => {
    const want = v.error !== undefined ? { error: v.error } : v.wire;
    expect(viaTs(v)).toEqual(want);
    expect(python[i]).toEqual(want);
  });
});

/** The value a wire stands for: nulls are not sent, `$float` is a number. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(plain);
  if (typeof value !== 'object' || value === null) return value;
  if ('$float' in value) return Number((value as { $float: string }).$float);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

/** A schema only the value passes; its `type`s tell the mock how to read the text. */
function exactOf(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    const items = { ...(value.length > 0 ? { type: jsonType(value[0]) } : {}), enum: value };
    return { type: 'array', minItems: value.length, maxItems: value.length, items };
  }
  if (typeof value === 'object' && value !== null) {
    const properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactOf(v)]));
    return {
      type: 'object',
      properties,
      required: Object.keys(value),
      additionalProperties: false,
    };
  }
  return { type: jsonType(value), const: value };
}

const jsonType = (value: unknown): string => typeof value;

describe('mock: path and header values read back in their style', () => {
  let mock: MockServer;
  const sent = VECTORS.map((v, i) => [v, i] as const).filter(([v]) => v.wire !== undefined);
  beforeAll(async () => {
    const paths = Object.fromEntries(
      sent.map(([v, i]) => {
        const schema = exactOf(plain(v.value));
        const parameter =
          v.in === 'path' ? { name: 'p', in: 'path' } : { name: 'X-V', in: 'header' };
        const parameters = [
          { ...parameter, required: true, style: v.style, explode: v.explode, schema },
        ];
        const at = v.in === 'path' ? `/v${i}/{p}` : `/v${i}`;
        return [
          at,
          {
            get: {
              operationId: `v${i}`,
              parameters,
              responses: { '204': { description: 'read' } },
            },
          },
        ];
      }),
    );
    const spec = { openapi: '3.1.0', info: { title: 'Style vectors', version: '1' }, paths };
    const file = path.join(
      await mkdtemp(path.join(os.tmpdir(), 'shellapi-style-vectors-')),
      'openapi.json',
    );
    await writeFile(file, JSON.stringify(spec));
    mock = await startFor(file);
  }, 60_000);
  afterAll(async () => {
    await mock?.close();
  });

  it('reads each wire as the value it was written from', async () => {
    const failed: string[] = [];
    for (const [v, i] of sent) {
      const answer =
        v.in === 'path'
          ? await call(mock.url, 'GET', `/v${i}/${v.wire}`)
          : await call(mock.url, 'GET', `/v${i}`, { headers: { 'X-V': v.wire! } });
      if (answer.status !== 204) failed.push(`${title(v)} (${v.wire}): ${answer.text}`);
    }
    expect(failed).toEqual([]);
  });

  it('answers 400 to a matrix or label value without its prefix, and to JSON text', async () => {
    const refused: string[] = [];
    for (const [v, i] of sent) {
      const json = encodeURIComponent(JSON.stringify(plain(v.value)));
      const others =
        v.in === 'header'
          ? typeof v.value === 'object' && v.value !== null
            ? [JSON.stringify(plain(v.value))]
            : []
          : v.style === 'simple'
            ? typeof v.value === 'object'
              ? [json]
              : []
            : [v.wire!.slice(1), v.wire!.replace(/^[.;]/, v.style === 'matrix' ? '.' : ';')];
      for (const other of others) {
        const answer =
          v.in === 'path'
            ? await call(mock.url, 'GET', `/v${i}/${other}`)
            : await call(mock.url, 'GET', `/v${i}`, { headers: { 'X-V': other } });
        if (answer.status !== 400) refused.push(`${title(v)} took ${other}: ${answer.status}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

const SPEC = `openapi: 3.1.0
info: { title: Styles, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /m/{mat}/l/{lab}/s/{obj}:
    get:
      operationId: pathStyles
      parameters:
        - { name: mat, in: path, required: true, style: matrix, schema: { type: array, items: { type: string } } }
        - { name: lab, in: path, required: true, style: label, explode: true, schema: { type: array, items: { type: string } } }
        - { name: obj, in: path, required: true, schema: { type: object, properties: { a: { type: string }, b: { type: integer } } } }
        - { name: X-List, in: header, schema: { type: array, items: { type: integer } } }
        - { name: X-Obj, in: header, explode: true, schema: { type: object, properties: { r: { type: integer }, g: { type: integer } } } }
        - { name: q, in: query, allowReserved: true, schema: { type: string }, example: 'a/b:c' }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
  /plain/{id}:
    get:
      operationId: plainPath
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: X-Plain, in: header, schema: { type: string } }
      responses: { '204': { description: ok } }
`;

/** What both SDKs send for the call below. */
const WIRE = {
  url: '/m/;mat=a%20b,c/l/.d.e%2Ff/s/a,x%20y,b,2?q=a/b?c:d@e!$%27()*,;=f%23g%26h',
  list: '1,2',
  obj: 'r=1,g=2',
};
const Q = "a/b?c:d@e!$'()*,;=f#g&h";

const PY_CALL = (base: string): string =>
  [
    'import json, shellapi',
    `client = shellapi.Styles(base_url=${JSON.stringify(base)}, max_retries=0)`,
    'answer = client.default.path_styles(["a b", "c"], ["d", "e/f"], {"a": "x y", "b": 2},',
    `    x_list=[1, 2], x_obj={"r": 1, "g": 2}, q=${JSON.stringify(Q)})`,
    'print(json.dumps(answer.ok if answer is not None else None))',
  ].join('\n');

describe('generated SDKs send the declared styles; the generated mock reads them', () => {
  let work: string;
  let echo: Server;
  let echoUrl: string;
  let mock: MockServer;
  const seen: { url: string; list?: string; obj?: string }[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-param-styles-'));
    const file = path.join(work, 'openapi.yaml');
    await writeFile(file, SPEC);
    const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
    expect(run.status, run.stderr).toBe(0);
    echo = createServer((req, res) => {
      const header = (name: string): string | undefined => req.headers[name] as string | undefined;
      seen.push({ url: req.url!, list: header('x-list'), obj: header('x-obj') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    mock = await startFor(file);
  }, 180_000);

  afterAll(async () => {
    await mock?.close();
    if (echo) await new Promise((done) => echo.close(done));
    if (work) await rm(work, { recursive: true, force: true });
  });

  const tsCall = async (base: string): Promise<unknown> => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const client = new sdk.Styles({ baseUrl: base, maxRetries: 0 });
    return client.default.pathStyles(
      ['a b', 'c'],
      ['d', 'e/f'],
      { a: 'x y', b: 2 },
      {
        'X-List': [1, 2],
        'X-Obj': { r: 1, g: 2 },
        q: Q,
      },
    );
  };
  const pyCall = async (base: string): Promise<unknown> => {
    const run = await runPythonAsync(['-c', PY_CALL(base)], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  };

  it('both SDKs send the same bytes to a raw server', async () => {
    seen.length = 0;
    expect(await tsCall(echoUrl)).toEqual({ ok: true });
    expect(await pyCall(echoUrl)).toBe(true);
    expect(seen).toEqual([WIRE, WIRE]);
  }, 120_000);

  it('the generated mock accepts both calls', async () => {
    expect(await tsCall(mock.url)).toEqual({ ok: true });
    expect(await pyCall(mock.url)).toBe(true);
  }, 120_000);

  it('the mock refuses the simple style for matrix and label, and JSON headers', async () => {
    const simple = await call(mock.url, 'GET', '/m/a%20b,c/l/d,e%2Ff/s/a,x,b,2');
    expect(simple.status).toBe(400);
    expect(simple.text).toContain('path parameter mat: is style matrix');
    expect(simple.text).toContain('path parameter lab: is style label with explode');
    const ok = '/m/;mat=a/l/.d/s/a,x,b,2';
    expect((await call(mock.url, 'GET', ok)).status).toBe(200);
    const json = await call(mock.url, 'GET', ok, { headers: { 'X-List': '[1,2]' } });
    expect(json.status).toBe(400);
    expect((await call(mock.url, 'GET', ok, { headers: { 'X-Obj': '{"r":1}' } })).status).toBe(400);
  });

  it('the docs samples send an allowReserved query as the SDKs do', async () => {
    const page = await readFile(
      path.join(work, 'out/docs/markdown/operations/pathStyles.md'),
      'utf8',
    );
    expect(page).toContain('?q=a/b:c');
  });

  it('only operations with such styles import their code', async () => {
    const source = await readFile(path.join(work, 'out/sdk/src/operations/default.ts'), 'utf8');
    const plainPath = source.slice(source.indexOf('function defaultPlainPath('));
    expect(plainPath).toContain('expandPath: buildPath');
    expect(plainPath).not.toContain('headerText');
    expect(source).toMatch(
      /expandPath: styledPath\(\{\s+mat: \{ style: 'matrix', explode: false \}/,
    );
  });
});
