/** Facts about streams and task lifecycles, shared by the HTML and Markdown renderers. */
import type {
  CanonicalTaskState,
  Json,
  OperationIr,
  StreamIr,
  TaskFamilyIr,
} from '../../ir/types.js';

export const CANONICAL_STATES: { state: CanonicalTaskState; meaning: string; terminal: boolean }[] =
  [
    { state: 'queued', meaning: 'Accepted, waiting for a worker.', terminal: false },
    { state: 'running', meaning: 'Being worked on; progress may be reported.', terminal: false },
    { state: 'succeeded', meaning: 'Done; the result fields are filled.', terminal: true },
    {
      state: 'failed',
      meaning: 'Stopped with an error; the failure reason says why.',
      terminal: true,
    },
    { state: 'cancelled', meaning: 'Cancelled before it finished.', terminal: true },
  ];

export function vendorValues(values: Json[]): string[] {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** The stream as it travels: one `data:` line per event, a blank line between events, then the terminator. */
export function streamTranscript(stream: StreamIr): { text: string; generated: boolean } {
  // The IR's events: exactly what the mock streams.
  const generated = stream.events.some((e) => e.origin === 'generated');
  const lines = stream.events.map(
    (e) =>
      `${e.event !== undefined ? `event: ${e.event}\n` : ''}data: ${JSON.stringify(e.value)}\n`,
  );
  if (stream.terminator !== undefined) lines.push(`data: ${stream.terminator}\n`);
  return { text: lines.join('\n'), generated };
}

/**
 * Which requests get the stream, for the prose: those sending the flag `true`, or, for a flag that
 * defaults to true (the IR's `flagDefaultOn`), all but those sending it `false`. Undefined: every
 * request does (no flag). `field` is how the flag is spelt in the body the SDKs send: a JSON
 * property, or a form field of a multipart/urlencoded body (`the form field stream=true`).
 */
export function streamFlagRule(
  op: Pick<OperationIr, 'stream' | 'requestBody'>,
): { unless: boolean; lead: string; field: string } | undefined {
  const flag = op.stream?.requestFlag;
  if (flag === undefined) return undefined;
  const unless = op.stream!.flagDefaultOn === true;
  const kind = op.requestBody?.contents[0]?.kind;
  return kind === 'multipart' || kind === 'urlencoded'
    ? { unless, lead: 'the form field ', field: `${flag}=${!unless}` }
    : { unless, lead: '', field: `"${flag}": ${!unless}` };
}

export function seconds(ms: number): string {
  if (ms % 60000 === 0 && ms >= 60000) return `${ms / 60000} min`;
  return `${ms / 1000} s`;
}

/** `Render task` → `Render` (the title usually ends in "task"; sentences add it back). */
export function taskNoun(family: TaskFamilyIr): string {
  return (family.title ?? family.name).replace(/\s+tasks?$/i, '');
}

const SCALE_TEXT = {
  'percent-string': 'a percent string such as "37%"',
  percent: 'a number from 0 to 100',
  fraction: 'a number from 0 to 1',
};

export function progressText(family: TaskFamilyIr): string | undefined {
  return family.progress
    ? `\`${family.progress.pointer}\` (${SCALE_TEXT[family.progress.scale]})`
    : undefined;
}

/** Operations that play a part in a family, by role, for cross links. */
export function familyMembers(
  family: TaskFamilyIr,
  ops: ReadonlyMap<string, OperationIr>,
): {
  submits: OperationIr[];
  poll?: OperationIr;
  cancel?: OperationIr;
  lists: OperationIr[];
} {
  const pick = (id: string | undefined): OperationIr | undefined => (id ? ops.get(id) : undefined);
  const poll = pick(family.poll.operationId);
  const cancel = pick(family.cancel?.operationId);
  return {
    submits: family.submits
      .map((id) => ops.get(id))
      .filter((o): o is OperationIr => o !== undefined),
    lists: family.lists
      .map((l) => ops.get(l.operationId))
      .filter((o): o is OperationIr => o !== undefined),
    ...(poll ? { poll } : {}),
    ...(cancel ? { cancel } : {}),
  };
}

export function idInputText(input: { in: 'path' | 'query' | 'body'; name: string }): string {
  if (input.in === 'body') return `body field \`${input.name}\``;
  return `${input.in} parameter \`${input.name}\``;
}
