import type { Options } from 'prettier';
import type { Formatter } from '../emit/types.js';

/**
 * The prettier version the committed output was formatted with. package.json pins it exactly;
 * checking it at run time turns a drifted install into a clear error instead of a diff storm.
 */
export const PRETTIER_VERSION = '3.10.1';

/**
 * Every option that changes output, spelled out. Prettier's `format()` never reads config files
 * itself; we never call `resolveConfig`, so a stray `.prettierrc` or `.editorconfig` cannot
 * change generated code.
 */
export const PRETTIER_OPTIONS: Readonly<Options> = Object.freeze({
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  jsxSingleQuote: false,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  bracketSameLine: false,
  objectWrap: 'preserve',
  arrowParens: 'always',
  proseWrap: 'preserve',
  htmlWhitespaceSensitivity: 'css',
  endOfLine: 'lf',
  embeddedLanguageFormatting: 'auto',
  singleAttributePerLine: false,
  experimentalTernaries: false,
  experimentalOperatorPosition: 'end',
});

/**
 * Which prettier parser each `VirtualFile.format` selects; `none` is never formatted. TypeScript
 * goes through `babel-ts`: the same printed output on every generated and template file (compared
 * when this was chosen), in about half the CPU time of the `typescript` parser on large files.
 */
export const PARSER_BY_FORMAT: Readonly<Record<Exclude<Formatter, 'none'>, string>> = Object.freeze(
  {
    typescript: 'babel-ts',
    javascript: 'babel',
    markdown: 'markdown',
    json: 'json',
    css: 'css',
    html: 'html',
    yaml: 'yaml',
  },
);
