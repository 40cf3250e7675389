/**
 * The TypeScript and Python READMEs open with the same operation (surface/quick-start.ts decides
 * it once; each prints the call in its language with the IR's example values): for our spec and
 * for a spec we did not write.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { methodPath } from '../../generator/emit/surface/python-plan.js';
import { pythonCallPlans } from '../../generator/emit/surface/python-plans.js';
import { SHELL } from '../mock/helpers.js';
import { SHARED } from '../format/real-specs.js';
import { specOutputs } from '../helpers/spec-outputs.js';
import { runPythonAsync } from '../python/helpers.js';

/** A spec whose one operation answers no body: the Python quick start calls it without `answer =`. */
const NO_ANSWER = `openapi: 3.1.0
info: {title: Bins, version: 1.0.0}
servers: [{url: 'https://api.example.com'}]
paths:
  /bins/{binId}:
    delete:
      operationId: deleteBin
      parameters:
        - {name: binId, in: path, required: true, schema: {type: string}, example: bin_1}
      responses:
        '204': {description: Deleted.}
`;

/** The READMEs' text (generated in memory: nothing is written) and the IR they come from. */
async function readmes(spec: string): Promise<{ ir: ApiIr; ts: string; py: string }> {
  const result = await runPipeline({
    spec,
    out: path.join(os.tmpdir(), 'shellapi-quick-start-never-written'),
    only: ['client', 'python'],
    mode: 'none',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const text = (rel: string): string => {
    const file = result.files!.find((f) => f.path === rel);
    if (!file) throw new Error(`no ${rel} among ${result.files!.length} files`);
    return String(file.contents);
  };
  return { ir: result.ir!, ts: text('sdk/README.md'), py: text('python/README.md') };
}

/** The operation whose method the first `client.<path>(` call in `code` names, by `pathOf`. */
function calledOperation(
  ir: ApiIr,
  code: string,
  pathOf: (op: OperationIr) => string,
): OperationIr | undefined {
  const called = /\bclient\.([\w.]+)\(/.exec(code)?.[1];
  expect(called).toBeDefined();
  const ops = ir.operations.filter((op) => pathOf(op) === called);
  expect(ops.length).toBeLessThanOrEqual(1);
  return ops[0];
}

/** The two quick starts' operations: the TypeScript README's `## Quick start`, the Python README's first block. */
function quickStarts(ir: ApiIr, ts: string, py: string): [string?, string?] {
  const tsQuick = /^## Quick start\n\n```ts\n([\s\S]*?)^```/m.exec(ts)?.[1] ?? '';
  const pyQuick = /^```python\n([\s\S]*?)^```/m.exec(py)?.[1] ?? '';
  const plans = pythonCallPlans(ir);
  const tsOp = calledOperation(ir, tsQuick, (op) =>
    [...op.names.resource, op.names.method].join('.'),
  );
  const pyOp = calledOperation(ir, pyQuick, (op) => methodPath(plans.get(op.operationId)!));
  return [tsOp?.operationId, pyOp?.operationId];
}

describe('the READMEs’ quick starts', () => {
  it.each([
    ['our spec', SHELL],
    ['petstore', path.join(SHARED, 'petstore.yaml')],
  ])(
    'call the same operation (%s)',
    async (_name, spec) => {
      const { ir, ts, py } = await readmes(spec);
      const [tsOp, pyOp] = quickStarts(ir, ts, py);
      expect(tsOp).toBeDefined();
      expect(pyOp).toBe(tsOp);
    },
    120_000,
  );

  it('show an operation that answers no body, and the Python quick start runs against the mock', async () => {
    const outputs = await specOutputs(NO_ANSWER, { name: 'shellapi-quick-start', mock: true });
    try {
      const ts = await outputs.read('sdk/README.md');
      const py = await outputs.read('python/README.md');
      const ir = (
        await runPipeline({ spec: outputs.spec, out: outputs.out, mode: 'none', stopAfter: 'ir' })
      ).ir!;
      expect(quickStarts(ir, ts, py)).toEqual(['deleteBin', 'deleteBin']);
      const quick = /^```python\n([\s\S]*?)^```/m.exec(py)![1]!;
      // Nothing to print: the call stands alone (no `answer = … None`).
      expect(quick).toMatch(/^client\.default\.delete_bin\(/m);
      const run = await runPythonAsync(['-c', `${quick}\nprint("done")`], {
        cwd: outputs.dir,
        env: {
          PYTHONPATH: path.join(outputs.out, 'python'),
          BINS_API_KEY: 'k',
          BINS_BASE_URL: outputs.mock.url,
        },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('done');
    } finally {
      await outputs.close();
    }
  }, 180_000);
});
