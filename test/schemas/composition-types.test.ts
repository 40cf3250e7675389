/**
 * TypeScript types of composed schemas, type-checked in a consumer of the generated SDK: a partial
 * discriminator mapping still tags the unlisted variant with its schema name (so `petType === 'Cat'`
 * narrows), `type: object` beside `allOf` gives the closed intersection (a misspelt property is a
 * compile error), and statuses sharing one error schema name it once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { runCli } from '../helpers/cli.js';

const ZOO = fileURLToPath(new URL('./zoo.yaml', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-composition-types-'));
const out = path.join(work, 'out');

beforeAll(() => {
  const run = runCli(['generate', '--spec', ZOO, '--out', out]);
  expect(run.status).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function typeErrors(lines: string[]): string[] {
  const probe = path.join(out, 'sdk/src/probe.ts');
  writeFileSync(probe, lines.join('\n'));
  const program = ts.createProgram([probe], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('composed schema types in a consumer', () => {
  it('a variant the mapping leaves out is tagged with its schema name', () => {
    expect(
      typeErrors([
        "import type { Pet } from './schema.js';",
        "export const cat: Pet = { petType: 'Cat', name: 'Tom', lives: 9 };",
        "export const dog: Pet = { petType: 'dog', name: 'Rex', bark: 'loud' };",
        'export function lives(p: Pet): number | undefined {',
        "  return p.petType === 'Cat' ? p.lives : undefined;",
        '}',
        "export function tagOf(p: Pet): 'dog' | 'Cat' {",
        '  return p.petType;',
        '}',
        '// @ts-expect-error no variant is tagged `cow`',
        "export const cow: Pet = { petType: 'cow', name: 'Daisy' };",
        '// @ts-expect-error a Cat does not bark',
        "export const wrong: Pet = { petType: 'Cat', name: 'Tom', bark: 'loud' };",
      ]),
    ).toEqual([]);
  });

  it('`type: object` with `allOf` is closed: a misspelt property does not compile', () => {
    expect(
      typeErrors([
        "import type { BuyTickets } from './schema.js';",
        "export const ok: BuyTickets = { ticketType: 'event', email: 'a@b.c', eventId: 'e' };",
        '// @ts-expect-error `emial` is misspelt',
        "export const typo: BuyTickets = { ticketType: 'event', emial: 'a@b.c' };",
      ]),
    ).toEqual([]);
  });

  it('an error schema shared by several statuses is named once', () => {
    const text = readFileSync(path.join(out, 'sdk/src/operations/default.ts'), 'utf8');
    expect(text).toContain(
      "export type DefaultAddPetErrorBody = components['schemas']['Problem'];",
    );
  });
});
