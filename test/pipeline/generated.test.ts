/** The committed generated/ is what the spec generates: CI fails when someone forgets `npm run generate`. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runPipeline } from '../../generator/pipeline.js';
import { describeCheck } from '../../generator/write/index.js';
import { REPO } from '../helpers/cli.js';

describe('generated/', () => {
  it('is up to date with spec/ (the same comparison as `npm run check`)', async () => {
    const result = await runPipeline({
      spec: path.join(REPO, 'spec/openapi.yaml'),
      out: path.join(REPO, 'generated'),
      mode: 'check',
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.check!.ok, describeCheck(result.check!)).toBe(true);
  });
});
