/**
 * The IR decides which streams carry chat completion chunks (`StreamIr.chatCompletion`): the
 * events `accumulateChatCompletion` folds, `choices[].delta` with `content` or `tool_calls`,
 * through refs, declared or inferred from example events.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const sse = (schema: string, extra = '') =>
  `{ '200': { description: ok, content: { text/event-stream: { schema: ${schema}${extra} } } } }`;
const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /chat: { get: { operationId: chat, responses: ${sse("{ $ref: '#/components/schemas/ChatChunk' }")} } }
  /tools: { get: { operationId: tools, responses: ${sse('{ type: object, properties: { choices: { type: array, items: { type: object, properties: { delta: { type: object, properties: { tool_calls: { type: array } } } } } } } }')} } }
  /completion: { get: { operationId: completion, responses: ${sse("{ $ref: '#/components/schemas/CompletionChunk' }")} } }
  /other: { get: { operationId: other, responses: ${sse('{ type: object, properties: { delta: { type: object, properties: { content: { type: string } } } } }')} } }
  /text: { get: { operationId: text, responses: ${sse('{ type: string }')} } }
  /examples: { get: { operationId: examples, responses: ${sse('{ type: string }', ', example: "data: {\\"choices\\": [{\\"index\\": 0, \\"delta\\": {\\"content\\": \\"hi\\"}}]}\\n\\n"')} } }
components:
  schemas:
    ChatChunk: { type: object, properties: { id: { type: string }, choices: { type: array, items: { $ref: '#/components/schemas/Choice' } } } }
    Choice: { type: object, properties: { index: { type: integer }, delta: { $ref: '#/components/schemas/Delta' } } }
    Delta: { type: object, properties: { role: { type: string }, content: { type: [string, 'null'] } } }
    CompletionChunk: { type: object, properties: { choices: { type: array, items: { type: object, properties: { text: { type: string } } } } } }
`;

const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-chat-stream-'));
await writeFile(path.join(dir, 'openapi.yaml'), SPEC);
const { ir } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
const chat = (id: string) =>
  ir.operations.find((o) => o.operationId === id)!.stream!.chatCompletion;

describe('chat completion streams', () => {
  it('choices[].delta with content or tool_calls, through refs', () => {
    expect(chat('chat')).toBe(true);
    expect(chat('tools')).toBe(true);
  });

  it('an event schema inferred from chat-shaped example events', () => {
    expect(chat('examples')).toBe(true);
  });

  it('text completions, a delta outside choices and text events are not chat chunks', () => {
    expect(chat('completion')).toBeUndefined();
    expect(chat('other')).toBeUndefined();
    expect(chat('text')).toBeUndefined();
  });
});
