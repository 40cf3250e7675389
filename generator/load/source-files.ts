/** Every file of the spec, read and parsed at most once, named relative to the root file's directory. */
import { isUtf8 } from 'node:buffer';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseSource, type ParsedSource, type SourceProblem } from './parse-source.js';
import type { ParseReuse } from './reparse.js';
import { PositionIndex } from './positions.js';
import type { JsonValue } from './types.js';
import { compareCodePoints } from '../util/compare.js';

export type SourceFile =
  | {
      name: string;
      status: 'ok';
      bytes: Buffer;
      text: string;
      value: JsonValue;
      problems: SourceProblem[];
    }
  /** Read, but syntax errors make its content unusable. */
  | {
      name: string;
      status: 'broken';
      bytes: Buffer;
      text: string;
      value: undefined;
      problems: SourceProblem[];
    }
  | { name: string; status: 'missing' | 'unreadable'; reason: string }
  /** A symbolic link inside the root directory that leads out of it: never read. */
  | { name: string; status: 'outside'; reason: string };

export class SourceFiles {
  private readonly files = new Map<string, SourceFile>();
  /** Time spent parsing, summed over files (reported as the load stage's parse phase). */
  parseMs = 0;
  readonly positions = new PositionIndex(
    (name) => {
      const file = this.files.get(name);
      return file && 'text' in file ? file.text : undefined;
    },
    () => this.reuse?.lines,
  );

  private realRoot: string | undefined;

  /**
   * `rootDir` is absolute; names are posix paths relative to it; `rootFile` is the root spec's name;
   * `reuse`: a watch session's last parses.
   */
  constructor(
    readonly rootDir: string,
    private readonly rootFile: string,
    private readonly reuse?: ParseReuse,
  ) {}

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

  /** Files a reference named that do not exist (yet), sorted by code point. */
  missingNames(): string[] {
    const names: string[] = [];
    for (const file of this.files.values()) if (file.status === 'missing') names.push(file.name);
    return names.sort(compareCodePoints);
  }

  parseProblems(name: string): SourceProblem[] {
    const file = this.files.get(name);
    return file && 'problems' in file ? file.problems : [];
  }

  /** The root file itself may live anywhere; every other file must really be below its directory. */
  private isInsideRoot(real: string): boolean {
    this.realRoot ??= realpathSync(this.rootDir);
    return real.startsWith(
      this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep,
    );
  }

  bytesOf(name: string): Buffer | undefined {
    const file = this.files.get(name);
    return file && 'bytes' in file ? file.bytes : undefined;
  }

  private read(name: string): SourceFile {
    const full = path.join(this.rootDir, ...name.split('/'));
    let bytes: Buffer;
    try {
      if (name !== this.rootFile && !this.isInsideRoot(realpathSync(full))) {
        return {
          name,
          status: 'outside',
          reason: 'it is a symbolic link that leads outside the root directory',
        };
      }
      bytes = readFileSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const status = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
      return { name, status, reason: code ?? String(error) };
    }
    const started = performance.now();
    const text = bytes.toString('utf8');
    const parsed = notUtf8(bytes, text) ?? this.reuse?.parse(name, text) ?? parseSource(text, name);
    this.parseMs += performance.now() - started;
    if (parsed.document) this.positions.remember(name, parsed.document);
    else if (parsed.positions && parsed.value !== undefined)
      this.positions.rememberFast(name, parsed.value, parsed.positions);
    else if (parsed.quick) this.positions.rememberQuick(name, parsed.value!);
    else if (parsed.value !== undefined && parsed.problems.length === 0 && name.endsWith('.json'))
      this.positions.rememberJson(name);
    if (parsed.value === undefined)
      return { name, status: 'broken', bytes, text, value: undefined, problems: parsed.problems };
    return { name, status: 'ok', bytes, text, value: parsed.value, problems: parsed.problems };
  }
}

/** YAML and JSON specs are UTF-8 (a UTF-8 BOM is fine): other bytes get a located error instead of U+FFFD in every output. */
function notUtf8(bytes: Buffer, text: string): ParsedSource | undefined {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.subarray(0, 4096).includes(0)) {
    return encodingProblem(
      0,
      'The file is not UTF-8 (it looks like UTF-16 or UTF-32). Save it as UTF-8.',
    );
  }
  // Decoding replaced what is not UTF-8 with U+FFFD; a file may also hold that character itself.
  if (!text.includes('\uFFFD') || isUtf8(bytes)) return undefined;
  const at = firstBadCharacter(bytes, text);
  return encodingProblem(
    at,
    `The file is not UTF-8: byte 0x${bytes[byteOffset(text, at)]!.toString(16).toUpperCase().padStart(2, '0')} here is not valid UTF-8 (Latin-1 or Windows-1252?). Save it as UTF-8.`,
    text,
  );
}

/** Index in `text` of the first U+FFFD that decoding made (not one the file spells in UTF-8). */
function firstBadCharacter(bytes: Buffer, text: string): number {
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    const at = byteOffset(text, i);
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return i;
  }
  return 0;
}

/** Bytes before `index` in `text`: every character before it decoded from valid UTF-8. */
function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

function encodingProblem(offset: number, message: string, text = ''): ParsedSource {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {
    value: undefined,
    problems: [
      {
        code: 'file-encoding',
        line,
        col: offset - before.lastIndexOf('\n'),
        offset,
        message,
      },
    ],
  };
}
