/** `diff` output: text for terminals, markdown for PR comments, JSON (`{bump, changes}`) for tools. */
import type { Change, DiffResult } from './types.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

export function renderDiff(result: DiffResult, format: DiffFormat): string {
  if (format === 'json') {
    const changes = result.changes.map(
      ({ level, code, operation, pointer, message, location }) => ({
        level,
        code,
        operation,
        pointer,
        message,
        location,
      }),
    );
    return JSON.stringify({ bump: result.bump, changes }, null, 2);
  }
  return format === 'markdown' ? markdown(result) : text(result);
}

function counts(changes: Change[]): string {
  const n = (level: Change['level']) => changes.filter((c) => c.level === level).length;
  return `${n('breaking')} breaking, ${n('non-breaking')} non-breaking, ${n('info')} info`;
}

/** One line per change, grouped by level: what `check` prints first, too. */
export function text(result: DiffResult): string {
  if (result.changes.length === 0) return 'API: no changes (bump: none)';
  const lines = [`API: ${counts(result.changes)} (bump: ${result.bump})`];
  for (const c of result.changes) {
    const who = c.operation ? ` ${c.operation}` : '';
    lines.push(`  ${c.level.padEnd(12)} ${c.code}${who}: ${c.message}`);
    lines.push(`               at ${c.location}${c.pointer ? ` ${c.pointer}` : ''}`);
  }
  return lines.join('\n');
}

function markdown(result: DiffResult): string {
  const lines = [`## API changes: bump ${result.bump}`, '', counts(result.changes), ''];
  if (result.changes.length === 0) return lines.join('\n');
  lines.push('| Level | Code | Operation | Change | Location |', '| --- | --- | --- | --- | --- |');
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const c of result.changes) {
    lines.push(
      `| ${c.level} | \`${c.code}\` | ${cell(c.operation ? `\`${c.operation}\`` : '')} | ${cell(c.message)} | \`${cell(c.location)}\` |`,
    );
  }
  return lines.join('\n');
}
