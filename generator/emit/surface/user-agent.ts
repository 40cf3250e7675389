/**
 * The User-Agent every generated SDK sends, decided once for both: the package's own name and
 * version as its package.json / pyproject.toml state them, and the language, e.g.
 * `@shellapi/sdk/1.2.0-beta.1 (typescript)` or `shellapi/1.2.0b1 (python)`. Default headers
 * replace it; the TypeScript SDK sends none in a browser.
 */
import type { ApiIr } from '../../ir/types.js';
import type { EmitContext } from '../types.js';
import { pythonPackageName } from './client-identity.js';
import { packageVersion, pep440Version } from './package-version.js';

export function userAgent(
  ir: ApiIr,
  ctx: Pick<EmitContext, 'packageName' | 'releaseVersion'>,
  language: 'typescript' | 'python',
): string {
  const version = packageVersion(ir, ctx);
  return language === 'typescript'
    ? `${ctx.packageName}/${version} (typescript)`
    : `${pythonPackageName(ctx.packageName)}/${pep440Version(version)} (python)`;
}
