/**
 * Render timings of the generated docs site in headless Chromium: first and largest contentful
 * paint, DOMContentLoaded and load (Performance API), median of N cold loads, for the index and the
 * largest pages of (a) docs generated from the 3 MB openai.yaml and (b) the Shell spec's
 * generated/docs. Prints figures only (no pass/fail). The samples of all pages are interleaved
 * (one load of each page per round), so a change in the machine's load touches every figure alike.
 * Usage: npx tsx bench/docs-render.ts [--runs 5] [--openai-spec PATH] [--chromium PATH]
 *          [--only-openai] [--docs NAME=DIR …] [--page REL …] [--largest N]
 *   --only-openai  skip the Shell spec's generated/docs
 *   --largest      measure the index plus the N largest pages by bytes and the N largest by
 *                  elements in their HTML (the DOM the parser builds before first paint), each
 *                  site's picks measured on every site that has them (before/after stay paired);
 *                  default 1 (the largest page by bytes only)
 *   --page         also measure this page (relative to the docs root) on every site that has it,
 *                  e.g. the page that was the largest before a change; repeatable
 *   --docs         measure already generated docs folders (e.g. before and after a change, side
 *                  by side in one run) instead of generating openai.yaml's; repeatable
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/docs/chromium.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

function repeated(name: string): string[] {
  return process.argv.flatMap((arg, i) =>
    arg === `--${name}` && process.argv[i + 1] !== undefined ? [process.argv[i + 1]!] : [],
  );
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * An empty page measured like the others: the floor this machine (and its load at the time) puts
 * under every figure, so a slow FCP can be told apart from a busy machine.
 */
const FLOOR_PAGE = '__empty.html';
const FLOOR_HTML =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><p>Empty page.</p></body></html>';

/** Plain static server (no compression, no caching headers), like opening the folder from disk over HTTP. */
function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (urlPath === `/${FLOOR_PAGE}`) {
      res.writeHead(200, { 'content-type': MEDIA_TYPES['.html']! }).end(FLOOR_HTML);
      return;
    }
    let file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    stat(file)
      .then(
        (s) => {
          if (!s.isFile()) throw new Error('not a file');
          res.writeHead(200, {
            'content-type': MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream',
            'content-length': s.size,
          });
          createReadStream(file).pipe(res);
        },
        () => res.writeHead(404).end(),
      )
      .catch(() => res.writeHead(404).end());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

interface SiteStats {
  files: number;
  htmlPages: number;
  byFolder: Record<string, { pages: number; bytes: number }>;
  totalBytes: number;
  largestFamily: { rel: string; bytes: number };
  /** The N largest pages by bytes, then by elements (deduplicated), the index left out. */
  largest: { rel: string; bytes: number; elements: number }[];
}

async function listFiles(dir: string, base = dir): Promise<{ rel: string; bytes: number }[]> {
  const out: { rel: string; bytes: number }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (entry.isFile())
      out.push({
        rel: path.relative(base, full).split(path.sep).join('/'),
        bytes: (await stat(full)).size,
      });
  }
  return out;
}

/** Start tags in the HTML source: the elements the parser creates (the nav drawn by script aside). */
const countElements = (html: string): number => html.match(/<[a-zA-Z]/g)?.length ?? 0;

