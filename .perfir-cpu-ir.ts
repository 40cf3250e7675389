import { loadSpec } from './generator/load/index.js';
import { buildIr } from './generator/ir/index.js';
const mode = process.argv[2] as 'eager' | 'lazy';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
const loaded = await loadSpec(process.argv[3]!);
const loadMs = cpu() - t;
t = cpu();
const built = buildIr(loaded, { examples: mode });
const irMs = cpu() - t;
t = cpu();
if (mode === 'lazy')
  for (const op of built.ir.operations) {
    for (const p of op.parameters) void [p.examples, p.example];
    for (const c of op.requestBody?.contents ?? []) void [c.examples, c.example];
  }
const readMs = cpu() - t;
console.log(`${mode} load ${loadMs.toFixed(0)} ir ${irMs.toFixed(0)} client-reads ${readMs.toFixed(0)} ms CPU  (loadavg ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
