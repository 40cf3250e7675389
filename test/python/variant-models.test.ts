/**
 * A oneOf parent with its own properties (OpenAPI's discriminated base: `Pet` with `petType`,
 * `name` and `oneOf: [Dog, Cat]`) is a union of one model per variant, each with the parent's
 * properties too, not `Any`: the response parses into typed models, and the request TypedDicts
 * tag each variant with its discriminator value (the implicit `Cat` included).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { pythonTypesSource, runPython } from './helpers.js';

const ZOO = fileURLToPath(new URL('../schemas/zoo.yaml', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-variants-'));
const root = path.join(work, 'out', 'python');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const result = await runPipeline({
    spec: ZOO,
    out: path.join(work, 'out'),
    only: ['python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
}, 120_000);

describe('a oneOf parent with its own properties in Python', () => {
  it('is a Union of per-variant models, and the TypedDicts carry the tag values', () => {
    const types = pythonTypesSource(path.join(root, 'shellapi'));
    expect(types).toContain('Pet = Union[PetDog, PetCat]');
    const params = readFileSync(path.join(root, 'shellapi/_params.py'), 'utf8');
    expect(params).toContain(`"petType": 'Required[Literal["Cat"]]'`);
    expect(params).toContain(`"petType": 'Required[Literal["dog"]]'`);
  });

  it('parses a response list into typed models with the parent fields', () => {
    const probe = [
      'import json, logging',
      'logging.disable(logging.CRITICAL)',
      'from shellapi import types',
      'from shellapi._models import parse_as',
      'pets = parse_as(types.DefaultListPetsResponse, [',
      '    {"petType": "dog", "name": "Rex", "bark": "loud"},',
      '    {"petType": "Cat", "name": "Tom", "lives": 9},',
      '])',
      'print(json.dumps([[type(p).__name__, p.name, p.pet_type] for p in pets]))',
    ].join('\n');
    const run = runPython(['-c', probe], { cwd: work, env: { PYTHONPATH: root } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      ['PetDog', 'Rex', 'dog'],
      ['PetCat', 'Tom', 'Cat'],
    ]);
  }, 120_000);
});
