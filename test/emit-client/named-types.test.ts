/**
 * What a consumer of the Shell SDK sees: named response types in hovers, closed objects (a
 * misspelt field is a compile error, probed with @ts-expect-error, which itself fails when the line
 * compiles), open enums that keep their suggestions, and `withExtras` as the escape to extra fields.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { probeConsumer, type ConsumerProbe } from '../helpers/quick-info.js';
import {
  cleanupGenerated,
  generate,
  strictOptions,
  typeCheck,
  type Generated,
} from './generate.js';

const CONSUMER = `import { ShellApi, withExtras, type ChatCompletion } from './src/index.js';

const client = new ShellApi({ apiKey: 'sk-test', baseUrl: 'http://127.0.0.1:1' });

export async function consumer(): Promise<void> {
  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
  const named: ChatCompletion = completion;
  const first = completion.choices[0]!;
  const text: string | null | undefined = first.message.content;
  // @ts-expect-error a misspelt field of a nested response object
  first.mesage;
  // @ts-expect-error a misspelt top-level response field
  completion.choises;
  // The one escape: fields the server sent beyond the documented ones, typed unknown.
  const extra: unknown = withExtras(first.message).reasoning_content;
  // @ts-expect-error withExtras opens the object it is given, not the fields it names
  withExtras(completion).choices[0]!.mesage;
  // Open enums: a listed model, and one the spec does not list.
  await client.chat.completions.create({ model: 'my-relay-model', messages: [{ role: 'user', content: 'hi' }] });
  await client.audio.speech.create({ model: 'tts-1', input: 'x', voice: 'coral' });
  // @ts-expect-error a closed enum still rejects other values
  await client.audio.speech.create({ model: 'tts-1', input: 'x', voice: 'alloy', response_format: 'ogg' });
  console.log(named, text, extra);
}
`;

let gen: Generated;
let probe: ConsumerProbe;
let file: string;
afterAll(cleanupGenerated);
beforeAll(async () => {
  gen = await generate(path.join(REPO, 'spec/openapi.yaml'));
  file = path.join(gen.dir, 'sdk', 'consumer.ts');
  writeFileSync(file, CONSUMER);
  probe = probeConsumer(file, strictOptions());
});

describe('the Shell SDK as a consumer sees it', () => {
  it('type-checks the consumer: every misspelling probe is an error, the open enums and the escape compile', () => {
    expect(typeCheck([file])).toEqual([]);
  });

  it('hovers name the response types', () => {
    expect(probe.hover('completion =')).toBe('const completion: ChatCompletion');
    expect(probe.hover('first =')).toMatch(/^const first: \{\n/);
    expect(probe.hover('message.content', 1)).toBe('(property) message: ChatAssistantMessage');
  });

  it('an open enum keeps its known values as suggestions', () => {
    const models = probe.completions("model: 'gpt-4o'", "model: '".length);
    expect(models).toEqual(expect.arrayContaining(['gpt-4o', 'gpt-3.5-turbo', 'stable-diffusion']));
    expect(probe.completions("voice: 'coral'", "voice: '".length)).toEqual(
      expect.arrayContaining(['alloy', 'shimmer']),
    );
  });

  it('exports every component schema by name, documented from the spec', () => {
    const schema = String(gen.files.find((f) => f.path === 'sdk/src/schema.ts')!.contents);
    for (const named of gen.ir.schemas)
      expect(schema).toMatch(new RegExp(`export (interface|type) ${named.typeName}\\b`));
    expect(schema).toContain(
      '/** A complete (non-streamed) chat answer. */\nexport interface ChatCompletion {',
    );
    expect(schema).toContain('  ChatCompletion: ChatCompletion;');
    expect(schema).not.toContain('[key: string]: unknown;\n}\n\n/** A complete');
  });
});
