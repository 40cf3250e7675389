/**
 * Golden files, used like baselines: test/golden/<fixture>/ holds what the emitters write from that
 * fixture's spec, one test per file with a text diff. A mismatching or new file is also written to
 * .tmp/golden-mismatch/<fixture>/ (ignored by git) for a whole-file diff. Only `npm run test:update`
 * (UPDATE_GOLDENS=1) rewrites the goldens, and never in CI.
 *
 * What is the same for every spec is checked once, not stored per fixture (see helpers/golden-scope):
 * copied templates against templates/, compiled output against the committed build in generated/,
 * both with the base error class named after the fixture's client (`runtimeText`).
 * The goldens' TypeScript type-checks, with the runtime they import.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../generator/pipeline.js';
import { readTemplates } from '../generator/emit/templates.js';
import { TEMPLATES_DIR } from '../generator/config.js';
import { runtimeText } from '../generator/emit/surface/client-runtime.js';
import { REPO } from './helpers/cli.js';
import { copiedTemplate, copyBody, outputKind } from './helpers/golden-scope.js';
import { readTree } from './helpers/tree.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/specs/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const MISMATCH = path.join(REPO, '.tmp/golden-mismatch');
/** The committed output of this repo's spec: one baseline for what is compiled the same for every spec. */
const GENERATED = path.join(REPO, 'generated');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const ACCEPT = 'run `npm run test:update` after checking the change is intended';

if (UPDATE && process.env.CI) throw new Error('goldens are never updated in CI');

const fixtures = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const templates = await readTemplates(TEMPLATES_DIR);

interface FixtureRun {
  name: string;
  errors: string[];
  /** The fixture's base error class (`ApiIr.errorClassName`): its runtime copies name it. */
  errorClassName: string;
  /** Every output file, by path. */
  output: Map<string, Buffer>;
  /** The emitted files a golden holds. */
  emitted: Map<string, Buffer>;
  golden: Map<string, Buffer>;
}

