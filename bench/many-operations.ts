/**
 * Cold `generate` of a synthetic spec of N operations (default 3,000; issue 18's scale target) in a
 * fresh process with a fresh output folder: prints the CLI's per-stage `time:` line, the process's
 * CPU seconds (user + system) and peak RSS.
 * Usage: npx tsx bench/many-operations.ts [OPERATIONS] [--only client,mock,docs,python]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { manyOperationsSpec } from '../test/helpers/many-operations.js';
import { BIN, REPO } from '../test/helpers/cli.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const operations = Number(args[0] ?? 3000);

/** Loaded into the child: reports its own CPU time and peak memory as its last stderr line. */
const REPORT = `data:text/javascript,process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nusage ' + JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: Math.round(u.maxRSS / 1024) }) + '\\n'); });`;

const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-many-ops-'));
try {
  const spec = path.join(dir, 'openapi.json');
  await writeFile(spec, JSON.stringify(manyOperationsSpec(operations)));
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      REPORT,
      BIN,
      'generate',
      '--spec',
      spec,
      '--out',
      path.join(dir, 'out'),
      ...(only ? ['--only', only] : []),
    ],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const usage = JSON.parse(/^usage (.*)$/m.exec(r.stderr)![1]!) as { cpu: number; rssMb: number };
  console.log(`${operations} operations${only ? ` (--only ${only})` : ''}`);
  console.log(r.stdout.split('\n').find((line) => line.startsWith('time:')));
  console.log(
    `wall ${wall.toFixed(1)} s, CPU ${usage.cpu.toFixed(1)} s, peak RSS ${usage.rssMb} MB`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
