/**
 * Specs nobody here wrote (petstore 3.0, museum 3.1, openai 3.1 at ~3 MB) load with zero errors,
 * and the fast parse gives exactly what `yaml` gives. Each spec is loaded once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadSpec, type LoadedSpec } from '../../generator/load/index.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));

/** 1-based line of the first line equal to `text` at or after line `from`. */
function lineOf(source: string, text: string, from = 1): number {
  const lines = source.split('\n');
  const index = lines.findIndex((line, i) => i >= from - 1 && line === text);
  if (index < 0) throw new Error(`not found: ${text}`);
  return index + 1;
}

describe.each([
  ['petstore.yaml', '3.0', '/pet/{petId}', 'get'],
  ['museum.yaml', '3.1', '/museum-hours', 'get'],
  ['openai.yaml', '3.1', '/chat/completions', 'post'],
] as const)('%s', (file, version, samplePath, sampleMethod) => {
  let spec: LoadedSpec;
  let source: string;
  let parsed: any;
  beforeAll(async () => {
    source = readFileSync(SHARED + file, 'utf8');
    parsed = YAML.parse(source);
    spec = await loadSpec(SHARED + file);
  });

  it('loads with zero errors', () => {
    expect(spec.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(spec.version).toBe(version);
    expect(spec.files).toEqual([file]);
  });

  it('keeps warnings few and of known kinds', () => {
    const warnings = spec.problems.filter((p) => p.severity === 'warning');
    expect(warnings.length).toBeLessThan(40);
    for (const warning of warnings)
      expect(['tag-undeclared', 'discriminator-property-not-required', 'openapi-schema']).toContain(
        warning.code,
      );
  });

  it('bundles a single-file spec to exactly what YAML.parse reads', () => {
    expect(spec.document).toEqual(parsed);
  });

  it('warns once for each tag operations use without declaring it', () => {
    const document = parsed;
    const declared = new Set(((document.tags ?? []) as { name: string }[]).map((tag) => tag.name));
    const used = new Set<string>();
    for (const item of Object.values(
      document.paths as Record<string, Record<string, { tags?: string[] }>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method))
          for (const tag of operation.tags ?? []) used.add(tag);
      }
    }
    const undeclared = [...used].filter((tag) => !declared.has(tag)).sort();
    const reported = spec.problems
      .filter((p) => p.code === 'tag-undeclared')
      .map((p) => /Tag "([^"]+)"/.exec(p.message)![1]!)
      .sort();
    expect(reported).toEqual(undeclared);
  });

  it('locates an operation at its key', () => {
    const pathLine = lineOf(source, `  ${samplePath}:`);
    const methodLine = lineOf(source, `    ${sampleMethod}:`, pathLine);
    const pointer = `/paths/${samplePath.replace(/\//g, '~1')}/${sampleMethod}`;
    expect(spec.locate(pointer)).toEqual({ file, pointer, line: methodLine, col: 5 });
  });
});
