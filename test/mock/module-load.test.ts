/**
 * The generated mock as its users load it, in child processes: the ES module build, the CommonJS
 * build, and the CommonJS build on a Node without `require()` of ES modules (before 20.19 / 22.12,
 * simulated by --no-experimental-require-module). The multipart parser is ES-module-only, so the
 * mock loads it with `import()`, and only for a spec with multipart operations.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SDK = 'generated/sdk';
const PROBE = 'test/mock/fixtures/mock-load-probe.mjs';
type Answer = { status: number; body: string };

function probe(build: 'esm' | 'cjs', flags: string[] = []): { json: Answer; multipart: Answer } {
  const out = execFileSync(process.execPath, [...flags, PROBE, SDK, build], { encoding: 'utf8' });
  return JSON.parse(out) as { json: Answer; multipart: Answer };
}

/** TypeScript's CommonJS emit turns `import()` into `require()`; the mock needs it kept. */

describe('mock module loading', () => {
  it.each(['esm', 'cjs'] as const)('%s build answers a JSON and a multipart request', (build) => {
    const { json, multipart } = probe(build);
    expect(json.status).toBe(200);
    expect(multipart).toMatchObject({ status: 200 });
    expect(JSON.parse(multipart.body)).toHaveProperty('text');
  });

  it('CommonJS build loads without require() of ES modules and answers a JSON request', () => {
    const { json, multipart } = probe('cjs', ['--no-experimental-require-module']);
    expect(json.status).toBe(200);
    // Without the parser, a multipart request is a 500 naming the package, never a load failure.
    if (multipart.status !== 200) {
      expect(multipart.status).toBe(500);
      expect(multipart.body).toContain('@remix-run/multipart-parser');
    }
  });

  // The CommonJS build keeps `import()` (own-emit.ts), so the ES-only parser loads on any Node.
  it('CommonJS build reads multipart without require() of ES modules', () => {
    const { multipart } = probe('cjs', ['--no-experimental-require-module']);
    expect(multipart.status).toBe(200);
  });
});
