/**
 * A JSON file is placed by reading its text (json-positions.ts), not by `yaml`'s positioned
 * document of it: every pointer (and pointers that stop early: a missing key, an index past the
 * end, a step into a scalar) lands on the same line, column and depth as that document gives, for
 * the public specs written as JSON (pretty and on one line) and for JSON written to trip a scanner.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PositionIndex } from '../../generator/load/positions.js';
import type { JsonValue } from '../../generator/load/types.js';
import { loadSpecSync } from '../../generator/load/index.js';
import { parsePointer } from '../../generator/load/pointer.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pointers } from '../helpers/pointers.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));

const tricky = [
  '{"a": 1, "a": {"b": [1, 2]}, "c\\"d": {"x": "]}"}, "e\\\\": ["\\\\", "\\"", "\\u005d"]}',
  '\ufeff{"bom": true}',
  '{\r\n  "crlf": [\r\n    1,\r\n    {"k": null}\r\n  ],\r\n  "n": -1.5e+3\r\n}\r\n',
  '[ [], {}, [[[]]], {"": {"": 0}}, "a/b~c", false ]',
  '  \n\t{"ws"\n:\n\t[ 1 ,2 ] , "u": "\\ud83d\\ude00 \\u0041" , "é": {"ü": 1}}',
  '"just a string"',
  '{"a/b": {"~x": 1}, "%25": 2, "0": {"1": [0]}}',
];

function compare(name: string, text: string, every = 1): void {
  const value = JSON.parse(text.replace(/^\ufeff/, '')) as JsonValue;
  const viaText = new PositionIndex(() => text);
  viaText.rememberJson(name);
  const viaYaml = new PositionIndex(() => text);
  const all = pointers(value);
  for (let i = 0; i < all.length; i += every) {
    const tokens = all[i]!;
    expect([tokens, viaText.position(name, tokens)]).toEqual([
      tokens,
      viaYaml.position(name, tokens),
    ]);
  }
}

describe('JSON positions', () => {
  it.each(['petstore.yaml', 'museum.yaml'])('%s as JSON, pretty and on one line', (file) => {
    const value = YAML.parse(readFileSync(SHARED + file, 'utf8')) as JsonValue;
    compare('pretty.json', JSON.stringify(value, null, 2));
    compare('line.json', JSON.stringify(value));
  });

  it('openai.yaml as JSON (every 499th pointer)', () => {
    const value = YAML.parse(readFileSync(SHARED + 'openai.yaml', 'utf8')) as JsonValue;
    compare('pretty.json', JSON.stringify(value, null, 1), 499);
  });

  it.each(tricky.map((text, i) => [i, text]))('tricky JSON %i', (_, text) => {
    compare('tricky.json', text as string);
  });

  it('a loaded JSON spec places its warnings where the positioned document does', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'json-positions-'));
    try {
      const value = YAML.parse(readFileSync(SHARED + 'petstore.yaml', 'utf8')) as {
        tags?: unknown;
      };
      delete value.tags; // every tag used becomes an undeclared-tag warning
      const text = JSON.stringify(value, null, 2);
      writeFileSync(path.join(dir, 'spec.json'), text);
      const loaded = loadSpecSync(path.join(dir, 'spec.json'));
      const warnings = loaded.problems.filter((p) => p.code === 'tag-undeclared');
      expect(warnings.length).toBeGreaterThan(0);
      const viaYaml = new PositionIndex(() => text);
      for (const warning of warnings) {
        const tokens = parsePointer(`#${warning.pointer}`)!;
        const { line, col } = viaYaml.position('spec.json', tokens);
        expect([warning.line, warning.col]).toEqual([line, col]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
