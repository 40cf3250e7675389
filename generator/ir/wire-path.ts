/**
 * The path of an operation as the SDKs send it. A spec's path key is a URL path template, but a
 * literal character a URL parser reinterprets would change the request: fetch turns `\` into `/`,
 * `?` and `#` end the path, a lone `%` is an invalid escape. Every literal character outside
 * RFC 3986's path characters is percent-encoded (UTF-8, upper-case hex); `{name}` placeholders and
 * escapes already written (`%20`) are kept, so a path that needs no encoding is unchanged.
 */
export function wirePath(path: string): string {
  return path.replace(/\{[^}]+\}|%[0-9A-Fa-f]{2}|[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gsu, (part) =>
    part.length > 1 && (part[0] === '{' || part[0] === '%') ? part : escapeChar(part),
  );
}

const utf8 = new TextEncoder();

function escapeChar(char: string): string {
  let out = '';
  for (const byte of utf8.encode(char))
    out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
