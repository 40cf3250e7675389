/** Words and casings of names (no IR types: every module that names things can import it). */
import { memoBounded } from '../util/bounded-cache.js';

/**
 * Splits `getPetById`, `get_pet-by id`, `HTTPServer2` into lower-case words. Other letters become
 * ASCII first, so a word keeps them instead of being cut in two (`getÉlément` → get, element;
 * `Straße` → strasse; `Цены` → tseny): see `foldToAscii`.
 */
export function words(text: string): string[] {
  return foldToAscii(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * Lower-case letters that have no ASCII decomposition, spelled in ASCII: Latin letters NFKD leaves
 * whole (`ß`, `æ`, `ø`, `ł`, …), and Cyrillic and Greek by a plain transliteration (accented forms,
 * `ё`, `й`, `ά`, decompose to these first). An upper-case letter is looked up by its lower case.
 */
const ASCII_OF: Readonly<Record<string, string>> = {
  ...letters('ß ss æ ae ø o ł l đ d ð d þ th œ oe ı i ħ h ŧ t ĸ k ŋ ng ƒ f ȷ j'),
  ...letters(
    'а a б b в v г g д d е e ж zh з z и i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ' +
      'ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya є ye і i ґ g ђ dj ј j љ lj њ nj ћ c џ dz ѕ dz',
  ),
  ...letters(
    'α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f ' +
      'χ ch ψ ps ω o',
  ),
};

/** `'ß ss æ ae'` → `{ ß: 'ss', æ: 'ae' }`; `_` stands for nothing (the Cyrillic hard and soft signs). */
function letters(pairs: string): Record<string, string> {
  const list = pairs.split(' ');
  const out: Record<string, string> = {};
  for (let i = 0; i < list.length; i += 2) out[list[i]!] = list[i + 1] === '_' ? '' : list[i + 1]!;
  return out;
}

/**
 * `Café` → `Cafe`, `Øre` → `Ore`, `ÆON` → `AEON`, `Щука` → `Shchuka`: compatibility-decomposed,
 * combining marks (U+0300–U+036F) dropped, then `ASCII_OF`. An upper-case letter spelled with
 * several is all upper case beside another upper-case letter (one word), else capitalised.
 */
function foldToAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const bare = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(bare)) return bare;
  // eslint-disable-next-line no-control-regex
  return bare.replace(/[^\x00-\x7f]/g, (c, at: number) => {
    const lower = c.toLowerCase();
    const ascii = ASCII_OF[lower];
    if (ascii === undefined || c === lower || ascii === '') return ascii ?? c;
    const beside = bare[at + 1] ?? bare[at - 1] ?? '';
    return isUpper(beside) ? ascii.toUpperCase() : ascii.charAt(0).toUpperCase() + ascii.slice(1);
  });
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Names repeat (a tag per operation, a resource per method): each text is cased once a run. */
export const camelCase = memoBounded(casedCamel, 20_000);

function casedCamel(text: string): string {
  const ws = words(text);
  const out = ws.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

export function pascalCase(text: string): string {
  const c = camelCase(text);
  return c.startsWith('_') ? `_${c.slice(1)}` : c.charAt(0).toUpperCase() + c.slice(1);
}

/** Whether some letter or digit of `text` has no ASCII spelling (`価格`, `Ürün 価格`), so its words lose it. */
export function losesLetters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return (
    /[^\x00-\x7f]/.test(text) &&
    /[^\x00-\x7f]/u.test(foldToAscii(text).replace(/[^\p{L}\p{N}]/gu, ''))
  );
}
