/**
 * `npm run fuzz -- --seeds N [--from SEED]`: N seeds of 10 specs each through the whole pipeline,
 * and N seeds of 50 requests each against the generated mock. Prints one line per failing seed
 * (its fixture is written to test/fixtures/fuzz/) and the totals; exit 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { fuzzRequests, fuzzSpecs, type FuzzReport } from './harness.js';
import { startGeneratedMock } from './mock-target.js';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: '20' }, from: { type: 'string', default: '1' } },
});
const seeds = Number(values.seeds);
const from = Number(values.from);
const reports: FuzzReport[] = [];
const started = performance.now();

for (let seed = from; seed < from + seeds; seed++) reports.push(await fuzzSpecs(seed, 10));
const mock = await startGeneratedMock();
for (let seed = from; seed < from + seeds; seed++) reports.push(await fuzzRequests(mock, seed, 50));
await mock.close();

for (const r of reports.filter((r) => r.failure))
  console.log(`FAIL ${r.kind} seed ${r.seed}: ${r.failure}\n  fixture: ${r.fixture}`);
const count = (kind: FuzzReport['kind']) =>
  reports.filter((r) => r.kind === kind).reduce((n, r) => n + r.runs, 0);
const failed = reports.filter((r) => r.failure).length;
console.log(
  `${count('spec')} specs, ${count('request')} requests, ${failed} failing seed(s), ${Math.round((performance.now() - started) / 1000)} s`,
);
process.exitCode = failed ? 1 : 0;
