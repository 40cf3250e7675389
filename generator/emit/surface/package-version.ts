/**
 * The version every generated package carries, decided once for all of them: the recorded release
 * (`release` / `generate --release`), else the spec's info.version when it is semver, else 0.0.0.
 */
import type { ApiIr } from '../../ir/types.js';
import type { EmitContext } from '../types.js';

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

export function packageVersion(ir: ApiIr, ctx: Pick<EmitContext, 'releaseVersion'>): string {
  return ctx.releaseVersion ?? (SEMVER.test(ir.info.version) ? ir.info.version : '0.0.0');
}

const PEP440_PRE: Readonly<Record<string, string>> = {
  alpha: 'a',
  a: 'a',
  beta: 'b',
  b: 'b',
  rc: 'rc',
};

/**
 * The same version as Python packaging (PEP 440) spells it: `1.2.0-beta.1` → `1.2.0b1`, `-rc.2` →
 * `rc2`; any other pre-release tag becomes a dev release (`1.2.0.dev0`), still before 1.2.0.
 */
export function pep440Version(semver: string): string {
  const [core, pre] = semver.split(/-(.*)/s) as [string, string?];
  if (pre === undefined) return core;
  const m = /^([A-Za-z]+)\.?(\d*)$/.exec(pre);
  const tag = m ? PEP440_PRE[m[1]!.toLowerCase()] : undefined;
  return tag ? `${core}${tag}${m![2] || '0'}` : `${core}.dev0`;
}
