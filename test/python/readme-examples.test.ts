/**
 * The Python README's examples run as written: the quick start, the stream and the async call send
 * the IR's example values (what the docs' Python samples and the TypeScript README send), not `...`
 * placeholders the mock refuses; and the install line is relative to the README's own folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import type { MockServer } from '../../templates/mock/server.js';
import { SHELL, startFor } from '../mock/helpers.js';
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
});
