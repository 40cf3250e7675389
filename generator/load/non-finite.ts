/**
 * The `number-not-json` warning: a number JSON cannot hold (YAML's `.inf`, `-.inf`, `.nan`, or a
 * literal such as `1e999` that overflows), quoted as the file writes it, with what the generator
 * does with it where it stands (the IR leaves out an enum, const, default or bound holding one;
 * anywhere else JSON output writes `null`).
 */
import type { Tokens } from './pointer.js';
import { childMode, type WalkMode } from './walk-mode.js';
import { yamlSpelling } from './depth.js';

const BOUNDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);

/** What holds the number (`tokens` in the bundled document): a schema keyword, or plain data. */
function holder(tokens: Tokens): 'enum' | 'const' | 'default' | 'bound' | 'data' {
  let mode: WalkMode = 'keywords';
  const modes: WalkMode[] = [];
  for (const token of tokens) {
    modes.push(mode);
    mode = childMode(mode, token, undefined);
  }
  const last = tokens.length - 1;
  const keyword = (i: number): string | undefined =>
    i >= 0 && modes[i] === 'keywords' ? tokens[i] : undefined;
  if (keyword(last - 1) === 'enum' && /^\d+$/.test(tokens[last]!)) return 'enum';
  const own = keyword(last);
  if (own === 'const' || own === 'default') return own;
  if (own !== undefined && BOUNDS.has(own)) return 'bound';
  return 'data';
}

/**
 * The number as written at `line`:`col` of `text` (where the position index places the node: a
 * map member's key, or a sequence item), when it reads as a non-finite number; else undefined.
 */
export function writtenAt(
  text: string | undefined,
  line: number,
  col: number,
  member: boolean,
): string | undefined {
  if (text === undefined || line < 1 || col < 1) return undefined;
  let start = 0;
  for (let l = 1; l < line; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  let rest = text.slice(start + col - 1, start + col - 1 + 400);
  if (member) {
    // Past the key (quoted or plain) and its colon.
    const key = /^(?:(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')[ \t]*:|[^\n]*?:(?=\s))\s*/.exec(rest);
    if (!key) return undefined;
    rest = rest.slice(key[0].length);
  }
  const number =
    /^[-+]?(?:\.(?:inf|Inf|INF|nan|NaN|NAN)|(?:\d[\d_]*)?\.?\d*(?:[eE][-+]?\d+)?)(?=$|[\s,\]}#])/.exec(
      rest,
    );
  const found = number?.[0];
  if (!found || !/[\d.]/.test(found)) return undefined;
  // Only a spelling that reads as the value reported (never a neighbour misread).
  return /\.[a-zA-Z]{3}$/.test(found) || !Number.isFinite(Number(found.replace(/_/g, '')))
    ? found
    : undefined;
}

export function nonFiniteMessage(
  tokens: Tokens,
  value: number,
  written: string | undefined,
): { message: string; hint: string } {
  const shown = written ?? yamlSpelling(value);
  const start = `${shown} cannot be represented in JSON:`;
  const keyword = tokens[tokens.length - 1];
  switch (holder(tokens)) {
    case 'enum':
    case 'const':
      return {
        message: `${start} the ${holder(tokens)} is left out of the generated types, which allow any number instead.`,
        hint: 'Write a finite number, or leave the value out.',
      };
    case 'default':
      return {
        message: `${start} the default is left out.`,
        hint: 'Write a finite default, or leave the default out.',
      };
    case 'bound':
      return {
        message: `${start} the ${keyword} is left out (no limit).`,
        hint: `Write a finite ${keyword} (such as 1.0e+308), or leave the ${keyword} out.`,
      };
    default:
      return {
        message: `${start} JSON output writes it as null.`,
        hint: 'Write a finite number, or leave the value out.',
      };
  }
}
