/**
 * A memo of work per (IR, operation, options key): the docs print the same operation's plan and
 * samples for the page, the Markdown and the console. Weak on the IR and the operation, so a
 * rebuilt IR (watch mode) never reads another's entries.
 */
export function perOperationMemo<T>(): (ir: object, op: object, key: string, make: () => T) => T {
  const byIr = new WeakMap<object, WeakMap<object, Map<string, T>>>();
  return (ir, op, key, make) => {
    let byOp = byIr.get(ir);
    if (!byOp) byIr.set(ir, (byOp = new WeakMap()));
    let byKey = byOp.get(op);
    if (!byKey) byOp.set(op, (byKey = new Map()));
    let made = byKey.get(key);
    if (made === undefined) byKey.set(key, (made = make()));
    return made;
  };
}
