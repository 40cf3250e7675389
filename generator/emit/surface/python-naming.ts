/** Python spellings of IR names: snake_case identifiers, keyword escapes, docstrings (literals: surface/python-literal.ts). */
import { words } from '../../ir/names.js';
import { memoBounded } from '../../util/bounded-cache.js';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

/** Python's identifier rule (PEP 3131): XID_Start or `_`, then XID_Continue (`_` among them). */
const IDENTIFIER = /^[\p{ID_Start}_]\p{ID_Continue}*$/u;

/** `words` with every script's letters and digits kept: `priceUSD_価格` → price, usd, 価格. */
function unicodeWords(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * `notifyHook` → `notify_hook`, `X-Runway-Version` → `x_runway_version`, `class` → `class_`.
 * A non-ASCII name keeps its letters (`価格` → `価格`, `Größe` → `größe`) when that is an identifier
 * Python reads back unchanged (it NFKC-normalises identifiers); otherwise only the ASCII letters count.
 * Names repeat (a field per model, a parameter per operation): each is cased once a run.
 */
export const snakeCase = memoBounded(casedSnake, 20_000);

function casedSnake(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(name)) {
    const joined = unicodeWords(name).join('_');
    const kept = /^\p{N}/u.test(joined) ? `n${joined}` : joined;
    if (IDENTIFIER.test(kept) && kept.normalize('NFKC') === kept) return kept;
  }
  let out = words(name)
    .join('_')
    .replace(/[^A-Za-z0-9_]/g, '_');
  if (out === '') out = 'value';
  if (/^[0-9]/.test(out)) out = `n${out}`;
  return KEYWORDS.has(out) ? `${out}_` : out;
}

/** What each `types` module imports by name, by module (type-modules.ts prints the imports from it). */
export const MODEL_MODULE_IMPORTS = {
  typing: ['Any', 'Dict', 'List', 'Optional', 'Union'],
  typing_extensions: ['Annotated', 'Literal'],
  pydantic: ['Field'],
} as const;

/** What `_params.py` imports by name, by module (param-module.ts prints the imports from it). */
export const PARAM_MODULE_IMPORTS = {
  typing: ['Any', 'Dict', 'List', 'Optional', 'Union'],
  typing_extensions: ['Literal', 'NotRequired', 'Required', 'TypedDict'],
  '._types': ['FileInput'],
} as const;

/**
 * Names the `types` modules and `_params.py` use unqualified: their imports, builtins of
 * annotations, and keywords PascalCase can spell. A class of such a name would shadow it
 * (`class Field(_Model)` breaks every later `Field(...)`, `class Annotated` every `Annotated[...]`).
 */
const MODULE_NAMES = new Set<string>([
  ...Object.values(MODEL_MODULE_IMPORTS).flat(),
  ...Object.values(PARAM_MODULE_IMPORTS).flat(),
  ...'None True False str int float bool bytes list dict type object'.split(' '),
]);

/**
 * The Python class of a schema type name: the same name (types and params are named like the
 * TypeScript types), with `_` appended where the modules already use it (`Field` → `Field_`).
 */
export function pythonTypeName(typeName: string): string {
  return MODULE_NAMES.has(typeName) ? `${typeName}_` : typeName;
}

/**
 * The schema's own names of the classes `pythonTypeName` renamed (`List` → `List_`), which `types`
 * and `params` re-export too so `from <pkg>.params import List` is the class, not typing's: spec
 * name → class, for each of `classes` renamed, unless another class holds the spec name (keywords
 * cannot be imported by name).
 */
export function specNameAliases(classes: Iterable<string>): Map<string, string> {
  const all = new Set(classes);
  const out = new Map<string, string>();
  for (const name of all) {
    const base = name.slice(0, -1);
    if (name.endsWith('_') && MODULE_NAMES.has(base) && !KEYWORDS.has(base) && !all.has(base))
      out.set(base, name);
  }
  return out;
}

/** Gives each name a unique identifier: the preferred one, else with `_` appended (Python's own convention for a taken name). */
export function uniqueIdentifier(preferred: string, taken: Set<string>): string {
  let name = preferred;
  while (taken.has(name)) name = `${name}_`;
  taken.add(name);
  return name;
}

/** A docstring body indented for its block; `"""` and backslashes cannot end it early. */
export function docstring(lines: (string | undefined)[], indent: string): string {
  const text = lines
    .filter((l): l is string => l !== undefined)
    .join('\n')
    .replace(/\\/g, '\\\\')
    .replace(/"""/g, '\\"\\"\\"')
    .trim()
    .replace(/\n{3,}/g, '\n\n');
  if (!text) return '';
  const body = text
    .split('\n')
    .map((l, i) => (i === 0 || l.trim() === '' ? l.trimEnd() : `${indent}${l.trimEnd()}`))
    .join('\n');
  // A closing quote of the text would run into the closing `"""`.
  return text.includes('\n')
    ? `${indent}"""${body}\n${indent}"""\n`
    : `${indent}"""${body.endsWith('"') ? `${body} ` : body}"""\n`;
}
