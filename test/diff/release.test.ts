/** Release planning: the version a diff needs, a deliberate info.version, the changelog, idempotence. */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  planRelease,
  ReleaseError,
  RELEASE_RECORD,
  RELEASE_SPEC,
  type ReleasePlan,
} from '../../generator/diff/release.js';
import { runCli } from '../helpers/cli.js';
import { baseSpec, type Spec } from './base-spec.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(): {
  spec: string;
  out: string;
  write(s: Spec): void;
  apply(plan: ReleasePlan): void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
  dirs.push(dir);
  const spec = path.join(dir, 'openapi.json');
  const out = path.join(dir, 'generated');
  return {
    spec,
    out,
    write: (s) => writeFileSync(spec, JSON.stringify(s, null, 2)),
    apply: (plan) => {
      for (const f of plan.files) {
        mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
        writeFileSync(path.join(out, f.path), f.contents);
      }
    },
  };
}

/** A released 1.0.0 of the base spec, then `edit` applied to the working spec. */
async function releasedThen(edit: (s: Spec) => void) {
  const ws = workspace();
  ws.write(baseSpec());
  ws.apply(await planRelease(ws.spec, ws.out));
  const next = baseSpec();
  edit(next);
  ws.write(next);
  return ws;
}

describe('planRelease', () => {
  it('records the first release at info.version with the snapshot and a changelog', async () => {
    const ws = workspace();
    ws.write(baseSpec());
    const plan = await planRelease(ws.spec, ws.out);
    expect(plan.version).toBe('1.0.0');
    expect(plan.files.map((f) => f.path)).toEqual([
      RELEASE_SPEC,
      RELEASE_RECORD,
      'sdk/CHANGELOG.md',
    ]);
    expect(JSON.parse(plan.files[0]!.contents).paths['/pets'].get.operationId).toBe('listPets');
  });

  it.each([
    [
      'breaking',
      '2.0.0',
      'Breaking',
      (s: Spec) => delete s.paths['/pets/{petId}'].delete,
      '`client.pets.deletePet()` (DELETE /pets/{petId}) removed without being deprecated first',
    ],
    [
      'addition',
      '1.1.0',
      'Added',
      (s: Spec) =>
        s.paths['/pets'].get.parameters.push({
          name: 'q',
          in: 'query',
          schema: { type: 'string' },
        }),
      '`client.pets.listPets()`: new optional query parameter q',
    ],
    [
      'docs only',
      '1.0.1',
      'Documentation',
      (s: Spec) => (s.paths['/pets'].get.summary = 'List every pet'),
      '`client.pets.listPets()`: summary or description changed',
    ],
    [
      'deprecation',
      '1.1.0',
      'Deprecated',
      (s: Spec) => (s.paths['/pets'].get.deprecated = true),
      '`client.pets.listPets()` deprecated',
    ],
  ])(
    'a %s release bumps to %s and lists the change under %s',
    async (_kind, version, heading, edit, line) => {
      const ws = await releasedThen(edit);
      const plan = await planRelease(ws.spec, ws.out);
      expect(plan.version).toBe(version);
      const log = plan.files.find((f) => f.path === 'sdk/CHANGELOG.md')!.contents;
      expect(log.startsWith(`# Changelog\n\n## ${version}\n\n### ${heading}\n\n`)).toBe(true);
      expect(log).toContain(`- ${line}\n`);
      expect(log).toContain('## 1.0.0\n'); // the earlier section stays, below
      ws.apply(plan);
      const again = await planRelease(ws.spec, ws.out);
      expect(again.files).toEqual([]);
      expect(again.version).toBe(version);
    },
  );

  it('lets a deliberate, high enough info.version win and refuses a lower one, naming the bump', async () => {
    const higher = await releasedThen((s) => {
      s.info.version = '3.0.0';
      s.paths['/pets'].get.parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } });
    });
    expect((await planRelease(higher.spec, higher.out)).version).toBe('3.0.0');

    const lower = await releasedThen((s) => {
      s.info.version = '1.1.0';
      delete s.paths['/pets/{petId}'].delete;
    });
    const refused = planRelease(lower.spec, lower.out);
    await expect(refused).rejects.toThrow(ReleaseError);
    await expect(refused).rejects.toThrow(
      /info\.version 1\.1\.0 is too low: the changes since 1\.0\.0 need a major bump, to 2\.0\.0/,
    );
  });
});

