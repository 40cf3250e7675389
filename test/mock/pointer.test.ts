/** JSON pointers on plain JSON: array tokens that are not indexes must not touch the array. */
import { describe, expect, it } from 'vitest';
import { getAtPointer, setAtPointer } from '../../templates/mock/pointer.js';
import { remove as removeAtPointer } from '../../generator/util/json-pointer.js';
import type { JsonValue } from '../../templates/mock/types.js';

describe('JSON pointers on arrays', () => {
  it('remove with a non-numeric token on an array is a no-op', () => {
    const root: JsonValue = { items: ['a', 'b'] };
    for (const token of ['x', '', '-', '1.5', '-1', '01', '9'])
      expect(removeAtPointer(root, `/items/${token}`)).toEqual({ items: ['a', 'b'] });
    expect(removeAtPointer(root, '/items/1')).toEqual({ items: ['a'] });
  });

  it('get with a non-index token on an array finds nothing', () => {
    const root = { items: ['a', 'b'] };
    expect(getAtPointer(root, '/items/length')).toBeUndefined();
    expect(getAtPointer(root, '/items/')).toBeUndefined();
    expect(getAtPointer(root, '/items/01')).toBeUndefined();
    expect(getAtPointer(root, '/items/1')).toBe('b');
  });

  it('set with a non-index token on an array leaves it alone', () => {
    for (const pointer of ['/items/x', '/items/x/y', '/items/1.5', '/items/01'])
      expect(setAtPointer({ items: ['a', 'b'] }, pointer, 'z')).toEqual({ items: ['a', 'b'] });
    expect(setAtPointer({ items: ['a', 'b'] }, '/items/-', 'c')).toEqual({
      items: ['a', 'b', 'c'],
    });
    expect(setAtPointer({ items: ['a', 'b'] }, '/items/0/k', 'v')).toEqual({
      items: [{ k: 'v' }, 'b'],
    });
  });
});
