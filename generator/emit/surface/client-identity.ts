/**
 * What every SDK (TypeScript, Python) and the docs samples agree on about the client itself: the
 * environment variable prefix and the default root URL (its class name is the IR's `clientClassName`).
 */
import type { ApiIr } from '../../ir/types.js';
import { flowLabel, isBasicAuth, schemeLabel, sdkCredential } from '../../ir/security-schemes.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import { listed } from '../../util/listed.js';

/** `@shellapi/sdk` → `SHELLAPI`: the client reads `<PREFIX>_API_KEY` and `<PREFIX>_BASE_URL` (same rule as the docs samples). */
export function envPrefix(packageName: string): string {
  const scope = /^@([^/]+)\//.exec(packageName)?.[1] ?? packageName;
  return scope.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

/** `@shellapi/sdk` → `SHELLAPI_BASE_URL`: where both SDKs read the root URL from (the docs samples too). */
export function baseUrlEnv(packageName: string): string {
  return `${envPrefix(packageName)}_BASE_URL`;
}

/** `@shellapi/sdk` → `shellapi`: the Python SDK's import name (the docs samples import it too). */
export function pythonPackageName(packageName: string): string {
  return envPrefix(packageName).toLowerCase();
}

/**
 * The client's default root URL: the first server, its variables replaced by their defaults.
 * None when that server names no host: its host is a template variable (`{baseUrl}`,
 * `{baseUrl}/v1`, `https://{host}:8443`), whose default is a placeholder a client must not send
 * the key to, or its URL is relative (`/api`, to wherever the spec is served): the user has to
 * name their own host.
 */
export function defaultBaseUrl(ir: ApiIr): string | undefined {
  const server = ir.servers[0];
  if (!server || hostIsTemplated(server.url)) return undefined;
  const url = server.url
    .replace(/\{([^}]+)\}/g, (_m, name: string) => server.variables[name]?.default ?? '')
    .replace(/\/+$/, '');
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]/.test(url) ? url : undefined;
}

/** Is the host of a server URL one template variable (or does a leading variable stand for scheme and host)? */
export function hostIsTemplated(url: string): boolean {
  if (/^\{[^}]+\}(?!:\/\/)/.test(url)) return true;
  const authority = /^(?:[A-Za-z][A-Za-z0-9+.-]*|\{[^}]+\}):\/\/([^/?#]*)/.exec(url)?.[1];
  if (authority === undefined) return false;
  const host = authority.replace(/^[^@]*@/, '').replace(/:(?:\d+|\{[^}]+\})$/, '');
  return /^\{[^}]+\}$/.test(host);
}

/**
 * Version segments some path of the spec starts with (`/v1`, `/v2beta`; not `/mj`): users
 * habitually end the base URL with one (the openai habit), which would double it. Both SDKs keep
 * the configured base URL, and a call whose path starts with the segment the base URL ends with
 * drops it once (TypeScript `ClientConfig.pathPrefixes`, Python `ClientConfig.path_prefixes`);
 * other calls keep it (a gateway may mount the API there), and the client warns once. Other first
 * segments are left alone: a relay may be mounted there. Not when the default base URL itself ends
 * with the segment: then the doubled path is what the spec means.
 */
export function pathPrefixes(ir: ApiIr): string[] {
  const base = defaultBaseUrl(ir);
  const segments = ir.operations
    .map((op) => /^\/v\d+(?:alpha|beta)?\d*(?=\/)/i.exec(op.path)?.[0])
    .filter((s): s is string => s !== undefined && !base?.endsWith(s));
  return [...new Set(segments)].sort(cmp);
}

/**
 * What both READMEs say of `pathPrefixes` (the warning the clients log says the same), or '' when
 * the API has none. `option` is the SDK's spelling of the base URL option; `warning` says where it goes.
 */
export function pathPrefixDoc(ir: ApiIr, option: string, warning = 'a warning'): string {
  const [prefix] = pathPrefixes(ir);
  if (!prefix) return '';
  return ` A ${option} ending in a version segment that some paths start with (\`https://host${prefix}\`) is kept as given, with ${warning}: calls whose path starts with \`${prefix}\` drop it from the base once (never \`${prefix}${prefix}/…\`), the others keep it; if \`${prefix}\` was a habit, pass the server root (\`https://host\`).`;
}

/** How a key becomes basic-auth credentials (the client runtime's `basicCredentials`), for the READMEs. */
export const BASIC_KEY_DOC =
  '; with HTTP basic auth it is `user:password`, and a key without a colon is sent as the user with an empty password, like `curl -u KEY:`';

export function usesBasicAuth(ir: ApiIr): boolean {
  return ir.securitySchemes.some(isBasicAuth);
}

/**
 * The READMEs' authentication list: per security scheme, how the SDK sends its key (`option`, the
 * SDK's spelling) — read from the same `sdkCredential` the clients are generated from — and, when
 * operations use several schemes, that the one key serves them all. `perCredential` says how to
 * hold a second credential. Empty when the spec declares no scheme.
 */
export function authDoc(ir: ApiIr, option: string, perCredential: string): string[] {
  if (ir.securitySchemes.length === 0) return [];
  const lines = ir.securitySchemes.map((s) => {
    const head = `| \`${s.name}\` (${schemeLabel(s)}) | `;
    const c = sdkCredential(s);
    if (!c)
      return `${head}${
        s.type === 'mutualTLS'
          ? 'not handled by the SDK; the client certificate belongs to the HTTP client you pass in'
          : `not sent by the SDK (it sends no cookies); set the \`${s.paramName ?? ''}\` cookie through the default headers`
      }. |`;
    const as =
      c.kind === 'bearer'
        ? '`Authorization: Bearer <key>`'
        : c.kind === 'basic'
          ? '`Authorization: Basic …` (see above)'
          : `the \`${c.name}\` ${c.kind === 'header' ? 'header' : 'query parameter'}`;
    if (s.type !== 'oauth2' && s.type !== 'openIdConnect')
      return `${head}\`${option}\` is sent as ${as}. |`;
    const where =
      s.type === 'openIdConnect'
        ? s.openIdConnectUrl
          ? ` (provider: \`${s.openIdConnectUrl}\`)`
          : ''
        : (s.flows ?? [])
            .map((f) => {
              const url = f.tokenUrl ?? f.authorizationUrl;
              return url ? `${flowLabel(f.flow)} flow at \`${url}\`` : '';
            })
            .filter(Boolean)
            .map((x, i, all) => (i === 0 ? ` (${x}` : `, ${x}`) + (i === all.length - 1 ? ')' : ''))
            .join('');
    return `${head}pass an access token you obtained yourself${where} as \`${option}\`; it is sent as ${as}, and the SDK neither runs the OAuth flow nor refreshes the token. |`;
  });
  const used = ir.securitySchemes.filter(
    (s) =>
      sdkCredential(s) &&
      [ir.security, ...ir.operations.map((o) => o.security)].some((reqs) =>
        reqs.some((r) => s.name in r.schemes),
      ),
  );
  // A table, not a list: the README's Markdown stays in the subset format/final-form-markdown.ts
  // prints without prettier's parser.
  const out = ['', '| Security scheme | How the SDK sends the key |', '| --- | --- |', ...lines];
  if (used.length > 1)
    out.push(
      '',
      `One \`${option}\` serves ${listed(
        used.map((s) => `\`${s.name}\``),
        used.length,
        ' and ',
      )}: each call sends it the way the first scheme its operation lists (of those the SDK can send) asks. If the API gives you a different credential for each (an API key and an OAuth access token, say), ${perCredential}.`,
    );
  return out;
}
