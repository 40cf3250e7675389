/**
 * What happens on the renderer's main thread before the first contentful paint of a docs page:
 * a Chromium trace (devtools.timeline) of one cold load, summarised as the top-level tasks up to
 * FCP with their main children (HTML parsing, script evaluation, style, layout, paint), the
 * resources the page fetched before it, the synchronous font lookups (each a round trip to the
 * browser process; a glyph missing from the first font walks the whole list) and the layouts
 * forced outside a frame, and the frame pipeline after the main thread (commit, raster on the
 * worker threads, activation, draw) with the main-thread work that ran while that frame was
 * rasterised (on 2 cores it competes with raster). Prints figures only.
 * Usage: npx tsx bench/docs-paint-profile.ts DOCS_DIR PAGE [PAGE…] [--runs 3] [--chromium PATH]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/docs/chromium.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike dur, not inflated when other processes hold the cores. */
  tdur?: number;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1] ?? fallback;
  args.splice(at, 2);
  return value;
}
const runs = Number(option('runs', '3'));
const executablePath = option('chromium', '/usr/bin/chromium');
const [docsDir, ...pages] = args;
if (!docsDir || pages.length === 0) {
  console.error('usage: npx tsx bench/docs-paint-profile.ts DOCS_DIR PAGE [PAGE…] [--runs 3]');
  process.exit(2);
}
const root = path.resolve(docsDir);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(
      root,
      path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
    );
    stat(file).then(
      (s) => {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': s.size,
        });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    }),
  );
}

/** Names worth summing (inclusive time; an event nested in one of the same name is not counted twice). */
const KINDS = [
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MarkDOMContent',
];

