/**
 * Layout documents printed without prettier's printer where nothing in them needs measuring: the
 * final-form printers of schema.ts (emit/types/final-*.ts) lay out hundreds of thousands of
 * members whose every group either breaks (a type literal over lines, a JSDoc comment) or holds
 * no line at all; prettier's printer would walk each again to find its breaks and measure it.
 * Anything that needs measuring is printed by prettier's printer (`printAt`), at the column
 * where it stands.
 */
import { builders } from 'prettier/doc';
import { printDoc } from './final-form.js';

type Doc = builders.Doc;

const { align } = builders;

/**
 * A member's text as prettier's printer prints it at `column`, on a line of its own in a broken
 * group (a type literal or an interface body), whatever it holds. The spaces before it give the
 * printer its position; the text after it on that line is the member's own separator.
 */
export function printAt(doc: Doc, column: number): string {
  return printDoc([' '.repeat(column), align(column, doc)]).slice(column);
}

/**
 * The same as `printAt` for a document whose layout needs no measuring (whose every group that
 * holds a line breaks: prettier's `propagateBreaks`), or `undefined`: strings, indents and line
 * breaks written out, as prettier's printer writes them (trailing spaces trimmed before a break).
 */
export function printDecided(doc: Doc, column: number): string | undefined {
  const broken = new WeakMap<object, boolean>();
  const isBroken = (group: builders.Group): boolean => {
    let known = broken.get(group);
    if (known === undefined) {
      known = !!group.break || containsBreak(group.contents);
      broken.set(group, known);
    }
    return known;
  };
  const containsBreak = (d: Doc): boolean => {
    if (typeof d === 'string') return false;
    if (Array.isArray(d)) return d.some(containsBreak);
    switch (d.type) {
      case 'break-parent':
        return true;
      case 'group':
        return isBroken(d);
      case 'if-break':
        return containsBreak(d.breakContents) || containsBreak(d.flatContents);
      case 'indent':
      case 'align':
      case 'line-suffix':
      case 'label':
        return containsBreak(d.contents);
      case 'indent-if-break':
        return containsBreak((d as unknown as { contents: Doc }).contents);
      default:
        return false;
    }
  };
  const parts: string[] = [];
  // `breaking`: the enclosing group breaks; in one that does not, nothing may depend on its mode.
  const visit = (d: Doc, indentation: number, breaking: boolean): boolean => {
    if (typeof d === 'string') {
      parts.push(d);
      return true;
    }
    if (Array.isArray(d)) {
      for (const part of d) if (!visit(part, indentation, breaking)) return false;
      return true;
    }
    switch (d.type) {
      case 'indent':
        return visit(d.contents, indentation + 2, breaking);
      case 'align':
        return (
          typeof d.n === 'number' && d.n >= 0 && visit(d.contents, indentation + d.n, breaking)
        );
      case 'group':
        return !d.expandedStates && visit(d.contents, indentation, isBroken(d));
      case 'line':
        if (!breaking || d.literal) return false;
        trimEnd(parts);
        parts.push(`\n${' '.repeat(indentation)}`);
        return true;
      case 'if-break':
        return (
          breaking &&
          (d as { groupId?: symbol }).groupId === undefined &&
          visit(d.breakContents, indentation, breaking)
        );
      case 'break-parent':
        return true;
      default:
        return false;
    }
  };
  return visit(doc, column, true) ? parts.join('') : undefined;
}

/** Drops the spaces and tabs at the end of the text so far (prettier's trim before a line break). */
function trimEnd(parts: string[]): void {
  while (parts.length > 0) {
    const last = parts[parts.length - 1]!;
    let end = last.length;
    while (end > 0 && (last.charCodeAt(end - 1) === 0x20 || last.charCodeAt(end - 1) === 0x09))
      end--;
    if (end > 0) {
      if (end < last.length) parts[parts.length - 1] = last.slice(0, end);
      return;
    }
    parts.pop();
  }
}
