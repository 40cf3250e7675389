/**
 * Which generated helper reads each callback, and the receiving endpoint the README and the docs
 * show: a task callback goes through its family's `parseCallback` (a task snapshot), any other
 * callback or webhook through `parseCallbackJson<Payload>` (a typed JSON parse).
 */
import type { ApiIr, CallbackIr, TaskFamilyIr } from '../../ir/types.js';
import { planOperation } from './plan.js';
import { planTasks, type TasksPlan } from './tasks-plan.js';

export interface CallbackReceiver {
  /** The method path, e.g. `client.midjourney.tasks.parseCallback`. */
  method: string;
  /** The standalone function, e.g. `parseMidjourneyCallback`. */
  function: string;
  family: TaskFamilyIr;
}

/** Receivers by the callback's `source` (unique per callback). */
export function receiversOf(tasks: TasksPlan): Map<string, CallbackReceiver> {
  const out = new Map<string, CallbackReceiver>();
  for (const d of tasks.descriptors) {
    if (!d.receiver) continue;
    const receiver: CallbackReceiver = {
      method: ['client', ...d.poll.names.resource, d.receiver.method].join('.'),
      function: d.receiver.function,
      family: d.family,
    };
    for (const { callback } of d.callbacks) out.set(callback.source, receiver);
  }
  return out;
}

const cache = new WeakMap<ApiIr, Map<string, CallbackReceiver>>();

/** The same receivers, planned from the IR alone (for the docs); none when the client cannot be planned. */
export function callbackReceivers(ir: ApiIr): Map<string, CallbackReceiver> {
  let found = cache.get(ir);
  if (!found) {
    try {
      const plans = new Map(ir.operations.map((op) => [op.operationId, planOperation(ir, op)]));
      found = receiversOf(planTasks(ir, plans));
    } catch {
      found = new Map();
    }
    cache.set(ir, found);
  }
  return found;
}

export interface ReceiverExample {
  /** Names to import from the package (sorted), besides the client class when `needsClient`. */
  imports: string[];
  needsClient: boolean;
  /** The route handler. */
  handler: string;
}

/** A framework-neutral route handler (web-standard Request/Response) that reads one callback. */
export function receiverExample(callback: CallbackIr, receiver: CallbackReceiver | undefined): ReceiverExample {
  const verb = callback.method.toUpperCase();
  const handled = receiver
    ? [
        `    const snapshot = ${receiver.method}(await request.text());`,
        "    if (snapshot.state === 'succeeded') console.log(snapshot.id, snapshot.result);",
        "    else if (snapshot.state === 'failed') console.error(snapshot.id, snapshot.reason);",
        '    else console.log(snapshot.id, snapshot.state, snapshot.progress);',
      ]
    : [`    const payload = parseCallbackJson<${callback.typeName}>(await request.text());`, '    console.log(payload);'];
  const handler = [
    `// Your endpoint for \`${callback.name}\` (any framework with web-standard Request/Response):`,
    `export async function ${verb}(request: Request): Promise<Response> {`,
    '  try {',
    ...handled,
    '    return new Response(null, { status: 204 });',
    '  } catch (error) {',
    '    if (error instanceof CallbackPayloadError) return new Response(error.message, { status: 400 });',
    '    throw error;',
    '  }',
    '}',
  ].join('\n');
  const imports = receiver ? ['CallbackPayloadError'] : ['CallbackPayloadError', 'parseCallbackJson', `type ${callback.typeName}`];
  return { imports, needsClient: receiver !== undefined, handler };
}

/** `{$request.body#/notifyHook}` → `notifyHook`: the body field that takes the URL, when the expression is one. */
export function callbackUrlField(callback: CallbackIr): string | undefined {
  const m = /^\{\$request\.body#\/([^/}]+)\}$/.exec(callback.expression.trim());
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}
