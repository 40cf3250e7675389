/** JSDoc from the spec (title, description, deprecation), with `*\/` escaped so a description cannot end the comment. */
import type { SchemaIr } from '../../../ir/types.js';

export function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** The comment's lines (empty when the spec says nothing): description (else title), then `@deprecated`. */
export function docLines(schema: Pick<SchemaIr, 'title' | 'description' | 'deprecated'>): string[] {
  const lines: string[] = [];
  const text = (schema.description ?? schema.title)?.trim();
  if (text) lines.push(...escapeComment(text).split('\n'));
  if (schema.deprecated) lines.push('@deprecated');
  return lines;
}

/** A `/** … *\/` block (with `indent` before each line), or '' when there is nothing to say. */
export function docBlock(lines: string[], indent = ''): string {
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}
