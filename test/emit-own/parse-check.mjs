// Parses every `dist/**/*.js` of one generated package as Node would load it (ES module, or
// CommonJS function body under `dist/cjs/`) and prints the files that do not parse, as JSON.
// Run as `node --experimental-vm-modules parse-check.mjs <package dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const dist = path.join(path.resolve(process.argv[2]), 'dist');
const failures = [];
let checked = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const rel = path.relative(dist, file).split(path.sep).join('/');
  const code = readFileSync(file, 'utf8');
  try {
    if (rel.startsWith('cjs/'))
      vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname']);
    else new vm.SourceTextModule(code, { identifier: rel });
  } catch (error) {
    failures.push(`${rel}: ${error.message}`);
  }
  checked++;
}
process.stdout.write(JSON.stringify({ checked, failures }));
