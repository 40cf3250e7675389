/**
 * Task wiring, decided once: one descriptor per (family, poll operation), the `waitFor` method on
 * each poll operation's resource, the `…AndWait` companion of every submit, and the callback
 * receiver (`parseCallback`) of each descriptor whose submits declare callbacks that carry the task.
 */
import type {
  ApiIr,
  CallbackIr,
  NamedSchemaIr,
  OperationIr,
  TaskFamilyIr,
} from '../../ir/types.js';
import { namedSchemas, schemaAtPointer } from '../../ir/schema-path.js';
import { pollResultPointers } from '../../ir/tasks.js';
import { pascalCase } from '../../ir/names.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import type { OperationPlan } from './plan.js';
import { ClientEmitError } from './client-emit-error.js';
import { quote } from './type-refs.js';

export interface DescriptorPlan {
  family: TaskFamilyIr;
  poll: OperationIr;
  /** Exported const, e.g. `renderTasksRetrieveTask`. */
  name: string;
  /** The task type (poll response type name, or `unknown`). */
  taskType: string;
  /** The result pointers this descriptor reads (the IR's `pollResultPointers`). */
  result: string[];
  /** Type arguments of the family's TaskRun/TaskSnapshot: the task type, then the union of the types at its result pointers. */
  typeArgs: string;
  /** Method on the poll's resource (`waitFor`) and standalone function (`…UntilDone`). */
  waitMethod: string;
  waitFunction: string;
  /** Callbacks of the submits polled through this descriptor that carry the task (JSON with the status field; spec order). */
  callbacks: { submit: OperationIr; callback: CallbackIr }[];
  /** The callback receiver: a method on the poll's resource and a standalone function (when `callbacks` is not empty). */
  receiver?: { method: string; function: string };
}

export interface SubmitPlan {
  submit: OperationIr;
  descriptor: DescriptorPlan;
}

export interface TasksPlan {
  descriptors: DescriptorPlan[];
  submits: SubmitPlan[];
}

export function planTasks(ir: ApiIr, plans: ReadonlyMap<string, OperationPlan>): TasksPlan {
  const byId = new Map(ir.operations.map((o) => [o.operationId, o]));
  const descriptors: DescriptorPlan[] = [];
  const key = (family: string, poll: string): string => `${family}\u0000${poll}`;
  const found = new Map<string, DescriptorPlan>();
  const familyOfPoll = new Map<string, Set<string>>();
  for (const op of ir.operations) {
    if (!op.task) continue;
    const set = familyOfPoll.get(op.task.poll.operationId) ?? new Set<string>();
    set.add(op.task.family);
    familyOfPoll.set(op.task.poll.operationId, set);
  }
  for (const family of ir.taskFamilies) {
    const set = familyOfPoll.get(family.poll.operationId) ?? new Set<string>();
    set.add(family.name);
    familyOfPoll.set(family.poll.operationId, set);
  }
  const descriptorFor = (family: TaskFamilyIr, pollId: string): DescriptorPlan => {
    const existing = found.get(key(family.name, pollId));
    if (existing) return existing;
    const poll = byId.get(pollId);
    if (!poll)
      throw new ClientEmitError(
        `task family ${family.name}: poll operation ${pollId} does not exist`,
      );
    const shared = (familyOfPoll.get(pollId)?.size ?? 0) > 1;
    const plan = plans.get(pollId);
    const taskType = plan?.responseTypeName ?? 'unknown';
    const result = pollResultPointers(family, poll);
    const descriptor: DescriptorPlan = {
      family,
      poll,
      name: `${poll.names.function}${shared ? pascalCase(family.name) : ''}Task`,
      taskType,
      result,
      typeArgs:
        result.length > 0 && taskType !== 'unknown'
          ? `${taskType}, ${result.map((p) => `TaskResultAt<${taskType}, ${quote(p)}>`).join(' | ')}`
          : taskType,
      waitMethod: 'waitFor',
      waitFunction: `${poll.names.function}${shared ? pascalCase(family.name) : ''}UntilDone`,
      callbacks: [],
    };
    found.set(key(family.name, pollId), descriptor);
    descriptors.push(descriptor);
    return descriptor;
  };
  for (const family of ir.taskFamilies) descriptorFor(family, family.poll.operationId);
  const submits: SubmitPlan[] = [];
  const schemasByName = namedSchemas(ir);
  for (const op of ir.operations) {
    if (!op.task) continue;
    const family = ir.taskFamilies.find((f) => f.name === op.task!.family);
    if (!family)
      throw new ClientEmitError(`${op.operationId}: unknown task family ${op.task.family}`);
    const descriptor = descriptorFor(family, op.task.poll.operationId);
    submits.push({ submit: op, descriptor });
    for (const callback of op.callbacks)
      if (carriesTask(callback, family, schemasByName))
        descriptor.callbacks.push({ submit: op, callback });
  }
  descriptors.sort((a, b) => cmp(a.name, b.name));
  // Several polls on one resource: the first keeps `waitFor`, the others name their poll method.
  const byResource = new Map<string, DescriptorPlan[]>();
  for (const d of descriptors) {
    const k = d.poll.names.resource.join('.');
    byResource.set(k, [...(byResource.get(k) ?? []), d]);
  }
  for (const group of byResource.values()) {
    group.slice(1).forEach((d) => {
      d.waitMethod = `waitFor${pascalCase(d.poll.names.method)}${group.filter((g) => g.poll === d.poll).length > 1 ? pascalCase(d.family.name) : ''}`;
    });
  }
  nameReceivers(descriptors, byResource);
  return { descriptors, submits };
}

/**
 * Does a submit's callback deliver the task itself (a JSON body with the family's status field)?
 * Only then does the task receiver read it; any other callback keeps its own typed payload.
 */
function carriesTask(
  callback: CallbackIr,
  family: TaskFamilyIr,
  schemas: ReadonlyMap<string, NamedSchemaIr>,
): boolean {
  const content = callback.body?.contents[0];
  if (content?.kind !== 'json' || !content.schema) return false;
  return schemaAtPointer(content.schema, family.status, schemas) !== undefined;
}

/**
 * `parse<Family>Callback` (the descriptor's stem when a family has several receivers); on the poll's
 * resource `parseCallback`, or `parseCallback<PollMethod><Family>` for the second one there.
 */
function nameReceivers(
  descriptors: DescriptorPlan[],
  byResource: Map<string, DescriptorPlan[]>,
): void {
  const receiving = descriptors.filter((d) => d.callbacks.length > 0);
  for (const d of receiving) {
    const alone = receiving.filter((o) => o.family.name === d.family.name).length === 1;
    const stem = alone ? pascalCase(d.family.name) : pascalCase(d.name.slice(0, -'Task'.length));
    d.receiver = { method: 'parseCallback', function: `parse${stem}Callback` };
  }
  for (const group of byResource.values()) {
    group
      .filter((d) => d.receiver)
      .slice(1)
      .forEach((d) => {
        d.receiver!.method = `parseCallback${pascalCase(d.poll.names.method)}${pascalCase(d.family.name)}`;
      });
  }
}
