/**
 * The npm name of a spec's SDK, decided once: both SDKs and the docs read it (TypeScript
 * package.json and imports, the Python package `pythonPackageName`, the `<PREFIX>_API_KEY` /
 * `<PREFIX>_BASE_URL` environment variables `envPrefix`). `info.x-package-name` wins, else it comes
 * from the title, so SDKs of two APIs can sit in one project. The CLI's `--package-name` overrides both.
 */

/** npm's rule for a new package name: lowercase, URL-safe, an optional `@scope/`, at most 214 characters. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** Also: the part the Python name and env prefix come from (the scope, else the name) starts with a letter. */
export function isPackageName(name: string): boolean {
  return name.length <= 214 && NPM_NAME.test(name) && /^@?[a-z]/.test(name);
}

/**
 * `Redocly Museum API` → `redocly-museum` (a trailing `API` would read `REDOCLY_MUSEUM_API_API_KEY`);
 * `3D Print` → `api-3d-print` (the Python name and env prefix must not start with a digit).
 */
export function packageNameFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/(?<=.)-api$/, '')
    .slice(0, 200)
    .replace(/-+$/, '');
  if (slug === '') return 'api-sdk';
  return /^[a-z]/.test(slug) ? slug : `api-${slug}`;
}

/**
 * The package's mock command (`package.json` `bin`, its README): named after the package, so the
 * SDKs of two APIs in one project do not both claim one command. `@acme/sdk` → `acme-sdk-mock`.
 */
export function mockBinName(packageName: string): string {
  return `${packageName.replace(/^@/, '').replace('/', '-')}-mock`;
}

/** The file `npm pack` makes of the package: `@acme/sdk` 1.2.0 → `acme-sdk-1.2.0.tgz`. */
export function packedTarballName(packageName: string, version: string): string {
  return `${packageName.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}
