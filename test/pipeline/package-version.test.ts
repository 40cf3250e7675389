/** One package version for every generated package; Python spells it the PEP 440 way. */
import { describe, expect, it } from 'vitest';
import { packageVersion, pep440Version } from '../../generator/emit/surface/package-version.js';
import type { ApiIr } from '../../generator/ir/types.js';

const ir = (version: string) => ({ info: { version } }) as unknown as ApiIr;

describe('packageVersion', () => {
  it('takes the recorded release first, then a semver info.version, else 0.0.0', () => {
    expect(packageVersion(ir('1.0.0'), { releaseVersion: '1.1.0' })).toBe('1.1.0');
    expect(packageVersion(ir('1.0.0'), {})).toBe('1.0.0');
    expect(packageVersion(ir('2024-01-01'), {})).toBe('0.0.0');
  });
});

describe('pep440Version', () => {
  it('keeps plain versions and respells pre-releases', () => {
    expect(pep440Version('1.2.0')).toBe('1.2.0');
    expect(pep440Version('1.2.0-beta.1')).toBe('1.2.0b1');
    expect(pep440Version('1.2.0-alpha')).toBe('1.2.0a0');
    expect(pep440Version('1.2.0-rc.2')).toBe('1.2.0rc2');
    expect(pep440Version('1.2.0-nightly.5.x')).toBe('1.2.0.dev0');
  });
});
