/**
 * One parameter name in two locations (OpenAPI allows header `id` beside query `id`): each SDK
 * takes every parameter of an operation by one name (a TS params object field or positional
 * argument, a Python keyword argument), so the IR gives each a distinct `propertyName` here, once.
 * The parameter of the first location in path, query, header, cookie order keeps its name; each
 * other becomes location-qualified (`headerId`, which Python spells `header_id`), numbered on
 * if that too is taken. A located `parameter-name-clash` warning says which name it was given.
 */
import type { IrContext } from './context.js';
import { camelCase, words } from './casing.js';
import type { ParameterIr, ParamLocation } from './types.js';

const PRECEDENCE: Record<ParamLocation, number> = { path: 0, query: 1, header: 2, cookie: 3 };

export function distinctParameterNames(ctx: IrContext, params: ParameterIr[]): void {
  // An unsent cookie (an object) is no argument of either SDK: it takes no name.
  const named = params.filter((p) => !p.unsent);
  const taken = new Set(named.map((p) => p.name));
  const byName = new Map<string, ParameterIr[]>();
  for (const p of named) {
    const group = byName.get(p.name);
    if (group) group.push(p);
    else byName.set(p.name, [p]);
  }
  // Renamed in declaration order, so names and warnings follow the document.
  for (const p of named) {
    const group = byName.get(p.name)!;
    if (group.length < 2) continue;
    // One parameter per location and name (a later one overrides the earlier): no ties.
    const keeper = group.reduce((a, b) => (PRECEDENCE[b.in] < PRECEDENCE[a.in] ? b : a));
    if (p === keeper) continue;
    const base = camelCase(`${p.in} ${p.name}`) || p.in;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    p.propertyName = name;
    p.identifier = name;
    ctx.problems.push(
      ctx.warning(
        'parameter-name-clash',
        p.source,
        `${p.in} parameter "${p.name}" has the name of ${keeper.in} parameter "${keeper.name}": the SDKs call it \`${name}\` (Python \`${words(name).join('_')}\`)`,
        'rename one of them to choose the names yourself',
      ),
    );
  }
}
