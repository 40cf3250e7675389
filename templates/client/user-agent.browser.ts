/** user-agent.ts as browser bundles get it: a browser sends its own User-Agent, so none is set. */
export function setUserAgent(): void {}
