/**
 * String literals in the generated Python read back, in a real Python, as the spec's values:
 * control characters (DEL included) are escapes, so the output scrub has nothing to replace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pyString } from '../../generator/emit/surface/python-literal.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\0-\x08\n-\x1f\x7f]/;

describe('Python string literals', () => {
  it('carry no raw control character and evaluate to the value', () => {
    const values = [
      'a\u0000b',
      'c\u0007d\u007f',
      'line\r\nnext',
      'x\u2028y',
      'it\'s "q" \\ é',
      'a\tb',
    ];
    const literals = values.map(pyString);
    for (const literal of literals) expect(literal).not.toMatch(RAW_CONTROL);
    const run = spawnSync(
      'python3',
      [
        '-c',
        'import ast, json, sys\nprint(json.dumps([ast.literal_eval(l) for l in sys.stdin.read().split("\\n")]))',
      ],
      { input: literals.join('\n'), encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(values);
  });
});
