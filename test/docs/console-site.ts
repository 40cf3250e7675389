/**
 * A one-spec try-it console for the browser tests: the spec written to a scratch folder, its docs
 * served by the mock (`mock --docs`, same origin) and headless chromium, closed together; and what
 * the sample tests compare: the samples a page shows, the printers' samples, a curl sample run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { DOCS_PREFIX, mockDocsSite } from '../../generator/emit/docs/mock-site.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import type { ApiIr, Json, OperationIr } from '../../generator/ir/types.js';
import { emitContext, irFor } from './helpers.js';

/** curl is on this machine: a test runs the curl sample a page shows only then. */
export const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

/** A console spec operation's `responses` as one YAML flow line: `200` answering `{ ok: true }`. */
export const OK_RESPONSES =
  "{ '200': { description: ok, content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } } } }";

export interface ConsoleSite {
  browser: Browser;
  server: MockServer;
  /** The mock's origin, which serves the docs under `DOCS_PREFIX`. */
  origin: string;
  ir: ApiIr;
  /** The IR's operation `operationId`. */
  operation(operationId: string): OperationIr;
  /** The scratch folder (holds `openapi.yaml`; a curl sample's files can go here). */
  dir: string;
  close(): Promise<void>;
}

export async function startConsoleSite(specYaml: string): Promise<ConsoleSite> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-console-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, specYaml);
  const ir = await irFor(file);
  const site = await mockDocsSite(ir, await emitContext(), 1);
  const server = await startMockFromIr(ir, { site, callbacks: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    origin: new URL(server.url).origin,
    ir,
    operation: (id) => ir.operations.find((o) => o.operationId === id)!,
    dir: work,
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * The site of `specYaml` for the enclosing describe block: started before its tests, closed after
 * them. Call the returned function inside a test.
 */
export function consoleSiteFor(specYaml: string): () => ConsoleSite {
  let site: ConsoleSite | undefined;
  beforeAll(async () => {
    site = await startConsoleSite(specYaml);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('consoleSiteFor: the site is read before its beforeAll ran');
    return site;
  };
}

export interface OpenConsole {
  page: Page;
  /** The console's selector (`.try[data-try="…"]`). */
  hook: string;
  /** A form field of the console, by parameter or body field name. */
  field(name: string): Locator;
  /** The page's uncaught errors since it opened. */
  errors: string[];
}

/** A new page at `family`'s page of the site, `operationId`'s try-it console opened. */
export async function openConsole(
  site: ConsoleSite,
  family: string,
  operationId: string,
): Promise<OpenConsole> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}${DOCS_PREFIX}families/${family}.html#${operationId}`);
  const hook = `.try[data-try="${operationId}"]`;
  await page.locator(`${hook} > .try-toggle`).click();
  await page.locator(`${hook} form`).waitFor();
  return { page, hook, field: (name) => page.locator(`${hook} [data-field="${name}"]`), errors };
}

/** The operation whose parameters `params` (by name) have these examples. */
export function withParams(op: OperationIr, params: Record<string, Json>): OperationIr {
  return {
    ...op,
    parameters: op.parameters.map((p) => {
      if (!Object.hasOwn(params, p.name)) return p;
      const example = {
        name: 'default',
        value: params[p.name]!,
        origin: 'spec',
        source: p.source,
      } as const;
      return { ...p, examples: [example], example };
    }),
  };
}

/** The operation whose body example (every media type's) is `body`. */
export function withBody(op: OperationIr, body: Json): OperationIr {
  return {
    ...op,
    requestBody: {
      ...op.requestBody!,
      contents: op.requestBody!.contents.map((c) => {
        const example = { name: 'default', origin: 'spec', source: c.source, value: body } as const;
        return { ...c, examples: [example], example };
      }),
    },
  };
}

type Samples = Record<'curl' | 'typescript' | 'python' | 'pythonHttp', string | null>;

/** The samples an operation's section shows now, by language (`block` 'stream-samples': the streaming call's). */
export async function shownSamples(
  page: Page,
  operationId: string,
  block = 'samples',
): Promise<Samples> {
  const text = (lang: string) => page.locator(`#${operationId}-${block}-${lang} pre`).textContent();
  return {
    curl: await text('curl'),
    typescript: await text('typescript'),
    python: await text('python'),
    pythonHttp: await text('pythonHttp'),
  };
}

/**
 * What the printers write for that request: curl and Python (HTTP) at `origin`, the SDKs as the
 * page prints them (the streaming call when `stream`).
 */
export function printedSamples(
  ir: ApiIr,
  op: OperationIr,
  origin: string,
  stream?: boolean,
): Samples {
  const http = buildSamples(ir, op, {
    baseUrl: origin,
    ...(stream === undefined ? {} : { stream }),
  });
  const sdk = buildSamples(ir, op, stream === undefined ? {} : { stream });
  return {
    curl: http.curl,
    typescript: sdk.typescript,
    python: sdk.python,
    pythonHttp: http.pythonHttp,
  };
}

/**
 * Runs a curl sample with bash (asynchronously: the mock answers from this process), `env` added
 * to the environment: the HTTP status, and what curl wrote (stdout, then stderr).
 */
export function runCurl(
  curl: string,
  cwd?: string,
  env: Record<string, string> = {},
): Promise<{ status: string; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${curl} -sS --max-time 20 -w '\\n%{http_code}'`], {
      cwd,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', () =>
      resolve({ status: out.trim().split('\n').pop() ?? '', out: out + err }),
    );
  });
}
