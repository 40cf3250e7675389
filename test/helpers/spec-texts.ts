/** This repo's spec files (`spec/**.yaml`), each as [name relative to spec/, text], for tests that read them all. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPEC_DIR = fileURLToPath(new URL('../../spec/', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}

export function specYamlTexts(): [name: string, text: string][] {
  return yamlFiles(SPEC_DIR).map((file) => [
    path.relative(SPEC_DIR, file),
    readFileSync(file, 'utf8'),
  ]);
}
