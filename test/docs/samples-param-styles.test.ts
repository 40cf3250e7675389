/**
 * Array and object parameters in every location, and styled urlencoded fields: the docs' curl
 * sample and the try-it console (headless chromium) send what the generated TypeScript SDK sends
 * (the runtime's own serialisers, in the style the IR decided), checked on a raw 127.0.0.1 echo
 * server; the generated mock, whose schemas here admit only the example values, accepts both.
 * Python (HTTP) is checked as text (the venv has no requests): the SDK's path, headers and body.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import type { MockServer } from '../../templates/mock/server.js';
import { startFor } from '../mock/helpers.js';
import { runCli } from '../helpers/cli.js';
import { RUN_BROWSER } from './chromium.js';
import { startConsoleSite, type ConsoleSite } from './console-site.js';
import { irFor } from './helpers.js';
import { waitForText } from './page-waits.js';

const SPEC = `openapi: 3.1.0
info: { title: Styles, version: '1' }
servers: [{ url: 'https://api.example.test/v1' }]
paths:
  /img/{ids}/m/{mat}/l/{lab}/o/{obj}:
    post:
      operationId: styled
      tags: [styles]
      parameters:
        - { name: ids, in: path, required: true, schema: { type: array, minItems: 2, items: { enum: [a, b] } }, example: [a, b] }
        - { name: mat, in: path, required: true, style: matrix, schema: { type: array, minItems: 2, items: { enum: [x y, c] } }, example: [x y, c] }
        - { name: lab, in: path, required: true, style: label, explode: true, schema: { type: array, minItems: 2, items: { enum: [d, e/f] } }, example: [d, e/f] }
        - { name: obj, in: path, required: true, schema: { type: object, required: [a, b], additionalProperties: false, properties: { a: { const: 'p q' }, b: { const: 2 } } }, example: { a: 'p q', b: 2 } }
        - { name: X-Tags, in: header, required: true, schema: { type: array, minItems: 2, items: { enum: [t1, t2] } }, example: [t1, t2] }
        - { name: X-Obj, in: header, required: true, explode: true, schema: { type: object, required: [r, g], additionalProperties: false, properties: { r: { const: 1 }, g: { const: 2 } } }, example: { r: 1, g: 2 } }
        - { name: pipe, in: query, required: true, style: pipeDelimited, explode: false, schema: { type: array, minItems: 2, items: { enum: [1, 2] } }, example: [1, 2] }
        - { name: deep, in: query, required: true, style: deepObject, schema: { type: object, required: [k], additionalProperties: false, properties: { k: { const: v w } } }, example: { k: v w } }
        - { name: many, in: query, required: true, schema: { type: array, minItems: 2, items: { enum: [m1, m2] } }, example: [m1, m2] }
        - { name: flag, in: query, required: true, schema: { type: boolean, const: true }, example: true }
        - { name: spread, in: query, required: true, schema: { type: object, required: [u], additionalProperties: false, properties: { u: { const: 1 } } }, example: { u: 1 } }
        - { name: sess, in: cookie, required: true, schema: { type: array, minItems: 2, items: { enum: [c1, 'c 2'] } }, example: [c1, 'c 2'] }
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [tags, where, plain, name]
              additionalProperties: false
              properties:
                tags: { type: array, minItems: 2, items: { enum: [a, c] } }
                where: { type: object, required: [color], additionalProperties: false, properties: { color: { const: red } } }
                plain: { type: array, minItems: 2, items: { enum: [x y, z] } }
                name: { const: 'n m' }
            encoding:
              tags: { style: form, explode: false }
              where: { style: deepObject, explode: true }
            example: { tags: [a, c], where: { color: red }, plain: [x y, z], name: 'n m' }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

/** What a server sees of one call (the body decoded: curl and URLSearchParams encode a space differently). */
interface Seen {
  method: string;
  url: string;
  tags?: string;
  obj?: string;
  cookie?: string;
  type?: string;
  body: [string, string][];
  raw: string;
}

const seenOf = (s: {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}): Seen => ({
  method: s.method,
  url: s.url,
  tags: s.headers['x-tags'],
  obj: s.headers['x-obj'],
  cookie: s.headers.cookie,
  type: s.headers['content-type'],
  body: [...new URLSearchParams(s.body)],
  raw: s.body,
});

/** The call the samples print, through the generated TypeScript SDK. */
const tsCall = async (work: string, baseUrl: string): Promise<unknown> => {
  const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
  const client = new sdk.StylesClient({ baseUrl, maxRetries: 0 });
  return client.styles.styled(
    ['a', 'b'],
    ['x y', 'c'],
    ['d', 'e/f'],
    { a: 'p q', b: 2 },
    {
      'X-Tags': ['t1', 't2'],
      'X-Obj': { r: 1, g: 2 },
      pipe: [1, 2],
      deep: { k: 'v w' },
      many: ['m1', 'm2'],
      flag: true,
      spread: { u: 1 },
      sess: ['c1', 'c 2'],
      tags: ['a', 'c'],
      where: { color: 'red' },
      plain: ['x y', 'z'],
      name: 'n m',
    },
  );
};

