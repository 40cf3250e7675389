/**
 * Who the generated package is: its mock command is named after it (two SDKs in one project keep
 * one command each), and its README installs a name derived from the title from the packed
 * tarball (the registry's package of that name is someone else's), a chosen name by name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const spec = (title: string, extra = '') =>
  [
    'openapi: 3.1.0',
    `info: { title: ${title}, version: '1.0.0'${extra} }`,
    'paths:',
    "  /ping: { get: { operationId: ping, responses: { '204': { description: ok } } } }",
    '',
  ].join('\n');

let acme: SpecOutputs;
let edge: SpecOutputs;
let named: SpecOutputs;
let project: string;

beforeAll(async () => {
  [acme, edge, named] = await Promise.all([
    specOutputs(spec('Acme API'), { name: 'shellapi-pkg-acme' }),
    specOutputs(spec('Edge'), { name: 'shellapi-pkg-edge' }),
    specOutputs(spec('Named', ", x-package-name: '@named/sdk'"), { name: 'shellapi-pkg-named' }),
  ]);
  project = await mkdtemp(path.join(os.tmpdir(), 'shellapi-pkg-project-'));
}, 180_000);

afterAll(async () => {
  await Promise.all([acme?.close(), edge?.close(), named?.close()]);
  if (project) await rm(project, { recursive: true, force: true });
});

/** The `npm install …` line of the README's Install section. */
async function installLine(outputs: SpecOutputs): Promise<string | undefined> {
  const readme = await outputs.read('sdk/README.md');
  const section = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Quick start'));
  return section.split('\n').find((line) => line.startsWith('npm install'));
}

describe('package identity', () => {
  it('a name from the title: the README installs the packed tarball; a chosen one by name', async () => {
    expect(await installLine(acme)).toBe('npm install ./acme-1.0.0.tgz');
    expect(await installLine(edge)).toBe('npm install ./edge-1.0.0.tgz');
    expect(await installLine(named)).toBe('npm install @named/sdk');
  });

  it('the mock command is named after the package, in package.json and the README', async () => {
    for (const [outputs, bin] of [
      [acme, 'acme-mock'],
      [edge, 'edge-mock'],
      [named, 'named-sdk-mock'],
    ] as const) {
      expect(JSON.parse(await outputs.read('sdk/package.json')).bin).toEqual({
        [bin]: './dist/mock/cli.js',
      });
      expect(await outputs.read('sdk/README.md')).toContain(`npx ${bin} --port 4010`);
    }
  });

  it('the README tarball is what npm pack makes, and two SDKs installed side by side keep a command each', async () => {
    await writeFile(path.join(project, 'package.json'), '{"name":"app","private":true}');
    const tarballs: string[] = [];
    for (const outputs of [acme, edge]) {
      const pack = spawnSync('npm', ['pack', '--silent', path.join(outputs.out, 'sdk')], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(pack.status, pack.stderr).toBe(0);
      tarballs.push(pack.stdout.trim());
    }
    expect(tarballs).toEqual(['acme-1.0.0.tgz', 'edge-1.0.0.tgz']);
    const install = spawnSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', ...tarballs.map((t) => `./${t}`)],
      { cwd: project, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    const bin = path.join(project, 'node_modules/.bin');
    expect(readlinkSync(path.join(bin, 'acme-mock'))).toBe('../acme/dist/mock/cli.js');
    expect(readlinkSync(path.join(bin, 'edge-mock'))).toBe('../edge/dist/mock/cli.js');
    expect(existsSync(path.join(bin, 'shellapi-mock'))).toBe(false);
  }, 120_000);
});
