/** A 401's `WWW-Authenticate` names the schemes the operation accepts (review 3 #9), over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { startFor } from './helpers.js';

const spec = (name: string): string =>
  new URL(`../../../shared/specs/${name}`, import.meta.url).pathname;

let museum: MockServer;
let petstore: MockServer;
beforeAll(async () => {
  museum = await startFor(spec('museum.yaml'));
  petstore = await startFor(spec('petstore.yaml'));
}, 120_000);
afterAll(async () => {
  await Promise.all([museum, petstore].map((s) => s?.close()));
});

async function challengeOf(url: string): Promise<string | null> {
  const res = await fetch(url);
  await res.text();
  expect(res.status).toBe(401);
  return res.headers.get('www-authenticate');
}

describe('401 challenges', () => {
  it('an http basic scheme is challenged as Basic, not Bearer', async () => {
    expect(await challengeOf(`${museum.url}/museum-hours`)).toBe('Basic realm="mock"');
  });

  it('alternatives are each challenged, in order; an API key says where it goes', async () => {
    // petstore getPetById: [api_key, petstore_auth (oauth2)].
    expect(await challengeOf(`${petstore.url}/pet/10`)).toBe(
      'ApiKey realm="mock", in="header", name="api_key", Bearer realm="mock"',
    );
  });
});
