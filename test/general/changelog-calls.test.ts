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

  it('name the component, with the count, when it reaches more than three calls', async () => {
    // Four more operations answer a Pet: a change inside Pet reaches six calls.
    const result = await diffEdit(
      (s) => {
        s.components.schemas.Pet.required = ['id'];
      },
      (s) => {
        for (const n of [1, 2, 3, 4])
          s.paths[`/pets/{petId}/copy${n}`] = {
            get: {
              ...structuredClone(s.paths['/pets/{petId}'].get),
              operationId: `getPetCopy${n}`,
            },
          };
      },
    );
    const shared = result.changes.find(
      (c) => c.pointer.startsWith('/components/schemas/Pet') && c.call!.split(', ').length > 3,
    );
    expect(shared).toBeDefined();
    const count = shared!.call!.split(', ').length;
    const lines = changelogSection('2.0.0', result.changes)
      .split('\n')
      .filter((l) => l.startsWith('- `Pet'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      new RegExp(`^- \`Pet(\\.\\w+)?\` \\(affects ${count} calls, e\\.g\\. \`client\\.`),
    );
    for (const line of lines) {
      expect(line).not.toContain('(also ');
      expect(line.match(/`client\./g)!.length).toBe(1);
    }
  });
});
