/**
 * The example policy on every operation of every spec: this spec, ../shared/specs/{openai,petstore,
 * museum}.yaml and the full Stripe-shaped synthetic spec (472 operations, 827 schemas, no examples).
 * Prints, per spec: IR time with and without the example decisions, examples taken from the spec vs
 * generated, example warnings, and the mock ⇄ docs agreement over every documented status.
 * Usage: npx tsx bench/examples.ts
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../generator/load/index.js';
import { buildIr } from '../generator/ir/index.js';
import type { ApiIr, ExampleIr } from '../generator/ir/types.js';
import { checkAgreement } from '../test/helpers/examples-agree.js';
import { stripeShapedSpec } from '../test/helpers/stripe-shaped.js';

function origins(ir: ApiIr): { spec: number; generated: number } {
  const out = { spec: 0, generated: 0 };
  const see = (e: ExampleIr | undefined): void => {
    if (e) out[e.origin]++;
  };
  for (const op of ir.operations) {
    op.parameters.forEach((p) => see(p.example));
    op.requestBody?.contents.forEach((c) => see(c.example));
    for (const r of op.responses) {
      r.contents.forEach((c) => see(c.example));
      r.headers.forEach((h) => see(h.example));
    }
    op.stream?.events.forEach(see);
  }
  return out;
}

const stripeDir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stripe-'));
const stripe = path.join(stripeDir, 'stripe-shaped.json');
await writeFile(stripe, JSON.stringify(stripeShapedSpec()));
const shared = path.join('..', 'shared', 'specs');
const specs: [string, string][] = [
  ['this spec', 'spec/openapi.yaml'],
  ['petstore', path.join(shared, 'petstore.yaml')],
  ['museum', path.join(shared, 'museum.yaml')],
  ['openai', path.join(shared, 'openai.yaml')],
  ['stripe-shaped', stripe],
];

for (const [name, file] of specs) {
  const loaded = await loadSpec(file);
  let start = performance.now();
  const { ir, problems } = buildIr(loaded);
  const irMs = performance.now() - start;
  const warnings = problems.filter(
    (p) => p.code === 'example-invalid' || p.code === 'schema-unsatisfiable',
  );
  start = performance.now();
  const report = await checkAgreement(ir);
  const agreeMs = performance.now() - start;
  const o = origins(ir);
  console.log(
    `${name}: ${ir.operations.length} operations, ${ir.schemas.length} schemas | IR ${Math.round(irMs)} ms | examples: ${o.spec} from the spec, ${o.generated} generated | warnings: ${warnings.length} (${[...new Set(warnings.map((w) => w.code))].join(', ') || 'none'}) | answers checked ${report.answers}, streams ${report.streams}, failures ${report.failures.length}, refused by the mock ${report.refused.length} (${Math.round(agreeMs)} ms)`,
  );
  for (const f of report.failures.slice(0, 10)) console.log(`  ${f}`);
}
