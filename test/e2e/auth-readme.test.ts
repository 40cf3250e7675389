/**
 * Each SDK README says, per security scheme, how the one key is sent — and a real server proves
 * both SDKs send it that way: an API key as its header, an OAuth2 access token as a bearer token
 * (the SDK runs no flow), and that the same key serves both schemes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const spec = `openapi: 3.1.0
info: { title: Pet Keys, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: pets }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pets]
      security: [{ api_key: [] }, { petstore_auth: ['read:pets'] }]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: ok } }
  /pets:
    post:
      operationId: addPet
      tags: [pets]
      security: [{ petstore_auth: ['write:pets'] }]
      responses: { '204': { description: ok } }
components:
  securitySchemes:
    petstore_auth:
      type: oauth2
      flows:
        implicit:
          authorizationUrl: https://pets.example.test/oauth/authorize
          scopes: { 'write:pets': modify pets, 'read:pets': read pets }
    api_key: { type: apiKey, name: api_key, in: header }
`;

/** Each request's path with the credential headers it carried, answered 204. */
let seen: string[] = [];
let server: Server;
let root: string;
let outputs: SpecOutputs;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(
      `${req.url} api_key=${req.headers.api_key} authorization=${req.headers.authorization}`,
    );
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  outputs = await specOutputs(spec, { name: 'shellapi-auth-readme' });
}, 180_000);

afterAll(async () => {
  await outputs?.close();
  await new Promise((done) => server?.close(done));
});

const expectedSent = [
  '/pets/1 api_key=tok authorization=undefined',
  '/pets api_key=undefined authorization=Bearer tok',
];

describe('authentication in the SDK READMEs', () => {
  it('says per scheme how the key is sent, and that one key serves both', async () => {
    const readmes: [string, string, string][] = [
      [
        'sdk/README.md',
        'apiKey',
        'make one client per credential (`client.withOptions({ apiKey })`)',
      ],
      [
        'python/README.md',
        'api_key=',
        'make one client per credential (each with its own `api_key=`)',
      ],
    ];
    for (const [file, option, perCredential] of readmes) {
      // The TypeScript README's table is padded by the formatter: compare with single spaces.
      const readme = (await outputs.read(file)).replace(/ {2,}/g, ' ');
      expect(readme).toContain(
        `| \`api_key\` (API key) | \`${option}\` is sent as the \`api_key\` header. |`,
      );
      expect(readme).toContain(
        `| \`petstore_auth\` (OAuth2) | pass an access token you obtained yourself (implicit flow at \`https://pets.example.test/oauth/authorize\`) as \`${option}\`; it is sent as \`Authorization: Bearer <key>\`, and the SDK neither runs the OAuth flow nor refreshes the token. |`,
      );
      expect(readme).toContain(
        `One \`${option}\` serves \`api_key\` and \`petstore_auth\`: each call sends it the way the first scheme its operation lists (of those the SDK can send) asks. If the API gives you a different credential for each (an API key and an OAuth access token, say), ${perCredential}.`,
      );
    }
  });

  it('the TypeScript SDK sends the key as the README says', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.PetKeys({ apiKey: 'tok', baseUrl: root, maxRetries: 0 });
    seen = [];
    await client.pets.getPet('1');
    await client.pets.addPet();
    expect(seen).toEqual(expectedSent);
  });

  it('the Python SDK sends the key as the README says', async () => {
    seen = [];
    const run = await outputs.pythonAsync(
      [
        'from shellapi import PetKeys',
        `c = PetKeys(api_key="tok", base_url="${root}", max_retries=0)`,
        'c.pets.get_pet("1")',
        'c.pets.add_pet()',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(seen).toEqual(expectedSent);
  });
});
