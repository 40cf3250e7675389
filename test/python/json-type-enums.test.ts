/**
 * An enum mixing JSON types (`enum: [1, "1", true]`) keeps each answer's JSON type in Python, as
 * JSON.parse does in the TypeScript SDK: pydantic's `Literal` alone reads `1.0` as `True`, `True`
 * as `1` and (with a fraction member's `float`) `"1"` as `1.0`. Answers come from a real server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { pythonTypesSource, runPythonAsync } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /things/{n}:
    get:
      operationId: getThing
      parameters: [{ name: n, in: path, required: true, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
    Thing:
      type: object
      properties:
        mixed: { enum: [1, "1", true, null] }
        fraction: { enum: [1.5, 1, "a"] }
`;

/** Raw answers (JSON.stringify would print 1.0 as 1). */
const BODIES = [
  '{"mixed": 1.0, "fraction": 1.0}',
  '{"mixed": true, "fraction": true}',
  '{"mixed": "1", "fraction": "1"}',
  '{"mixed": 1, "fraction": 1.5}',
  '{"mixed": 0, "fraction": "a"}',
  '{"mixed": false, "fraction": 0.0}',
];

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-json-enums-'));
const root = path.join(work, 'out', 'python');
let server: http.Server;
let base = '';

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  server = http.createServer((req, res) => {
    const n = Number(req.url!.split('/').pop());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(BODIES[n]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/** The JSON type of a value as the TypeScript SDK holds it. */
function jsonType(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

describe('an enum mixing JSON types', () => {
  it('is annotated to keep JSON types in the response model only', () => {
    const types = pythonTypesSource(path.join(root, 'shellapi'));
    expect(types).toContain(
      'mixed: Optional[Annotated[Literal[1, "1", True], _SameJsonType]] = Field(None)',
    );
    const params = readFileSync(path.join(root, 'shellapi/_params.py'), 'utf8');
    expect(params).not.toContain('_SameJsonType');
  });

  it('keeps every answer its JSON type, as JSON.parse does', async () => {
    const probe = [
      'import json, logging, sys, warnings',
      'logging.disable(logging.WARNING)',
      'from shellapi import T',
      'def kind(v):',
      '    return "null" if v is None else "boolean" if isinstance(v, bool) else "number" if isinstance(v, (int, float)) else "string"',
      'client = T(base_url=sys.argv[1])',
      'out = []',
      `for n in range(${BODIES.length}):`,
      '    thing = client.default.get_thing(n)',
      '    out.append([[kind(thing.mixed), thing.mixed], [kind(thing.fraction), thing.fraction]])',
      'print(json.dumps(out))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe, base], { cwd: work, env: { PYTHONPATH: root } });
    expect(run.stderr).toBe('');
    const got = JSON.parse(run.stdout) as [string, unknown][][];
    const expected = BODIES.map((body) => {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      return ['mixed', 'fraction'].map((key) => [jsonType(parsed[key]), parsed[key]]);
    });
    expect(got).toEqual(expected);
  }, 120_000);
});
