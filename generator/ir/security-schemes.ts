/**
 * The spec's security schemes as every output reads them, and the tests on them that more than one
 * output needs (decided here once).
 */
import type { IrContext } from './context.js';
import { deref } from './operations.js';
import type { OAuthFlowIr, OperationIr, SecurityRequirementIr, SecuritySchemeIr } from './types.js';
import { compareCodePoints as cmp } from '../util/compare.js';
import { join } from '../util/json-pointer.js';

type Raw = Record<string, unknown>;

export function securitySchemesOf(ctx: IrContext): SecuritySchemeIr[] {
  const raw = ((ctx.document.components as Raw | undefined)?.securitySchemes ?? {}) as Raw;
  return Object.keys(raw)
    .sort(cmp)
    .map((name) => {
      const { value: s, pointer } = deref(
        ctx,
        raw[name],
        join('#/components/securitySchemes', name),
      );
      const scheme: SecuritySchemeIr = {
        name,
        type: s.type as SecuritySchemeIr['type'],
        source: pointer,
      };
      if (typeof s.scheme === 'string') scheme.scheme = s.scheme.toLowerCase();
      if (s.in === 'header' || s.in === 'query' || s.in === 'cookie') scheme.in = s.in;
      if (typeof s.name === 'string') scheme.paramName = s.name;
      if (typeof s.bearerFormat === 'string') scheme.bearerFormat = s.bearerFormat;
      if (typeof s.description === 'string') scheme.description = s.description;
      if (s.type === 'oauth2') scheme.flows = flowsOf(s.flows);
      if (s.type === 'openIdConnect' && typeof s.openIdConnectUrl === 'string')
        scheme.openIdConnectUrl = s.openIdConnectUrl;
      return scheme;
    });
}

/**
 * HTTP basic auth: the key is sent as `user:password` credentials (a key without a colon as
 * `key:`). The one test the clients, the Python SDK and the docs samples all read.
 */
export function isBasicAuth(scheme: Pick<SecuritySchemeIr, 'type' | 'scheme'>): boolean {
  return scheme.type === 'http' && scheme.scheme === 'basic';
}

const FLOWS: OAuthFlowIr['flow'][] = [
  'implicit',
  'password',
  'clientCredentials',
  'authorizationCode',
];

function flowsOf(raw: unknown): OAuthFlowIr[] {
  const flows = (raw ?? {}) as Record<string, Raw | undefined>;
  return FLOWS.flatMap((flow) => {
    const f = flows[flow];
    if (!f || typeof f !== 'object') return [];
    const out: OAuthFlowIr = { flow, scopes: [] };
    for (const key of ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const)
      if (typeof f[key] === 'string') out[key] = f[key];
    const scopes = (f.scopes ?? {}) as Raw;
    out.scopes = Object.keys(scopes).map((name) => ({
      name,
      description: typeof scopes[name] === 'string' ? scopes[name] : '',
    }));
    return [out];
  });
}

/** The scheme's kind in words, the same in the docs' index, operation pages and the READMEs. */
export function schemeLabel(s: SecuritySchemeIr): string {
  switch (s.type) {
    case 'apiKey':
      return 'API key';
    case 'http':
      return `HTTP ${s.scheme ?? ''}`.trim();
    case 'oauth2':
      return 'OAuth2';
    case 'openIdConnect':
      return 'OpenID Connect';
    case 'mutualTLS':
      return 'mutual TLS';
  }
  return String(s.type);
}

/** How a flow is named in prose (`authorizationCode` → `authorization code`). */
export function flowLabel(flow: OAuthFlowIr['flow']): string {
  return flow === 'clientCredentials'
    ? 'client credentials'
    : flow === 'authorizationCode'
      ? 'authorization code'
      : flow;
}

/** One scheme of one security requirement: its declaration (absent if the spec names none) and scopes. */
export interface RequiredScheme {
  name: string;
  scheme?: SecuritySchemeIr;
  scopes: string[];
}

/**
 * An operation's security as alternatives, each a list of schemes that must all be sent; an empty
 * alternative makes auth optional. The docs' HTML and Markdown pages both print this.
 */
export function securityAlternatives(
  schemes: readonly SecuritySchemeIr[],
  op: Pick<OperationIr, 'security'>,
): RequiredScheme[][] {
  return op.security.map((req: SecurityRequirementIr) =>
    Object.entries(req.schemes).map(([name, scopes]) => ({
      name,
      scheme: schemes.find((x) => x.name === name),
      scopes: Array.isArray(scopes) ? scopes.filter((x) => typeof x === 'string') : [],
    })),
  );
}

/**
 * How the SDKs send their one key for a scheme, or undefined when they cannot (a cookie key,
 * mutual TLS). OAuth2 and OpenID Connect take an access token the user already has, as a bearer
 * token: the SDKs run no OAuth flow. Both clients and both READMEs read this.
 */
export type SdkCredential =
  { kind: 'bearer' } | { kind: 'basic' } | { kind: 'header' | 'query'; name: string };

export function sdkCredential(s: SecuritySchemeIr): SdkCredential | undefined {
  if (isBasicAuth(s)) return { kind: 'basic' };
  if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect')
    return { kind: 'bearer' };
  if (s.type === 'apiKey' && (s.in === 'header' || s.in === 'query') && s.paramName)
    return { kind: s.in, name: s.paramName };
  return undefined;
}

/** Prose with code spans, so that the HTML and Markdown docs print the same words, each escaping its own way. */
export type Words = (string | { code: string })[];

/** The scheme on the docs' index: its kind and where the credential goes (`API key in header `api_key``). */
export function schemeWords(s: SecuritySchemeIr): Words {
  if (s.type === 'apiKey') return [`API key in ${s.in ?? ''} `, { code: s.paramName ?? '' }];
  if (s.type === 'http' && s.bearerFormat)
    return [`${schemeLabel(s)}, format `, { code: s.bearerFormat }];
  return [schemeLabel(s)];
}

/** One line per OAuth2 flow (its URLs), or the OpenID Connect discovery URL; the scopes follow apart. */
export function flowWords(f: OAuthFlowIr): Words {
  const urls: Words = [];
  for (const [key, label] of [
    ['authorizationUrl', 'authorization URL'],
    ['tokenUrl', 'token URL'],
    ['refreshUrl', 'refresh URL'],
  ] as const) {
    const url = f[key];
    if (url) urls.push(urls.length ? `, ${label} ` : `: ${label} `, { code: url });
  }
  return [`${flowLabel(f.flow)} flow`, ...urls];
}

/** A scheme an operation accepts, on its page: `petstore_auth` (OAuth2) — scopes `write:pets`, `read:pets`. */
export function requiredSchemeWords(r: RequiredScheme): Words {
  const s = r.scheme;
  const out: Words = [{ code: r.name }];
  if (!s) return out;
  out.push(` (${schemeLabel(s)})`);
  if (s.type === 'apiKey') out.push(`: key in the ${s.in ?? ''} `, { code: s.paramName ?? '' });
  else if (s.type === 'http' && !isBasicAuth(s))
    out.push(': ', { code: 'Authorization: Bearer <key>' });
  r.scopes.forEach((scope, i) =>
    out.push(i ? ', ' : ` — scope${r.scopes.length > 1 ? 's' : ''} `, { code: scope }),
  );
  return out;
}
