import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/emit/compile.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { ClientEmitError, emitClient } from '../../generator/emit/client/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { REPO } from '../helpers/cli.js';
import { cleanupGenerated, generate, typeCheck, type Generated } from './generate.js';

const FEATURES = path.join(REPO, 'test/fixtures/specs/features/openapi.yaml');
let gen: Generated;
afterAll(cleanupGenerated);
beforeAll(async () => {
  gen = await generate(FEATURES);
});

const text = (p: string): string => {
  const file = gen.files.find((f) => f.path === p);
  if (!file) throw new Error(`no ${p}`);
  return String(file.contents);
};

describe('client emitter on the features fixture', () => {
  it('writes the package layout', () => {
    const paths = gen.files
      .map((f) => f.path)
      .filter((p) => !p.startsWith('sdk/src/core/') && p !== 'sdk/src/schema.ts');
    expect(paths).toEqual([
      'sdk/README.md',
      'sdk/mock/package.json',
      'sdk/msw/package.json',
      'sdk/package.json',
      'sdk/src/callbacks.ts',
      'sdk/src/client.ts',
      'sdk/src/index.ts',
      'sdk/src/operations/chat.ts',
      'sdk/src/operations/files.ts',
      'sdk/src/operations/render.ts',
      'sdk/src/resources/chat.ts',
      'sdk/src/resources/files.ts',
      'sdk/src/resources/render.ts',
      'sdk/src/tasks.ts',
    ]);
    const core = gen.files
      .filter((f) => f.path.startsWith('sdk/src/core/'))
      .map((f) => f.path.slice('sdk/src/core/'.length));
    expect(core).toContain('client.ts');
    expect(core).toContain('index.ts');
    // Every runtime template, plus the retry policy emitted from the IR.
    expect(core).toContain('retry-policy.ts');
    expect(core.length).toBe([...gen.ctx.templates.keys()].length + 1);
  });

  it('starts every file with the DO NOT EDIT header naming the module to change, and names no machine path', () => {
    for (const file of gen.files) {
      const contents = String(file.contents);
      if (file.path.endsWith('.json')) continue;
      expect(contents.split('\n')[0], file.path).toMatch(
        /DO NOT EDIT: change the spec or (generator\/emit\/\w+|templates\/client)\//,
      );
      expect(contents).not.toContain(REPO);
      expect(contents).not.toContain(gen.dir);
    }
  });

  it('is deterministic', async () => {
    const again = await emitClient(gen.ir, gen.ctx);
    expect(again.map((f) => [f.path, f.contents])).toEqual(
      gen.files.filter((f) => f.path !== 'sdk/src/schema.ts').map((f) => [f.path, f.contents]),
    );
  });

  it('writes package.json with ESM and CommonJS exports for every subpath and no dependencies', () => {
    const pkg = JSON.parse(text('sdk/package.json')) as Record<string, unknown>;
    const both = (dir: string): object => ({
      import: { types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` },
      require: { types: `./dist/cjs/${dir}index.d.ts`, default: `./dist/cjs/${dir}index.js` },
    });
    expect(pkg).toMatchObject({
      name: '@shellapi/sdk',
      type: 'module',
      main: './dist/cjs/index.js',
      types: './dist/cjs/index.d.ts',
      files: ['dist', 'src', 'mock', 'msw', 'README.md'],
      typesVersions: {
        '*': { mock: ['./dist/cjs/mock/index.d.ts'], msw: ['./dist/cjs/msw/index.d.ts'] },
      },
      exports: { '.': both(''), './mock': both('mock/'), './msw': both('msw/') },
    });
    expect(JSON.parse(text('sdk/mock/package.json'))).toEqual({
      main: '../dist/cjs/mock/index.js',
      module: '../dist/mock/index.js',
      types: '../dist/cjs/mock/index.d.ts',
    });
    expect(pkg['dependencies']).toBeUndefined();
  });

  it('names the client from the title, methods and functions from the IR', () => {
    expect(text('sdk/src/client.ts')).toContain('export class FeaturesFixture extends APIClient');
    expect(text('sdk/src/client.ts')).toContain("envPrefix: 'SHELLAPI'");
    const render = text('sdk/src/resources/render.ts');
    for (const m of ['cancel(', 'create(', 'createAndWait(', 'list(', 'retrieve(', 'waitFor('])
      expect(render).toContain(`  ${m}`);
    expect(text('sdk/src/operations/render.ts')).toContain(
      'export function renderTasksRetrieve(client: BaseClient',
    );
    expect(text('sdk/src/tasks.ts')).toContain('export function renderTasksCreateAndWait(');
  });

  it('documents methods with summary, retry safety, example and the Chinese page titles', () => {
    const chat = text('sdk/src/operations/chat.ts');
    expect(chat).toContain('Create a chat completion');
    expect(chat).toContain('@see F01 聊天接口 (Chat)');
    expect(chat).toContain('@see F02 图片分析 (Vision)');
    expect(chat).toContain('for await (const chunk of stream)');
    expect(text('sdk/src/operations/render.ts')).toContain(
      'Not re-sent automatically once it may have reached the server',
    );
  });

  it('carries the task family into a descriptor', () => {
    const tasks = text('sdk/src/tasks.ts');
    expect(tasks).toContain("progress: { pointer: '/progress', scale: 'percent' }");
    expect(tasks).toContain(
      'states: { queued: ["waiting"], running: ["working"], succeeded: ["done"], failed: ["error"], cancelled: ["stopped"] }',
    );
    expect(tasks).toContain("'/id', options)");
  });

  it('writes a README with examples for each feature the spec has', () => {
    const readme = text('sdk/README.md');
    for (const heading of [
      '## Quick start',
      '## Streaming',
      '## Uploads',
      '## Binary results',
      '## Tasks (submit, then poll)',
      '## Callbacks',
      '## Types',
      '## Errors',
      '## Retries',
      '## API reference',
    ]) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain('client.render.tasks.createAndWait(');
    expect(readme).toContain('withExtras(result)');
    expect(readme).toContain('stream: true');
    expect(readme).toContain("fs.createReadStream('file.png')");
    expect(readme).toContain('client.files.content(');
  });

  it('type-checks under strict + isolatedDeclarations, with a consumer using every feature', () => {
    const usage = path.join(gen.dir, 'sdk', 'usage.ts');
    writeFileSync(usage, readFileSync(path.join(REPO, 'test/emit-client/usage.ts.txt'), 'utf8'));
    expect(typeCheck([path.join(gen.dir, 'sdk/src/index.ts'), usage], true)).toEqual([]);
  });

  it('compiles file by file to dist (the pipeline compile step)', () => {
    const dist = compilePackage(gen.files, 'sdk').files;
    expect(dist.some((f) => f.path === 'sdk/dist/index.d.ts')).toBe(true);
    expect(dist.some((f) => f.path === 'sdk/dist/core/client.js')).toBe(true);
  });

  it('takes the retry policy from the IR: the runtime constants, the README and the JSDoc', async () => {
    const ir = structuredClone(gen.ir) as ApiIr;
    ir.retryPolicy = {
      ...ir.retryPolicy,
      maxRetries: 4,
      initialDelayMs: 250,
      maxDelayMs: 3_000,
      maxServerDelayMs: 30_000,
      retryStatuses: [425, 429],
      retryStatusFrom: 502,
    };
    const files = await emitClient(ir, gen.ctx);
    const read = (p: string): string => String(files.find((f) => f.path === p)!.contents);
    const policy = read('sdk/src/core/retry-policy.ts');
    expect(policy).toContain('maxRetries: 4,');
    expect(policy).toContain('retryStatuses: [425, 429],');
    expect(policy).toContain('retryStatusFrom: 502,');
    expect(read('sdk/src/client.ts')).toContain('retryPolicy: RETRY_POLICY');
    const readme = read('sdk/README.md');
    expect(readme).toContain('`maxRetries` (4)');
    expect(readme).toContain('timeouts, 425, 429 and 502 and above, honouring');
    expect(readme).toContain('(up to 30 s:');
    expect(readme).toContain('backing off 0.25 s, 0.5 s, 1 s … (max 3 s, with jitter)');
    const ops = files
      .filter((f) => f.path.startsWith('sdk/src/operations/'))
      .map((f) => f.contents);
    expect(ops.join('\n')).toContain(
      'Retried automatically on connection errors, 425, 429 and 502 and above.',
    );
    expect(ops.join('\n')).not.toContain('408');
  });

  it('refuses a root resource that would shadow a client member', () => {
    const ir = structuredClone(gen.ir) as ApiIr;
    const child = ir.resources.children[0]!;
    child.name = 'request';
    child.path = ['request'];
    expect(() => emitClient(ir, gen.ctx)).toThrow(ClientEmitError);
  });

  it('reports every clash among the client members at once, each at its own operation', () => {
    const ir = structuredClone(gen.ir) as ApiIr;
    const names = ['request', 'withOptions', 'constructor'];
    names.forEach((name, i) => {
      const child = ir.resources.children[i]!;
      child.name = name;
      child.path = [name];
    });
    let caught: unknown;
    try {
      emitClient(ir, gen.ctx);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClientEmitError);
    const all = [caught as ClientEmitError, ...(caught as ClientEmitError).others];
    expect(all.map((e) => /member (\w+)/.exec(e.message)?.[1])).toEqual(names);
    expect(new Set(all.map((e) => e.operationId)).size).toBe(3);
  });
});

describe('clashes are errors, never silent renames', () => {
  it('refuses an operation function that would shadow a runtime export', () => {
    const ir = structuredClone(gen.ir) as ApiIr;
    ir.operations[0]!.names.function = 'toFile';
    expect(() => emitClient(ir, gen.ctx)).toThrow(/toFile .* clashes with the client runtime/);
  });

  it('says in the README which schema types the package root cannot re-export', async () => {
    const ir = structuredClone(gen.ir) as ApiIr;
    ir.schemas[0]!.typeName = 'Stream';
    const files = await emitClient(ir, gen.ctx);
    const text = (p: string): string => String(files.find((f) => f.path === p)!.contents);
    expect(text('sdk/src/index.ts')).not.toMatch(/^\s+Stream,$/m);
    expect(text('sdk/README.md')).toContain(
      `One schema is not re-exported from the package root because the client already exports that name (\`Stream\`): import it as \`components['schemas']['${ir.schemas[0]!.name}']\``,
    );
    const plain = await emitClient(gen.ir, gen.ctx);
    expect(String(plain.find((f) => f.path === 'sdk/README.md')!.contents)).not.toContain(
      're-exported',
    );
  });
});

describe('generality', () => {
  it.each([['petstore.yaml'], ['museum.yaml']])(
    '%s: emits a client that type-checks',
    async (name) => {
      const spec = path.join(REPO, '..', 'shared', 'specs', name);
      const other = await generate(spec);
      const readme = String(other.files.find((f) => f.path === 'sdk/README.md')!.contents);
      expect(readme).toContain('## API reference');
      // museum.yaml has a root webhook: its payload type and the README's receiver compile too.
      const hooks =
        other.ir.webhooks.length +
        other.ir.operations.reduce((n, op) => n + op.callbacks.length, 0);
      const receiver = /## Callbacks[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(
        receiver !== undefined,
        'README has a Callbacks section exactly when the spec has callbacks',
      ).toBe(hooks > 0);
      const roots = [path.join(other.dir, 'sdk/src/index.ts')];
      if (receiver) {
        const file = path.join(other.dir, 'sdk', 'receiver.ts');
        writeFileSync(file, receiver.replace(/from '@shellapi\/sdk'/g, "from './src/index.js'"));
        roots.push(file);
      }
      expect(typeCheck(roots)).toEqual([]);
    },
  );
});

describe('the Shell spec', () => {
  const SHELL = path.join(REPO, 'spec/openapi.yaml');
  it('emits ShellApi, type-checks, and every docs TypeScript sample compiles against it', async () => {
    const shell = await generate(SHELL);
    expect(String(shell.files.find((f) => f.path === 'sdk/src/client.ts')!.contents)).toContain(
      'export class ShellApi extends APIClient',
    );
    const dir = path.join(shell.dir, 'sdk', 'samples');
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const op of shell.ir.operations) {
      const samples = buildSamples(shell.ir, op, {});
      const variants: [string, string | undefined][] = [
        ['call', samples.typescript],
        ['wait', samples.typescriptWait],
        ['stream', op.stream ? buildSamples(shell.ir, op, { stream: true }).typescript : undefined],
        ...(samples.typescriptCallbacks ?? []).map((code, i): [string, string] => [
          `callback-${i}`,
          code,
        ]),
      ];
      for (const [kind, code] of variants) {
        if (!code) continue;
        const file = path.join(dir, `${op.operationId}-${kind}.ts`);
        writeFileSync(
          file,
          `${code.replace(/from '@shellapi\/sdk'/g, "from '../src/index.js'")}\nexport {};\n`,
        );
        files.push(file);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    // Every Midjourney and Luma submit declares a callback: each has a receiver sample.
    const callbackSamples = files.filter((f) => f.includes('-callback-'));
    expect(callbackSamples.length).toBe(
      shell.ir.operations.reduce((n, op) => n + op.callbacks.length, 0),
    );
    expect(callbackSamples.length).toBeGreaterThanOrEqual(9);
    expect(typeCheck([path.join(shell.dir, 'sdk/src/index.ts'), ...files], true)).toEqual([]);
  });
});

// openai.yaml (3 MB): its client type-checks under these strict options in
// test/pipeline/generality.test.ts, from the CLI's output (one type-check of it per run, not two).
