// Loads one generated package both ways (ES `import` of dist/, CommonJS `require` of dist/cjs/) and
// prints, for each, its exports' shape and the requests every resource method sends: the test
// compares the two. Run as `node cjs-probe.mjs <package dir>`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2]);

function shape(ns) {
  return Object.keys(ns)
    .filter((key) => key !== '__esModule')
    .sort()
    .map((key) => {
      const value = ns[key];
      if (typeof value === 'function')
        return [key, 'function', Object.getOwnPropertyNames(value.prototype ?? {}).sort()];
      if (typeof value === 'object' && value !== null)
        return [
          key,
          'object',
          JSON.stringify(value, (_, v) => (typeof v === 'function' ? `fn ${v.length}` : v)),
        ];
      return [key, typeof value, String(value)];
    });
}

/** A call's result, or 'pending' when it has not settled within a second (a stream left open). */
function settled(value) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve('pending'), 1000);
  });
  return Promise.race([Promise.resolve(value), late]).finally(() => clearTimeout(timer));
}

async function requests(ns) {
  const seen = [];
  const fetch = async (url, init) => {
    seen.push([String(url), init?.method, typeof init?.body === 'string' ? init.body : undefined]);
    return new Response('{"ok":true}', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = new ns.default({
    apiKey: 'key',
    baseUrl: 'http://127.0.0.1:9',
    fetch,
    maxRetries: 0,
  });
  // Resources nest (client.chat.completions): every method of each, once.
  const visit = async (resource, label) => {
    for (const method of Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).sort()) {
      if (method === 'constructor' || typeof resource[method] !== 'function') continue;
      // A task wait polls until the task ends, on timers: its requests would interleave.
      if (method.endsWith('AndWait') || method.startsWith('waitFor')) continue;
      try {
        const args = Array.from({ length: resource[method].length }, () => 'x');
        const result = await settled(resource[method](...args));
        seen.push([`${label}.${method}`, JSON.stringify(result ?? null)]);
      } catch (error) {
        seen.push([
          `${label}.${method}`,
          'threw',
          error?.constructor?.name,
          error instanceof ns.ShellApiError,
        ]);
      }
    }
    for (const [name, child] of Object.entries(resource))
      if (!name.startsWith('_') && typeof child === 'object' && child instanceof ns.APIResource)
        await visit(child, `${label}.${name}`);
  };
  for (const [name, resource] of Object.entries(client))
    if (typeof resource === 'object' && resource instanceof ns.APIResource)
      await visit(resource, name);
  return seen;
}

const esm = await import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
const cjs = createRequire(path.join(dir, 'package.json'))('./dist/cjs/index.js');
console.log(
  JSON.stringify({
    esm: { shape: shape(esm), requests: await requests(esm) },
    cjs: { shape: shape(cjs), requests: await requests(cjs), esModule: cjs.__esModule === true },
  }),
);
// A stream or timer a method left open does not hold the probe.
process.exit(0);
