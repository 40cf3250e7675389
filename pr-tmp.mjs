import { createRequire } from 'node:module';
import fs from 'node:fs';
const cc = await import('/work/wt-perfcold/build/chunk-YU54GUXE.js'); const inst = Object.values(cc).find(f => f.name === 'installCodeCache'); if (process.env.CC) inst('/tmp/cc-pr', process.env.CC === 'produce');
const require = createRequire('/work/wt-perfcold/package.json');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const files = ['client.ts', 'schema.ts', 'operations/pet.ts', 'resources/pet.ts'].map(f => fs.readFileSync('/tmp/pc/sdk/src/' + f, 'utf8'));
const md = fs.readFileSync('/tmp/pc/sdk/README.md', 'utf8');
const opts = { printWidth: 100, singleQuote: true, trailingComma: 'all' };
let t = cpu(); let fmt;
if (process.env.MODE === 'std') {
  const p = require('prettier/standalone');
  const plugins = [require('prettier/plugins/babel'), require('prettier/plugins/estree')];
  fmt = (s, parser, extra = []) => p.format(s, { ...opts, parser, plugins: [...plugins, ...extra] });
} else {
  const p = await import('prettier');
  fmt = (s, parser) => p.format(s, { ...opts, parser });
}
const a = cpu() - t; t = cpu();
const outs = [];
for (const f of files) outs.push(await fmt(f, 'babel-ts'));
const b = cpu() - t; t = cpu();
let mdp = [];
if (process.env.MODE === 'std') mdp = [require('prettier/plugins/markdown'), require('prettier/plugins/typescript')];
outs.push(await fmt(md, 'markdown', mdp));
const c = cpu() - t;
console.log(process.env.MODE ?? 'index', 'load', a.toFixed(0), 'ts files', b.toFixed(0), 'md', c.toFixed(0), 'total', (a+b+c).toFixed(0), 'hash', require('crypto').createHash('sha1').update(outs.join('\0')).digest('hex').slice(0,8));