async function siteStats(docs: string, largestN: number): Promise<SiteStats> {
  const files = await listFiles(docs);
  const html = files.filter((f) => f.rel.endsWith('.html'));
  const byFolder: SiteStats['byFolder'] = {};
  for (const f of files) {
    const folder = f.rel.includes('/') ? f.rel.slice(0, f.rel.indexOf('/')) : '(root)';
    const slot = (byFolder[folder] ??= { pages: 0, bytes: 0 });
    slot.pages++;
    slot.bytes += f.bytes;
  }
  const bySize = (a: { bytes: number }, b: { bytes: number }): number => b.bytes - a.bytes;
  const families = html.filter((f) => f.rel.startsWith('families/')).sort(bySize);
  if (families.length === 0) throw new Error(`no families/*.html under ${docs}`);
  const pages = html.filter((f) => f.rel !== 'index.html');
  const byBytes = [...pages].sort(bySize).slice(0, largestN);
  // Elements are counted only among the biggest files: many elements take many bytes.
  const counted = await Promise.all(
    [...pages]
      .sort(bySize)
      .slice(0, Math.max(50, largestN * 10))
      .map(async (f) => ({
        ...f,
        elements: countElements(await readFile(path.join(docs, f.rel), 'utf8')),
      })),
  );
  const byElements = [...counted].sort((a, b) => b.elements - a.elements).slice(0, largestN);
  const largest = [...byBytes.map((f) => counted.find((c) => c.rel === f.rel)!), ...byElements];
  return {
    files: files.length,
    htmlPages: html.length,
    byFolder,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    largestFamily: families[0]!,
    largest: largest.filter((f, i) => largest.findIndex((g) => g.rel === f.rel) === i),
  };
}

interface LoadSample {
  fcp: number;
  /** Largest contentful paint: when the page's biggest text block or image was drawn. */
  lcp: number;
  dcl: number;
  load: number;
  longTaskMs: number;
  resources: number;
  transferBytes: number;
  domNodes: number;
}

