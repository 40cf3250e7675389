/**
 * `generate --watch` keeps a session between runs (generator/incremental): after each kind of
 * one-operation edit of this spec, the session's output equals a `generate` without one, file by
 * file (manifest included), its problems are located alike, and the run sent to prettier only the
 * pieces the edit touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../generator/pipeline.js';
import { createWatchSession } from '../../generator/incremental/session.js';
import { readTree, treeDifferences } from '../helpers/tree.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(path.join(REPO, 'spec'), path.join(dir, 'spec'), { recursive: true });
const spec = path.join(dir, 'spec', 'openapi.yaml');
const watched = path.join(dir, 'watched');
const cold = path.join(dir, 'cold');
const session = createWatchSession();

function edit(file: string, from: string, to: string): void {
  const at = path.join(dir, 'spec', file);
  const text = readFileSync(at, 'utf8');
  expect(text).toContain(from);
  writeFileSync(at, text.replace(from, to));
}

async function generate(out: string, withSession: boolean): Promise<PipelineResult> {
  const result = await runPipeline({ spec, out, ...(withSession ? { session } : {}) });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result;
}

/**
 * The edited spec generated without a session first: the compile stage's process-wide cache then
 * holds TypeScript's own output for every file, and the session's results assembled from pieces
 * are compared with it directly (they could not replace it in the written output).
 */
async function expectSameAsCold(): Promise<PipelineResult> {
  const reference = await generate(cold, false);
  const result = await generate(watched, true);
  expect(treeDifferences(await readTree(watched), await readTree(cold))).toEqual([]);
  // Located as a cold run locates them (the session re-parses only around an edit).
  expect(result.problems).toEqual(reference.problems);
  const compiledBySession = [...session.compiled.values()];
  const compiledCold = new Set(reference.files!.map((f) => f.contents));
  for (const text of compiledBySession) expect(compiledCold.has(text)).toBe(true);
  return result;
}

const SUMMARY = 'Start an image generation task';
const EDITED_SUMMARY = 'Start an image generation task, edited';

describe('generate --watch session', { timeout: 600_000 }, () => {
  it('starts like a full run', async () => {
    const first = await generate(watched, true);
    // Everything is formatted, except schema.ts: emitted in final form, as in a cold run.
    const units = first.formatted!.map((u) => u.unit);
    expect(units).toContain('sdk/src/client.ts');
    expect(units.filter((u) => u.startsWith('sdk/src/schema.ts'))).toEqual([]);
  });

  it('an edited operation summary: same output as a cold run, prettier only where it appears', async () => {
    edit('paths/kling.yaml', `summary: ${SUMMARY}\n`, `summary: ${EDITED_SUMMARY}\n`);
    const result = await expectSameAsCold();
    const units = result.formatted!;
    expect(units.length).toBeGreaterThan(0);
    // Every text prettier saw this run carries the edit: nothing else was formatted again.
    for (const unit of units) expect(unit.text, unit.unit).toContain(EDITED_SUMMARY);
    // The schema types come in final form: prettier saw none of them.
    expect(units.filter((u) => u.unit.startsWith('sdk/src/schema.ts'))).toEqual([]);
    // The type-only schema module is not compiled at all: its declarations are its formatted text.
    expect(session.compiled.size).toBe(0);
  });

  it('an optional property added to a request schema: same output as a cold run', async () => {
    edit(
      'schemas/kling.yaml',
      'KlingImageGenerationRequest:\n  type: object\n  required: [prompt]\n  properties:\n',
      'KlingImageGenerationRequest:\n  type: object\n  required: [prompt]\n  properties:\n    seed_hint:\n      type: integer\n      description: Edited in a test.\n',
    );
    const result = await expectSameAsCold();
    for (const unit of result.formatted!) expect(unit.text, unit.unit).toContain('seed_hint');
  });

  it("an optional query parameter added to a task family's poll: same output as a cold run", async () => {
    // The family's submits (their `…AndWait` helpers, docs samples) read the poll: kept outputs
    // of the other operations of that family would be stale.
    const example = '        example: 3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60\n';
    edit(
      'paths/flux.yaml',
      example,
      `${example}      - name: edited_hint\n        in: query\n        required: false\n        description: Edited in a test.\n        schema:\n          type: string\n`,
    );
    const result = await expectSameAsCold();
    // (A changed member may also move a group boundary of schema.ts's pieces: not every unit has it.)
    expect(result.formatted!.some((unit) => unit.text.includes('edited_hint'))).toBe(true);
  });

  it('an enum value added: same output as a cold run', async () => {
    edit('schemas/kling.yaml', 'enum: [subject, face]', 'enum: [subject, face, edited_style]');
    const result = await expectSameAsCold();
    for (const unit of result.formatted!) expect(unit.text, unit.unit).toContain('edited_style');
  });

  it('an invalid example, then lines added above it: located as a cold run locates it', async () => {
    edit('paths/kling.yaml', 'example: CjhR7WdVRdkAAAAAA7Hm5Q\n', 'example: 42\n');
    const invalid = await expectSameAsCold();
    const warning = invalid.problems.find((p) => p.code === 'example-invalid');
    expect(warning?.file).toBe('paths/kling.yaml');
    edit(
      'paths/kling.yaml',
      `summary: ${EDITED_SUMMARY}\n`,
      `summary: >-\n      ${SUMMARY},\n      edited\n`,
    );
    const moved = await expectSameAsCold();
    const after = moved.problems.find((p) => p.code === 'example-invalid');
    expect(after?.line).toBe(warning!.line + 2);
  });
});
