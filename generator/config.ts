/** Fixed settings of the generator: its identity, defaults and where its own files are. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const GENERATOR = { name: pkg.name, version: pkg.version };
export const TEMPLATES_DIR = `${ROOT}templates`;
export const DEFAULT_SPEC = 'spec/openapi.yaml';
export const DEFAULT_OUT = 'generated';
