/**
 * openapi-typescript's ref helpers without Redocly's utilities (generator/util/light-ref-utils.ts):
 * preloaded only while ref-utils.js takes nothing else from `./utils`, and answering as the
 * module loaded the ordinary way does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { usesOnlyUtils } from '../../generator/util/light-ref-utils.js';

const require = createRequire(import.meta.url);
const fromPackage = createRequire(require.resolve('openapi-typescript/dist/lib/utils.cjs'));
const FILE = fromPackage.resolve('@redocly/openapi-core/lib/ref-utils.js');
const UTILS = fromPackage.resolve('@redocly/openapi-core/lib/utils.js');

const REFS = [
  '#/components/schemas/Pet',
  'other.yaml#/a~1b/c~0d/%7Bx%7D',
  '#',
  '#/',
  'file.json',
  '#/a//b',
];
const probe = `const r = require(${JSON.stringify(FILE)});
const refs = ${JSON.stringify(REFS)};
console.log(JSON.stringify({
  parsed: refs.map((ref) => r.parseRef(ref)),
  escaped: ['a/b~c', 'plain', 3].map((p) => r.escapePointer(p)),
  isRef: [{ $ref: 'x' }, [{ $ref: 'x' }], null, { $ref: 1 }].map((n) => r.isRef(n)),
  exports: Object.keys(r).sort(),
}));`;

describe('light ref-utils', () => {
  it('accepts the installed ref-utils.js, and refuses one that needs more of ./utils', () => {
    const source = readFileSync(FILE, 'utf8');
    expect(usesOnlyUtils(source)).toBe(true);
    expect(usesOnlyUtils(`${source}\nconst x = require("./env");`)).toBe(false);
    expect(usesOnlyUtils(`${source}\n(0, utils_1.readFileFromUrl)();`)).toBe(false);
    expect(usesOnlyUtils(`${source}\nmodule.exports.u = utils_1;`)).toBe(false);
  });

  it('answers as the ordinarily loaded module, without loading Redocly utils.js', () => {
    const real = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(real.status).toBe(0);
    // Preloaded in a fresh process: a test worker shared with other files may have loaded
    // Redocly's utils.js already.
    const light = fileURLToPath(
      new URL('../../generator/util/light-ref-utils.ts', import.meta.url),
    );
    const script = `import { createRequire } from 'node:module';
      import { preloadRefUtils } from ${JSON.stringify(light)};
      const require = createRequire(${JSON.stringify(FILE)});
      preloadRefUtils();
      const preloaded = require.cache[${JSON.stringify(FILE)}] !== undefined;
      const lines = [];
      new Function('require', 'console', ${JSON.stringify(probe)})(require, { log: (l) => lines.push(l) });
      console.log(JSON.stringify({ preloaded, utils: require.cache[${JSON.stringify(UTILS)}] !== undefined, out: JSON.parse(lines[0]) }));`;
    const inProcess = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(inProcess.status, inProcess.stderr).toBe(0);
    expect(JSON.parse(inProcess.stdout)).toEqual({
      preloaded: true,
      utils: false,
      out: JSON.parse(real.stdout),
    });
  });
});
