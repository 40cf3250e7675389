/** The semver bump a list of changes needs: breaking → major, other surface/wire changes → minor, docs only → patch. */
import type { Bump, Change } from './types.js';

export function bumpOf(changes: Pick<Change, 'level'>[]): Bump {
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'non-breaking')) return 'minor';
  return changes.length ? 'patch' : 'none';
}

export const BUMP_ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];
