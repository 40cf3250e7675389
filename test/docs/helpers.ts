/** Shared by the docs tests: build the docs for a spec and write them to a temporary directory. */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import type { EmitContext, VirtualFile } from '../../generator/emit/types.js';
import { emitDocs } from '../../generator/emit/docs/index.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FEATURES_SPEC = path.join(REPO, 'test/fixtures/specs/features/openapi.yaml');
export const SHELL_SPEC = path.join(REPO, 'spec/openapi.yaml');
/** A streaming operation whose body is all optional (its samples call it with no argument). */
export const STREAM_OPTIONAL_SPEC = path.join(
  REPO,
  'test/fixtures/stream-optional-body/openapi.yaml',
);

/**
 * The docs templates and the mock and client runtimes (the console ships the mock's validator and
 * the client's query serialisation).
 */
export async function docsTemplates(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const folder of ['docs', 'mock', 'client']) {
    const dir = path.join(REPO, 'templates', folder);
    for (const name of (await readdir(dir)).sort())
      out.set(`${folder}/${name}`, await readFile(path.join(dir, name), 'utf8'));
  }
  return out;
}

export async function irFor(specPath: string): Promise<ApiIr> {
  const loaded = await loadSpec(specPath);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(
      `spec ${specPath} has errors:\n${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}`,
    );
  return buildIr(loaded).ir;
}

export async function emitContext(): Promise<EmitContext> {
  return {
    templates: await docsTemplates(),
    generator: { name: 'shellapi-codegen', version: '0.0.0-test' },
    packageName: '@shellapi/sdk',
  };
}

export async function docsFor(specPath: string): Promise<{ ir: ApiIr; files: VirtualFile[] }> {
  const ir = await irFor(specPath);
  const files = await emitDocs(ir, await emitContext());
  return { ir, files };
}

export function text(file: VirtualFile): string {
  return typeof file.contents === 'string'
    ? file.contents
    : new TextDecoder().decode(file.contents);
}

/** Writes the files under a fresh temp directory; returns the directory that holds `docs/`. */
export async function writeFiles(files: VirtualFile[], prefix = 'docs-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  for (const f of files) {
    const target = path.join(dir, f.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.contents);
  }
  return dir;
}
