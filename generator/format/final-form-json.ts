/**
 * A generated JSON file (`package.json` and the subpath stubs) in prettier's final form without
 * prettier. The emitters write `JSON.stringify(value, null, 2)` and a newline; prettier 3.10's
 * `json` parser prints that through its estree printer (options.ts): objects stay broken (there
 * is a newline after every `{`, objectWrap: preserve), an array goes on one line when it fits,
 * all-number arrays fill their lines, strings and keys keep their quotes and escapes, numbers are
 * normalised (`1e+21` → `1e21`), no trailing commas. The same layout document is built here and
 * printed by prettier's own document printer (`prettier/doc`), so widths are measured as prettier
 * measures them.
 *
 * Only canonical input is printed: text that `JSON.stringify(JSON.parse(text), null, 2)`
 * reproduces exactly (so no comments, blank lines, duplicate keys or other spellings of a number
 * or string). Anything else returns `undefined` and goes to prettier
 * (test/format/final-form-json.test.ts compares both on generated files and variants).
 */
import { builders, printer } from 'prettier/doc';
import { PRETTIER_OPTIONS } from './options.js';

type Doc = builders.Doc;
const { fill, group, hardline, indent, join, line, softline } = builders;

/** The text prettier's `json` parser would print for `text`, or `undefined` when not certain. */
export function printJsonInFinalForm(text: string): string | undefined {
  const { printWidth, tabWidth, useTabs, endOfLine, objectWrap, bracketSpacing } = PRETTIER_OPTIONS;
  if (
    tabWidth !== 2 ||
    useTabs ||
    endOfLine !== 'lf' ||
    objectWrap !== 'preserve' ||
    !bracketSpacing
  )
    return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (`${JSON.stringify(value, null, 2)}\n` !== text) return undefined;
  const { formatted } = printer.printDocToString([printValue(value), hardline], {
    printWidth: printWidth!,
    tabWidth: 2,
    useTabs: false,
  });
  return formatted;
}

function printValue(value: unknown): Doc {
  if (Array.isArray(value)) return printArray(value);
  if (value !== null && typeof value === 'object') return printObject(value);
  if (typeof value === 'number') return printNumber(value);
  // Strings, booleans and null as written (canonical: as JSON.stringify wrote them).
  return JSON.stringify(value);
}

/** A negative number is a unary minus on a literal; exponents lose their `+`. */
function printNumber(value: number): Doc {
  const literal = JSON.stringify(Math.abs(value)).replace('e+', 'e');
  return value < 0 ? ['-', literal] : literal;
}

/** prettier's `printObject`: every non-empty object of canonical input breaks (newline after `{`). */
function printObject(value: object): Doc {
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const properties = entries.map(([key, item]) =>
    // printAssignment's `never-break-after-operator` layout (the one for JSON), in its group.
    group(group([group(JSON.stringify(key)), ':', ' ', printValue(item)])),
  );
  return group(['{', indent([line, join([',', line], properties)]), line, '}'], {
    shouldBreak: true,
  });
}

/** prettier's `printArray`: one line when it fits, else one element per line (numbers: filled). */
function printArray(items: unknown[]): Doc {
  if (items.length === 0) return group(['[', ']']);
  const shouldBreak =
    items.length > 1 &&
    items.every((item, i) => {
      const next = items[i + 1];
      if (next !== undefined && kind(next) !== kind(item)) return false;
      if (kind(item) === 'array') return (item as unknown[]).length > 1;
      if (kind(item) === 'object') return Object.keys(item as object).length > 1;
      return false;
    });
  const concise = items.every((item) => typeof item === 'number');
  const elements = concise
    ? fill(
        items.flatMap((item, i) =>
          i === items.length - 1
            ? [printNumber(item as number)]
            : [[printNumber(item as number), ','], line],
        ),
      )
    : join(
        [',', line],
        items.map((item) => group(printValue(item))),
      );
  return group(['[', indent([softline, elements]), softline, ']'], { shouldBreak });
}

function kind(value: unknown): 'array' | 'object' | 'other' {
  return Array.isArray(value)
    ? 'array'
    : value !== null && typeof value === 'object'
      ? 'object'
      : 'other';
}
