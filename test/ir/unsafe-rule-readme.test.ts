/**
 * Both READMEs say which operations are not retried once sent by the IR's rule (POST, PATCH and
 * paid work default to `unsafe`), not as if only `x-retry: unsafe` operations were counted
 * (review11 minor observation).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsafeRuleText } from '../../generator/ir/retry-policy.js';

const readme = (pkg: string): string => readFileSync(`generated/${pkg}/README.md`, 'utf8');

describe('README: what counts as not safe to repeat', () => {
  it('names the default rule (POST, PATCH, paid work) in both READMEs', () => {
    // Our spec starts paid work (x-task, x-paid); a spec without any is not said to (spec-identity).
    const rule = unsafeRuleText([{ paid: true }]);
    expect(rule).toMatch(/POST.*PATCH.*x-paid.*x-retry: safe/);
    expect(unsafeRuleText([{ paid: false }])).not.toMatch(/paid/);
    for (const pkg of ['sdk', 'python']) expect(readme(pkg)).toContain(rule);
    expect(readme('sdk')).toMatch(/\d+ operation\(s\) are not retried once sent \(POSTs/);
    expect(readme('sdk')).not.toContain('are not safe to repeat (`x-retry: unsafe`');
  });
});
