/**
 * Folding an OpenAI-style chat completion stream (`chat.completion.chunk` events) back into the
 * completion a non-streaming call returns: text and refusal deltas joined, tool calls assembled
 * by index (their `arguments` fragments concatenated), finish reasons and usage kept.
 */

/** A tool call as assembled from its deltas. */
export interface AccumulatedToolCall {
  index: number;
  id: string | undefined;
  type: string;
  function: { name: string; arguments: string };
}

export interface AccumulatedChoice {
  index: number;
  message: {
    role: string;
    content: string | null;
    refusal?: string | undefined;
    tool_calls?: AccumulatedToolCall[] | undefined;
  };
  finish_reason: string | null;
}

export interface AccumulatedChatCompletion {
  id: string | undefined;
  object: 'chat.completion';
  created: number | undefined;
  model: string | undefined;
  choices: AccumulatedChoice[];
  /** Sent in the last chunk when the request asked for `stream_options: { include_usage: true }`. */
  usage: unknown;
  system_fingerprint?: string | undefined;
}

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The final completion of a chat stream (consumes it). */
export async function accumulateChatCompletion(
  stream: AsyncIterable<object>,
): Promise<AccumulatedChatCompletion> {
  const out: AccumulatedChatCompletion = {
    id: undefined,
    object: 'chat.completion',
    created: undefined,
    model: undefined,
    choices: [],
    usage: undefined,
  };
  for await (const chunk of stream) addChunk(out, chunk as Rec);
  out.choices.sort((a, b) => a.index - b.index);
  return out;
}

/** The text of the first choice once the stream ends (consumes it). */
export async function chatCompletionText(stream: AsyncIterable<object>): Promise<string> {
  const completion = await accumulateChatCompletion(stream);
  return completion.choices[0]?.message.content ?? '';
}

function addChunk(out: AccumulatedChatCompletion, chunk: Rec): void {
  out.id ??= text(chunk['id']);
  out.model ??= text(chunk['model']);
  if (typeof chunk['created'] === 'number') out.created ??= chunk['created'];
  if (typeof chunk['system_fingerprint'] === 'string')
    out.system_fingerprint = chunk['system_fingerprint'];
  if (chunk['usage'] != null) out.usage = chunk['usage'];
  const choices = Array.isArray(chunk['choices']) ? chunk['choices'] : [];
  for (const raw of choices) {
    if (!isRecord(raw)) continue;
    const index = typeof raw['index'] === 'number' ? raw['index'] : 0;
    let choice = out.choices.find((c) => c.index === index);
    if (!choice) {
      choice = { index, message: { role: 'assistant', content: null }, finish_reason: null };
      out.choices.push(choice);
    }
    if (typeof raw['finish_reason'] === 'string') choice.finish_reason = raw['finish_reason'];
    const delta = isRecord(raw['delta']) ? raw['delta'] : {};
    const message = choice.message;
    if (typeof delta['role'] === 'string') message.role = delta['role'];
    if (typeof delta['content'] === 'string')
      message.content = (message.content ?? '') + delta['content'];
    if (typeof delta['refusal'] === 'string')
      message.refusal = (message.refusal ?? '') + delta['refusal'];
    const calls = Array.isArray(delta['tool_calls']) ? delta['tool_calls'] : [];
    for (const call of calls) if (isRecord(call)) addToolCall(message, call);
  }
}

function addToolCall(message: AccumulatedChoice['message'], delta: Rec): void {
  const calls = (message.tool_calls ??= []);
  const index = typeof delta['index'] === 'number' ? delta['index'] : calls.length;
  let call = calls.find((c) => c.index === index);
  if (!call) {
    call = { index, id: undefined, type: 'function', function: { name: '', arguments: '' } };
    calls.push(call);
    calls.sort((a, b) => a.index - b.index);
  }
  call.id ??= text(delta['id']);
  if (typeof delta['type'] === 'string') call.type = delta['type'];
  const fn = isRecord(delta['function']) ? delta['function'] : {};
  if (typeof fn['name'] === 'string') call.function.name += fn['name'];
  if (typeof fn['arguments'] === 'string') call.function.arguments += fn['arguments'];
}
