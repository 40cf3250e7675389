/**
 * not-sent.ts as browser bundles get it (the package's `browser` field maps one to the other):
 * a browser's fetch rejects with a bare `TypeError` that names no transport cause, so nothing can
 * show that a request never left and the Node/undici error-code table would never match. Such
 * bundles carry this constant instead; Node, Deno and Bun keep the classifier.
 */
export function isRequestNotSent(): boolean {
  return false;
}
