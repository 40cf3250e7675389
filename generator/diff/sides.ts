/**
 * The two specs a diff compares, each loaded with the ordinary loader and built into an IR. A base
 * given as a git revision is read from that revision's tree (the spec's folder, extracted with
 * `git archive` into a temporary folder), so the working copy is never touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIr } from '../ir/index.js';
import type { ApiIr } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import type { LoadedSpec, Problem } from '../load/types.js';

export interface SpecSide {
  ir: ApiIr;
  loaded: LoadedSpec;
  /** `file:line` of a pointer into the bundled document, as printed (relative to cwd, or `rev:path`). */
  locate(pointer: string): string;
}

/** A spec that does not load or build: the located problems, for the CLI to print. */
/** A --base or --head the user gave that cannot be read (no such file or revision): a message, exit 1. */
export class DiffInputError extends Error {}

export class SpecSideError extends Error {
  constructor(
    readonly label: string,
    readonly problems: Problem[],
    readonly display: (file: string) => string,
  ) {
    super(`${label} spec has errors`);
  }
}

export async function loadSide(
  specPath: string,
  label: string,
  display?: (file: string) => string,
): Promise<SpecSide> {
  const dir = path.dirname(path.resolve(specPath));
  const shown =
    display ?? ((file: string) => toPosix(path.relative(process.cwd(), path.join(dir, file))));
  const loaded = await loadSpec(specPath);
  const problems = loaded.problems.filter((p) => p.severity === 'error');
  if (problems.length) throw new SpecSideError(label, problems, shown);
  const built = buildIr(loaded);
  const irErrors = built.problems.filter((p) => p.severity === 'error');
  if (irErrors.length) throw new SpecSideError(label, irErrors, shown);
  return {
    ir: built.ir,
    loaded,
    locate(pointer) {
      const at = loaded.locate(pointer);
      return `${shown(at.file)}:${at.line}`;
    },
  };
}

/** A `--base` that is not a spec file: the same spec at a git revision. Calls `use`, then cleans up. */
export async function withBaseSpec<T>(
  base: string,
  headSpec: string,
  use: (specPath: string, display?: (file: string) => string) => Promise<T>,
): Promise<T> {
  if (existsSync(base) && statSync(base).isFile()) return use(base);
  const headDir = path.dirname(realpathSync(headSpec));
  const git = (args: string[], cwd = headDir): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
    git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new DiffInputError(
      `--base ${base} is neither a spec file nor a git revision of the repository holding ${headSpec}`,
    );
  }
  const relSpec = toPosix(path.relative(top, realpathSync(headSpec)));
  const relDir = path.posix.dirname(relSpec);
  const temp = mkdtempSync(path.join(tmpdir(), 'shellapi-diff-'));
  try {
    const archive = execFileSync(
      'git',
      ['archive', '--format=tar', base, '--', relDir === '.' ? '.' : relDir],
      { cwd: top, maxBuffer: 512 * 1024 * 1024 },
    );
    execFileSync('tar', ['-x', '-C', temp], { input: archive });
    const specAtRevision = path.join(temp, relSpec);
    if (!existsSync(specAtRevision))
      throw new DiffInputError(`${relSpec} does not exist at revision ${base}`);
    return await use(specAtRevision, (file) => `${base}:${path.posix.join(relDir, file)}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