describe('shellapi-gen release', () => {
  const snapshot = (dir: string): Map<string, string> => {
    const files = new Map<string, string>();
    const walk = (rel: string) => {
      for (const name of readdirSync(path.join(dir, rel))) {
        const child = path.join(rel, name);
        if (statSync(path.join(dir, child)).isDirectory()) walk(child);
        else files.set(child, readFileSync(path.join(dir, child), 'utf8'));
      }
    };
    walk('');
    return files;
  };

  it('bumps the generated package, writes the changelog, and a second run changes nothing', async () => {
    const ws = await releasedThen((s) => delete s.paths['/pets/{petId}'].delete);
    const first = runCli(['release', '--spec', ws.spec, '--out', ws.out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Released 2.0.0 (major bump from 1.0.0; ');
    expect(JSON.parse(readFileSync(path.join(ws.out, 'sdk/package.json'), 'utf8')).version).toBe(
      '2.0.0',
    );
    // Every generated package carries the released version, the Python one included.
    expect(readFileSync(path.join(ws.out, 'python/pyproject.toml'), 'utf8')).toContain(
      '\nversion = "2.0.0"\n',
    );
    expect(readFileSync(path.join(ws.out, 'sdk/CHANGELOG.md'), 'utf8')).toContain(
      '### Breaking\n\n- `client.pets.deletePet()`',
    );
    const before = snapshot(ws.out);
    const second = runCli(['generate', '--release', '--spec', ws.spec, '--out', ws.out]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Nothing to release: 2.0.0 is current');
    expect(snapshot(ws.out)).toEqual(before);

    // check leads with one line of API-level summary against the release just recorded (diff
    // lists the changes), then the files.
    const edited = JSON.parse(readFileSync(ws.spec, 'utf8'));
    edited.paths['/pets'].get.parameters.push({
      name: 'owner',
      in: 'query',
      required: true,
      schema: { type: 'string' },
    });
    writeFileSync(
      path.join(path.dirname(ws.spec), 'openapi.json'),
      JSON.stringify(edited, null, 2),
    );
    const check = runCli(['check', '--spec', 'openapi.json', '--out', 'generated'], {
      cwd: path.dirname(ws.spec),
    });
    expect(check.status).toBe(1);
    expect(check.stdout.split('\n')[0]).toBe(
      'API changes since release 2.0.0 (generated/release/spec.json), not yet released: 2 breaking, 0 non-breaking, 0 info (bump: major); list them: shellapi-gen diff --base generated/release/spec.json --head openapi.json',
    );
    expect(check.stdout).not.toContain('sdk-parameter-added-required');
    expect(check.stderr).toContain('stale   sdk/src/');
    // The command it names lists them: the wire change, and what it does to both SDKs' calls.
    const listed = runCli(
      ['diff', '--base', 'generated/release/spec.json', '--spec', 'openapi.json'],
      {
        cwd: path.dirname(ws.spec),
      },
    );
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(
      'sdk-parameter-added-required listPets: new required argument query parameter owner: TypeScript client.pets.listPets() needs params.owner (client.pets.listPets(params?, options?) becomes client.pets.listPets(params, options?)), Python client.pets.list_pets(...) needs keyword owner=',
    );
    expect(listed.stdout).toMatch(
      /request-parameter-added-required listPets: new required query parameter owner\n\s+at openapi\.json:\d+ \/paths\/~1pets\/get\/parameters\/3/,
    );
  }, 300_000);
});
