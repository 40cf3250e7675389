/** The mock emitter's files, compiled the way the package is built, then run: `startMock`, the CLI and the MSW entry. */
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import type { EmitContext, VirtualFile } from '../../generator/emit/types.js';
import { emitMock } from '../../generator/emit/mock/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { compilePackage } from '../../generator/emit/compile.js';
import { FEATURES } from './helpers.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

function readTemplates(dir: string = TEMPLATES): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of readTemplates(full)) out.set(k, v);
    else out.set(relative(TEMPLATES, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return out;
}

let ir: ApiIr;
let ctx: EmitContext;
let files: VirtualFile[];
let outDir: string;

beforeAll(async () => {
  const loaded = await loadSpec(FEATURES);
  ir = buildIr(loaded).ir;
  ctx = {
    templates: readTemplates(),
    generator: { name: 'shellapi-codegen', version: '0.0.0' },
    packageName: '@shellapi/sdk',
  };
  files = await emitMock(ir, ctx);
  outDir = mkdtempSync(join(tmpdir(), 'shellapi-mock-emit-'));
  for (const f of [...files, ...compilePackage(files, 'sdk').files]) {
    const path = join(outDir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.contents);
  }
  writeFileSync(
    join(outDir, 'sdk/package.json'),
    JSON.stringify({ name: '@shellapi/sdk', type: 'module' }),
  );
  // The mock's optional peer dependencies (Ajv), as an install that runs the mock has them.
  symlinkSync(
    fileURLToPath(new URL('../../node_modules', import.meta.url)),
    join(outDir, 'node_modules'),
  );
});
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const text = (path: string): string => String(files.find((f) => f.path === path)!.contents);

describe('emitMock', () => {
  it('writes the runtime, the route table, the entry points and the MSW module', () => {
    const paths = files.map((f) => f.path);
    for (const p of [
      'engine',
      'server',
      'validate',
      'tasks',
      'clock',
      'routes',
      'index',
      'cli',
      'msw',
    ])
      expect(paths).toContain(`sdk/src/mock/${p}.ts`);
    expect(paths).toContain('sdk/src/msw/index.ts');
    expect(paths).toEqual([...paths].sort());
  });

  it('starts every file with a header naming the module to edit and DO NOT EDIT; no machine paths', () => {
    for (const f of files) {
      const head = String(f.contents)
        .replace(/^#!.*\n/, '')
        .split('\n')[0]!;
      expect(head, f.path).toMatch(
        /^\/\/ .*DO NOT EDIT.*(generator\/emit\/mock\/|templates\/mock\/)/,
      );
      expect(String(f.contents), f.path).not.toMatch(/\/(work|tmp|home|root|Users)\//);
    }
    expect(text('sdk/src/mock/engine.ts').split('\n')[0]).toContain('templates/mock/engine.ts');
    expect(text('sdk/src/mock/cli.ts').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is deterministic', async () => {
    const again = await emitMock(ir, ctx);
    expect(again).toEqual(files);
  });

  it('serialises exactly the route table createMockRoutes builds, even with backticks, ${ and backslashes in examples', async () => {
    const tricky = structuredClone(ir);
    const op = tricky.operations.find((o) => o.operationId === 'submitRender')!;
    op.responses[0]!.contents[0]!.examples[0]!.value = {
      id: 'task_123',
      note: 'a `tick`, ${not} and \\ and \n and "quotes", \\${escaped}, $${twice} and \\`',
    };
    const source = String(
      (await emitMock(tricky, ctx)).find((f) => f.path === 'sdk/src/mock/routes.ts')!.contents,
    );
    const literal = source.slice(
      source.indexOf('JSON.parse(') + 'JSON.parse('.length,
      source.lastIndexOf(') as MockRouteTable'),
    );
    const parsed: unknown = JSON.parse(new Function(`return ${literal};`)() as string);
    expect(parsed).toEqual(createMockRoutes(tricky));
  });

  it('lists the operationIds in the MSW module', () => {
    expect(text('sdk/src/msw/index.ts')).toContain('| "submitRender"');
  });
});

describe('the generated package, compiled', () => {
  it('startMock serves the spec', async () => {
    const mod = (await import(
      pathToFileURL(join(outDir, 'sdk/dist/mock/index.js')).href
    )) as typeof import('../../templates/mock/server.js') & {
      startMock: (o?: object) => Promise<import('../../templates/mock/server.js').MockServer>;
    };
    const mock = await mod.startMock({ clock: 'manual' });
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${mock.url}/render/tasks`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk', 'content-type': 'application/json' },
        body: '{"prompt":"x"}',
      });
      expect(await res.json()).toEqual({ id: 'task_001' });
      mock.clock.advance(10_000);
      expect(mock.tasks.get('task_001')?.state).toBe('succeeded');
    } finally {
      await mock.close();
    }
  });

  it('the CLI listens and logs one line per request', async () => {
    const child = spawn(
      process.execPath,
      [join(outDir, 'sdk/dist/mock/cli.js'), '--port', '0', '--host', '127.0.0.1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (c: string) => (out += c));
      const url = await new Promise<string>((resolve, reject) => {
        child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
        const check = (): void => {
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
          else setTimeout(check, 10);
        };
        check();
      });
      const res = await fetch(`${url}/render/tasks/nope`, {
        headers: { authorization: 'Bearer sk' },
      });
      expect(res.status).toBe(404);
      await new Promise<void>((resolve) => {
        const check = (): void =>
          out.includes('GET /render/tasks/nope') ? resolve() : void setTimeout(check, 10);
        check();
      });
      expect(out).toMatch(/^GET \/render\/tasks\/nope 404 \d+ms getRenderTask$/m);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('the MSW entry builds handlers from the same routes', async () => {
    const mod = (await import(pathToFileURL(join(outDir, 'sdk/dist/msw/index.js')).href)) as {
      createMswHandlers: (http: object) => Promise<{ handlers: { path: string }[] }>;
    };
    const make = (method: string) => (path: string) => ({ method, path });
    const http = {
      get: make('GET'),
      post: make('POST'),
      put: make('PUT'),
      patch: make('PATCH'),
      delete: make('DELETE'),
      head: make('HEAD'),
      options: make('OPTIONS'),
    };
    const mock = await mod.createMswHandlers(http);
    expect(mock.handlers.map((h) => h.path)).toContain(
      'https://api.example.com/render/tasks/:task_id',
    );
  });
});
