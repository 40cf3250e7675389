/**
 * The Python README's examples run as written: the quick start, the stream and the async call send
 * the IR's example values (what the docs' Python samples and the TypeScript README send), not `...`
 * placeholders the mock refuses; and the install line is relative to the README's own folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import type { MockServer } from '../../templates/mock/server.js';
import { SHELL, startFor } from '../mock/helpers.js';
import { SHARED } from '../format/real-specs.js';
import { runPythonAsync } from './helpers.js';

let dir: string;
let readme: string;
let mock: MockServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-py-readme-'));
  const result = await runPipeline({ spec: SHELL, out: dir, only: ['python'], mode: 'write' });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  readme = await readFile(path.join(dir, 'python/README.md'), 'utf8');
  mock = await startFor(SHELL);
}, 180_000);

afterAll(async () => {
  await mock?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The README's `## ` headings. */
function headings(): string[] {
  return [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
}

/** The fenced `lang` blocks of the README section whose heading is `heading` ('' for the top). */
function blocks(heading: string, lang: string): string[] {
  const sections = readme.split(/^## /m);
  const section =
    heading === '' ? sections[0]! : sections.find((s) => s.startsWith(`${heading}\n`));
  return [
    ...(section ?? '').matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm')),
  ].map((m) => m[1]!);
}

async function run(
  code: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runPythonAsync(['-c', code], {
    cwd: path.join(dir, 'python'),
    env: {
      PYTHONPATH: path.join(dir, 'python'),
      SHELLAPI_API_KEY: 'sk-test',
      SHELLAPI_BASE_URL: mock.url,
    },
  });
}

describe('the Python README', () => {
  it('installs from its own folder', () => {
    const [install] = blocks('', 'sh');
    expect(install?.trim()).toBe('pip install .');
    expect(existsSync(path.join(dir, 'python', 'pyproject.toml'))).toBe(true);
  });

  it('has no placeholder arguments', () => {
    expect(readme).not.toMatch(/\w=\.\.\./);
  });

  it('the quick start, then the streaming example, run against the mock', async () => {
    const [quick] = blocks('', 'python');
    const [stream] = blocks('Streaming', 'python');
    expect(quick).toContain('answer = client.');
    const result = await run(`${quick}\n${stream}\nprint("done")`);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('done');
    // The answer printed, then at least one chunk.
    expect(result.stdout.split('\n').length).toBeGreaterThan(2);
  }, 60_000);

  it('the async example runs against the mock', async () => {
    const [asyncBlock] = blocks('Async', 'python');
    const body = asyncBlock!.replace(/^/gm, '    ');
    const result = await run(
      `import asyncio, os\n\nasync def main():\n${body}\n    print(type(answer).__name__)\n\nasyncio.run(main())\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\w+$/);
  }, 60_000);

  it('covers uploads, binary results, per-call options, cancellation and the mock', () => {
    expect(headings()).toEqual(
      expect.arrayContaining([
        'Uploads',
        'Binary results',
        'Per-call options and cancellation',
        'Mock server',
      ]),
    );
    // Options are `request_options=`, not a `timeout=` keyword of the methods.
    expect(blocks('Per-call options and cancellation', 'python')[0]).toContain(
      'request_options={"timeout": ',
    );
  });

  // Every other section's Python blocks, each after the quick start (which makes `client`), with
  // the files they upload present; the mock's clock runs on so the task example ends.
  const runnable = (): [string, string][] =>
    headings()
      .filter((h) => h !== 'Async')
      .flatMap((h) => blocks(h, 'python').map((b): [string, string] => [h, b]));

  it('every other Python block runs against the mock', async () => {
    const [quick] = blocks('', 'python');
    const all = runnable();
    expect(all.length).toBeGreaterThanOrEqual(7);
    const tick = setInterval(() => mock.clock.advance(60_000), 50);
    try {
      for (const [heading, block] of all) {
        for (const [, name] of block.matchAll(/open\("([^"]+)", "rb"\)/g))
          await writeFile(path.join(dir, 'python', name!), new Uint8Array([1, 2, 3]));
        const result = await run(`${quick}\n${block}\nprint("done")`);
        expect({ heading, stderr: result.stderr, status: result.status }).toEqual({
          heading,
          stderr: '',
          status: 0,
        });
        expect(result.stdout.trim().split('\n').at(-1)).toBe('done');
      }
    } finally {
      clearInterval(tick);
    }
  }, 240_000);

  it('names no task families for a spec without tasks', async () => {
    const out = path.join(dir, 'petstore');
    const result = await runPipeline({
      spec: path.join(SHARED, 'petstore.yaml'),
      out,
      only: ['python'],
      mode: 'write',
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const text = await readFile(path.join(out, 'python/README.md'), 'utf8');
    expect(text).not.toContain('Tasks waited on');
  }, 120_000);
});
