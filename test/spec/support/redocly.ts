/**
 * Runs the locally installed @redocly/cli (never a network install) and bundles the spec into
 * a temporary directory, so the spec tests see exactly what redocly resolves.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Root of the spec, relative to `repoRoot` (redocly reports locations relative to its cwd). */
export const rootSpec = path.join('spec', 'openapi.yaml');

export interface RedoclyRun {
  code: number;
  stdout: string;
  stderr: string;
}

function redoclyCliScript(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@redocly/cli/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['redocly'];
  if (!bin) throw new Error('@redocly/cli declares no `redocly` bin');
  return path.join(path.dirname(pkgPath), bin);
}

/** Runs `redocly <args>` with `cwd` (default: the repo root); a non-zero exit is returned, not thrown. */
export function runRedocly(args: string[], cwd: string = repoRoot): Promise<RedoclyRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [redoclyCliScript(), ...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        // No telemetry or update checks: tests must not talk to the network.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Bundles `spec` (relative to `cwd`) into one JSON document with `redocly bundle`. */
export async function bundleSpec(spec: string = rootSpec, cwd: string = repoRoot): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-spec-bundle-'));
  try {
    const out = path.join(dir, 'bundle.json');
    const run = await runRedocly(['bundle', spec, '--ext', 'json', '-o', out], cwd);
    if (run.code !== 0) {
      throw new Error(`redocly bundle failed (exit ${run.code}):\n${run.stderr}\n${run.stdout}`);
    }
    return JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
