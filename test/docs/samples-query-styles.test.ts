/**
 * Query parameters in a style beside form-exploded: the docs' curl and Python (HTTP) samples send
 * them as the SDKs do (the TS runtime's serialisation), so the mock accepts a copied sample.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { irFor } from './helpers.js';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Styles', version: '1.0.0' },
  servers: [{ url: 'https://api.example.test' }],
  paths: {
    '/q': {
      get: {
        operationId: 'query',
        parameters: [
          {
            name: 'd',
            in: 'query',
            required: true,
            style: 'deepObject',
            schema: { type: 'object', properties: { a: { type: 'string' } } },
            example: { a: 'A' },
          },
          {
            name: 'p',
            in: 'query',
            required: true,
            style: 'pipeDelimited',
            explode: false,
            schema: { type: 'array', items: { type: 'integer' } },
            example: [1, 2],
          },
          {
            name: 'plain',
            in: 'query',
            required: true,
            schema: { type: 'array', items: { type: 'string' } },
            example: ['x', 'y'],
          },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
  },
};

it('curl and Python (HTTP) serialise styled query parameters like the SDKs', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'samples-styles-'));
  const file = path.join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(SPEC));
  const ir = await irFor(file);
  const samples = buildSamples(ir, ir.operations[0]!);
  expect(samples.curl).toContain('https://api.example.test/q?d%5Ba%5D=A&p=1%7C2&plain=x&plain=y');
  // requests sends `params` form-exploded: the styled ones ride in the URL instead.
  expect(samples.pythonHttp).toContain('f"{BASE_URL}/q?d%5Ba%5D=A&p=1%7C2"');
  expect(samples.pythonHttp).toMatch(/params=\{"plain": \[\s*"x",\s*"y",\s*\]\}/);
});
