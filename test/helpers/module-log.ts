/**
 * Runs the CLI with a module resolve hook that logs every URL the process imports, plus, at exit,
 * every file it loaded through `require` (the build requires its CommonJS packages, prettier's
 * standalone build and plugins among them, and `require` does not pass through resolve hooks).
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, REPO } from './cli.js';

export interface LoggedRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Every module URL resolved or required, in order (repeats included). */
  urls: string[];
}

/** `dir`: a scratch directory for the hook files and the log. */
export async function runLogged(dir: string, args: string[]): Promise<LoggedRun> {
  const log = path.join(dir, `modules-${args.join('_').replace(/\W/g, '').slice(0, 80)}.log`);
  const hooks = path.join(dir, 'module-log-hooks.mjs');
  const register = path.join(dir, 'module-log-register.mjs');
  await writeFile(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MODULE_LOG, result.url + '\\n');
  return result;
}
`,
  );
  await writeFile(
    register,
    `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const urls = Object.values(required).map((m) => pathToFileURL(m.filename).href + '\\n');
  appendFileSync(process.env.MODULE_LOG, urls.join(''));
});
`,
  );
  await writeFile(log, '');
  const r = spawnSync(process.execPath, ['--import', register, BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, MODULE_LOG: log },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, urls };
}
