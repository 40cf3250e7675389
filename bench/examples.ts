/**
 * The example policy on every operation of every spec: this spec, ../shared/specs/{openai,petstore,
 * museum}.yaml and the full Stripe-shaped synthetic spec (472 operations, 827 schemas, no examples).
 * Prints, per spec: IR time with every example decided (eager, as lint and check build it), with
 * none decided yet (lazy, as generate builds it) and what the request side then costs (the
 * examples a client-only run reads), examples taken from the spec vs generated, example warnings,
 * and the mock ⇄ docs agreement over every documented status.
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

/** Reads what the client's example calls read: parameters and request bodies. */
function readRequestSide(ir: ApiIr): void {
  for (const op of ir.operations) {
    for (const p of op.parameters) void [p.examples, p.example];
    for (const c of op.requestBody?.contents ?? []) void [c.examples, c.example];
  }
}

// Lazy builds first, every spec in turn: the validator a build compiles is reused by the next build
// of the same components only (validator.ts), so no measurement below starts with a warm one.
const lazyCost = new Map<string, { lazyMs: number; requestMs: number }>();
for (const [name, file] of specs) {
  const loaded = await loadSpec(file);
  let start = performance.now();
  const lazy = buildIr(loaded, { examples: 'lazy' });
  const lazyMs = performance.now() - start;
  start = performance.now();
  readRequestSide(lazy.ir);
  lazyCost.set(name, { lazyMs, requestMs: performance.now() - start });
}

for (const [name, file] of specs) {
  const loaded = await loadSpec(file);
  const { lazyMs, requestMs } = lazyCost.get(name)!;
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
    `${name}: ${ir.operations.length} operations, ${ir.schemas.length} schemas | IR ${Math.round(irMs)} ms, lazy ${Math.round(lazyMs)} ms + request side ${Math.round(requestMs)} ms | examples: ${o.spec} from the spec, ${o.generated} generated | warnings: ${warnings.length} (${[...new Set(warnings.map((w) => w.code))].join(', ') || 'none'}) | answers checked ${report.answers}, streams ${report.streams}, failures ${report.failures.length}, refused by the mock ${report.refused.length} (${Math.round(agreeMs)} ms)`,
  );
  for (const f of report.failures.slice(0, 10)) console.log(`  ${f}`);
}
