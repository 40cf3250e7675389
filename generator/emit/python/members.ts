/**
 * The members of each Python client and resource class, spelt as Python spells them: child
 * resources, methods, their `_and_wait` and `wait_for` helpers, `with_raw_response`. Two of one spelling, or a root one
 * spelt like a runtime client member (`client.close`), would replace the other: a located
 * `name-clash`, as the TypeScript client's (emit/client/source-files.ts `membersOf`).
 */
import type { ResourceIr } from '../../ir/types.js';
import { PYTHON_CLIENT_MEMBERS } from '../../ir/runtime-names.js';
import { ClientEmitError } from '../surface/client-emit-error.js';
import { snakeCase } from '../surface/python-naming.js';
import { andWaitName, type MethodPlan } from '../surface/python-plan.js';
import type { WaiterPlan } from './operations.js';

const RUNTIME = new Set([...PYTHON_CLIENT_MEMBERS].map(snakeCase));

/** Throws every clash found in the tree under `root`. */
export function checkMembers(
  root: ResourceIr,
  plans: ReadonlyMap<string, MethodPlan>,
  waitersOn: ReadonlyMap<string, readonly WaiterPlan[]>,
): void {
  const clashes: ClientEmitError[] = [];
  const walk = (resource: ResourceIr): void => {
    const owners = new Map<string, string>();
    const where = resource.path.join('.') || '(root)';
    const claim = (name: string, owner: string, operationId?: string): void => {
      const other =
        owners.get(name) ??
        (resource.path.length === 0 && RUNTIME.has(name) ? 'the Python client' : undefined);
      if (other === undefined) owners.set(name, owner);
      else
        clashes.push(
          new ClientEmitError(
            `resource ${where}: Python member ${name} of ${owner} clashes with ${other}; rename it with x-sdk-name`,
            operationId,
          ),
        );
    };
    // Every class may have one (index.ts `rawView`); a member of that name would replace it.
    owners.set('with_raw_response', 'the raw-response view');
    for (const child of resource.children)
      claim(snakeCase(child.name), `resource ${child.path.join('.')}`, firstOperation(child));
    for (const id of resource.operations) {
      const plan = plans.get(id)!;
      claim(plan.method, id, id);
      if (plan.op.task) claim(andWaitName(plan), `${id} (and_wait)`, id);
    }
    for (const w of waitersOn.get(resource.path.join('.')) ?? [])
      claim(w.method, `${w.poll.operationId} (wait_for)`, w.poll.operationId);
    resource.children.forEach(walk);
  };
  walk(root);
  if (clashes.length > 0) throw ClientEmitError.all(clashes as [ClientEmitError]);
}

function firstOperation(resource: ResourceIr): string | undefined {
  return resource.operations[0] ?? resource.children.map(firstOperation).find(Boolean);
}
