/** A JSON answer that becomes a download changes what both SDKs' calls hand back. */
import { describe, expect, it } from 'vitest';
import type { Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

const report = (s: Spec) =>
  (s.paths['/report'] = {
    get: {
      operationId: 'getReport',
      tags: ['pets'],
      responses: {
        '200': {
          description: 'The report',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { total: { type: 'integer' } } },
            },
          },
        },
      },
    },
  });
const toBinary = (s: Spec) => {
  report(s);
  s.paths['/report'].get.responses['200'].content = {
    'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
  };
};

describe('a response that becomes binary', () => {
  it('says both SDK calls now hand back bytes, and names each SDK’s removed type once', async () => {
    const { changes } = await diffEdit(toBinary, report);
    const result = changes.find((c) => c.code === 'sdk-return-type-changed');
    expect(result?.level).toBe('breaking');
    expect(result?.message).toContain('now resolves to a `Blob` (TypeScript');
    expect(result?.message).toContain('Python now returns `bytes`');
    expect(result?.message).toContain('instead of `{ total?: number; }`');
    expect(result?.pointer).toBe('/paths/~1report/get/responses/200');
    const removed = changes.find((c) => c.code === 'sdk-export-removed');
    expect(removed?.message).toBe(
      'TypeScript type PetsGetReportResponse and Python type types.PetsGetReportResponse no longer exported',
    );
  });

  it('the reverse (a download that becomes JSON) is reported too', async () => {
    const { changes } = await diffEdit(report, toBinary);
    const result = changes.find((c) => c.code === 'sdk-return-type-changed');
    expect(result?.message).toContain('now returns `{ total?: number; }` (it returned `Blob`)');
  });
});
