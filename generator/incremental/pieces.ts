/**
 * Cutting a large generated TypeScript file into pieces a printer (prettier, TypeScript's
 * declaration emitter) handles on its own, and putting the printed pieces back together, so a
 * watch run re-prints only the pieces an edit touched. Both printers print each top-level
 * statement, and each member of an interface/type/class body, by itself: the only thing they
 * read between two of them is whether a blank line separated them (prettier keeps one, the
 * declaration emitter none), which the joins reproduce.
 *
 * Cuts fall only on line boundaries a generated file makes unambiguous; a cut in a wrong place
 * leaves an unbalanced piece that does not parse, and the printers report that as a failure. A
 * long `head {` … `}` statement is cut into members: a sentinel member shows how the head and the
 * close print, each member is printed between that same head and close and cut back out, and a
 * head or close that prints differently next to a different member is a failure too. On any
 * failure the caller prints the whole file.
 */

/** Below this a whole-file print is cheap and cutting buys nothing. */
export const PIECES_MIN_FILE_CHARS = 32_000;
/** Statements at least this long are cut into their members. */
const MEMBER_SPLIT_MIN_CHARS = 4_000;

/** Average group sizes (see `grouped`). */
const STATEMENTS_PER_GROUP = 12;
const MEMBERS_PER_GROUP = 6;

const SENTINEL = '__incremental_sentinel__';

/** One text to print, and what a work report calls it. */
export interface PrintJob {
  text: string;
  label: string;
}

/** Prints every job (same order); `undefined` for one that fails. */
export type PrintAll = (jobs: PrintJob[]) => Promise<Array<string | undefined>>;

interface Piece {
  text: string;
  /** A blank line separated it from the previous piece. */
  blankBefore: boolean;
}

/** A top-level statement: its text, and its head, close and members when it is cut further. */
export interface Statement extends Piece {
  members?: { head: string; close: string; pieces: Piece[] };
}

/** The file's top-level statements, long `head {` … `}` ones with their members. */
export function cutStatements(text: string): Statement[] {
  const statements = splitPieces(text.split('\n'), isTopLevelCut).map((s) => {
    const members = s.text.length >= MEMBER_SPLIT_MIN_CHARS ? membersOf(s.text) : undefined;
    return members ? { ...s, members } : s;
  });
  return grouped(statements, STATEMENTS_PER_GROUP);
}

/**
 * Consecutive pieces printed together (a printer call costs milliseconds of its own), ending a
 * group after a piece whose text hashes to a multiple of `every`: boundaries depend only on the
 * pieces' own texts, so an edit changes one group (two if it moves a boundary), never shifts the
 * rest. A statement cut into members stays alone.
 */
