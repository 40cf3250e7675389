/**
 * The root README's retry paragraph states facts of spec/ and of both SDKs' options: paid calls
 * are never re-sent once they may have reached the server, chat/completions/embeddings are
 * retried like any safe call (so may be billed again), and how to send a call once. Each fact is
 * read here from the IR and the runtime templates, so the README cannot drift from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** The README's paragraph on retries, whitespace folded (it wraps lines anywhere). */
const paragraph = (() => {
  const text = read('README.md');
  const start = text.indexOf('<a id="retries"></a>');
  expect(start).toBeGreaterThan(-1);
  return text.slice(start, text.indexOf('\n- ', start)).replace(/\s+/g, ' ');
})();

describe('README: retries', () => {
  it('says what spec/ decides: paid calls unsafe, per-token calls safe, the policy retried', async () => {
    const { ir } = buildIr(await loadSpec(path.join(root, 'spec/openapi.yaml')));
    const paid = ir.operations.filter((op) => op.paid);
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.filter((op) => op.retry !== 'unsafe').map((op) => op.operationId)).toEqual([]);
    expect(paragraph).toContain(
      'paid task submits and `x-paid` calls are `x-retry: unsafe` and are never re-sent once they may have reached the server',
    );
    const perToken = ['chat.completions.create', 'completions.create', 'embeddings.create'];
    const retry = (name: string) =>
      ir.operations.find((op) => [...op.names.resource, op.names.method].join('.') === name)?.retry;
    expect(perToken.map(retry)).toEqual(['safe', 'safe', 'safe']);
    expect(paragraph).toContain(
      'Chat completions, completions and embeddings are billed per token but `x-retry: safe`',
    );
    expect(paragraph).toContain('may be billed again');
    const policy = ir.retryPolicy;
    expect(policy.retryStatusFrom).toBe(500);
    expect(paragraph).toContain(
      `(${['once', 'twice'][policy.maxRetries - 1] ?? `${policy.maxRetries} times`} by default, with backoff) after a dropped connection, a timeout, ${policy.retryStatuses.join(', ')} or a 5xx`,
    );
    expect(paragraph).toContain(`answer of \`${policy.hintHeader}: true\``);
  });

  it('names the real per-call options of both SDKs', () => {
    const ts = read('templates/client/client.ts');
    const tsOptions = ts.slice(ts.indexOf('export interface RequestOptions'));
    expect(tsOptions.slice(0, tsOptions.indexOf('\n}'))).toMatch(/\n {2}maxRetries\?: number/);
    expect(paragraph).toContain('`{ maxRetries: 0 }` as its request options in TypeScript');
    const py = read('templates/python/_types.py');
    const pyOptions = py.slice(py.indexOf('class RequestOptions('));
    // The class body: up to the next line at column 0.
    expect(pyOptions.slice(0, pyOptions.search(/\n(?=\S)/))).toMatch(/\n {4}max_retries: int/);
    expect(paragraph).toContain('`request_options={"max_retries": 0}` in Python');
  });
});
