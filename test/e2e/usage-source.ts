/**
 * A consumer's TypeScript file, generated from the IR: every method of the client's resource
 * tree called once with the spec's example parameters (plus the streamed form of streaming
 * operations, `…AndWait` of every submit, `waitFor` of every poll resource and `parseCallback`
 * where submits declare callbacks), the results assigned to the package's exported types
 * (callback payload types included). It is only type-checked, never run.
 */
import type { OperationPlan } from '../../generator/emit/surface/plan.js';
import { planTasks } from '../../generator/emit/surface/tasks-plan.js';
import type { ApiIr } from '../../generator/ir/types.js';
import {
  FileArg,
  plannedCalls,
  withStreamFlag,
  type ArgValue,
  type PlannedCall,
} from './ir-calls.js';

function key(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

export function tsLiteral(value: ArgValue, depth = 0): string {
  if (value instanceof FileArg) {
    return `new Blob([new Uint8Array([${[...value.bytes.slice(0, 8)].join(', ')}])], { type: ${JSON.stringify(value.mediaType)} })`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 2);
  const end = '  '.repeat(depth + 1);
  if (Array.isArray(value))
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => `${pad}${tsLiteral(v, depth + 1)},`).join('\n')}\n${end}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${key(k)}: ${tsLiteral(v, depth + 1)},`).join('\n')}\n${end}}`;
}

function args(call: PlannedCall, extra: string[] = []): string {
  const list = call.pathArgs.map((a) => tsLiteral(a));
  if (call.plan.paramsType) list.push(tsLiteral(call.params ?? {}));
  return [...list, ...extra].join(', ');
}

export interface UsageFile {
  source: string;
  /** `a.b.method` for every method the file calls. */
  methods: string[];
}

export function usageSource(
  ir: ApiIr,
  plans: Map<string, OperationPlan>,
  packageName: string,
): UsageFile {
  const types = new Set<string>();
  const lines: string[] = [];
  const methods = new Set<string>();
  let n = 0;
  const path = (resource: string[], method: string): string => {
    methods.add([...resource, method].join('.'));
    return `client.${[...resource, method].join('.')}`;
  };

  for (const op of ir.operations) {
    const plan = plans.get(op.operationId)!;
    const call = plannedCalls(ir, plan)[0]!;
    const target = path(op.names.resource, op.names.method);
    lines.push(`  // ${op.operationId}: ${op.method.toUpperCase()} ${op.path}`);
    if (plan.stream) {
      types.add(plan.responseTypeName!).add(plan.chunkTypeName!);
      lines.push(
        `  const r${n}: ${plan.responseTypeName} = await ${target}(${args(withStreamFlag(call, false))});`,
      );
      lines.push(
        `  for await (const chunk of await ${target}(${args(withStreamFlag(call, true))})) {`,
      );
      lines.push(`    const typed: ${plan.chunkTypeName} = chunk;`);
      lines.push('    void typed;');
      lines.push('  }');
    } else if (plan.response.kind === 'binary') {
      lines.push(`  const r${n}: Blob = await ${target}(${args(call)});`);
      lines.push(
        `  const r${n}bytes: ArrayBuffer = await ${target}(${args(call, ["{ as: 'arrayBuffer' }"])});`,
      );
      lines.push(`  void r${n}bytes;`);
    } else if (plan.responseTypeName) {
      types.add(plan.responseTypeName);
      lines.push(`  const r${n}: ${plan.responseTypeName} = await ${target}(${args(call)});`);
    } else {
      lines.push(`  const r${n}: unknown = await ${target}(${args(call)});`);
    }
    lines.push(`  void r${n};`);
    if (op.task) {
      lines.push(
        `  const t${n} = await ${path(op.names.resource, `${op.names.method}AndWait`)}(${args(call, ['{ onProgress: (s) => void s.progress, timeoutMs: 60_000 }'])});`,
      );
      lines.push(`  const state${n}: CanonicalTaskState = t${n}.state;`);
      lines.push(`  void state${n};`);
    }
    n++;
  }
  for (const d of planTasks(ir, plans).descriptors) {
    lines.push(`  // waiting for a ${d.family.name} task by id`);
    lines.push(
      `  for await (const snapshot of ${path(d.poll.names.resource, d.waitMethod)}('task-id', { intervalMs: 1000 })) {`,
    );
    lines.push('    const state: CanonicalTaskState = snapshot.state;');
    lines.push('    void state;');
    lines.push('  }');
    if (d.receiver) {
      lines.push(`  // receiving a ${d.family.name} task callback`);
      lines.push(
        `  const hook${n}: CanonicalTaskState = ${path(d.poll.names.resource, d.receiver.method)}('{"status":"x"}').state;`,
      );
      lines.push(`  void hook${n};`);
      for (const { callback } of d.callbacks) {
        types.add(callback.typeName);
        lines.push(
          `  const payload${n}: ${callback.typeName} = parseCallbackJson<${callback.typeName}>('{}');`,
        );
        lines.push(`  void payload${n++};`);
      }
      n++;
    }
  }

  const imported = [...types].sort().map((t) => `type ${t}`);
  const source = [
    `import { ShellApi, parseCallbackJson, type CanonicalTaskState, ${imported.join(', ')} } from '${packageName}';`,
    '',
    '/** Every method of the client, once, with the spec’s example parameters. Only type-checked. */',
    'export async function useEveryMethod(client: ShellApi): Promise<void> {',
    ...lines,
    '}',
    '',
    `export const client: ShellApi = new ShellApi({ apiKey: 'sk-typed', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });`,
    '',
  ].join('\n');
  return { source, methods: [...methods].sort() };
}
