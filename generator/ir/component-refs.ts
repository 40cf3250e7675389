/** Reading component schemas of the bundled document by name (pure: no IR context, no schema conversion). */
import { get, join } from '../util/json-pointer.js';

type Raw = Record<string, unknown>;

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

export function componentNameOfRef(ref: string): string | undefined {
  const m = COMPONENT_SCHEMA.exec(ref);
  return m ? decodeURIComponent(m[1]!).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/** Values a component schema fixes for a property (`const` or a single-value `enum`), following allOf. */
export function fixedValuesOf(
  document: unknown,
  name: string,
  property: string,
  seen = new Set<string>(),
): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const raw = get(document, join('#/components/schemas', name)) as Raw | undefined;
  if (!raw || typeof raw !== 'object') return [];
  const fromSchema = (s: Raw | undefined): string[] => {
    if (!s || typeof s !== 'object') return [];
    if (typeof s.$ref === 'string') {
      const n = componentNameOfRef(s.$ref);
      return n ? fixedValuesOf(document, n, property, seen) : [];
    }
    const p = (s.properties as Raw | undefined)?.[property] as Raw | undefined;
    if (p) {
      if (typeof p.const === 'string') return [p.const];
      if (Array.isArray(p.enum) && p.enum.every((x) => typeof x === 'string'))
        return p.enum as string[];
    }
    if (Array.isArray(s.allOf)) return (s.allOf as Raw[]).flatMap((x) => fromSchema(x));
    return [];
  };
  return fromSchema(raw);
}
