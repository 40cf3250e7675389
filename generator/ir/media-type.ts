/**
 * The one rule for the media type an SDK labels an upload with when the value does not say its
 * own (and no file name tells it): the first concrete type a declaration lists. A list
 * (`image/png, image/jpeg`) is not itself a media type, and a wildcard (`audio/*`) names none, so
 * neither is sent as is; with no concrete entry the SDKs fall back to application/octet-stream.
 */
export function sendableMediaType(declared: string | undefined): string | undefined {
  if (!declared) return undefined;
  for (const entry of declared.split(',')) {
    const type = entry.trim();
    if (type !== '' && !type.includes('*')) return type;
  }
  return undefined;
}
