/**
 * The spec's security schemes as every output reads them, and the tests on them that more than one
 * output needs (decided here once).
 */
import type { IrContext } from './context.js';
import { deref } from './operations.js';
import type { SecuritySchemeIr } from './types.js';
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
