/**
 * The calls the e2e tests make, decided from the IR alone: one per named request example of an
 * operation (body examples and parameter examples share names: one name = one documented page),
 * shaped like the generated client's signature (path arguments, then one params object with
 * query/header fields and the body, as the client emitter plans it). File fields become
 * `FileArg`s that the runtime turns into Blobs/Uint8Arrays and the TS printer into `new Blob(…)`.
 */
import type { OperationPlan } from '../../generator/emit/surface/plan.js';
import type { ApiIr, Json, OperationIr, TaskIdInputIr } from '../../generator/ir/types.js';
import { concreteType, sampleBytes, typeFromFilename } from './samples.js';
import { atPointer } from './pointer.js';

export class FileArg {
  constructor(
    readonly filename: string,
    readonly mediaType: string,
    readonly bytes: Uint8Array,
  ) {}
}

export type ArgValue = Json | FileArg | ArgValue[] | { [key: string]: ArgValue };

export interface PlannedCall {
  op: OperationIr;
  plan: OperationPlan;
  /** The named example this call stands for ('' when the operation names none). */
  example: string;
  /** Positional path arguments, in the signature's order. */
  pathArgs: Json[];
  /** The params object; undefined when the signature takes none. */
  params: { [key: string]: ArgValue } | undefined;
}

/** Named examples of an operation: request body examples, then parameter examples, first appearance order. */
export function exampleNames(plan: OperationPlan): string[] {
  const names: string[] = [];
  const add = (name: string): void => {
    if (!names.includes(name)) names.push(name);
  };
  for (const e of plan.body?.content.examples ?? []) add(e.name);
  for (const p of [...plan.pathArgs.map((a) => a.param), ...plan.fields])
    for (const e of p.examples) add(e.name);
  return names;
}

function fileArg(field: string, value: Json | undefined, declared: string | undefined): FileArg {
  const name = typeof value === 'string' && value !== '' ? value.split('/').pop()! : `${field}.bin`;
  const type = typeFromFilename(name) ?? concreteType(declared);
  return new FileArg(name, type, sampleBytes(type));
}

/** The call for one named example (or '' for an operation without examples). */
export function plannedCall(ir: ApiIr, plan: OperationPlan, example: string): PlannedCall {
  const op = plan.op;
  const pick = <T extends { name: string; value: Json }>(list: T[]): Json | undefined =>
    (list.find((e) => e.name === example) ?? list[0])?.value;
  const pathArgs = plan.pathArgs.map((a) => pick(a.param.examples) ?? a.param.example!.value);
  if (!plan.paramsType) return { op, plan, example, pathArgs, params: undefined };

  const params: { [key: string]: ArgValue } = {};
  for (const f of plan.fields) {
    const value = pick(f.examples) ?? (f.required ? f.example!.value : undefined);
    if (value !== undefined) params[f.propertyName] = value;
  }
  const body = plan.body;
  if (body) {
    const content = body.content;
    const given = pick(content.examples) ?? content.example?.value;
    if (body.kind === 'binary') {
      params['body'] = fileArg('body', undefined, content.mediaType);
    } else if (given !== undefined) {
      let value: ArgValue = given;
      if (
        body.fileFields.length > 0 &&
        given &&
        typeof given === 'object' &&
        !Array.isArray(given)
      ) {
        const withFiles: { [key: string]: ArgValue } = { ...given };
        for (const field of body.fileFields) {
          const declared = body.partTypes[field];
          const raw = given[field];
          if (Array.isArray(raw)) withFiles[field] = raw.map((v) => fileArg(field, v, declared));
          else if (raw !== undefined || requiredProperty(ir, plan, field))
            withFiles[field] = fileArg(field, raw, declared);
        }
        value = withFiles;
      }
      if (
        body.mode === 'spread' &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        !(value instanceof FileArg)
      )
        Object.assign(params, value);
      else params['body'] = value;
    }
  }
  return { op, plan, example, pathArgs, params };
}