function summarise(events: TraceEvent[]): string {
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcpEvent) return 'no firstContentfulPaint event in the trace';
  const pid = fcpEvent.pid;
  const mainTid = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  )?.tid;
  const navStart =
    events.find((e) => e.pid === pid && e.name === 'navigationStart')?.ts ??
    events.find((e) => e.pid === pid && e.name === 'fetchStart')?.ts ??
    0;
  const fcp = fcpEvent.ts;
  const ms = (us: number): string => (us / 1000).toFixed(1);
  const main = events
    .filter(
      (e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.ts >= navStart && e.ts <= fcp,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const cpuTotals = new Map<string, number>();
  const openUntil = new Map<string, number>();
  for (const e of main) {
    if (!KINDS.includes(e.name)) continue;
    if ((openUntil.get(e.name) ?? -1) > e.ts) continue;
    openUntil.set(e.name, e.ts + (e.dur ?? 0));
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0));
    cpuTotals.set(e.name, (cpuTotals.get(e.name) ?? 0) + (e.tdur ?? 0));
  }
  const lines = [`FCP at ${ms(fcp - navStart)} ms after navigationStart (renderer pid ${pid})`];
  lines.push(
    '  main thread before FCP, inclusive ms wall/CPU: ' +
      KINDS.filter((k) => totals.has(k))
        .map((k) => `${k} ${ms(totals.get(k)!)}/${ms(cpuTotals.get(k)!)}`)
        .join(', '),
  );
  const tasks = main.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
  );
  const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0);
  const cpu = tasks.reduce((n, e) => n + (e.tdur ?? 0), 0);
  lines.push(
    `  tasks before FCP: ${tasks.length}, busy ${ms(busy)} ms wall, ${ms(cpu)} ms CPU, idle ${ms(fcp - navStart - busy)} ms`,
  );
  for (const task of tasks.filter((e) => (e.dur ?? 0) >= 3000)) {
    const end = task.ts + (task.dur ?? 0);
    const children = main.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts < end && KINDS.includes(e.name),
    );
    const byName = new Map<string, number>();
    const until = new Map<string, number>();
    for (const c of children) {
      if ((until.get(c.name) ?? -1) > c.ts) continue;
      until.set(c.name, c.ts + (c.dur ?? 0));
      byName.set(c.name, (byName.get(c.name) ?? 0) + (c.dur ?? 0));
    }
    const urls = children
      .filter((c) => c.name === 'EvaluateScript' || c.name === 'ParseAuthorStyleSheet')
      .map((c) =>
        String(
          (c.args?.data as { url?: string; styleSheetUrl?: string } | undefined)?.url ??
            (c.args?.data as { styleSheetUrl?: string } | undefined)?.styleSheetUrl ??
            '',
        ).replace(/^.*\//, ''),
      )
      .filter(Boolean);
    lines.push(
      `  @${ms(task.ts - navStart).padStart(6)} ${ms(task.dur ?? 0).padStart(6)} ms (CPU ${ms(task.tdur ?? 0)}): ` +
        [...byName].map(([k, v]) => `${k} ${ms(v)}`).join(', ') +
        (urls.length ? ` [${urls.join(', ')}]` : ''),
    );
  }
  const sends = events
    .filter((e) => e.pid === pid && e.name === 'ResourceSendRequest' && e.ts <= fcp)
    .map(
      (e) =>
        `${String((e.args?.data as { url?: string })?.url ?? '').replace(/^.*\//, '')}@${ms(e.ts - navStart)}`,
    );
  const finishes = events
    .filter((e) => e.pid === pid && e.name === 'ResourceFinish' && e.ts >= navStart && e.ts <= fcp)
    .map((e) => ms(e.ts - navStart));
  lines.push(`  requests sent before FCP: ${sends.join(', ')}; finished at ${finishes.join(', ')}`);
  const before = events.filter(
    (e) => e.pid === pid && e.ph === 'X' && e.ts >= navStart && e.ts <= fcp,
  );
  const families = before
    .filter((e) => e.name === 'FontDataManager::onMatchFamilyStyle')
    .map((e) => String((e.args as { family_name?: string } | undefined)?.family_name ?? '?'));
  const fallbacks = before.filter((e) => e.name === 'FontCache::FallbackFontForCharacter');
  const strikes = before.filter(
    (e) => e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  );
  let fontWall = fallbacks.reduce((n, e) => n + (e.dur ?? 0), 0);
  let until = -1;
  for (const e of before
    .filter((x) => x.name === 'FontCache::GetFontPlatformData')
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue; // nested in the previous one
    until = e.ts + (e.dur ?? 0);
    fontWall += e.dur ?? 0;
  }
  lines.push(
    `  font lookups before FCP: ${families.length} families [${families.join(', ')}], ` +
      `${fallbacks.length} per-character fallbacks, ${strikes.length} size/render-style queries; ${ms(fontWall)} ms wall`,
  );
  const forced = before.filter(
    (e) => e.name === 'Blink.ForcedStyleAndLayout.UpdateTime' && (e.tdur ?? 0) >= 1000,
  );
  lines.push(
    `  forced style/layout outside a frame before FCP: ${forced.length}` +
      (forced.length
        ? ` (${forced.map((e) => `@${ms(e.ts - navStart)} ${ms(e.dur ?? 0)}/${ms(e.tdur ?? 0)} ms wall/CPU`).join(', ')})`
        : ''),
  );
  // The frame pipeline: the first paint is only reported once a committed frame is rasterised,
  // activated and drawn, so main-thread work after its commit delays it on a busy machine.
  const at = (name: string): number[] =>
    events
      .filter((e) => e.pid === pid && e.name === name && e.ts >= navStart && e.ts <= fcp)
      .map((e) => e.ts);
  const commits = main.filter((e) => e.name === 'Commit').map((e) => e.ts);
  const raster = before.filter((e) => e.name === 'RasterTask');
  lines.push(
    `  frame pipeline before FCP: commits @${commits.map((t) => ms(t - navStart)).join(', @')}; ` +
      `activations @${at('ActivateLayerTree')
        .map((t) => ms(t - navStart))
        .join(', @')}; ` +
      `draws @${at('DrawFrame')
        .map((t) => ms(t - navStart))
        .join(', @')}; ` +
      `${raster.length} raster tasks, ${ms(raster.reduce((n, e) => n + (e.dur ?? 0), 0))} ms wall / ` +
      `${ms(raster.reduce((n, e) => n + (e.tdur ?? 0), 0))} ms CPU`,
  );
  // The frame FCP reports: the last draw before it, the activation that draw showed, and the commit
  // that activation took in.
  const lastBefore = (times: number[], limit: number): number | undefined =>
    times.filter((t) => t <= limit).pop();
  const drawn = lastBefore(at('DrawFrame'), fcp) ?? fcp;
  const lastCommit =
    lastBefore(commits, lastBefore(at('ActivateLayerTree'), drawn) ?? drawn) ?? fcp;
  let taskEnd = -1;
  const contested = tasks.filter((e) => {
    if (e.ts < lastCommit || e.ts < taskEnd) return false; // a task nested in the one before
    taskEnd = e.ts + (e.dur ?? 0);
    return true;
  });
  const calls = main
    .filter((e) => e.ts >= lastCommit && (e.name === 'FunctionCall' || e.name === 'EvaluateScript'))
    .map((e) => {
      const data = e.args?.data as { functionName?: string; url?: string } | undefined;
      return `${data?.functionName || String(data?.url ?? '').replace(/^.*\//, '') || e.name} ${ms(e.dur ?? 0)}`;
    });
  lines.push(
    `  main thread from that frame's commit (@${ms(lastCommit - navStart)}) to FCP: ${contested.length} tasks, ` +
      `${ms(contested.reduce((n, e) => n + (e.dur ?? 0), 0))} ms wall / ` +
      `${ms(contested.reduce((n, e) => n + (e.tdur ?? 0), 0))} ms CPU` +
      (calls.length ? ` (scripts: ${calls.join(', ')})` : ''),
  );
  const marks = [
    'domInteractive',
    'domContentLoadedEventStart',
    'domContentLoadedEventEnd',
    'firstPaint',
    'loadEventStart',
  ]
    .map((n) => {
      const e = events.find((x) => x.pid === pid && x.name === n);
      return e ? `${n} ${ms(e.ts - navStart)}` : '';
    })
    .filter(Boolean);
  lines.push(`  marks: ${marks.join(', ')}`);
  return lines.join('\n');
}

const server = await serve();
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
try {
  for (const rel of pages) {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'loading',
          'blink.user_timing',
          'v8',
          'disabled-by-default-devtools.timeline',
          'fonts',
          'disabled-by-default-fonts',
          'cc',
          'disabled-by-default-devtools.timeline.frame',
          '__metadata',
        ],
      });
      await page.goto(server.url + rel, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      const buffer = await browser.stopTracing();
      await context.close();
      if (i === 0) continue; // warm-up
      const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
      console.log(`${rel} run ${i}: ${summarise(trace.traceEvents)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