function bash(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('samples and console send styled parameters as the SDK does', () => {
  let work: string;
  let ir: ApiIr;
  let echo: Server;
  let echoUrl: string;
  let mock: MockServer;
  let site: ConsoleSite | undefined;
  const seen: Seen[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-sample-styles-'));
    const file = path.join(work, 'openapi.yaml');
    await writeFile(file, SPEC);
    const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
    expect(run.status, run.stderr).toBe(0);
    ir = await irFor(file);
    echo = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        seen.push(
          seenOf({ method: req.method!, url: req.url!, headers: req.headers as never, body }),
        );
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    mock = await startFor(file);
    if (RUN_BROWSER) site = await startConsoleSite(SPEC);
  }, 180_000);

  afterAll(async () => {
    await site?.close();
    await mock?.close();
    if (echo) await new Promise((done) => echo.close(done));
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** What the SDK sends, seen by the echo server. */
  async function sdkSeen(): Promise<Seen> {
    seen.length = 0;
    expect(await tsCall(work, `${echoUrl}/v1`)).toEqual({ ok: true });
    expect(seen).toHaveLength(1);
    return seen[0]!;
  }

  it('the curl sample sends the SDK request; the mock accepts it', async () => {
    const sdk = await sdkSeen();
    expect(sdk.url).toBe(
      '/v1/img/a,b/m/;mat=x%20y,c/l/.d.e%2Ff/o/a,p%20q,b,2?pipe=1%7C2&deep%5Bk%5D=v%20w&many=m1&many=m2&flag=true&u=1',
    );
    expect(sdk.raw).toBe('tags=a,c&where%5Bcolor%5D=red&plain=x+y&plain=z&name=n+m');
    const op = ir.operations[0]!;
    seen.length = 0;
    const toEcho = await bash(`${buildSamples(ir, op, { baseUrl: `${echoUrl}/v1` }).curl} -sS`);
    expect(toEcho.stderr).toBe('');
    expect(seen).toEqual([{ ...sdk, raw: expect.any(String) }]);
    // A styled field's delimiters go as the SDK sends them (a comma, not %2C).
    expect(seen[0]!.raw).toContain('tags=a,c&where%5Bcolor%5D=red&');
    const toMock = await bash(
      `${buildSamples(ir, op, { baseUrl: mock.url }).curl} -sS -w ' %{http_code}'`,
    );
    expect(toMock.stdout).toBe('{"ok":true} 200');
  }, 60_000);

  it('Python (HTTP) writes the path, headers and body the SDK sends', async () => {
    const sdk = await sdkSeen();
    const py = buildSamples(ir, ir.operations[0]!).pythonHttp;
    // requests' `params` takes the form-exploded scalars and lists (a boolean as JSON text, not
    // Python's `True`); styled ones and an object (whose keys requests would not spread) go in the URL.
    const [pathPart] = sdk.url.replace(/^\/v1/, '').split('?');
    expect(py).toContain(`f"{BASE_URL}${pathPart}?pipe=1%7C2&deep%5Bk%5D=v%20w&u=1"`);
    expect(py).toMatch(/params=\{"many": \[\s*"m1",\s*"m2",\s*\], "flag": "true"\}/);
    expect(py).toContain(
      `HEADERS = {"X-Tags": "${sdk.tags}", "X-Obj": "${sdk.obj}", "Cookie": "${sdk.cookie}"}`,
    );
    expect(py).toContain(`data=${JSON.stringify(sdk.raw)}`);
  }, 60_000);

  it.skipIf(!RUN_BROWSER)(
    'the console sends the SDK request; the mock accepts it',
    async () => {
      const sdk = await sdkSeen();
      const page = await site!.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${new URL(site!.server.url).origin}${DOCS_PREFIX}operations/styled.html`);
      const hook = '.try[data-try="styled"]';
      await page.locator(`${hook} > .try-toggle`).click();
      await page.locator(`${hook} form`).waitFor();
      // An array or object parameter is JSON text, in a textarea as a body field's is.
      const ids = page.locator(`${hook} [data-field="ids"]`);
      expect(await ids.evaluate((e) => e.tagName)).toBe('TEXTAREA');
      expect(JSON.parse(await ids.inputValue())).toEqual(['a', 'b']);
      const [request] = await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname.startsWith('/v1/img/')),
        page.locator(`${hook} .try-send`).click(),
      ]);
      const url = new URL(request.url());
      const headers = await request.allHeaders();
      expect(
        seenOf({
          method: request.method(),
          url: url.pathname + url.search,
          headers,
          body: request.postData() ?? '',
        }),
      ).toEqual(sdk);
      await waitForText(page.locator(`${hook} .try-status`), /^200/);
      // The curl sample follows a styled field's items, written as the SDK writes them.
      const curl = page.locator('.samples [data-sample="curl"]');
      expect(await curl.textContent()).toContain("--data 'tags=a,c'");
      await page.locator(`${hook} [data-field="tags"]`).fill('["c", "a&b"]');
      await waitForText(curl, "--data 'tags=c,a%26b'");
      expect(await curl.textContent()).toContain("--data 'tags=c,a%26b'");
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
