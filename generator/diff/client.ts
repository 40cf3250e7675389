/**
 * The client itself, as both SDKs build it from the document: its class name (the IR's
 * `clientClassName`) and where it sends requests by default (emit/surface/client-identity.ts).
 */
import type { ApiIr } from '../ir/types.js';
import { defaultBaseUrl, pathPrefixes } from '../emit/surface/client-identity.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;

export function compareClient(base: ApiIr, head: ApiIr, report: Report): void {
  const bName = base.clientClassName;
  const hName = head.clientClassName;
  if (bName !== hName)
    report({
      code: 'sdk-client-renamed',
      level: 'breaking',
      message: `client class ${bName} renamed to ${hName} (TypeScript \`import { ${bName} }\`, Python \`${bName}\` and \`Async${bName}\`)`,
      side: 'head',
      pointer: '#/info/title',
    });
  compareBaseUrl(base, head, report);
  comparePathPrefixes(base, head, report);
}

/**
 * The default base URL callers get when they configure none. A new host, port or path prefix sends
 * every such caller's requests somewhere else: breaking. Only the scheme changing (the same server,
 * e.g. now over https), or a default appearing where there was none: non-breaking. A default going
 * away (the first server's host became a variable): breaking, callers must now name a base URL.
 */
function compareBaseUrl(base: ApiIr, head: ApiIr, report: Report): void {
  const b = defaultBaseUrl(base);
  const h = defaultBaseUrl(head);
  if (b === h) return;
  const at = (ir: ApiIr) => (ir.servers.length ? '#/servers/0' : '#');
  const pointer = h === undefined && head.servers.length === 0 ? at(base) : at(head);
  const side = h === undefined && head.servers.length === 0 ? 'base' : 'head';
  const where = '(TypeScript `defaultBaseUrl`, Python `default_base_url`)';
  if (b === undefined || h === undefined) {
    report({
      code: 'sdk-base-url-changed',
      level: h === undefined ? 'breaking' : 'non-breaking',
      message:
        h === undefined
          ? `the SDKs no longer have a default base URL ${where} (was ${b}): callers must now configure one`
          : `the SDKs now default to base URL ${h} ${where}`,
      side,
      pointer,
    });
    return;
  }
  const schemeOnly = withoutScheme(b) === withoutScheme(h);
  report({
    code: 'sdk-base-url-changed',
    level: schemeOnly ? 'non-breaking' : 'breaking',
    message: schemeOnly
      ? `default base URL ${b} becomes ${h} ${where}: same host and path, another scheme`
      : `default base URL ${b} becomes ${h} ${where}: callers relying on the default now send every request to another ${hostOf(b) === hostOf(h) ? 'path' : 'host'}`,
    side,
    pointer,
  });
}

/**
 * Version segments (`pathPrefixes`) that both SDKs drop once from a configured base URL ending with
 * one, for calls whose path starts with it; other calls keep it. A segment appearing or going
 * changes which calls drop it: breaking when a path on both sides starts with it (that call's URL
 * moves for such callers: `/v1/v1/…` ↔ `/v1/…`), else non-breaking (only new or removed
 * operations, reported on their own, and raw `client.get('/v1/…')` calls are concerned).
 */
function comparePathPrefixes(base: ApiIr, head: ApiIr, report: Report): void {
  const b = pathPrefixes(base);
  const h = pathPrefixes(head);
  const headPaths = new Set(head.operations.map((op) => op.path));
  const kept = base.operations.map((op) => op.path).filter((p) => headPaths.has(p));
  const moves = (segment: string) => kept.some((p) => p.startsWith(`${segment}/`));
  const names = '(TypeScript `pathPrefixes`, Python `path_prefixes`)';
  for (const segment of b.filter((p) => !h.includes(p)))
    report({
      code: 'sdk-path-prefix-removed',
      level: moves(segment) ? 'breaking' : 'non-breaking',
      message: `a configured base URL ending with ${segment} no longer drops it from calls whose path starts with it ${names}: such calls${moves(segment) ? '' : ' (raw ones only: no operation path starts with it any more)'} now hold it twice`,
      side: 'head',
      pointer: '#/paths',
    });
  for (const segment of h.filter((p) => !b.includes(p)))
    report({
      code: 'sdk-path-prefix-added',
      level: moves(segment) ? 'breaking' : 'non-breaking',
      message: `a configured base URL ending with ${segment} now drops it once from calls whose path starts with it ${names}${moves(segment) ? `: such calls no longer hold it twice` : '; other calls keep it'}`,
      side: 'head',
      pointer: '#/paths',
      category: 'added',
    });
}

function withoutScheme(url: string): string {
  return url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
}

function hostOf(url: string): string {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
}
