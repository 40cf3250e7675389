/**
 * The client's checks of its options (option-rules.ts), as Node, Deno, Bun and unbundled browsers
 * run them: always. Browser bundlers take check-options.browser.ts instead (the package's `browser`
 * field), which production builds empty.
 */
export { checkCallOptions, checkClientOptions } from './option-rules.js';