/** One cold load: a fresh browser context (empty cache and storage) per sample. */
async function measure(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // Registered before any page script runs, so long tasks of the page's own scripts are caught.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTaskMs: number; __lcp: number };
      w.__longTaskMs = 0;
      w.__lcp = NaN;
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__lcp = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      } catch {
        /* largest-contentful-paint unsupported */
      }
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTaskMs += e.duration;
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        /* longtask unsupported */
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // No named helpers inside: tsx would wrap them in a `__name` call that does not exist in the page.
    return await page.evaluate(async () => {
      // loadEventEnd is set only after the load handlers have returned; FCP may be reported a frame later.
      for (let i = 0; i < 100; i++) {
        const pending =
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .loadEventEnd === 0 ||
          performance.getEntriesByName('first-contentful-paint').length === 0;
        if (!pending) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        lcp: (window as unknown as { __lcp: number }).__lcp,
        dcl: n.domContentLoadedEventEnd,
        load: n.loadEventEnd,
        longTaskMs: (window as unknown as { __longTaskMs: number }).__longTaskMs,
        resources: resources.length,
        transferBytes: n.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
        domNodes: document.getElementsByTagName('*').length,
      };
    });
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r, ri) => {
      const line = r
        .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

async function main(): Promise<void> {
  const runs = Number(option('runs', '5'));
  const largestN = Number(option('largest', '1'));
  const openaiSpec = option('openai-spec', path.join('..', 'shared', 'specs', 'openai.yaml'));
  const executablePath = option('chromium', '/usr/bin/chromium');
  const given = repeated('docs').map((arg) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new Error(`--docs wants NAME=DIR, got ${arg}`);
    return { name: arg.slice(0, eq), docs: path.resolve(arg.slice(eq + 1)) };
  });

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-bench-docs-'));
  let browser: Browser | undefined;
  const servers: { close: () => Promise<void> }[] = [];
  try {
    let genNote = 'docs folders given';
    const sites = given;
    if (sites.length === 0) {
      console.log(`generating docs for ${openaiSpec} …`);
      const started = performance.now();
      const gen = spawnSync(
        process.execPath,
        [
          path.join('generator', 'bin.mjs'),
          'generate',
          '--spec',
          openaiSpec,
          '--out',
          tmp,
          '--only',
          'docs',
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      if (gen.status !== 0) throw new Error(`generate failed:\n${gen.stderr}${gen.stdout}`);
      genNote = `openai docs generated in ${((performance.now() - started) / 1000).toFixed(1)} s (--only docs)`;
      sites.push({ name: 'openai.yaml', docs: path.join(tmp, 'docs') });
    }
    if (!process.argv.includes('--only-openai') && given.length === 0)
      sites.push({ name: 'Shell spec', docs: path.join(repoRoot, 'generated', 'docs') });

    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
    console.log(
      `${browser.version()} via playwright-core; ${os.cpus().length} CPU(s), load1 ${os.loadavg()[0]!.toFixed(2)}; ` +
        `viewport 1280×800; median of ${runs} cold loads (new context each, pages interleaved), 1 discarded warm-up load per page; ` +
        `node:http static server on 127.0.0.1, no compression; ${genNote}\n`,
    );

    const siteLines: string[] = [];
    const targets: {
      site: string;
      rel: string;
      bytes: number;
      url: string;
      samples: LoadSample[];
    }[] = [];
    const siteStatsOf = await Promise.all(sites.map((site) => siteStats(site.docs, largestN)));
    // Every site measures every site's largest pages (and --page), so before/after rows pair up.
    const extra = [
      ...siteStatsOf.flatMap((stats) => stats.largest.map((p) => p.rel)),
      ...repeated('page'),
    ].filter((rel, i, all) => rel !== 'index.html' && all.indexOf(rel) === i);
    for (const [i, site] of sites.entries()) {
      const stats = siteStatsOf[i]!;
      siteLines.push(
        `${site.name}: ${stats.files} files, ${stats.htmlPages} HTML pages, ${kb(stats.totalBytes)} total; ` +
          Object.entries(stats.byFolder)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([folder, v]) => `${folder} ${v.pages} files/${kb(v.bytes)}`)
            .join(', ') +
          `; largest family page ${stats.largestFamily.rel} (${kb(stats.largestFamily.bytes)}); largest pages ` +
          stats.largest.map((p) => `${p.rel} (${kb(p.bytes)}, ${p.elements} elements)`).join(', '),
      );
      const server = await serveStatic(site.docs);
      servers.push(server);
      const pages = [
        { rel: FLOOR_PAGE, bytes: FLOOR_HTML.length },
        { rel: 'index.html', bytes: (await stat(path.join(site.docs, 'index.html'))).size },
      ];
      for (const rel of extra) {
        const bytes = await stat(path.join(site.docs, rel)).then(
          (s) => s.size,
          () => undefined,
        );
        if (bytes !== undefined) pages.push({ rel, bytes });
      }
      for (const p of pages)
        targets.push({ site: site.name, ...p, url: server.url + p.rel, samples: [] });
    }
    // warm-up: disk cache of the OS, Chromium's code caches
    for (const t of targets) await measure(browser, t.url);
    for (let i = 0; i < runs; i++) {
      for (const t of targets) t.samples.push(await measure(browser, t.url));
      console.log(`round ${i + 1}/${runs} done, load1 ${os.loadavg()[0]!.toFixed(2)}`);
    }

    const rows: string[][] = [
      [
        'site',
        'page',
        'HTML',
        'transfer',
        'req',
        'DOM nodes',
        'FCP ms',
        'FCP ms (min–max)',
        'LCP ms',
        'DCL ms',
        'load ms',
        'long tasks ms',
      ],
    ];
    for (const t of targets) {
      const m = (k: keyof LoadSample): number => median(t.samples.map((s) => s[k]));
      const fcps = t.samples.map((s) => s.fcp);
      rows.push([
        t.site,
        t.rel,
        kb(t.bytes),
        kb(m('transferBytes')),
        String(m('resources') + 1),
        String(m('domNodes')),
        m('fcp').toFixed(0),
        `${Math.min(...fcps).toFixed(0)}–${Math.max(...fcps).toFixed(0)}`,
        m('lcp').toFixed(0),
        m('dcl').toFixed(0),
        m('load').toFixed(0),
        m('longTaskMs').toFixed(0),
      ]);
    }
    console.log(`\n${table(rows)}\n`);
    console.log(siteLines.join('\n'));
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
