/** Every file of the spec, read and parsed at most once, named relative to the root file's directory. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource, type SourceProblem } from './parse-source.js';
import { PositionIndex } from './positions.js';
import type { JsonValue } from './types.js';

export type SourceFile =
  | { name: string; status: 'ok'; bytes: Buffer; text: string; value: JsonValue; problems: SourceProblem[] }
  /** Read, but syntax errors make its content unusable. */
  | { name: string; status: 'broken'; bytes: Buffer; text: string; value: undefined; problems: SourceProblem[] }
  | { name: string; status: 'missing' | 'unreadable'; reason: string };

export class SourceFiles {
  private readonly files = new Map<string, SourceFile>();
  readonly positions = new PositionIndex((name) => {
    const file = this.files.get(name);
    return file && 'text' in file ? file.text : undefined;
  });

  /** `rootDir` is absolute; names are posix paths relative to it. */
  constructor(readonly rootDir: string) {}

  get(name: string): SourceFile {
    let file = this.files.get(name);
    if (!file) {
      file = this.read(name);
      this.files.set(name, file);
    }
    return file;
  }

  /** Files that were read (whatever their content), sorted by code point. */
  readNames(): string[] {
    const names: string[] = [];
    for (const file of this.files.values()) if ('bytes' in file) names.push(file.name);
    return names.sort(compareCodePoints);
  }

  bytesOf(name: string): Buffer | undefined {
    const file = this.files.get(name);
    return file && 'bytes' in file ? file.bytes : undefined;
  }

  private read(name: string): SourceFile {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.rootDir, ...name.split('/')));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const status = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
      return { name, status, reason: code ?? String(error) };
    }
    const text = bytes.toString('utf8');
    const parsed = parseSource(text, name);
    if (parsed.document) this.positions.remember(name, parsed.document);
    if (parsed.value === undefined) return { name, status: 'broken', bytes, text, value: undefined, problems: parsed.problems };
    return { name, status: 'ok', bytes, text, value: parsed.value, problems: parsed.problems };
  }
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