async function runFixture(name: string): Promise<FixtureRun> {
  const dir = path.join(GOLDEN, name);
  const result = await runPipeline({
    spec: path.join(FIXTURES, name, 'openapi.yaml'),
    out: dir,
    mode: 'none',
  });
  const errors = result.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file}:${p.line}:${p.col} ${p.code}: ${p.message}`);
  const output = new Map((result.files ?? []).map((f) => [f.path, Buffer.from(f.contents)]));
  const emitted = new Map(
    [...output].filter(([file]) => outputKind(file, templates) === 'emitted'),
  );
  if (UPDATE && errors.length === 0) {
    await rm(dir, { recursive: true, force: true });
    for (const [file, bytes] of emitted) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), bytes);
    }
  }
  const errorClassName = result.ir?.errorClassName ?? '';
  return { name, errors, errorClassName, output, emitted, golden: await readTree(dir) };
}

await rm(MISMATCH, { recursive: true, force: true });
const runs: FixtureRun[] = [];
for (const name of fixtures) runs.push(await runFixture(name));

async function keepMismatch(fixture: string, file: string, bytes: Buffer): Promise<string> {
  const target = path.join(MISMATCH, fixture, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
  return path.relative(REPO, target);
}

describe('golden output', () => {
  it('has a golden folder for every fixture and no orphaned golden folder', async () => {
    const goldens = (await readdir(GOLDEN, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(goldens).toEqual(fixtures);
  });

  for (const run of runs) {
    describe(run.name, () => {
      it('generates without errors', () => {
        expect(run.errors).toEqual([]);
        expect(run.emitted.size).toBeGreaterThan(0);
      });

      const files = [...new Set([...run.emitted.keys(), ...run.golden.keys()])].sort();
      for (const file of files) {
        it(file, async () => {
          const actual = run.emitted.get(file);
          const golden = run.golden.get(file);
          expect(actual, `${file} is no longer generated: ${ACCEPT}`).toBeDefined();
          if (golden?.equals(actual!)) return;
          const kept = await keepMismatch(run.name, file, actual!);
          expect(golden, `${file} is new (written to ${kept}): ${ACCEPT}`).toBeDefined();
          // Strings, so the failure shows a line diff; the bytes are compared too.
          expect(actual!.toString('utf8'), `differs (see ${kept}): ${ACCEPT}`).toBe(
            golden!.toString('utf8'),
          );
          expect(actual!.equals(golden!), `${file}: bytes differ`).toBe(true);
        });
      }
    });
  }
});

describe('output that is the same for every spec', () => {
  it('each copied template is a header line naming its template, then the template with only its base error renamed', () => {
    const copiedSets = runs.map((run) => {
      const copied: string[] = [];
      for (const [file, bytes] of run.output) {
        const template = copiedTemplate(file, templates);
        if (template === undefined) continue;
        copied.push(template);
        expect
          .soft(copyBody(bytes.toString('utf8'), template), file)
          .toBe(runtimeText(templates.get(template)!, run.errorClassName));
      }
      return copied.sort();
    });
    // Every runtime (client, mock, Python, docs assets) is copied, and the same files for every spec.
    for (const dir of ['client/', 'mock/', 'python/', 'docs/'])
      expect(
        copiedSets[0]!.some((t) => t.startsWith(dir)),
        dir,
      ).toBe(true);
    for (const copied of copiedSets.slice(1)) expect(copied).toEqual(copiedSets[0]);
  });

  it('compiled output: every source has its builds, and the runtime builds equal the committed ones', async () => {
    for (const run of runs) {
      const sources = [...run.output.keys()].filter(
        (f) => f.startsWith('sdk/src/') && f.endsWith('.ts'),
      );
      const builds = sources.flatMap((src) => {
        const rel = src.slice('sdk/src/'.length, -'.ts'.length);
        return ['', 'cjs/'].flatMap((cjs) => [
          `sdk/dist/${cjs}${rel}.js`,
          `sdk/dist/${cjs}${rel}.d.ts`,
        ]);
      });
      const dist = [...run.output.keys()].filter((f) => f.startsWith('sdk/dist/'));
      expect(dist.sort(), run.name).toEqual([...builds, 'sdk/dist/cjs/package.json'].sort());

      // What is built from templates alone: byte for byte the build of this repo's spec.
      const fromTemplates = dist.filter((f) => {
        const rel = f.replace(/^sdk\/dist\/(?:cjs\/)?/, '').replace(/\.(?:d\.ts|js)$/, '.ts');
        return copiedTemplate(`sdk/src/${rel}`, templates) !== undefined;
      });
      expect(fromTemplates.length).toBeGreaterThan(100);
      for (const file of [...fromTemplates, 'docs/assets/shared-validator.js']) {
        const committed = await readFile(path.join(GENERATED, file), 'utf8').then(
          (text) => runtimeText(text, run.errorClassName),
          () => undefined,
        );
        expect
          .soft(
            run.output.get(file)?.toString('utf8'),
            `${run.name}: ${file} (run npm run generate?)`,
          )
          .toBe(committed);
      }
    }
  });
});

describe('goldens type-check', () => {
  it("every fixture's golden SDK sources, with the runtime they import (one compiler run)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'golden-tsc-'));
    try {
      const sources: string[] = [];
      const add = async (run: FixtureRun, file: string, bytes: Buffer): Promise<void> => {
        const source = file.startsWith('sdk/src/') && file.endsWith('.ts');
        // package.json says the sources are ES modules.
        if (!source && file !== 'sdk/package.json') return;
        const target = path.join(dir, run.name, file);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, bytes);
        if (source) sources.push(`${run.name}/${file}`);
      };
      for (const run of runs) {
        for (const [file, bytes] of run.golden) await add(run, file, bytes);
        for (const [file, bytes] of run.output)
          if (outputKind(file, templates) === 'copied-template') await add(run, file, bytes);
      }
      expect(sources.length).toBeGreaterThan(60 * runs.length);
      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          typeRoots: [path.join(REPO, 'node_modules/@types')],
          types: ['node'],
        },
        files: sources,
      };
      await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      // The mock imports its optional peer dependency Ajv, installed where the mock is used.
      await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
      const r = spawnSync(
        process.execPath,
        [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', dir],
        {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(`${r.stdout}${r.stderr}`).toBe('');
      expect(r.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
