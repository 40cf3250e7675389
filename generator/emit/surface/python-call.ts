/**
 * The Python SDK's call of an operation with the request's values (request-plan.ts): the docs'
 * Python sample and the Python README print it, so both call the method the Python emitter plans
 * (`methodPath`, argument names) with the values every other language sends.
 */
import type { ApiIr, Json, OperationIr } from '../../ir/types.js';
import { PythonTypes } from './python-types.js';
import {
  andWaitName,
  methodPath,
  planMethod,
  rawMethodPath,
  type MethodPlan,
} from './python-plan.js';
import { pythonCallPlans } from './python-plans.js';
import { downloadFileName, uploadFileName } from './file-names.js';
import { pyLiteral, pyString } from './python-literal.js';
import { isRecord, requestPlan, scalarText, type RequestPlan } from './request-plan.js';

/** The Python emitter's own plan of an operation (method path, argument names). */
export function pythonPlan(ir: ApiIr, op: OperationIr): MethodPlan {
  return pythonCallPlans(ir).get(op.operationId) ?? planMethod(ir, op, new PythonTypes(ir));
}

/**
 * The call's arguments: path values positional, the rest as the SDK's keyword names, values as the
 * other languages send them (nested lines at `depth` levels of 4 spaces).
 */
function pythonArgs(plan: MethodPlan, p: RequestPlan, depth: number): string[] {
  const args: string[] = [];
  const paramValue = (list: RequestPlan['query'], wire: string): Json | undefined =>
    list.find((v) => v.param.name === wire)?.value;
  const upload = (field: string): string =>
    `open(${pyString(uploadFileName(field, p.content))}, "rb")`;
  for (const a of plan.args) {
    if (a.where === 'path') {
      const value = paramValue(p.pathParams, a.wire);
      args.push(pyLiteral(value ?? null, { indent: depth }));
    } else if (a.where === 'query' || a.where === 'header' || a.where === 'cookie') {
      const value = paramValue(
        a.where === 'query' ? p.query : a.where === 'header' ? p.headers : p.cookies,
        a.wire,
      );
      if (value !== undefined) args.push(`${a.name}=${pyLiteral(value, { indent: depth })}`);
    } else if (a.where === 'whole-body') {
      if (p.body === undefined) continue;
      const kind = p.content?.kind;
      args.push(
        `${a.name}=${kind === 'binary' ? upload('body') : kind === 'text' ? pyString(scalarText(p.body)) : pyLiteral(p.body, { indent: depth })}`,
      );
    } else if (isRecord(p.body) && a.wire in p.body) {
      // A body key the schema does not declare has no keyword: the SDK cannot send it, so neither does the sample.
      const value = p.body[a.wire]!;
      if (p.fileFields.has(a.wire))
        args.push(
          `${a.name}=${a.type.startsWith('List[') ? `[${upload(a.wire)}]` : upload(a.wire)}`,
        );
      else args.push(`${a.name}=${pyLiteral(value, { indent: depth })}`);
    }
  }
  return args;
}

/**
 * The Python SDK's call for the request `p` (`client.<method>(…)`, without `await`): its
 * arguments, the stream keyword, where a download goes, the progress callback of a wait; lines
 * after the first at `indent` levels of 4 spaces.
 */
export function pythonCall(
  plan: MethodPlan,
  op: OperationIr,
  p: RequestPlan,
  wait: boolean,
  indent = 0,
  client = 'client',
  streamDefault = true,
  requestOptions?: string,
  raw = false,
): string {
  const args = pythonArgs(plan, p, indent + 1);
  // The SDK's `stream` keyword sends the flag the plan chose (`false` for the plain answer of a
  // flag that defaults to true: without it the call returns a Stream; an example's own `false`);
  // `streamDefault: false` leaves out a `stream=True` the flag's default already means. An
  // operation without a flag always streams: its method has no `stream` keyword.
  const flag = op.stream?.requestFlag;
  if (p.stream && flag !== undefined && (streamDefault || !op.stream?.flagDefaultOn))
    args.push('stream=True');
  else if (!p.stream && flag !== undefined && isRecord(p.body) && p.body[flag] !== undefined)
    args.push(`stream=${pyLiteral(p.body[flag], { indent: indent + 1 })}`);
  if (p.download) args.push(`save_to=${pyString(downloadFileName(p.download))}`);
  if (wait) args.push('on_progress=lambda s: print(s.state, s.progress)');
  if (requestOptions) args.push(`request_options=${requestOptions}`);
  const method = wait
    ? methodPath({ ...plan, method: andWaitName(plan) })
    : raw
      ? rawMethodPath(plan)
      : methodPath(plan);
  const pad = '    '.repeat(indent);
  return args.length
    ? `${client}.${method}(\n${args.map((a) => `${pad}    ${a},`).join('\n')}\n${pad})`
    : `${client}.${method}()`;
}

/**
 * The Python SDK's example call of `op` with the values the docs' Python sample sends (the IR's
 * examples, as the TypeScript README's calls): the Python README's examples. `stream` reads the
 * stream (sending `stream=True` only where the flag's default does not stream), `wait` calls
 * `<method>_and_wait` of a task submit; `bytes` leaves out the `save_to=` of a download (the call
 * then returns the bytes); `requestOptions` is the `request_options=` argument's Python text; `raw`
 * calls the method's `with_raw_response` form.
 */
export function pythonExampleCall(
  ir: ApiIr,
  op: OperationIr,
  options: {
    stream?: boolean;
    wait?: boolean;
    indent?: number;
    client?: string;
    bytes?: boolean;
    requestOptions?: string;
    raw?: boolean;
  } = {},
): string {
  const p = requestPlan(ir, op, options.stream ? { stream: true } : {});
  return pythonCall(
    pythonPlan(ir, op),
    op,
    options.bytes ? { ...p, download: undefined } : p,
    Boolean(options.wait && op.task),
    options.indent,
    options.client,
    false,
    options.requestOptions,
    options.raw,
  );
}
