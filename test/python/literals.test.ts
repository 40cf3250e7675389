/**
 * String literals in the generated Python read back, in a real Python, as the spec's values:
 * control characters (DEL included) are escapes, so the output scrub has nothing to replace. One
 * printer (surface/python-literal.ts) writes them on one line for the SDK's source and one item a
 * line for the docs' samples and the README, so both layouts read back alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyLiteral, pyString } from '../../generator/emit/surface/python-literal.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { runPipeline } from '../../generator/pipeline.js';
import { runPython } from './helpers.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\0-\x08\n-\x1f\x7f]/;
/** The same, newlines allowed (a source, or a literal laid out a line per item). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL_IN_LINES = /[\0-\x08\x0b-\x1f\x7f]/;

/** Each of `literals` (one per line) evaluated by Python's `ast.literal_eval`, as JSON. */
function evaluated(literals: string[]): unknown[] {
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import ast, json, sys\nprint(json.dumps([ast.literal_eval(l) for l in sys.stdin.read().split("\\n")]))',
    ],
    { input: literals.join('\n'), encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown[];
}

/** The string constants of a Python source, as the real Python's parser reads them. */
function stringConstants(source: string): string[] {
  const run = runPython(
    [
      '-c',
      'import ast, json, sys\nprint(json.dumps([n.value for n in ast.walk(ast.parse(sys.stdin.read())) if isinstance(n, ast.Constant) and isinstance(n.value, str)]))',
    ],
    { input: source },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

describe('Python string literals', () => {
  it('carry no raw control character and evaluate to the value', () => {
    const values = [
      'a\u0000b',
      'c\u0007d\u007f',
      'line\r\nnext',
      'x\u2028y',
      'it\'s "q" \\ é',
      'a\tb',
    ];
    const literals = values.map(pyString);
    for (const literal of literals) expect(literal).not.toMatch(RAW_CONTROL);
    expect(evaluated(literals)).toEqual(values);
  });

  it('one line or one item a line, the same value', () => {
    const value = { 'k\u007f': ['a\u007fb', 1.5, true, null, [], {}], n: { m: [false, -2] } };
    const compact = pyLiteral(value);
    const laidOut = pyLiteral(value, { indent: 1 });
    expect(compact).not.toContain('\n');
    expect(compact).toBe(
      '{"k\\u007f": ["a\\u007fb", 1.5, True, None, [], {}], "n": {"m": [False, -2]}}',
    );
    // Items at indent + 1 levels, the closing bracket at the caller's level.
    expect(laidOut.split('\n').slice(0, 3)).toEqual([
      '{',
      '        "k\\u007f": [',
      '            "a\\u007fb",',
    ]);
    expect(laidOut.endsWith('\n    }')).toBe(true);
    expect(compact).not.toMatch(RAW_CONTROL);
    expect(laidOut).not.toMatch(RAW_CONTROL_IN_LINES);
    // `ast.literal_eval` reads one literal a line: the laid-out one is joined (it has no string with a newline).
    expect(evaluated([compact, laidOut.replace(/\n\s*/g, ' ')])).toEqual([value, value]);
  });

  it('the docs’ Python samples and the Python README send an example string with DEL as it is', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-py-del-'));
    try {
      const spec = path.join(dir, 'openapi.json');
      const text = 'a\u007fb';
      await writeFile(
        spec,
        JSON.stringify({
          openapi: '3.1.0',
          info: { title: 'Notes', version: '1.0.0' },
          servers: [{ url: 'https://api.example.com' }],
          paths: {
            '/notes': {
              post: {
                operationId: 'createNote',
                requestBody: {
                  required: true,
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        required: ['text'],
                        properties: { text: { type: 'string' } },
                      },
                      example: { text },
                    },
                  },
                },
                responses: {
                  '200': {
                    description: 'The note.',
                    content: {
                      'application/json': {
                        schema: { type: 'object', properties: { id: { type: 'string' } } },
                      },
                    },
                  },
                },
              },
            },
          },
        }),
      );
      const result = await runPipeline({
        spec,
        out: path.join(dir, 'out'),
        only: ['python'],
        mode: 'none',
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const readme = String(result.files!.find((f) => f.path === 'python/README.md')!.contents);
      const quick = /^```python\n([\s\S]*?)^```/m.exec(readme)![1]!;
      const samples = buildSamples(result.ir!, result.ir!.operations[0]!);
      for (const source of [quick, samples.python, samples.pythonHttp]) {
        expect(source).not.toMatch(RAW_CONTROL_IN_LINES);
        expect(source).not.toContain('\ufffd');
        expect(stringConstants(source)).toContain(text);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
