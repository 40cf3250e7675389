/**
 * Example calls of the generated client (for JSDoc `@example` and the README), built from the
 * IR's examples (`ir/examples`): path arguments, then the params object; file fields become read streams.
 */
import type { ApiIr, ContentIr, Json, OperationIr, ParameterIr } from '../../ir/types.js';
import { acceptsEmptyObject, type OperationPlan } from './plan.js';
import { propertyKey, quote } from './type-refs.js';
import { uploadFileName } from './file-names.js';
import { exampleBody, flaggedBody } from './example-body.js';
import { exampleTaskId } from './task-example-id.js';

export interface ExampleCall {
  /** `client.a.b(…)` without `await`. */
  call: string;
  /** Uses `fs` (file fields or binary bodies). */
  needsFs: boolean;
  /** The example sends the stream flag. */
  streams: boolean;
}

/** A parameter's value: the seeded task id for a poll's or cancel's id, else its example named `name`, else the IR's. */
function paramExample(ir: ApiIr, op: OperationIr, param: ParameterIr, name?: string): Json {
  const taskId = exampleTaskId(op, param, name);
  if (taskId !== undefined) return taskId;
  const named = name === undefined ? undefined : param.examples.find((e) => e.name === name);
  if (named) return named.value;
  return param.example?.value ?? null;
}

/**
 * The request body of an example call: the example named `name`, else the one the operation's
 * first page names, else the IR's default.
 */
export function bodyExample(op: OperationIr, content: ContentIr, name?: string): Json | undefined {
  const preferred = name ?? op.pages.find((p) => p.example)?.example;
  return (
    (preferred ? content.examples.find((e) => e.name === preferred) : undefined)?.value ??
    content.example?.value
  );
}

export function literal(value: Json, indent: number): string {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return JSON.stringify(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inline = value.map((v) => literal(v, 0));
    if (inline.every((v) => !v.includes('\n')) && inline.join(', ').length < 60)
      return `[${inline.join(', ')}]`;
    return `[\n${value.map((v) => `${pad}${literal(v, indent + 1)},`).join('\n')}\n${end}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${pad}${propertyKey(k)}: ${literal(value[k]!, indent + 1)},`).join('\n')}\n${end}}`;
}

/** Is `{}` a valid params object (nothing in it required)? */
function emptyParamsFit(ir: ApiIr, plan: OperationPlan): boolean {
  if (plan.fields.some((f) => f.required)) return false;
  if (!plan.body) return true;
  return plan.body.mode === 'key'
    ? !plan.body.required
    : acceptsEmptyObject(ir, plan.body.content.schema);
}

/** The example call of an operation (method overridable, e.g. `createAndWait`). */
export function exampleCall(
  ir: ApiIr,
  plan: OperationPlan,
  options: {
    method?: string;
    stream?: boolean;
    extraArgs?: string[];
    /** The named example to show (a docs page's), where the operation has one by that name. */
    example?: string | undefined;
  } = {},
): ExampleCall {
  const op = plan.op;
  const args = plan.pathArgs.map((a) => literal(paramExample(ir, op, a.param, options.example), 0));
  const fields: string[] = [];
  let needsFs = false;
  for (const f of plan.fields) {
    if (!f.required && f.examples.length === 0) continue;
    fields.push(
      `  ${propertyKey(f.propertyName)}: ${literal(paramExample(ir, op, f, options.example), 1)},`,
    );
  }
  let streams = false;
  const body = plan.body;
  if (body) {
    if (body.kind === 'binary') {
      needsFs = true;
      fields.push(`  body: fs.createReadStream(${quote(uploadFileName('body', body.content))}),`);
    } else {
      const flag = plan.stream?.flag;
      let value = flaggedBody(
        bodyExample(op, body.content, options.example),
        flag,
        Boolean(plan.stream?.defaultOn),
        Boolean(options.stream),
      );
      if (flag !== undefined && value && typeof value === 'object' && !Array.isArray(value))
        streams = Boolean(options.stream);
      // The fields every language's sample sends (a form's required files added back).
      value = exampleBody(ir, body.content, value);
      if (body.mode === 'spread' && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) {
          const isFile = body.fileFields.includes(k);
          if (isFile) needsFs = true;
          fields.push(
            `  ${propertyKey(k)}: ${isFile ? `fs.createReadStream(${quote(uploadFileName(k, body.content))})` : literal(v, 1)},`,
          );
        }
      } else if (value !== undefined) {
        fields.push(`  body: ${literal(value, 1)},`);
      }
    }
  }
  if (fields.length) args.push(`{\n${fields.join('\n')}\n}`);
  else if (plan.paramsType && !plan.paramsOptional) args.push('{}');
  else if (plan.paramsType && options.extraArgs?.length)
    args.push(emptyParamsFit(ir, plan) ? '{}' : 'undefined');
  args.push(...(options.extraArgs ?? []));
  const method = options.method ?? op.names.method;
  return {
    call: `client.${[...op.names.resource, method].join('.')}(${args.join(', ')})`,
    needsFs,
    streams,
  };
}
