/**
 * The Python runtime's behaviours (test/python/runtime/*.py, pytest) against a real HTTP server on
 * 127.0.0.1: one pytest run, each pytest case reported as a test here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPython } from './helpers.js';

const TESTS = fileURLToPath(new URL('./runtime', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'shellapi-pytest-'));
const report = path.join(dir, 'junit.xml');
const run = runPython(
  ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, TESTS],
  { timeout: 180_000 },
);
const xml = readFileSync(report, 'utf8');
rmSync(dir, { recursive: true, force: true });

interface Case {
  name: string;
  failure?: string;
}

const cases: Case[] = [
  ...xml.matchAll(/<testcase [^>]*name="([^"]+)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g),
].map((m) => {
  const inner = m[2] ?? '';
  const failed = /<(failure|error)\b/.test(inner);
  return { name: m[1]!, ...(failed ? { failure: inner } : {}) };
});

describe('Python runtime (pytest against a local server)', () => {
  it('ran every case', () => {
    expect(cases.length, run.stdout + run.stderr).toBeGreaterThan(20);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(c.failure, c.failure).toBeUndefined();
    });
  }
});
