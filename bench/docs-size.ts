/**
 * Size and emission time of the docs on the full Stripe-shaped synthetic spec (472 operations,
 * 827 schemas): total bytes, the largest file, bytes per folder, and the median docs-emission time.
 * Targets (issue 15): total ≤ 25 MB, no file over 1 MB, emission ≤ 3 s. Prints figures only.
 * Usage: npx tsx bench/docs-size.ts [--runs 3]
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../generator/load/index.js';
import { buildIr } from '../generator/ir/index.js';
import { emitDocs } from '../generator/emit/docs/index.js';
import { loadPrecompiledTemplates } from '../generator/emit/precompiled-templates.js';
import { emitContext } from '../test/docs/helpers.js';
import { stripeShapedSpec } from '../test/helpers/stripe-shaped.js';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 3;

const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-docs-size-'));
const file = path.join(dir, 'stripe-shaped.json');
await writeFile(file, JSON.stringify(stripeShapedSpec()));
const { ir } = buildIr(await loadSpec(file));
// As a run of the built generator has it (npm run build first).
const context = { ...(await emitContext()), precompiled: await loadPrecompiledTemplates() };

const times: number[] = [];
let files: Awaited<ReturnType<typeof emitDocs>> = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  files = await emitDocs(ir, context);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

const bytes = (f: (typeof files)[number]): number =>
  typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength;
const byFolder = new Map<string, { files: number; bytes: number }>();
for (const f of files) {
  const rel = f.path.replace(/^docs\//, '');
  const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '(root)';
  const slot = byFolder.get(folder) ?? { files: 0, bytes: 0 };
  slot.files++;
  slot.bytes += bytes(f);
  byFolder.set(folder, slot);
}
const total = files.reduce((n, f) => n + bytes(f), 0);
const largest = [...files].sort((a, b) => bytes(b) - bytes(a))[0]!;
const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;
console.log(
  `Stripe-shaped: ${ir.operations.length} operations, ${ir.schemas.length} schemas; ` +
    `docs ${files.length} files, ${mb(total)} total; largest ${largest.path} (${mb(bytes(largest))}); ` +
    `emission median ${Math.round(times[times.length >> 1]!)} ms of ${runs}`,
);
for (const [folder, v] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  console.log(
    `  ${folder}: ${v.files} files, ${mb(v.bytes)} (${Math.round(v.bytes / v.files)} B each)`,
  );
