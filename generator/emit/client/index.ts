/**
 * The client emitter: ApiIr → the `sdk/` package (minus `schema.ts`, written by the types emitter).
 *
 *   sdk/package.json, sdk/README.md
 *   sdk/src/core/*.ts              the hand-written runtime (templates/client), copied
 *   sdk/src/core/retry-policy.ts   the IR's retry policy as `RETRY_POLICY`
 *   sdk/src/operations/<group>.ts  one standalone function + types per operation
 *   sdk/src/tasks.ts               task descriptors, `…AndWait`, `…UntilDone` and callback receivers
 *   sdk/src/callbacks.ts           the body type of every callback and webhook
 *   sdk/src/resources/<top>.ts     resource classes (methods delegate to the functions)
 *   sdk/src/client.ts              the client class
 *   sdk/src/index.ts               exports
 */
import type { ApiIr } from '../../ir/types.js';
import { compareCodePoints } from '../../util/compare.js';
import type { EmitContext, Emitter, VirtualFile } from '../types.js';
import type { Callable } from './callables.js';
import { envPrefix } from './naming.js';
import { exportedNames } from '../../ir/runtime-names.js';
import { packageJson, readme, retryPolicyFile, subpathStubs } from './package-files.js';
import { operationPlans, type OperationPlan } from '../surface/plan.js';
import { runtimeFiles, runtimeText } from '../surface/client-runtime.js';
import {
  andWaitCallables,
  callbacksFile,
  clientFile,
  indexFile,
  operationCallable,
  operationFiles,
  resourceFiles,
  tasksFile,
  waitCallables,
} from './source-files.js';
import { ClientEmitError } from '../surface/client-emit-error.js';
import { planTasks } from '../surface/tasks-plan.js';
import { userAgent } from '../surface/user-agent.js';

export { ClientEmitError } from '../surface/client-emit-error.js';
export { envPrefix } from './naming.js';

/**
 * The package index re-exports the runtime and every generated module with `export *`: a shared name
 * would be ambiguous. Returns the names taken, by owner.
 */
function checkExportClashes(
  ir: ApiIr,
  ctx: EmitContext,
  className: string,
  plans: ReadonlyMap<string, OperationPlan>,
  callables: ReadonlyMap<string, Callable>,
  andWait: ReadonlyMap<string, Callable>,
  waitFor: ReadonlyMap<string, Callable>,
  receivers: ReadonlyMap<string, Callable>,
  descriptors: string[],
): Map<string, string> {
  const owners = new Map<string, string>(
    [
      ...exportedNames(runtimeText(ctx.templates.get('client/index.ts') ?? '', ir.errorClassName)),
    ].map((n) => [n, 'the client runtime']),
  );
  const claim = (name: string | undefined, owner: string): void => {
    if (!name) return;
    const other = owners.get(name);
    if (other && other !== owner)
      throw new ClientEmitError(`generated export ${name} (${owner}) clashes with ${other}`);
    owners.set(name, owner);
  };
  claim(className, 'the client class');
  for (const [id, plan] of plans) {
    for (const name of [
      plan.paramsType,
      plan.responseTypeName,
      plan.chunkTypeName,
      plan.errorTypeName,
    ])
      claim(name, id);
    claim(callables.get(id)?.functionName, id);
    claim(andWait.get(id)?.functionName, `${id} (AndWait)`);
  }
  for (const [name, c] of waitFor) claim(c.functionName, `${name} (waitFor)`);
  for (const [name, c] of receivers) claim(c.functionName, `${name} (parseCallback)`);
  for (const op of ir.operations)
    for (const cb of op.callbacks) claim(cb.typeName, `${op.operationId} (callback ${cb.name})`);
  for (const hook of ir.webhooks) claim(hook.typeName, `webhook ${hook.name}`);
  for (const name of descriptors) claim(name, `task descriptor ${name}`);
  return owners;
}

/**
 * The named schema types the index re-exports (with their request / response shapes' types): all
 * but those whose name another export already has (they stay reachable as `components['schemas'][name]`).
 */
function schemaExports(
  ir: ApiIr,
  taken: ReadonlyMap<string, string>,
  className: string,
  resFiles: { classes: string[] }[],
): string[] {
  const classes = new Set([className, ...resFiles.flatMap((f) => f.classes)]);
  return ir.schemas
    .flatMap((s) => [s.typeName, s.requestTypeName ?? [], s.responseTypeName ?? []].flat())
    .filter((name) => !taken.has(name) && !classes.has(name));
}

export const emitClient: Emitter = (ir: ApiIr, ctx: EmitContext): VirtualFile[] => {
  const className = ir.clientClassName;
  const prefix = envPrefix(ctx.packageName);
  const memo = ctx.memo;
  const plans = operationPlans(ir, memo);
  // A callable is a pure function of its operation's plan: an unchanged operation keeps its own.
  const callableOf = (plan: OperationPlan): Callable =>
    memo
      ? memo.get(`ts-callable\0${memo.keys.operation(plan.op.operationId)}`, () =>
          operationCallable(ir, plan),
        )
      : operationCallable(ir, plan);
  const callables = new Map<string, Callable>(
    ir.operations.map((op) => [op.operationId, callableOf(plans.get(op.operationId)!)]),
  );
  const tasks = planTasks(ir, plans);
  const andWait = andWaitCallables(ir, plans, tasks);
  const waits = waitCallables(tasks);

  const taken = checkExportClashes(
    ir,
    ctx,
    className,
    plans,
    callables,
    andWait,
    waits.byDescriptor,
    waits.receivers,
    tasks.descriptors.map((d) => d.name),
  );
  const opFiles = operationFiles(ir, plans, callables, ctx.memo);
  const resFiles = resourceFiles(ir, callables, andWait, waits.byResource, opFiles, ctx.memo);
  const hasTasks = tasks.descriptors.length > 0;
  const callbacks = callbacksFile(ir, tasks);
  const ts = (path: string, contents: string): VirtualFile => ({
    path,
    contents,
    format: 'typescript',
  });

  const exported = schemaExports(ir, taken, className, resFiles);
  const shadowed = ir.schemas.filter((s) => !exported.includes(s.typeName));
  const files: VirtualFile[] = [
    packageJson(ir, ctx),
    ...subpathStubs(),
    readme(ir, ctx, className, prefix, plans, tasks, shadowed),
    ...runtimeFiles(ctx, ir.errorClassName),
    retryPolicyFile(ir),
    ...opFiles.map((f) => ts(f.path, f.contents)),
    ...resFiles.map((f) => ts(f.path, f.contents)),
    ts(
      'sdk/src/client.ts',
      clientFile(
        ir,
        className,
        prefix,
        callables,
        andWait,
        waits.byResource,
        opFiles,
        resFiles,
        userAgent(ir, ctx, 'typescript'),
      ),
    ),
    ts(
      'sdk/src/index.ts',
      indexFile(className, opFiles, resFiles, hasTasks, callbacks !== undefined, exported),
    ),
  ];
  if (hasTasks)
    files.push(
      ts(
        'sdk/src/tasks.ts',
        tasksFile(ir, plans, tasks, andWait, waits.byDescriptor, waits.receivers, opFiles),
      ),
    );
  if (callbacks !== undefined) files.push(ts('sdk/src/callbacks.ts', callbacks));
  return files.sort((a, b) => compareCodePoints(a.path, b.path));
};
