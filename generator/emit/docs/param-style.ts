/**
 * A parameter's serialisation style as the docs show it (parameter tables, the try-it form): only
 * where it differs from its location's default, since that changes what goes on the wire.
 */
import { defaultStyle } from '../../ir/operations.js';
import type { ParameterIr } from '../../ir/types.js';

/**
 * `deepObject`, `pipeDelimited`, `form, explode=false`, …; undefined for the default (query and
 * cookie: form, exploded; path and header: simple, not exploded). `explode` is named only where
 * it differs from its style's default and matters (deepObject reads the same either way).
 */
export function styleLabel(p: Pick<ParameterIr, 'in' | 'style' | 'explode'>): string | undefined {
  const explodes = p.style === 'form';
  if (p.style === defaultStyle(p.in) && p.explode === explodes) return undefined;
  return p.explode === explodes || p.style === 'deepObject'
    ? p.style
    : `${p.style}, explode=${p.explode}`;
}
