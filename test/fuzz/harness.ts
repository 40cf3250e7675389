/**
 * The two fuzzers, shared by `npm run fuzz` and the seeded run in `npm test`:
 * - specs through the whole pipeline in memory (load → IR → emit → compile → format): problems are
 *   data, so any exception is a failure;
 * - requests against a running mock on 127.0.0.1: every answer is a status below 500, and the
 *   server keeps answering.
 * A failing case is written to test/fixtures/fuzz/ as a reproducible fixture (replayed by the test).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runPipeline } from '../../generator/pipeline.js';
import { httpRequest, openApiDocument, type FuzzRoute } from './arbitraries.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));

export interface FuzzReport {
  kind: 'spec' | 'request';
  seed: number;
  runs: number;
  failure?: string;
  fixture?: string;
}

/** Runs one document through every stage, in memory; throws only on a generator bug. */
export async function generateInMemory(document: unknown, dir: string): Promise<void> {
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  await runPipeline({ spec: file, out: path.join(dir, 'out'), mode: 'none' });
}

export async function fuzzSpecs(seed: number, runs: number): Promise<FuzzReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fuzz-spec-'));
  try {
    const result = await fc.check(
      fc.asyncProperty(openApiDocument, (document) => generateInMemory(document, dir)),
      { seed, numRuns: runs, endOnFailure: true },
    );
    if (!result.failed) return { kind: 'spec', seed, runs };
    const fixture = writeFixture(`spec-${seed}.json`, result.counterexample![0]);
    return { kind: 'spec', seed, runs, failure: String(result.errorInstance), fixture };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface MockUnderTest {
  url: string;
  routes: FuzzRoute[];
  /** Answers when the server is still up. */
  alive(): Promise<boolean>;
}

export type FuzzRequest = ReturnType<typeof httpRequest> extends fc.Arbitrary<infer T> ? T : never;

/** Sends one request; resolves to the status, or throws when the server broke (500+, reset). */
export async function send(mock: MockUnderTest, r: FuzzRequest): Promise<number> {
  const templated = r.route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.segments[0]!));
  const pathname = r.segments.length > 2 ? `/${r.segments.join('/')}` : templated;
  const query = r.query
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const method = r.method ?? r.route.method.toUpperCase();
  const headers: Record<string, string> = {};
  if (r.contentType) headers['content-type'] = r.contentType;
  if (r.accept) headers.accept = r.accept;
  if (r.auth) headers.authorization = r.auth;
  if (r.prefer) headers.prefer = r.prefer;
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const response = await fetch(`${mock.url}${pathname}${query ? `?${query}` : ''}`, {
    method,
    headers,
    ...(hasBody ? { body: r.body } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  // Read the whole answer (streams included), bounded by the signal above.
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${method} ${pathname} answered ${response.status}`);
  return response.status;
}

export async function fuzzRequests(
  mock: MockUnderTest,
  seed: number,
  runs: number,
): Promise<FuzzReport> {
  const result = await fc.check(
    fc.asyncProperty(httpRequest(mock.routes), async (request) => {
      await send(mock, request);
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  const up = await mock.alive();
  if (!result.failed && up) return { kind: 'request', seed, runs };
  const failure = result.failed ? String(result.errorInstance) : 'the mock stopped answering';
  const fixture = writeFixture(
    `request-${seed}.json`,
    result.failed ? result.counterexample![0] : { seed },
  );
  return { kind: 'request', seed, runs, failure, fixture };
}

function writeFixture(name: string, value: unknown): string {
  mkdirSync(FIXTURES, { recursive: true });
  const file = path.join(FIXTURES, name);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}
