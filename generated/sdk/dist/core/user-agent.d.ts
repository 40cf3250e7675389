/**
 * The SDK's User-Agent (`<package>/<version> (typescript)`, the config's `userAgent`), set before
 * default headers so they can replace it. Browser bundles get user-agent.browser.ts instead (the
 * package's `browser` field), and an unbundled browser is caught here by its own User-Agent:
 * browsers send theirs and refuse a script's, or preflight it. Node, Deno, Bun and workers name
 * themselves otherwise (`Node.js/22`, `Deno/2`, `Cloudflare-Workers`).
 */
export declare function setUserAgent(headers: Headers, { userAgent }: {
    userAgent?: string | undefined;
}): void;
