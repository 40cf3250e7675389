/** `generate --watch` in a temporary folder: edit, break and fix the spec; the output follows and the process survives. */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { baseSpec } from './base-spec.js';

const dir = mkdtempSync(path.join(tmpdir(), 'watch-'));
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('generate --watch', () => {
  it('regenerates on edits, reports a broken spec without exiting, and recovers', async () => {
    const specFile = path.join(dir, 'openapi.json');
    const write = (spec: object | string) =>
      writeFileSync(specFile, typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2));
    write(baseSpec());
    child = spawn(
      process.execPath,
      [BIN, 'generate', '--watch', '--spec', 'openapi.json', '--out', 'gen'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    /** Resolves when `pattern` appears in the output after `from` (an offset into stdout). */
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<number>((resolve, reject) => {
        const poll = setInterval(() => {
          const at = stdout.slice(from).search(pattern);
          if (at >= 0) {
            clearInterval(poll);
            resolve(from + at + 1);
          } else if (child!.exitCode !== null) {
            clearInterval(poll);
            reject(new Error(`watch exited ${child!.exitCode}\n${stdout}\n${stderr}`));
          }
        }, 100);
      });

    let at = await waitFor(/files: \d+ written/, 0);
    expect(readFileSync(path.join(dir, 'gen/sdk/package.json'), 'utf8')).toContain(
      '"version": "1.0.0"',
    );

    // Edit: a new query parameter reaches the generated client.
    const edited = baseSpec();
    edited.paths['/pets'].get.parameters.push({
      name: 'ownerName',
      in: 'query',
      schema: { type: 'string' },
    });
    write(edited);
    at = await waitFor(/\[watch\] openapi\.json[\s\S]*files: [1-9]\d* written/, at);
    expect(readFileSync(path.join(dir, 'gen/sdk/src/operations/pets.ts'), 'utf8')).toContain(
      'ownerName',
    );

    // Break: a dangling ref is printed with its location, nothing is written, the process keeps running.
    const broken = structuredClone(edited);
    broken.paths['/pets'].get.responses['200'].content['application/json'].schema.items.$ref =
      '#/components/schemas/Nope';
    const stderrBefore = stderr.length;
    write(broken);
    at = await waitFor(/not generated: fix the problems above; still watching/, at);
    expect(stderr.slice(stderrBefore)).toMatch(/^openapi\.json:\d+:\d+ error /m);
    expect(child.exitCode).toBeNull();

    // Fix: back to a good spec; the output follows again.
    edited.paths['/pets'].get.parameters.push({
      name: 'color',
      in: 'query',
      schema: { type: 'string' },
    });
    write(edited);
    at = await waitFor(/files: [1-9]\d* written/, at);
    expect(readFileSync(path.join(dir, 'gen/sdk/src/operations/pets.ts'), 'utf8')).toContain(
      'color',
    );
    expect(existsSync(path.join(dir, 'gen/manifest.json'))).toBe(true);

    // Saved as editors (and `sed -i`) save: a new file renamed over the spec, twice.
    for (const name of ['sizeFromRename', 'ageFromRename']) {
      edited.paths['/pets'].get.parameters.push({ name, in: 'query', schema: { type: 'string' } });
      writeFileSync(`${specFile}.tmp`, JSON.stringify(edited, null, 2));
      renameSync(`${specFile}.tmp`, specFile);
      at = await waitFor(/files: [1-9]\d* written/, at);
      expect(readFileSync(path.join(dir, 'gen/sdk/src/operations/pets.ts'), 'utf8')).toContain(
        name,
      );
    }

    // A reference into a folder that does not exist yet: made (folder and file at once), it is seen.
    const external = structuredClone(edited);
    external.paths['/pets'].get.responses['200'].content['application/json'].schema.items = {
      $ref: './parts/deep/pet.json',
    };
    write(external);
    at = await waitFor(/not generated: fix the problems above; still watching/, at);
    mkdirSync(path.join(dir, 'parts/deep'), { recursive: true });
    writeFileSync(
      path.join(dir, 'parts/deep/pet.json'),
      JSON.stringify({ type: 'object', properties: { fromNewFolder: { type: 'string' } } }),
    );
    at = await waitFor(/files: [1-9]\d* written/, at);
    expect(readFileSync(path.join(dir, 'gen/sdk/src/schema.ts'), 'utf8')).toContain(
      'fromNewFolder',
    );

    const exited = new Promise<number | null>((resolve) =>
      child!.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 400_000);
});
