/**
 * `generate --watch`: regenerate whenever the spec or a file it refers to changes. Uses Node's own
 * `fs.watch` on each folder the spec reads files from, not recursively: Node 20's recursive watch
 * on Linux stops reporting a file once an editor (or `sed -i`) replaces it by a rename. The spec is
 * a handful of files in a few folders, so a watcher library would add a dependency for little. Changes
 * are debounced, runs never overlap (a change during a run queues one more run), and a broken spec
 * prints its located problems and keeps watching until it is fixed.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { runPipeline, type PipelineOptions, type PipelineResult } from './pipeline.js';
import { createWatchSession } from './incremental/session.js';

export interface WatchOptions {
  pipeline: PipelineOptions;
  /** Called after every run (the CLI prints problems and a summary). */
  onResult(result: PipelineResult, changed: string[]): void;
  onError(error: unknown): void;
  debounceMs?: number;
}

export interface Watcher {
  close(): void;
}

const SPEC_FILE = /\.(ya?ml|json)$/i;

export function watchSpec(options: WatchOptions): Watcher {
  const root = path.dirname(path.resolve(options.pipeline.spec));
  const out = path.resolve(options.pipeline.out);
  const pending = new Set<string>(['(start)']);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let closed = false;
  const watchers: FSWatcher[] = [];
  /** The spec's folder and each folder a load read files from. */
  const watchedDirs = new Set<string>();
  /** Files the last load looked for and did not find (absolute): creating one is a change. */
  let missing: string[] = [];
  /** Caches kept between runs: an edit re-formats only what it changed (generator/incremental). */
  const session = createWatchSession();

  const run = async (): Promise<void> => {
    if (running || closed) return;
    running = true;
    const changed = [...pending].sort();
    pending.clear();
    try {
      const result = await runPipeline({ ...options.pipeline, session });
      for (const file of result.loaded?.files ?? [])
        watchDir(path.dirname(path.resolve(root, file)));
      missing = (result.loaded?.missing ?? []).map((file) => path.resolve(root, file));
      for (const file of missing) awaitFile(file);
      options.onResult(result, changed);
    } catch (error) {
      options.onError(error);
    } finally {
      running = false;
      if (pending.size > 0 && !closed) schedule();
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), options.debounceMs ?? 100);
  };
  const onChange = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (!name) return;
    const file = path.resolve(dir, name.toString());
    // Our own output may sit inside the spec folder: writing it must not trigger another run.
    if (file === out || file.startsWith(out + path.sep)) return;
    // A folder on the way to a missing file counts too: the run then watches inside it.
    const awaited = missing.some((m) => m.startsWith(file + path.sep));
    if (SPEC_FILE.test(file) || awaited) changed(file);
  };
  const changed = (file: string): void => {
    pending.add(path.relative(root, file).split(path.sep).join('/'));
    if (!running) schedule();
  };
  /**
   * Watches the deepest existing folder on the way to a missing file (below the spec's folder),
   * and runs again at once if the file appeared before that watch began.
   */
  const awaitFile = (file: string): void => {
    let dir = path.dirname(file);
    while (!existsSync(dir) && dir.startsWith(root + path.sep)) dir = path.dirname(dir);
    if (dir !== root && !dir.startsWith(root + path.sep)) return;
    watchDir(dir);
    if (existsSync(file)) changed(file);
  };
  const watchDir = (dir: string): void => {
    if (watchedDirs.has(dir)) return;
    watchedDirs.add(dir);
    const watcher = watch(dir, onChange(dir));
    // A folder removed meanwhile: watched again once a load reads from it.
    watcher.on('error', () => {
      watcher.close();
      watchedDirs.delete(dir);
    });
    watchers.push(watcher);
  };

  watchDir(root);
  void run();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
