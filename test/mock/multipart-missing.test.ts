/**
 * The multipart parser is an optional peer dependency: a mock whose spec has no multipart
 * operation never loads it, and one that has them but cannot load it keeps answering, with a 500
 * naming the package for each multipart request.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { MOCK_PEERS_INSTALL } from '../../templates/mock/peers.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@remix-run/multipart-parser', () => {
  loads.count++;
  throw new Error("Cannot find package '@remix-run/multipart-parser'");
});

const servers: MockServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

// Test files share a worker's modules (isolate: false): a mock module that already loaded the
// parser for another file would keep it, so this file imports the mock afresh.
let mod: typeof import('./helpers.js');
beforeAll(async () => {
  vi.resetModules();
  mod = await import('./helpers.js');
});

describe('mock without @remix-run/multipart-parser', () => {
  it('a spec without multipart operations never loads it', async () => {
    const { BEARER, JOB_ID, call, startFor } = mod;
    const mock = await startFor(JOB_ID);
    servers.push(mock);
    const a = await call(mock.url, 'POST', '/jobs', { headers: BEARER, json: { prompt: 'x' } });
    expect(a.status, a.text).toBeLessThan(300);
    expect(loads.count).toBe(0);
  });

  it('a multipart request is a 500 naming the package; other requests are answered', async () => {
    const { BEARER, FEATURES, call, startFor } = mod;
    const mock = await startFor(FEATURES);
    servers.push(mock);
    const a = await call(mock.url, 'POST', '/files', {
      headers: { ...BEARER, 'content-type': 'multipart/form-data; boundary=b' },
      body: '--b\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nx\r\n--b--\r\n',
    });
    expect(loads.count).toBe(1);
    expect(a.status, a.text).toBe(500);
    expect(a.text).toContain(MOCK_PEERS_INSTALL);
    const json = await call(mock.url, 'GET', '/files/f1/content', { headers: BEARER });
    expect(json.status, json.text).not.toBe(500);
  });
});
