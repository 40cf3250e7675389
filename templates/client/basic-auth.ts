/** HTTP basic credentials: the generated config passes this only for APIs with a basic scheme. */

/** Base64 of `user:password`; a key without a colon is the user, with no password (`curl -u KEY:`). */
export function basicCredentials(key: string): string {
  const text = key.includes(':') ? key : `${key}:`;
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
