/**
 * Spec text on its way into generated files, made safe in one place for each kind of output.
 * Control characters (NUL, ESC, …; tab and newlines excepted) never reach a generated file.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * For a `/* … *\/` comment: the text can neither end the comment (`*\/`) nor open one that printers
 * track (`/*` outside a code span confuses ts-morph's writer, which reads backticks as a string);
 * control characters and U+2028/U+2029 show as escapes. Markdown renders `*\/` and `/\*` in
 * hovers as the original text.
 */
export function commentText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .split(/(`[^`\n]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/\/\*/g, '/\\*')))
    .join('')
    .replace(CONTROL_CHARACTERS, unicodeEscape)
    .replace(/[\u2028\u2029]/g, unicodeEscape);
}

/**
 * The same characters as CONTROL_CHARACTERS, as the complement of what may stay: V8 scans a text
 * for this class faster (tens of MB of output per run, nearly always free of them).
 */
const ANY_CONTROL_CHARACTER = /[^\t\n\r\u0020-\u007e\u0080-\uffff]/;

/** For any generated text (the pipeline applies it to every emitted file): control characters become U+FFFD. */
export function withoutControlCharacters(text: string): string {
  return ANY_CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, '\ufffd') : text;
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
