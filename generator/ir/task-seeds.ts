/**
 * The task ids a poll or cancel operation's example calls pass (docs samples, the console's
 * defaults, SDK `@example`s): the id input's spec examples (a docs page may show any of them by
 * name); for a parameter the spec gives no example, the id the submit examples return (samples
 * take it to tell one story), else its generated value; for a body property, each body example's
 * and the default body's. The mock starts with a finished task for each (templates/mock/tasks.ts),
 * so those calls answer instead of 404.
 */
import type { Json, OperationTaskIr, ParameterIr, TaskIdInputIr } from './types.js';
import type { OperationDraft } from './operations.js';
import type { TaskDecisions } from './tasks.js';
import { get, join } from '../util/json-pointer.js';

type Draft = Pick<OperationDraft, 'operationId' | 'parameters' | 'requestBody' | 'responses'>;

/** Only a string or a number can be a task id in a path, a query or a body field. */
const isId = (v: unknown): v is string | number =>
  (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v));

/** Where the operation takes the task id: its family's poll or cancel, or a submit's own poll. */
export function taskIdInputOf(
  tasks: Pick<TaskDecisions, 'families' | 'roles' | 'submits'>,
  operationId: string,
): TaskIdInputIr | undefined {
  const role = tasks.roles.get(operationId);
  const family = role && tasks.families.find((f) => f.name === role.family);
  if (!family || role!.role === 'list') return undefined;
  const inputs = [family.poll, family.cancel, ...[...tasks.submits.values()].map((t) => t.poll)];
  return inputs.find((i) => i?.operationId === operationId);
}

/** The id the first success example of `submit` returns. */
function submitId(submit: Draft | undefined, task: OperationTaskIr): Json | undefined {
  const ok = submit?.responses.find((r) => !r.isError);
  return get(ok?.contents[0]?.examples[0]?.value, task.id) as Json | undefined;
}

export function exampleTaskIds(
  op: Draft,
  input: TaskIdInputIr,
  family: string,
  submits: ReadonlyMap<string, OperationTaskIr>,
  drafts: ReadonlyMap<string, Draft>,
): (string | number)[] {
  const ids: Json[] = [];
  if (input.in === 'body') {
    for (const c of op.requestBody?.contents ?? []) {
      const at = join('', input.name);
      for (const e of c.examples) ids.push(get(e.value, at) as Json);
      if (c.example) ids.push(get(c.example.value, at) as Json);
    }
  } else {
    const param: ParameterIr | undefined = op.parameters.find(
      (p) => p.name === input.name && p.in === input.in,
    );
    const written = (param?.examples.length ?? 0) > 0;
    for (const e of param?.examples ?? []) ids.push(e.value);
    if (!written) {
      // The submits polled through this operation first, then the family's first (the SDK's pick).
      const own = [...submits].filter(([, t]) => t.poll.operationId === op.operationId);
      const first = [...submits].find(([, t]) => t.family === family);
      for (const [id, task] of [...own.slice(0, 1), ...(first ? [first] : [])])
        ids.push(submitId(drafts.get(id), task) as Json);
    }
    // A generated value only when nothing else names an id.
    if (!ids.some(isId) && param?.example) ids.push(param.example.value);
  }
  return ids.filter(isId).filter((v, i, all) => all.indexOf(v) === i);
}
