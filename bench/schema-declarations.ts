/**
 * schema.ts's formatting, in one process: the declarations printed as text and the whole file
 * printed in final form by final-form.ts (as before emit/types/final-declarations.ts), against the
 * declarations printed straight into final form and final-form.ts over the rest only. Alternated,
 * CPU time (user + sys) of each, medians: `tsx bench/schema-declarations.ts <spec>… [--runs N]`.
 */
import { declarations } from '../generator/emit/types/declarations.js';
import { declarationsInFinalForm } from '../generator/emit/types/final-declarations.js';
import { emitSchemaTypes } from '../generator/emit/types/index.js';
import { printInFinalForm } from '../generator/format/final-form.js';
import { irForTest } from '../test/emit-client/load-ir.js';
import { median } from './stats.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
if (args.length === 0) {
  console.error('usage: tsx bench/schema-declarations.ts <spec>… [--runs N]');
  process.exit(2);
}

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const ctx = { templates: new Map(), generator: { name: 'bench', version: '0' }, packageName: 'x' };
for (const spec of args) {
  const { ir } = await irForTest(spec);
  const [schema] = await emitSchemaTypes(ir, ctx);
  const rest = (schema!.contents as string).slice(schema!.finalPrefix ?? 0);
  const whole: number[] = [];
  const split: number[] = [];
  for (let i = 0; i < runs; i++) {
    whole.push(cpuMs(() => printInFinalForm(`// header\n${declarations(ir)}\n${rest}`)));
    split.push(cpuMs(() => [declarationsInFinalForm(ir), printInFinalForm(rest)]));
  }
  const [before, after] = [median(whole), median(split)];
  console.log(
    `${spec}: whole file ${before.toFixed(0)} ms, declarations direct + rest ${after.toFixed(0)} ms (${(after / before).toFixed(2)}×), CPU medians of ${runs}`,
  );
}
