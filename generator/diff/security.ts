/**
 * What a security scheme puts on the wire, independent of its component key: two schemes with the
 * same definition are one way in to callers, whatever the spec names them.
 */
import type { SecuritySchemeIr } from '../ir/types.js';

export function schemeWire(s: SecuritySchemeIr | undefined): string | undefined {
  if (!s) return undefined;
  return JSON.stringify([s.type, s.scheme?.toLowerCase(), s.in, s.paramName]);
}

/** How the SDKs' one key goes out through a scheme (OAuth 2 and http bearer alike): `header "api_key"`, `Authorization: Bearer`. */
export function keyDelivery(scheme: SecuritySchemeIr | undefined): string {
  if (!scheme) return '?';
  if (scheme.type === 'apiKey') return `${scheme.in ?? 'header'} "${scheme.paramName ?? ''}"`;
  const http = scheme.type === 'http' ? (scheme.scheme ?? 'bearer') : 'bearer';
  return `Authorization: ${http.charAt(0).toUpperCase()}${http.slice(1).toLowerCase()}`;
}
