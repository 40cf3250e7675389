/**
 * What `generate --watch` costs for a one-operation edit: a full generate into an empty folder,
 * then the same spec with one operation's summary changed, regenerated into that folder (what the
 * watcher runs). Prints both times and their ratio for this spec and for openai.yaml.
 * Usage: npx tsx bench/watch-edit.ts [SHARED_SPECS_DIR]   (openai.yaml is skipped when not found)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../generator/pipeline.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

async function timed(spec: string, out: string): Promise<number> {
  const start = performance.now();
  const result = await runPipeline({ spec, out, mode: 'write' });
  if (result.problems.some((p) => p.severity === 'error')) throw new Error(`${spec} has errors`);
  return performance.now() - start;
}

/** Changes the first `summary:` line of `file`: a one-operation edit. */
function editOneSummary(file: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(
    /^(\s+summary: )(.*)$/m,
    (_m, lead: string, rest: string) => `${lead}${rest.replace(/^(['"]?)/, '$1Edited ')}`,
  );
  if (edited === text) throw new Error(`no summary in ${file}`);
  writeFileSync(file, edited);
}

async function bench(
  label: string,
  copyFrom: string,
  root: string,
  editFile: string,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'watch-bench-'));
  try {
    cpSync(copyFrom, path.join(dir, 'spec'), { recursive: true });
    const spec = path.join(dir, 'spec', root);
    const out = path.join(dir, 'out');
    const full = await timed(spec, out);
    editOneSummary(path.join(dir, 'spec', editFile));
    const edit = await timed(spec, out);
    console.log(
      `${label}: full ${Math.round(full)} ms, one-operation edit ${Math.round(edit)} ms (${Math.round((edit / full) * 100)} % of full)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench('spec/openapi.yaml', path.join(REPO, 'spec'), 'openapi.yaml', 'paths/kling.yaml');
const shared = process.argv[2];
if (shared && existsSync(path.join(shared, 'openai.yaml')))
  await bench('openai.yaml', shared, 'openai.yaml', 'openai.yaml');