function grouped(pieces: Statement[], every: number): Statement[] {
  const out: Statement[] = [];
  let group: Statement[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const text = group.map((p, i) => (i > 0 && p.blankBefore ? '\n' : '') + p.text).join('\n');
    out.push({ text, blankBefore: group[0]!.blankBefore });
    group = [];
  };
  for (const piece of pieces) {
    if (piece.members) {
      flush();
      out.push(piece);
      continue;
    }
    group.push(piece);
    if (fnv1a(piece.text) % every === 0) flush();
  }
  flush();
  return out;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Prints `statements` piece by piece with `printAll` and joins the results; `keepBlankLines` says
 * whether the printer keeps a blank line between two statements or members (prettier does). A
 * statement whose members do not print on their own is printed whole; `statements` are returned
 * as printed (without the members of those), for the next printer to cut the same way.
 */
export async function printInPieces(
  statements: Statement[],
  printAll: PrintAll,
  keepBlankLines: boolean,
): Promise<{ text: string; statements: Statement[] } | undefined> {
  statements = [...statements];
  const printed = await printStatements(statements, printAll, keepBlankLines);
  const failed = statements.flatMap((s, i) => (printed[i] === undefined && s.members ? [i] : []));
  if (failed.length > 0) {
    const whole = failed.map((i) => ({ ...statements[i]!, members: undefined }));
    const again = await printStatements(whole, printAll, keepBlankLines);
    for (const [k, i] of failed.entries()) {
      printed[i] = again[k];
      statements[i] = whole[k]!;
    }
  }
  let out = '';
  for (const [i, text] of printed.entries()) {
    if (text === undefined) return undefined;
    out += (keepBlankLines && i > 0 && statements[i]!.blankBefore ? '\n' : '') + text;
  }
  return { text: out, statements };
}

async function printStatements(
  statements: Statement[],
  printAll: PrintAll,
  keepBlankLines: boolean,
): Promise<Array<string | undefined>> {
  const jobs: PrintJob[] = [];
  const plans = statements.map((s) => planStatement(s, jobs));
  const outputs = await printAll(jobs);
  return plans.map((plan) => plan(outputs, keepBlankLines));
}

type Plan = (outputs: Array<string | undefined>, keepBlankLines: boolean) => string | undefined;

/** Adds the jobs one statement needs; the plan puts their outputs together. */
function planStatement(statement: Statement, jobs: PrintJob[]): Plan {
  const { members } = statement;
  if (!members) {
    const job = jobs.push({ text: statement.text, label: labelOf(statement.text) }) - 1;
    return (outputs) => outputs[job];
  }
  const { head, close, pieces } = members;
  const indent = ' '.repeat(leadingSpaces(pieces[0]!.text));
  const sentinelJob =
    jobs.push({
      text: `${head}\n${indent}${SENTINEL}: 0;\n${close}`,
      label: `${labelOf(head)} (head)`,
    }) - 1;
  const memberJobs = pieces.map(
    (p) =>
      jobs.push({
        text: `${head}\n${p.text}\n${close}`,
        label: `${labelOf(head)} ${labelOf(p.text)}`,
      }) - 1,
  );
  return (outputs, keepBlankLines) => {
    const sentinel = outputs[sentinelJob];
    if (sentinel === undefined) return undefined;
    const at = sentinel.indexOf(SENTINEL);
    const lineEnd = sentinel.indexOf('\n', at) + 1;
    if (at < 0 || lineEnd === 0) return undefined;
    const headOut = sentinel.slice(0, sentinel.lastIndexOf('\n', at) + 1);
    const closeOut = sentinel.slice(lineEnd);
    let body = '';
    for (const [i, job] of memberJobs.entries()) {
      const printed = outputs[job];
      if (printed === undefined || !printed.startsWith(headOut) || !printed.endsWith(closeOut))
        return undefined;
      const blank = keepBlankLines && i > 0 && pieces[i]!.blankBefore;
      body += (blank ? '\n' : '') + printed.slice(headOut.length, printed.length - closeOut.length);
    }
    return headOut + body + closeOut;
  };
}

/** Head (leading comments and the line that opens the body), close and members, if it has them. */
function membersOf(
  statement: string,
): { head: string; close: string; pieces: Piece[] } | undefined {
  const lines = statement.split('\n');
  const open = lines.findIndex((l) => !/^\s*(?:\/\*\*|\*|\/\/)/.test(l));
  const close = lines.at(-1)!;
  if (open < 0 || !/^\S.*\{$/.test(lines[open]!) || !/^};?$/.test(close)) return undefined;
  const body = lines.slice(open + 1, -1);
  const first = body.find((l) => l !== '');
  const indent = first === undefined ? 0 : leadingSpaces(first);
  if (indent === 0) return undefined;
  const pieces = grouped(splitPieces(body, isMemberCut(indent)), MEMBERS_PER_GROUP);
  if (pieces.length < 2) return undefined;
  return { head: lines.slice(0, open + 1).join('\n'), close, pieces };
}

type CutTest = (previous: string, line: string) => boolean;

/** Top level: a statement starts at column 0 right after one that ended with `;` or `}`. */
const isTopLevelCut: CutTest = (previous, line) =>
  /^(?:export |\/\*\*)/.test(line) && /^\S/.test(previous) && /[;}]$/.test(previous);

/** In a body: a member starts at the body's indent right after one that ended with `;`. */
function isMemberCut(indent: number): CutTest {
  return (previous, line) =>
    leadingSpaces(line) === indent &&
    !line.startsWith('}', indent) &&
    leadingSpaces(previous) === indent &&
    previous.endsWith(';');
}

/** Cuts `lines` before every line `cut` accepts; blank lines between pieces are remembered, not kept. */
function splitPieces(lines: string[], cut: CutTest): Piece[] {
  const pieces: Piece[] = [];
  let current: string[] = [];
  let blankBefore = false;
  let previous: string | undefined;
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (previous !== undefined && cut(previous, line)) {
      pieces.push({ text: current.join('\n'), blankBefore });
      current = [];
      blankBefore = blanks > 0;
    } else if (current.length > 0) {
      for (let i = 0; i < blanks; i++) current.push('');
    }
    blanks = 0;
    current.push(line);
    previous = line;
  }
  if (current.length > 0) pieces.push({ text: current.join('\n'), blankBefore });
  return pieces;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** The first line that is not a comment, trimmed: what a reader recognises the piece by. */
function labelOf(text: string): string {
  const line = text.split('\n').find((l) => !/^\s*(?:\/\*\*|\*|\/\/)/.test(l)) ?? text;
  return line.trim().slice(0, 80);
}
