/**
 * The semver bump a list of changes needs: breaking → major, other surface/wire changes → minor,
 * info only (documentation, an open enum's known values) → patch, not none: the generated packages
 * carry the text (docstrings, READMEs, docs site), and a release that bumped nothing would record
 * nothing, so `check` would report the same edit after every release.
 */
import type { Bump, Change } from './types.js';

export function bumpOf(changes: Pick<Change, 'level'>[]): Bump {
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'non-breaking')) return 'minor';
  return changes.length ? 'patch' : 'none';
}

export const BUMP_ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];
