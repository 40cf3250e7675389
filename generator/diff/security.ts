/**
 * What a security scheme puts on the wire, independent of its component key: two schemes with the
 * same definition are one way in to callers, whatever the spec names them.
 */
import type { SecuritySchemeIr } from '../ir/types.js';

export function schemeWire(s: SecuritySchemeIr | undefined): string | undefined {
  if (!s) return undefined;
  return JSON.stringify([s.type, s.scheme?.toLowerCase(), s.in, s.paramName]);
}
