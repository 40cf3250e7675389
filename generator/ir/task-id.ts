/**
 * Where a task object carries its own id. `x-task-families` names the status, progress and result
 * fields but not the id (polls take it as a parameter), yet a callback body has to say which task
 * it is about. The id is looked up in the poll response schema: a field named like the poll's id
 * input, else `id`, `task_id` or `taskId`; next to the status field first (Kling's `/data`), then
 * at the top. Only declared scalar fields count (an open object would "have" any name).
 * A family's own `id` pointer, when the spec gives one, wins.
 */
import type { SchemaIr } from './types.js';
import { successSchema } from './operations.js';
import type { TaskDecisions, TaskLookup } from './tasks.js';
import { schemaAtPointer } from './schema-path.js';
import { join, parse } from '../util/json-pointer.js';

const COMMON_NAMES = ['id', 'task_id', 'taskId'];

function isIdLike(schema: SchemaIr | undefined): boolean {
  return schema !== undefined && ['string', 'integer', 'number'].includes(schema.kind);
}

export function inferTaskIds(
  tasks: TaskDecisions,
  { operations: ops, schemas: byName }: TaskLookup,
): void {
  for (const family of tasks.families) {
    if (family.taskId !== undefined) continue; // declared in the spec (`id`)
    const poll = successSchema(ops.get(family.poll.operationId));
    if (!poll) continue;
    const statusPath = parse(family.status);
    const parents = [join('', ...statusPath.slice(0, -1)), ''].filter(
      (p, i, all) => all.indexOf(p) === i,
    );
    const names = [family.poll.name, ...COMMON_NAMES].filter((n, i, all) => all.indexOf(n) === i);
    found: for (const parent of parents) {
      for (const name of names) {
        const pointer = join(parent, name);
        if (isIdLike(schemaAtPointer(poll, pointer, byName))) {
          family.taskId = pointer;
          break found;
        }
      }
    }
  }
}
