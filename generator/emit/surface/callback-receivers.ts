/**
 * Which generated helper reads each callback, and the receiving endpoint the README and the docs
 * show: a task callback goes through its family's `parseCallback` (a task snapshot); any other
 * callback or webhook is read by its media type — JSON through `parseCallbackJson<Payload>` (a
 * typed parse), a urlencoded form into its fields, anything else as the raw text or bytes.
 */
import type { ApiIr, CallbackIr, TaskFamilyIr } from '../../ir/types.js';
import { operationPlans } from './plan.js';
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

/** The same receivers, planned from the IR alone (for the docs). */
export function callbackReceivers(ir: ApiIr): Map<string, CallbackReceiver> {
  let found = cache.get(ir);
  if (!found) {
    const plans = operationPlans(ir);
    found = receiversOf(planTasks(ir, plans));
    cache.set(ir, found);
  }
  return found;
}

/** How a callback without a task receiver is read, by its (first) media type. */
export type CallbackReading = 'json' | 'form' | 'bytes' | 'text';

export function callbackReading(callback: CallbackIr): CallbackReading {
  const kind = callback.body?.contents[0]?.kind;
  if (kind === 'json') return 'json';
  if (kind === 'urlencoded') return 'form';
  return kind === 'binary' ? 'bytes' : 'text';
}

/** One sentence for the payload type's doc: which call reads the request body (`body` being its text, or bytes). */
export function callbackReadHint(
  callback: CallbackIr,
  receiver: CallbackReceiver | undefined,
): string {
  if (receiver) return `Read it with \`${receiver.method}(body)\` (a task snapshot).`;
  switch (callbackReading(callback)) {
    case 'json':
      return `Read it with \`parseCallbackJson<${callback.typeName}>(body)\`.`;
    case 'form':
      return 'It is a urlencoded form: read its fields with `Object.fromEntries(new URLSearchParams(body))` (string values).';
    case 'bytes':
      return 'Read the raw bytes of the request.';
    case 'text':
      return 'Read the raw text of the request.';
  }
}

export interface ReceiverExample {
  /** Names to import from the package (sorted), besides the client class when `needsClient`. */
  imports: string[];
  needsClient: boolean;
  /** The route handler. */
  handler: string;
}

/** A framework-neutral route handler (web-standard Request/Response) that reads one callback. */
export function receiverExample(
  callback: CallbackIr,
  receiver: CallbackReceiver | undefined,
): ReceiverExample {
  const verb = callback.method.toUpperCase();
  const reading = callbackReading(callback);
  const open = [
    `// Your endpoint for \`${callback.name}\` (any framework with web-standard Request/Response):`,
    `export async function ${verb}(request: Request): Promise<Response> {`,
  ];
  const ok = 'return new Response(null, { status: 204 });';
  // Only the parsers throw `CallbackPayloadError` (a bad body → 400); a form or raw body is read as it comes.
  const guarded = (lines: string[]): string[] => [
    '  try {',
    ...lines.map((l) => `    ${l}`),
    `    ${ok}`,
    '  } catch (error) {',
    '    if (error instanceof CallbackPayloadError) return new Response(error.message, { status: 400 });',
    '    throw error;',
    '  }',
  ];
  const plain = (lines: string[]): string[] => [...lines, ok].map((l) => `  ${l}`);
  let body: string[];
  let imports: string[];
  if (receiver) {
    body = guarded([
      `const snapshot = ${receiver.method}(await request.text());`,
      "if (snapshot.state === 'succeeded') console.log(snapshot.id, snapshot.result);",
      "else if (snapshot.state === 'failed') console.error(snapshot.id, snapshot.reason);",
      'else console.log(snapshot.id, snapshot.state, snapshot.progress);',
    ]);
    imports = ['CallbackPayloadError'];
  } else if (reading === 'json') {
    body = guarded([
      `const payload = parseCallbackJson<${callback.typeName}>(await request.text());`,
      'console.log(payload);',
    ]);
    imports = ['CallbackPayloadError', 'parseCallbackJson', `type ${callback.typeName}`];
  } else if (reading === 'form') {
    body = plain([
      `// A urlencoded form (\`${callback.typeName}\`): every value arrives as a string.`,
      'const fields = Object.fromEntries(new URLSearchParams(await request.text()));',
      'console.log(fields);',
    ]);
    imports = [];
  } else if (reading === 'bytes') {
    body = plain([
      'const bytes = new Uint8Array(await request.arrayBuffer());',
      'console.log(bytes.byteLength);',
    ]);
    imports = [];
  } else {
    body = plain(['const text = await request.text();', 'console.log(text);']);
    imports = [];
  }
  return {
    imports,
    needsClient: receiver !== undefined,
    handler: [...open, ...body, '}'].join('\n'),
  };
}

/** `{$request.body#/notifyHook}` → `notifyHook`: the body field that takes the URL, when the expression is one. */
export function callbackUrlField(callback: CallbackIr): string | undefined {
  const m = /^\{\$request\.body#\/([^/}]+)\}$/.exec(callback.expression.trim());
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}
