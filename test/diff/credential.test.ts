/**
 * Reordering an operation's security alternatives changes the scheme both SDKs send their one key
 * through (review 3 #4): breaking `sdk-auth-changed`, not "documentation only". Two schemes
 * that send the key the same way (OAuth 2 and http bearer) are not a change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecs, loadSide } from '../../generator/diff/index.js';
import { planAuth } from '../../generator/emit/surface/plan.js';

const dir = mkdtempSync(path.join(tmpdir(), 'credential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = (security: string[]) => ({
  openapi: '3.1.0',
  info: { title: 'Pets', version: '1.0.0' },
  tags: [{ name: 'pets', description: 'Pets.' }],
  paths: {
    '/pets/{petId}': {
      get: {
        operationId: 'getPet',
        tags: ['pets'],
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        security: security.map((name) => ({ [name]: [] })),
        responses: { '204': { description: 'Found' } },
      },
    },
  },
  components: {
    securitySchemes: {
      api_key: { type: 'apiKey', in: 'header', name: 'api_key' },
      oauth: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://x.test/token', scopes: {} } },
      },
      bearer: { type: 'http', scheme: 'bearer' },
    },
  },
});

async function diff(base: string[], head: string[]) {
  const file = (name: string, order: string[]) => {
    const f = path.join(dir, `${name}-${order.join('-')}.json`);
    writeFileSync(f, JSON.stringify(spec(order)));
    return f;
  };
  const b = await loadSide(file('base', base), 'base');
  const h = await loadSide(file('head', head), 'head');
  return { result: diffSpecs(b, h), head: h };
}

describe('the scheme the SDKs send the key through', () => {
  it('alternatives swapped: api_key header → Authorization: Bearer is breaking', async () => {
    const { result, head } = await diff(['api_key', 'oauth'], ['oauth', 'api_key']);
    // The plan both SDK emitters read picks the new first alternative.
    expect(planAuth(head.ir, head.ir.operations[0]!).auth).toBe('oauth');
    expect(result.bump).toBe('major');
    expect(result.changes).toEqual([
      expect.objectContaining({
        code: 'sdk-auth-changed',
        level: 'breaking',
        operation: 'getPet',
        message: expect.stringContaining('sent it by api_key, header "api_key"'),
      }),
    ]);
  });

  it('two schemes sending the same Authorization: Bearer swapped: no SDK change', async () => {
    const { result } = await diff(['oauth', 'bearer'], ['bearer', 'oauth']);
    expect(result.changes.map((c) => c.code)).not.toContain('sdk-auth-changed');
    expect(result.bump).not.toBe('major');
  });
});
