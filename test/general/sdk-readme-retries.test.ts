/**
 * Both generated SDK READMEs say which POSTs the spec marks safe (so they are retried and may be
 * billed twice) and how to send a call once, with each SDK's real per-call option. The operations
 * are read from the IR, the option names from the runtime templates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const folded = (file: string) => read(file).replace(/\s+/g, ' ');

async function safePosts() {
  const { ir } = buildIr(await loadSpec(path.join(root, 'spec/openapi.yaml')));
  const posts = ir.operations.filter((op) => op.method === 'post' && op.retry === 'safe');
  const names = posts.map((op) => [...op.names.resource, op.names.method].join('.'));
  expect(names).toContain('chat.completions.create');
  expect(names).toContain('embeddings.create');
  return posts;
}

describe('SDK READMEs: safe POSTs are retried', () => {
  it('TypeScript names them and `maxRetries: 0`', async () => {
    const posts = await safePosts();
    const text = folded('generated/sdk/README.md');
    const first = posts[0]!;
    expect(text).toContain(
      `The spec marks ${posts.length} POST/PATCH operation(s) \`x-retry: safe\` (\`client.${[...first.names.resource, first.names.method].join('.')}\``,
    );
    expect(text).toContain(
      'may run, and be billed, twice; pass `{ maxRetries: 0 }` to send a call once',
    );
    const ts = read('templates/client/client.ts');
    const options = ts.slice(ts.indexOf('export interface RequestOptions'));
    expect(options.slice(0, options.indexOf('\n}'))).toMatch(/\n {2}maxRetries\?: number/);
  });

  it('Python names them and `request_options={"max_retries": 0}`', async () => {
    const posts = await safePosts();
    const text = folded('generated/python/README.md');
    expect(text).toContain(
      `The spec marks ${posts.length} POST/PATCH operation(s) \`x-retry: safe\``,
    );
    expect(text).toContain('`client.chat.completions.create`');
    expect(text).toContain(
      'may run, and be billed, twice; pass `request_options={"max_retries": 0}` to a call to send it once',
    );
    const py = read('templates/python/_types.py');
    const options = py.slice(py.indexOf('class RequestOptions('));
    expect(options.slice(0, options.search(/\n(?=\S)/))).toMatch(/\n {4}max_retries: int/);
  });
});
