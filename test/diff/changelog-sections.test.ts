/**
 * Documentation edits (summaries, descriptions, titles, examples) get their own changelog section
 * and a patch bump, through the real CLI on a git repository: `diff` against the committed spec,
 * then `release` writing the changelog.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { baseSpec, type Spec } from './base-spec.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const write = (spec: Spec) =>
  writeFileSync(path.join(repo, 'spec/openapi.json'), JSON.stringify(spec, null, 2));
const cli = (...args: string[]) => {
  const run = runCli(args, { cwd: repo });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};
const release = () => {
  cli('release', '--spec', 'spec/openapi.json', '--out', 'out');
  git('add', '-A');
  git('commit', '-qm', 'release');
  return readFileSync(path.join(repo, 'out/sdk/CHANGELOG.md'), 'utf8');
};
const diff = () =>
  JSON.parse(cli('diff', '--base', 'HEAD', '--head', 'spec/openapi.json', '--format', 'json')) as {
    bump: string;
    changes: { code: string; level: string }[];
  };
/** The latest release's `### …` headings, in order. */
const headings = (log: string) =>
  log
    .split('\n## ')[1]!
    .split('\n')
    .filter((l) => l.startsWith('### '));

/** Every kind of documentation edit the diff reads. */
function documented(s: Spec): void {
  s.paths['/pets'].get.summary = 'List every pet';
  s.paths['/pets'].get.parameters[0].description = 'How many pets a page holds.';
  s.paths['/pets'].post.requestBody.content['application/json'].example = {
    name: 'Fido',
    kind: 'dog',
  };
  s.components.schemas.Pet.title = 'A pet';
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'changelog-sections-'));
  mkdirSync(path.join(repo, 'spec'));
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  write(baseSpec());
  release();
}, 120_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('documentation changes in diff and release', () => {
  it('are a patch of their own section, not "Fixed"', () => {
    const head = baseSpec();
    documented(head);
    write(head);
    const found = diff();
    expect(new Set(found.changes.map((c) => c.code))).toEqual(
      new Set(['description-changed', 'example-changed']),
    );
    expect(found.bump).toBe('patch');

    const log = release();
    expect(log).toContain('## 1.0.1\n');
    expect(headings(log)).toEqual(['### Documentation']);
    expect(log).toContain('- `client.pets.listPets()`: summary or description changed\n');
    // Patch, not none: the generated package's docstrings carry the edit, so it is a new version.
    expect(readFileSync(path.join(repo, 'out/python/diff_fixture/_client.py'), 'utf8')).toContain(
      'List every pet',
    );
  }, 120_000);

  it('come after the behaviour sections when a release has both', () => {
    const head = baseSpec();
    documented(head);
    head.paths['/pets'].get.summary = 'List all pets';
    head.paths['/pets'].get.parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } });
    head.paths['/pets'].post.deprecated = true;
    write(head);
    expect(diff().bump).toBe('minor');

    const log = release();
    expect(log).toContain('## 1.1.0\n');
    expect(headings(log)).toEqual(['### Added', '### Deprecated', '### Documentation']);
    expect(log).not.toContain('### Fixed');
  }, 120_000);
});
