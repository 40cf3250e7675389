/**
 * The docs say how to authenticate: the index lists every security scheme (an OAuth2 flow's URLs
 * and scopes with their descriptions, an OpenID Connect URL, a bearer format), and each operation
 * page names the schemes it accepts with the scopes it needs — in HTML and Markdown alike, spec
 * text escaped.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsFor, REPO, text } from './helpers.js';
import type { VirtualFile } from '../../generator/emit/types.js';

const PETSTORE = path.join(
  process.env.DOCS_SPECS_DIR ?? path.resolve(REPO, '..', 'shared', 'specs'),
  'petstore.yaml',
);

const spec = `openapi: 3.1.0
info: { title: Vault, version: '1' }
servers: [{ url: 'https://vault.example.test' }]
security: [{ jwt: [] }]
paths:
  /secrets:
    get:
      operationId: listSecrets
      security: [{ oauth: ['secrets:read'], oidc: [openid] }, {}]
      responses:
        '200': { description: ok }
  /me:
    get:
      operationId: getMe
      responses:
        '200': { description: ok }
components:
  securitySchemes:
    oauth:
      type: oauth2
      description: Tokens from the <b>vault</b> login.
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.test/token
          refreshUrl: https://auth.example.test/refresh
          scopes:
            'secrets:read': read <secrets> & keys
            'secrets:write': write them
        authorizationCode:
          authorizationUrl: https://auth.example.test/authorize
          tokenUrl: https://auth.example.test/token
          scopes: {}
    oidc: { type: openIdConnect, openIdConnectUrl: 'https://auth.example.test/.well-known/openid-configuration' }
    jwt: { type: http, scheme: bearer, bearerFormat: JWT }
`;

async function site(specText: string): Promise<VirtualFile[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-security-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, specText);
  return (await docsFor(file)).files;
}

function page(files: VirtualFile[], suffix: string): string {
  const f = files.find((x) => x.path.endsWith(suffix));
  if (!f) throw new Error(`no ${suffix} in ${files.map((x) => x.path).join(', ')}`);
  return text(f);
}

/** The Markdown from `## heading` to the next heading of that level or higher. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.split(' ')[0]!;
  const rest = md.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return rest.slice(0, end < 0 ? undefined : end).trim();
}

describe('security schemes in the docs', () => {
  it('lists each scheme with its flows, URLs, scopes and formats on the index', async () => {
    const files = await site(spec);
    expect(section(page(files, 'docs/markdown/api.md'), '## Authentication')).toBe(
      [
        '- `jwt` (HTTP bearer, format `JWT`)',
        '- `oauth` (OAuth2): Tokens from the <b>vault</b> login.',
        '  - client credentials flow: token URL `https://auth.example.test/token`, refresh URL `https://auth.example.test/refresh`; scopes:',
        '    - `secrets:read`: read <secrets> & keys',
        '    - `secrets:write`: write them',
        '  - authorization code flow: authorization URL `https://auth.example.test/authorize`, token URL `https://auth.example.test/token`',
        '- `oidc` (OpenID Connect)',
        '  - OpenID Connect discovery URL `https://auth.example.test/.well-known/openid-configuration`',
      ].join('\n'),
    );
    const index = page(files, 'docs/index.html');
    expect(index).toContain(
      '<li><code>oauth</code> (OAuth2): Tokens from the &lt;b&gt;vault&lt;/b&gt; login.<ul><li>client credentials flow: token URL <code>https://auth.example.test/token</code>, refresh URL <code>https://auth.example.test/refresh</code>; scopes:<ul><li><code>secrets:read</code>: read &lt;secrets&gt; &amp; keys</li>',
    );
    expect(index).toContain('<li><code>jwt</code> (HTTP bearer, format <code>JWT</code>)</li>');
    expect(index).toContain(
      'OpenID Connect discovery URL <code>https://auth.example.test/.well-known/openid-configuration</code>',
    );
  });

  it('names the schemes and scopes each operation accepts', async () => {
    const files = await site(spec);
    expect(section(page(files, 'markdown/operations/listSecrets.md'), '### Authentication')).toBe(
      '- `oauth` (OAuth2) — scope `secrets:read` and `oidc` (OpenID Connect) — scope `openid`\n- None (optional).',
    );
    expect(page(files, 'operations/listSecrets.html')).toContain(
      '<h3 data-i18n="h.auth">Authentication</h3><ul><li><code>oauth</code> (OAuth2) — scope <code>secrets:read</code> and <code>oidc</code> (OpenID Connect) — scope <code>openid</code></li><li>None (optional).</li></ul>',
    );
    expect(section(page(files, 'markdown/operations/getMe.md'), '### Authentication')).toBe(
      '- `jwt` (HTTP bearer): `Authorization: Bearer <key>`',
    );
  });

  it.skipIf(!existsSync(PETSTORE))('petstore: the OAuth2 scopes per operation', async () => {
    const { files } = await docsFor(PETSTORE);
    const md = page(files, 'markdown/operations/getPetById.md');
    expect(section(md, '### Authentication')).toBe(
      '- `api_key` (API key): key in the header `api_key`\n- `petstore_auth` (OAuth2) — scopes `write:pets`, `read:pets`',
    );
    expect(page(files, 'operations/addPet.html')).toContain(
      '<h3 data-i18n="h.auth">Authentication</h3><p><code>petstore_auth</code> (OAuth2) — scopes <code>write:pets</code>, <code>read:pets</code></p>',
    );
    const index = page(files, 'docs/index.html');
    expect(index).toContain(
      'implicit flow: authorization URL <code>https://petstore3.swagger.io/oauth/authorize</code>; scopes:<ul><li><code>write:pets</code>: modify pets in your account</li><li><code>read:pets</code>: read your pets</li></ul>',
    );
  });
});
