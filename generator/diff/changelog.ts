/** A CHANGELOG.md section for one release, grouped Keep-a-Changelog style, each line naming the SDK call. */
import type { Change, ChangeCategory } from './types.js';

const SECTIONS: [ChangeCategory, string][] = [
  ['breaking', 'Breaking'],
  ['added', 'Added'],
  ['changed', 'Changed'],
  ['deprecated', 'Deprecated'],
  // Last: what a reader upgrading for behaviour can skip.
  ['documentation', 'Documentation'],
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

/** More calls than this reaching one component's change: the line names the component instead. */
const MAX_LISTED_CALLS = 3;

function entry(change: Change): string {
  const message = change.ownMessage ?? change.message;
  const call = change.call;
  if (!call) return message;
  const calls = call.split(', ');
  const type = componentName(change.pointer);
  if (type && calls.length > MAX_LISTED_CALLS) {
    // The first call's wording (`response 400`) stands for all; the other places are the count.
    const also = message.lastIndexOf(' (also ');
    const own = also > 0 ? message.slice(0, also) : message;
    return `\`${type}\` (affects ${calls.length} calls, e.g. \`${calls[0]}\`): ${own}`;
  }
  // A message that starts with its call (`client.x.y() deprecated`) names it once already.
  if (/^[ :]/.test(message.slice(call.length)) && message.startsWith(call))
    return `\`${call}\`${message.slice(call.length)}`;
  return `${call
    .split(', ')
    .map((c) => `\`${c}\``)
    .join(', ')}: ${message}`;
}

/** `/components/schemas/Error/properties/error` → `Error.error`; undefined outside components. */
function componentName(pointer: string): string | undefined {
  const m = /^\/components\/schemas\/([^/]+)(.*)$/.exec(pointer);
  if (!m) return undefined;
  const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');
  const steps = m[2]!.split('/').slice(1).map(unescape);
  let name = unescape(m[1]!);
  for (let i = 0; i < steps.length; i++) {
    if (steps[i] === 'properties' && steps[i + 1] !== undefined) name += `.${steps[++i]}`;
    else if (steps[i] === 'items') name += '[]';
  }
  return name;
}

/** Puts the new section first, under the title; an existing file keeps everything else. */
export function prependSection(existing: string | undefined, section: string): string {
  const body = (existing ?? '').replace(/^# Changelog\n+/, '');
  return `${CHANGELOG_TITLE}\n\n${section}${body ? `\n${body}` : ''}`.replace(/\n*$/, '\n');
}
