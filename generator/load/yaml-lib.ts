/**
 * The `yaml` package, required on first use: a clean file is parsed by yaml-quick.ts (js-yaml), so
 * `yaml` (about 15 ms to load) is needed only when that path gives up, for a watch session's
 * parses, or to place a problem.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

const require = createRequire(import.meta.url);
let yaml: Yaml | undefined;

export function yamlLib(): Yaml {
  return (yaml ??= require('yaml') as Yaml);
}
