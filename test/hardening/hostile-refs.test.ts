/**
 * A spec cannot make the generator read outside its root or fetch anything: `$ref` keys inside data
 * (examples, defaults, enums, consts, extension values) are data, and refs in schema positions that
 * leave the root are located errors. Watched for real: a decoy HTTP server on 127.0.0.1 counts
 * requests, and decoy files outside the root keep their access time (when the file system records
 * reads) and never show up in the output.
 */
import { createServer, type Server } from 'node:http';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const MARKER = 'DECOY-SECRET-7f3a';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hostile-refs-'));
const root = path.join(tmp, 'spec');
const decoys = [path.join(tmp, 'outside.txt'), path.join(tmp, 'cwd-file.txt')];
let server: Server;
let hits = 0;
let base = '';

beforeAll(async () => {
  mkdirSync(root);
  for (const file of decoys) writeFileSync(file, `${MARKER}\n`);
  server = createServer((_req, res) => {
    hits++;
    res.end(`${MARKER}: 1`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

/** Every place where OpenAPI holds data, each given a `$ref` to a decoy. */
function dataRefSpec(): string {
  const refs = [decoys[0], '../outside.txt', 'cwd-file.txt', `${base}/remote.yaml`].map((r) =>
    JSON.stringify(r),
  );
  const [abs, rel, cwd, url] = refs;
  return `openapi: 3.1.0
info: { title: hostile, version: '1' }
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string }, example: { $ref: ${abs} } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
              example: { a: { $ref: ${url} } }
              examples:
                one: { value: { $ref: ${rel} } }
components:
  schemas:
    Thing:
      type: object
      x-vendor: { $ref: ${url} }
      properties:
        a: { type: string, example: { $ref: ${abs} } }
        b: { type: string, default: { $ref: ${rel} } }
        c: { enum: [x, { $ref: ${cwd} }] }
        d: { const: { $ref: ${url} } }
        e: { type: object, examples: [{ $ref: ${cwd} }] }
`;
}

function ageAccessTimes(): void {
  // atime far before mtime: a relatime file system records the next read.
  for (const file of decoys) utimesSync(file, new Date(1_000_000), statSync(file).mtime);
}

function readsRecorded(): boolean {
  const probe = path.join(tmp, 'probe.txt');
  writeFileSync(probe, 'x');
  utimesSync(probe, new Date(1_000_000), statSync(probe).mtime);
  readFileSync(probe);
  return statSync(probe).atimeMs > 1_000_000;
}

function outputText(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) text += readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
}

it('treats $ref keys inside data as data: nothing outside the root is read or fetched', () => {
  writeFileSync(path.join(root, 'openapi.yaml'), dataRefSpec());
  ageAccessTimes();
  const out = path.join(tmp, 'out');
  const run = runCli(['generate', '--spec', path.join(root, 'openapi.yaml'), '--out', out], {
    cwd: tmp,
  });
  expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
  expect(run.status).toBe(0);
  expect(hits).toBe(0);
  expect(outputText(out)).not.toContain(MARKER);
  if (readsRecorded()) for (const file of decoys) expect(statSync(file).atimeMs).toBe(1_000_000);
});

it.each([
  ['an absolute path', () => decoys[0]!, 'ref-outside-root'],
  ['a path out of the root', () => '../outside.txt', 'ref-outside-root'],
  ['a URL', () => `${base}/remote.yaml`, 'ref-unsupported'],
])('rejects a schema $ref to %s with a located error and reads nothing', (_title, ref, code) => {
  writeFileSync(
    path.join(root, 'openapi.yaml'),
    `openapi: 3.1.0
info: { title: hostile, version: '1' }
paths: {}
components:
  schemas:
    Leak: { $ref: ${JSON.stringify(ref())} }
`,
  );
  ageAccessTimes();
  const run = runCli(['lint', '--spec', path.join(root, 'openapi.yaml')], { cwd: tmp });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(
    new RegExp(`openapi\\.yaml:6:\\d+ error ${code} at /components/schemas/Leak/\\$ref`),
  );
  expect(hits).toBe(0);
  if (readsRecorded()) for (const file of decoys) expect(statSync(file).atimeMs).toBe(1_000_000);
});
