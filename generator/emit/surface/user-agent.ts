/**
 * The User-Agent every generated SDK sends, decided once for both: the package's own name and
 * version (as its package.json / pyproject.toml give them) and the language, e.g.
 * `@shellapi/sdk/1.2.0 (typescript)` or `shellapi/1.2.0 (python)`. Default headers override it.
 */
export type SdkLanguage = 'typescript' | 'python';

export function userAgent(packageName: string, version: string, language: SdkLanguage): string {
  return `${packageName}/${version} (${language})`;
}
