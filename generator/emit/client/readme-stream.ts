/**
 * The TypeScript README's `## Streaming` section: one stream's snippet, written for its call shape
 * (the flag among spread params, the flag inside `params.body`, or no flag: always streaming), and
 * the chat helpers named only for the streams they fold (the IR's `StreamIr.chatCompletion`).
 */
import type { ApiIr, OperationIr } from '../../ir/types.js';
import { exampleCall } from '../surface/example.js';
import { whenStreams, type OperationPlan } from '../surface/plan.js';

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function streamingSection(
  ir: ApiIr,
  planOf: (op: OperationIr) => OperationPlan,
  snippet: (code: string, needsFs: boolean) => string,
): string[] {
  const streams = ir.operations.filter((o) => planOf(o).stream !== undefined);
  const flag = (o: OperationIr): string | undefined => planOf(o).stream!.flag;
  // A flag among spread params reads best (of a JSON body first: no upload to prepare), then a
  // stream without one, then a flag in the body.
  const spread = streams.filter((o) => flag(o) !== undefined && planOf(o).body?.mode === 'spread');
  const op =
    spread.find((o) => planOf(o).body?.kind === 'json') ??
    spread[0] ??
    streams.find((o) => flag(o) === undefined) ??
    streams[0];
  if (!op) return [];
  const plan = planOf(op);
  const name = flag(op);
  const ex = exampleCall(ir, plan, name !== undefined ? { stream: true } : {});
  // An example body the flag cannot go into (not an object) would not stream as written.
  if (name !== undefined && !ex.streams) return [];
  const stream = op.stream!;
  const when = whenStreams(plan);
  // `With x the call`, `Unless given x, the call`.
  const switched =
    when === undefined
      ? 'The call'
      : `${capitalize(when)}${plan.stream?.defaultOn ? ',' : ''} the call`;
  const terminator = stream.terminator;
  const chats = streams.filter((o) => o.stream!.chatCompletion);
  const methods = (ops: OperationIr[]): string =>
    ops.map((o) => `\`${['client', ...o.names.resource, o.names.method].join('.')}()\``).join(', ');
  const reading = stream.text
    ? "Each `chunk` is one event's text as sent; join them (`text += chunk`) for the whole text."
    : `Each \`chunk\` is one parsed event (\`${plan.chunkTypeName}\`, exported by the package); keep what you need from it inside the loop.`;
  const fold =
    chats.length > 0
      ? `For the chat completion chunks of ${methods(chats)}, \`accumulateChatCompletion(stream)\` / \`chatCompletionText(stream)\` fold the stream into the final completion (tool calls included) or its text.`
      : undefined;
  return [
    '',
    '## Streaming',
    '',
    [
      `${switched} resolves to a \`Stream\` of typed events (server-sent events, ${stream.text ? 'each `data:` text as sent' : 'parsed as JSON'}, ending at ${terminator !== undefined ? `\`${terminator}\`` : stream.terminatorIfSent !== undefined ? `\`${stream.terminatorIfSent}\` or the end of the body` : 'the end of the body'}). Leaving the loop early or aborting closes the connection; a stream with no event for longer than \`idleTimeout\` fails with \`APIConnectionTimeoutError\` (keep-alive comments do not count); an \`error\` event raises \`APIError\`${terminator !== undefined ? '; a stream that ends before its terminator raises `IncompleteStreamError`' : ''}. \`stream.tee()\` splits it in two and \`stream.toReadableStream()\` / \`Stream.fromReadableStream()\` carry it across a server boundary.`,
      // A chat stream's reading is the fold; any other gets the generic one.
      stream.chatCompletion ? undefined : reading,
      fold,
    ]
      .filter((sentence) => sentence !== undefined)
      .join(' '),
    '',
    snippet(
      `const stream = await ${ex.call};\nfor await (const chunk of stream) {\n  console.log(chunk);\n}`,
      ex.needsFs,
    ),
  ];
}