function requiredProperty(ir: ApiIr, plan: OperationPlan, field: string): boolean {
  let schema = plan.body?.content.schema;
  for (let i = 0; schema?.kind === 'ref' && i < 10; i++) {
    const name: string = schema.name;
    schema = ir.schemas.find((s) => s.name === name)?.schema;
  }
  return schema?.kind === 'object' && schema.properties.some((p) => p.name === field && p.required);
}

/** Every call of an operation: one per named example. */
export function plannedCalls(ir: ApiIr, plan: OperationPlan): PlannedCall[] {
  const names = exampleNames(plan);
  return (names.length > 0 ? names : ['']).map((name) => plannedCall(ir, plan, name));
}

/** The same call with the operation's stream flag on (true) or off (left out). */
export function withStreamFlag(call: PlannedCall, on: boolean): PlannedCall {
  const flag = call.op.stream?.requestFlag;
  if (!flag || !call.params) return call;
  const params = { ...call.params };
  const target =
    call.plan.body?.mode === 'key'
      ? ((params['body'] = { ...(params['body'] as { [key: string]: ArgValue }) }) as {
          [key: string]: ArgValue;
        })
      : params;
  if (on) target[flag] = true;
  else delete target[flag];
  return { ...call, params };
}

export function streams(call: PlannedCall): boolean {
  const flag = call.op.stream?.requestFlag;
  if (!flag || !call.params) return false;
  const holder =
    call.plan.body?.mode === 'key'
      ? (call.params['body'] as { [key: string]: ArgValue } | undefined)
      : call.params;
  return holder?.[flag] === true;
}

/** The same call with a task id put where `input` says (path argument, query field or body property). */
export function withTaskId(
  call: PlannedCall,
  input: Pick<TaskIdInputIr, 'in' | 'name'>,
  id: string,
): PlannedCall {
  if (input.in === 'path') {
    const index = call.plan.pathArgs.findIndex((a) => a.param.name === input.name);
    if (index < 0) throw new Error(`${call.op.operationId}: no path parameter ${input.name}`);
    const pathArgs = [...call.pathArgs];
    pathArgs[index] = id;
    return { ...call, pathArgs };
  }
  const params = { ...call.params };
  if (input.in === 'query') {
    const field = call.plan.fields.find((f) => f.in === 'query' && f.name === input.name);
    if (!field) throw new Error(`${call.op.operationId}: no query parameter ${input.name}`);
    params[field.propertyName] = id;
  } else if (call.plan.body?.mode === 'key') {
    params['body'] = { ...(params['body'] as { [key: string]: ArgValue }), [input.name]: id };
  } else {
    params[input.name] = id;
  }
  return { ...call, params };
}

/** For a poll or cancel: the submit operation that creates a task it can see, and where the id goes. */
export function taskSource(
  ir: ApiIr,
  op: OperationIr,
): { submit: OperationIr; input: TaskIdInputIr } | undefined {
  const role = op.taskRole;
  if (!role || role.role === 'list') return undefined;
  const family = ir.taskFamilies.find((f) => f.name === role.family)!;
  if (role.role === 'cancel') {
    const submit = ir.operations.find((o) => o.task?.family === family.name)!;
    return { submit, input: family.cancel! };
  }
  const submit = ir.operations.find(
    (o) => o.task?.family === family.name && o.task.poll.operationId === op.operationId,
  );
  if (!submit) throw new Error(`${op.operationId}: no submit of ${family.name} is polled with it`);
  return { submit, input: submit.task!.poll };
}

/** A submit's success examples that hold no task id at its `x-task.id` pointer: the vendor refusing the job. */
export function refusedSubmitExamples(op: OperationIr): { name: string; value: Json }[] {
  const id = op.task?.id;
  if (id === undefined) return [];
  return op.responses
    .filter((r) => /^2/.test(r.status))
    .flatMap((r) => r.contents.flatMap((c) => c.examples))
    .filter((e) => e.origin === 'spec' && atPointer(e.value, id) == null);
}
