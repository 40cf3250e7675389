/** A change shared by several operations names each call once in the CHANGELOG, not again as "(also in …)". */
import { describe, expect, it } from 'vitest';
import { changelogSection } from '../../generator/diff/changelog.js';
import { diffEdit } from '../diff/harness.js';

describe('CHANGELOG lines of a shared schema change', () => {
  it('list the calls once; the diff output keeps its "(also in …)"', async () => {
    // createPet answers 200 like getPet: both report `response 200.name became optional`.
    const result = await diffEdit(
      (s) => {
        s.components.schemas.Pet.required = ['id'];
      },
      (s) => {
        const create = s.paths['/pets'].post.responses;
        create['200'] = create['201'];
        delete create['201'];
      },
    );
    // A change inside a shared component is one entry naming its other places ("also at …").
    const shared = result.changes.filter((c) => /\(also (in|at) /.test(c.message));
    expect(shared.length).toBeGreaterThan(0);
    for (const c of shared) expect(c.call!.split(', ').length).toBeGreaterThan(1);
    const section = changelogSection('2.0.0', result.changes);
    const lines = section.split('\n').filter((l) => l.startsWith('- '));
    expect(lines.filter((l) => /`, `client\./.test(l)).length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain('(also in');
  });
});
