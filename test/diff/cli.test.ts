/** `shellapi-gen diff` as a user runs it: a git revision or a file as the base, every format, --fail-on. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { baseSpec } from './base-spec.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const write = (spec: object) =>
  writeFileSync(path.join(repo, 'spec/openapi.json'), JSON.stringify(spec, null, 2));

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'diff-cli-'));
  mkdirSync(path.join(repo, 'spec'));
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  write(baseSpec());
  git('add', '-A');
  git('commit', '-qm', 'base');
  const head = baseSpec();
  delete head.paths['/pets/{petId}'].delete;
  head.paths['/pets'].get.parameters.push({
    name: 'owner',
    in: 'query',
    required: true,
    schema: { type: 'string' },
  });
  write(head);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const lineOf = (text: string, location: string) =>
  text.split('\n')[Number(location.split(':').pop()) - 1]!;

describe('shellapi-gen diff', () => {
  it('reads a git revision as the base and locates each change on its own side, relative to cwd', () => {
    const run = runCli(
      [
        'diff',
        '--base',
        'HEAD',
        '--head',
        'spec/openapi.json',
        '--format',
        'json',
        '--fail-on',
        'breaking',
      ],
      { cwd: repo },
    );
    expect(run.status, run.stderr).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['bump', 'changes']);
    expect(out.bump).toBe('major');
    for (const c of out.changes)
      expect(Object.keys(c)).toEqual([
        'level',
        'code',
        'operation',
        'pointer',
        'message',
        'location',
      ]);

    const removed = out.changes.find(
      (c: { code: string }) => c.code === 'operation-removed-without-deprecation',
    );
    expect(removed).toMatchObject({
      level: 'breaking',
      operation: 'deletePet',
      pointer: '/paths/~1pets~1{petId}/delete',
    });
    expect(removed.location).toMatch(/^HEAD:spec\/openapi\.json:\d+$/);
    expect(lineOf(git('show', 'HEAD:spec/openapi.json'), removed.location)).toContain(
      '"delete": {',
    );

    const added = out.changes.find(
      (c: { code: string }) => c.code === 'request-parameter-added-required',
    );
    expect(added).toMatchObject({ level: 'breaking', operation: 'listPets' });
    expect(added.location).toMatch(/^spec\/openapi\.json:\d+$/);
    expect(
      lineOf(readFileSync(path.join(repo, 'spec/openapi.json'), 'utf8'), added.location),
    ).toContain('{');
    expect(added.pointer).toBe('/paths/~1pets/get/parameters/3');
  });

  it('prints text and markdown, and --fail-on any passes when nothing changed', () => {
    const text = runCli(['diff', '--base', 'HEAD', '--head', 'spec/openapi.json'], { cwd: repo });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^API: \d+ breaking, \d+ non-breaking, \d+ info \(bump: major\)/);
    expect(text.stdout).toContain('operation-removed-without-deprecation deletePet');
    const md = runCli(
      ['diff', '--base', 'HEAD', '--head', 'spec/openapi.json', '--format', 'markdown'],
      { cwd: repo },
    );
    expect(md.stdout).toContain('## API changes: bump major');
    expect(md.stdout).toContain(
      '| breaking | `operation-removed-without-deprecation` | `deletePet` |',
    );
    const same = runCli(
      ['diff', '--base', 'spec/openapi.json', '--head', 'spec/openapi.json', '--fail-on', 'any'],
      { cwd: repo },
    );
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('API: no changes (bump: none)');
  });

  it('refuses an unknown base and a broken head with located errors', () => {
    const unknown = runCli(['diff', '--base', 'no-such-rev', '--head', 'spec/openapi.json'], {
      cwd: repo,
    });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(
      '--base no-such-rev is neither a spec file nor a git revision',
    );
    const broken = baseSpec();
    broken.paths['/pets'].get.responses['200'].content['application/json'].schema.items.$ref =
      '#/components/schemas/Nope';
    writeFileSync(path.join(repo, 'broken.json'), JSON.stringify(broken, null, 2));
    const bad = runCli(['diff', '--base', 'HEAD', '--head', 'broken.json'], { cwd: repo });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^head spec:\nbroken\.json:\d+:\d+ error /);
    const usage = runCli(['diff', '--base', 'HEAD', '--format', 'yaml'], { cwd: repo });
    expect(usage.status).toBe(2);
  });

  it('reports SDK-only and unlisted-key changes in every format, and --fail-on breaking counts them', () => {
    const base = baseSpec();
    const trace = { name: 'X-Trace', in: 'header', schema: { type: 'string' } };
    base.paths['/pets'].get.parameters.push(trace);
    const head = structuredClone(base);
    // The wire is the same (header names ignore case); the TypeScript params key is not.
    head.paths['/pets'].get.parameters[3].name = 'x-trace';
    head.components.schemas.Pet.patternProperties = { '^(a|b)-': { type: 'string' } };
    writeFileSync(path.join(repo, 'base.json'), JSON.stringify(base, null, 2));
    writeFileSync(path.join(repo, 'head.json'), JSON.stringify(head, null, 2));
    const diff = (...more: string[]) =>
      runCli(['diff', '--base', 'base.json', '--head', 'head.json', ...more], { cwd: repo });

    const json = diff('--format', 'json', '--fail-on', 'breaking');
    expect(json.status, json.stderr).toBe(1);
    const out = JSON.parse(json.stdout);
    const code = (c: string) => out.changes.find((x: { code: string }) => x.code === c);
    expect(code('sdk-parameter-renamed')).toMatchObject({
      level: 'breaking',
      operation: 'listPets',
      pointer: '/paths/~1pets/get/parameters/3',
      message:
        'header parameter x-trace: TypeScript params["X-Trace"] becomes params["x-trace"] in client.pets.listPets() (Python calls are unaffected)',
    });
    expect(code('response-pattern-property-added')).toMatchObject({ level: 'non-breaking' });
    expect(code('request-pattern-property-added').location).toMatch(/^head\.json:\d+$/);

    const md = diff('--format', 'markdown');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('| breaking | `sdk-parameter-renamed` | `listPets` |');
    // A pattern's `|` stays inside its table cell.
    expect(md.stdout).toContain('keys matching /^(a\\|b)-/ now take values of their own schema');
    const text = diff();
    expect(text.stdout).toContain(
      'sdk-parameter-renamed listPets: header parameter x-trace: TypeScript params["X-Trace"]',
    );

    // An SDK-only break alone still fails the gate.
    const sdkOnly = structuredClone(base);
    sdkOnly.paths['/pets'].get.parameters[3].name = 'x-trace';
    writeFileSync(path.join(repo, 'head.json'), JSON.stringify(sdkOnly, null, 2));
    const gate = diff('--fail-on', 'breaking');
    expect(gate.status).toBe(1);
    expect(gate.stdout).toMatch(/^API: 1 breaking, 0 non-breaking, 0 info \(bump: major\)/);
  });
});
