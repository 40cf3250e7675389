/** Where a `$ref` string points: a file (relative to the spec root) and pointer tokens inside it. */
import path from 'node:path';
import { parseFragment } from './pointer.js';

export type RefTarget =
  | { ok: true; file: string; tokens: string[] }
  | {
      ok: false;
      code: 'ref-invalid' | 'ref-unsupported' | 'ref-outside-root';
      message: string;
      hint: string;
    };

export function refTarget(fromFile: string, ref: string): RefTarget {
  const hash = ref.indexOf('#');
  const rawPath = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(rawPath) || rawPath.startsWith('//')) {
    return {
      ok: false,
      code: 'ref-unsupported',
      message: `Remote reference "${ref}" is not supported.`,
      hint: 'Copy the referenced document into the spec directory and refer to it by a relative path.',
    };
  }
  let filePath: string;
  try {
    filePath = decodeURIComponent(rawPath);
  } catch {
    return {
      ok: false,
      code: 'ref-invalid',
      message: `Reference "${ref}" has a malformed percent-encoding.`,
      hint: 'Escape "%" as "%25".',
    };
  }
  if (filePath.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(filePath)) {
    return {
      ok: false,
      code: 'ref-outside-root',
      message: `Reference "${ref}" uses an absolute path.`,
      hint: 'Refer to files by a path relative to the file that holds the reference.',
    };
  }
  const file =
    filePath === ''
      ? fromFile
      : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), filePath));
  if (file === '..' || file.startsWith('../')) {
    return {
      ok: false,
      code: 'ref-outside-root',
      message: `Reference "${ref}" points outside the spec's root directory.`,
      hint: 'Keep every referenced file inside the directory of the root spec file.',
    };
  }
  const tokens = parseFragment(fragment);
  if (!tokens) {
    return {
      ok: false,
      code: 'ref-invalid',
      message: `Reference "${ref}" has a fragment that is not a JSON pointer.`,
      hint: 'Write the fragment as a JSON pointer: "#/components/schemas/Name" ("~1" for "/", "~0" for "~").',
    };
  }
  return { ok: true, file, tokens };
}
