/** Words and casings of names (no IR types: every module that names things can import it). */
import { memoBounded } from '../util/bounded-cache.js';

/**
 * Splits `getPetById`, `get_pet-by id`, `HTTPServer2` into lower-case words. Accented Latin letters
 * lose their accents first (`getÉlément` → get, element) instead of cutting the word in two.
 */
export function words(text: string): string[] {
  return foldDiacritics(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** `Café` → `Cafe`: compatibility-decomposed, combining marks (U+0300–U+036F) dropped. */
function foldDiacritics(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
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
