/** A CHANGELOG.md section for one release, grouped Keep-a-Changelog style, each line naming the SDK call. */
import type { Change, ChangeCategory } from './types.js';

const SECTIONS: [ChangeCategory, string][] = [
  ['breaking', 'Breaking'],
  ['added', 'Added'],
  ['changed', 'Changed'],
  ['deprecated', 'Deprecated'],
  ['fixed', 'Fixed'],
];

export const CHANGELOG_TITLE = '# Changelog';

export function changelogSection(version: string, changes: Change[], note?: string): string {
  const lines = [`## ${version}`, ''];
  if (note) lines.push(note, '');
  for (const [category, title] of SECTIONS) {
    const entries = [...new Set(changes.filter((c) => c.category === category).map(entry))];
    if (entries.length === 0) continue;
    lines.push(`### ${title}`, '', ...entries.map((e) => `- ${e}`), '');
  }
  if (lines.length === 2) lines.push('No API changes.', '');
  return lines.join('\n');
}

function entry(change: Change): string {
  const message = change.ownMessage ?? change.message;
  const call = change.call;
  if (!call) return message;
  // A message that starts with its call (`client.x.y() deprecated`) names it once already.
  if (/^[ :]/.test(message.slice(call.length)) && message.startsWith(call))
    return `\`${call}\`${message.slice(call.length)}`;
  return `${call
    .split(', ')
    .map((c) => `\`${c}\``)
    .join(', ')}: ${message}`;
}

/** Puts the new section first, under the title; an existing file keeps everything else. */
export function prependSection(existing: string | undefined, section: string): string {
  const body = (existing ?? '').replace(/^# Changelog\n+/, '');
  return `${CHANGELOG_TITLE}\n\n${section}${body ? `\n${body}` : ''}`.replace(/\n*$/, '\n');
}
