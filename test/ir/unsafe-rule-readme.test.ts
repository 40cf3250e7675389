/**
 * Both READMEs say which operations are not retried once sent by the IR's rule (POST, PATCH and
 * paid work default to `unsafe`), not as if only `x-retry: unsafe` operations were counted
 * (review11 minor observation).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNSAFE_RULE_TEXT } from '../../generator/ir/retry-policy.js';

const readme = (pkg: string): string => readFileSync(`generated/${pkg}/README.md`, 'utf8');

describe('README: what counts as not safe to repeat', () => {
  it('names the default rule (POST, PATCH, paid work) in both READMEs', () => {
    expect(UNSAFE_RULE_TEXT).toMatch(/POST.*PATCH.*x-paid.*x-retry: safe/);
    for (const pkg of ['sdk', 'python']) expect(readme(pkg)).toContain(UNSAFE_RULE_TEXT);
    expect(readme('sdk')).toMatch(/\d+ operation\(s\) are not retried once sent \(POSTs/);
    expect(readme('sdk')).not.toContain('are not safe to repeat (`x-retry: unsafe`');
  });
});
