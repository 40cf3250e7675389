/**
 * YAML's `.inf`, `-.inf` and `.nan` (and JSON's `1e999`) have no JSON spelling: the loader says
 * where each one is written, and the types do not claim the value is `null`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { emitSchemaTypes } from '../../generator/emit/types/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/non-finite/openapi.yaml', import.meta.url));
const ctx = { templates: new Map(), generator: { name: 'test', version: '0' }, packageName: 'x' };

const located = (problems: Awaited<ReturnType<typeof loadSpec>>['problems']) =>
  problems.map(({ code, severity, file, line, col, pointer }) => ({
    code,
    severity,
    file,
    line,
    col,
    pointer,
  }));

describe('numbers JSON cannot hold', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('warns at each .inf, -.inf and .nan, at its own file:line:col and pointer', async () => {
    const loaded = await loadSpec(FIXTURE);
    expect(located(loaded.problems)).toEqual([
      {
        code: 'number-not-json',
        severity: 'warning',
        file: 'openapi.yaml',
        line: 23,
        col: 18,
        pointer: '/components/schemas/Limit/properties/bound/enum/0',
      },
      {
        code: 'number-not-json',
        severity: 'warning',
        file: 'openapi.yaml',
        line: 23,
        col: 24,
        pointer: '/components/schemas/Limit/properties/bound/enum/1',
      },
      {
        code: 'number-not-json',
        severity: 'warning',
        file: 'openapi.yaml',
        line: 25,
        col: 11,
        pointer: '/components/schemas/Limit/properties/fixed/const',
      },
    ]);
    expect(loaded.problems[0]!.message).toMatch(/^\.inf cannot be represented in JSON/);
    expect(loaded.problems[1]!.message).toMatch(/^-\.inf cannot/);
    expect(loaded.problems[2]!.message).toMatch(/^\.nan cannot/);
  });

  it('types such an enum or const as number, never null', async () => {
    const loaded = await loadSpec(FIXTURE);
    const { ir } = buildIr(loaded);
    const limit = ir.schemas.find((s) => s.name === 'Limit')!.schema;
    expect(limit.kind).toBe('object');
    const props = limit.kind === 'object' ? limit.properties : [];
    for (const prop of props) {
      expect(prop.schema.kind, prop.name).toBe('number');
      expect(prop.schema, prop.name).not.toHaveProperty('enum');
      expect(prop.schema, prop.name).not.toHaveProperty('const');
    }
    const [schema] = await emitSchemaTypes(ir, ctx);
    const text = schema!.contents as string;
    expect(text).toMatch(/bound\?: number;/);
    expect(text).toMatch(/fixed\?: number;/);
    expect(text).not.toMatch(/null/);
  });

  it('places a JSON file’s 1e999 in a referenced file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-non-finite-'));
    dirs.push(dir);
    await writeFile(
      path.join(dir, 'openapi.yaml'),
      [
        'openapi: 3.1.0',
        'info: {title: T, version: 1.0.0}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Big:',
        "      $ref: 'big.json'",
        '',
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'big.json'), '{\n  "type": "number",\n  "maximum": 1e999\n}\n');
    const loaded = await loadSpec(path.join(dir, 'openapi.yaml'));
    expect(located(loaded.problems)).toEqual([
      {
        code: 'number-not-json',
        severity: 'warning',
        file: 'big.json',
        line: 3,
        col: 3,
        pointer: '/maximum',
      },
    ]);
    const { ir } = buildIr(loaded);
    const big = ir.schemas.find((s) => s.name === 'Big')!.schema;
    expect(big).not.toHaveProperty('maximum');
    // Quoted as the file writes it, with a hint for a bound (not the enum's).
    expect(loaded.problems[0]!.message).toBe(
      '1e999 cannot be represented in JSON: the maximum is left out (no limit).',
    );
    expect(loaded.problems[0]!.hint).toBe(
      'Write a finite maximum (such as 1.0e+308), or leave the maximum out.',
    );
  });

  it('quotes each number as written, and says what happens to it where it stands', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-non-finite-'));
    dirs.push(dir);
    await writeFile(
      path.join(dir, 'openapi.yaml'),
      [
        'openapi: 3.1.0',
        'info: {title: T, version: 1.0.0}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Yaml:',
        '      type: number',
        '      minimum: -.Inf',
        '      default: 1e999',
        '      enum:',
        '        - .NaN',
        '      example: {a: +.inf}',
        '    Json:',
        "      $ref: 'json.json'",
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'json.json'),
      '{"type":"number","default":-1E+400,"enum":[ 2e308 ],"x-note":{"max": 1e999}}\n',
    );
    const loaded = await loadSpec(path.join(dir, 'openapi.yaml'));
    const seen = Object.fromEntries(
      loaded.problems.map((p) => [`${p.file}#${p.pointer}`, [p.message, p.hint]]),
    );
    expect(seen).toEqual({
      'json.json#/default': [
        '-1E+400 cannot be represented in JSON: the default is left out.',
        'Write a finite default, or leave the default out.',
      ],
      'json.json#/enum/0': [
        '2e308 cannot be represented in JSON: the enum is left out of the generated types, which allow any number instead.',
        'Write a finite number, or leave the value out.',
      ],
      'json.json#/x-note/max': [
        '1e999 cannot be represented in JSON: JSON output writes it as null.',
        'Write a finite number, or leave the value out.',
      ],
      'openapi.yaml#/components/schemas/Yaml/minimum': [
        '-.Inf cannot be represented in JSON: the minimum is left out (no limit).',
        'Write a finite minimum (such as 1.0e+308), or leave the minimum out.',
      ],
      'openapi.yaml#/components/schemas/Yaml/default': [
        '1e999 cannot be represented in JSON: the default is left out.',
        'Write a finite default, or leave the default out.',
      ],
      'openapi.yaml#/components/schemas/Yaml/enum/0': [
        '.NaN cannot be represented in JSON: the enum is left out of the generated types, which allow any number instead.',
        'Write a finite number, or leave the value out.',
      ],
      'openapi.yaml#/components/schemas/Yaml/example/a': [
        '+.inf cannot be represented in JSON: JSON output writes it as null.',
        'Write a finite number, or leave the value out.',
      ],
    });
  });
});
