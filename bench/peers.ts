/**
 * The tools we are measured against, at pinned versions, installed by the bench itself into
 * node_modules/.cache/bench-peers with `npm install --prefix` (never dependencies of the project).
 * Installed once; reinstalled only when a pin changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEER_VERSIONS = {
  orval: '8.38.0',
  '@hey-api/openapi-ts': '0.99.0',
  'openapi-typescript': '7.13.0',
  '@stoplight/prism-cli': '5.16.0',
  openai: '7.60.0',
} as const;

export type PeerName = keyof typeof PEER_VERSIONS;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const peersDir = path.join(repoRoot, 'node_modules', '.cache', 'bench-peers');

function packageJson(name: string, dir = peersDir): { version: string; bin?: unknown } {
  return JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
    bin?: unknown;
  };
}

function installedVersion(name: string): string | undefined {
  try {
    return packageJson(name).version;
  } catch {
    return undefined;
  }
}

/** Installs whatever pin is missing or different; returns the versions in place. */
export function ensurePeers(log: (line: string) => void = console.log): Record<PeerName, string> {
  const stale = (Object.keys(PEER_VERSIONS) as PeerName[]).filter(
    (name) => installedVersion(name) !== PEER_VERSIONS[name],
  );
  if (stale.length > 0) {
    mkdirSync(peersDir, { recursive: true });
    if (!existsSync(path.join(peersDir, 'package.json')))
      writeFileSync(path.join(peersDir, 'package.json'), '{ "private": true }\n');
    log(`installing ${stale.join(', ')} into ${path.relative(repoRoot, peersDir)} …`);
    const specs = (Object.keys(PEER_VERSIONS) as PeerName[]).map(
      (name) => `${name}@${PEER_VERSIONS[name]}`,
    );
    const r = spawnSync(
      'npm',
      ['install', '--prefix', peersDir, '--no-audit', '--no-fund', '--save-exact', ...specs],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`npm install of the bench peers failed:\n${r.stderr}`);
  }
  return Object.fromEntries(
    (Object.keys(PEER_VERSIONS) as PeerName[]).map((name) => [name, installedVersion(name)!]),
  ) as Record<PeerName, string>;
}

/** Absolute path of a package's command-line entry (run with `node`, not through a shim). */
export function peerBin(name: PeerName, command?: string): string {
  const { bin } = packageJson(name);
  const entry =
    typeof bin === 'string'
      ? bin
      : (bin as Record<string, string>)[command ?? name.split('/').pop()!];
  if (!entry) throw new Error(`${name} has no command ${command ?? ''}`);
  return path.join(peersDir, 'node_modules', name, entry);
}

/** Our own CLI entry, as package.json's `bin` names it (so a rebuilt entry point is followed). */
export function ourBin(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  return path.join(repoRoot, pkg.bin['shellapi-gen']!);
}
