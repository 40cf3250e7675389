/**
 * The scheme the SDKs send their one key through: `planAuth`, the first usable alternative, which
 * both emitters read. Reordering an operation's alternatives can move the same key from an
 * `api_key:` header to `Authorization: Bearer …`: no wire contract changed, yet every caller
 * holding the old kind of key now gets a 401, so it is breaking.
 */
import type { ApiIr, SecuritySchemeIr } from '../ir/types.js';
import { planAuth } from '../emit/surface/plan.js';
import type { OperationPair } from './operations.js';
import type { FoundChange } from './types.js';

/** How a scheme's credential goes out: `header "api_key"`, `Authorization: Bearer`. */
function delivery(scheme: SecuritySchemeIr | undefined): string {
  if (!scheme) return '?';
  if (scheme.type === 'apiKey') return `${scheme.in ?? 'header'} "${scheme.paramName ?? ''}"`;
  const http = scheme.type === 'http' ? (scheme.scheme ?? 'bearer') : 'bearer';
  return `Authorization: ${http.charAt(0).toUpperCase()}${http.slice(1).toLowerCase()}`;
}

export function compareCredential(
  pair: { base: ApiIr; head: ApiIr },
  { base, head }: OperationPair,
  report: (change: FoundChange) => void,
): void {
  const b = planAuth(pair.base, base).auth;
  const h = planAuth(pair.head, head).auth;
  // Gaining or losing auth is `security-added`/`-removed`; a scheme changed in place, `security-scheme-changed`.
  if (b === null || h === null || b === h) return;
  const was = delivery(pair.base.securitySchemes.find((s) => s.name === b));
  const now = delivery(pair.head.securitySchemes.find((s) => s.name === h));
  if (was === now) return;
  report({
    code: 'sdk-credential-changed',
    level: 'breaking',
    message: `both SDKs now send ${head.operationId}'s key through ${h} (${now}) instead of ${b} (${was})`,
    side: 'head',
    pointer: head.source,
  });
}
