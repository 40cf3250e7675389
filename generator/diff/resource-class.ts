/**
 * A resource class renamed where its path stays: a schema type of the class's name now exported
 * from the package root (`Pet` → `PetResource`, ir/names.ts `resourceClassName`), or no longer.
 * Code that names the class (`import { Pet }`, `InstanceType<typeof Pet>`) stops compiling.
 * Renames that come with the operations' resource path are resource-rename.ts's.
 */
import type { ApiIr, ResourceIr } from '../ir/types.js';
import type { FoundChange } from './types.js';

export function compareResourceClasses(
  base: ApiIr,
  head: ApiIr,
  report: (change: FoundChange) => void,
): void {
  const walk = (b: ResourceIr, h: ResourceIr): void => {
    for (const hc of h.children) {
      const bc = b.children.find((c) => c.name === hc.name);
      if (!bc) continue;
      if (bc.className !== hc.className) {
        // The schema that takes (or gave back) the name locates the change.
        const schema =
          head.schemas.find((s) => s.typeName === bc.className) ??
          base.schemas.find((s) => s.typeName === hc.className);
        const inHead = schema !== undefined && head.schemas.includes(schema);
        report({
          code: 'sdk-type-renamed',
          level: 'breaking',
          message: `resource class ${bc.className} (client.${hc.path.join('.')}) renamed to ${hc.className}${inHead ? ` because the schema type ${bc.className} is now exported from the package root` : ''} (TypeScript; Python's class is unchanged)`,
          side: inHead || !schema ? 'head' : 'base',
          pointer: schema?.source ?? '#/paths',
        });
      }
      walk(bc, hc);
    }
  };
  walk(base.resources, head.resources);
}
