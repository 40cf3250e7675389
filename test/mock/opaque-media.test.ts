/**
 * Media types the mock cannot read or write (petstore's application/xml; review 3 #8), over real
 * HTTP: an XML request body is taken unvalidated (it was checked as JSON: 422 "must be object"),
 * and an Accept that admits only XML gets 406 naming what the mock answers with, not `""` — unless
 * the content has an XML example (its JSON one written by the schema's XML Object, ir/xml.ts). An
 * XML response of `type: string` with no example is as unwritable as an XML object (review9 F2: it
 * was answered first, as `""` labelled application/xml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { fileURLToPath } from 'node:url';
import { call, startFor } from './helpers.js';

const PETSTORE = new URL('../../../shared/specs/petstore.yaml', import.meta.url).pathname;
const TEXT = fileURLToPath(new URL('./fixtures/text-answers.yaml', import.meta.url));
let petstore: MockServer;
let text: MockServer;
const logged: string[] = [];
beforeAll(async () => {
  petstore = await startFor(PETSTORE, { logger: (line) => logged.push(line) });
  text = await startFor(TEXT);
}, 120_000);
afterAll(() => Promise.all([petstore?.close(), text?.close()]));

const XML = { 'content-type': 'application/xml' };

describe('an XML request body', () => {
  it('is accepted unvalidated', async () => {
    const a = await call(petstore.url, 'PUT', '/pet', {
      headers: XML,
      body: '<Pet><name>x</name><photoUrls/></Pet>',
    });
    expect(a.status, a.text).toBe(200);
    // The mock's log says so.
    await expect
      .poll(() => logged.join('\n'))
      .toMatch(
        /PUT \/api\/v3\/pet 200 \d+ms updatePet \(application\/xml body not validated: the mock does not read this format\)/,
      );
  });

  it('JSON bodies of the same operation are still checked', async () => {
    const a = await call(petstore.url, 'PUT', '/pet', { json: 'x' });
    expect(a.status, a.text).toBe(422);
  });
});

describe('Accept of a type the mock cannot write', () => {
  // An inline array of pets: its XML root element has no name, so no XML example.
  const get = (accept?: string) =>
    call(petstore.url, 'GET', '/pet/findByStatus?status=available', {
      headers: accept ? { accept } : {},
    });

  it('only XML: 406, naming the JSON it can answer with', async () => {
    const a = await get('application/xml');
    expect(a.status).toBe(406);
    expect(a.text).toContain('application/json');
  });

  it('XML preferred, JSON admitted: the JSON', async () => {
    for (const accept of [
      'application/xml, application/json;q=0.5',
      'application/xml, */*;q=0.1',
    ]) {
      const a = await get(accept);
      expect(a.status, accept).toBe(200);
      expect(a.headers.get('content-type')).toMatch(/^application\/json/);
      expect(a.json).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'doggie' })]));
    }
  });

  it('no Accept: the JSON', async () => {
    const a = await get();
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('an XML string response with no example (petstore loginUser)', () => {
  const login = (accept?: string) =>
    call(petstore.url, 'GET', '/user/login?username=a&password=b', {
      headers: accept ? { accept } : {},
    });

  it('no Accept, or any: the declared JSON, not `""` as XML', async () => {
    for (const accept of [undefined, '*/*', 'application/xml, application/json;q=0.5']) {
      const a = await login(accept);
      expect(a.status, accept).toBe(200);
      expect(a.headers.get('content-type'), accept).toMatch(/^application\/json/);
      expect(a.json, accept).toEqual(expect.any(String));
      expect(a.json, accept).not.toBe('');
    }
  });

  it('only XML: 406, naming the JSON', async () => {
    const a = await login('application/xml');
    expect(a.status).toBe(406);
    expect(a.text).toContain('application/json');
  });
});

describe('text bodies', () => {
  it('a text example is sent as is', async () => {
    const a = await call(text.url, 'GET', '/report', { headers: { accept: 'text/csv' } });
    expect(a.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(a.text).toBe('a,b\n1,2\n');
  });

  it('with no example of its own (another content\'s named), empty, never `""`', async () => {
    const a = await call(text.url, 'GET', '/report', {
      headers: { accept: 'text/csv', prefer: 'example=summary' },
    });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(a.text).toBe('');
  });

  it('the only content, unwritable: empty with no Accept, 406 when asked for', async () => {
    const a = await call(text.url, 'GET', '/token');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(a.text).toBe('');
    const b = await call(text.url, 'GET', '/token', { headers: { accept: 'application/xml' } });
    expect(b.status).toBe(406);
    expect(b.text).toContain('cannot answer with any');
  });
});

describe('Accept of XML with an XML example (a named root element)', () => {
  it('answers the example, written by the XML Object (`pet`, wrapped `photoUrls`)', async () => {
    const a = await call(petstore.url, 'GET', '/pet/10', {
      headers: { accept: 'application/xml' },
    });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(a.text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<pet>\n  <id>10<\/id>/);
    expect(a.text).toContain('<photoUrls>\n    <photoUrl>');
  });
});
