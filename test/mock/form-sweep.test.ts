/**
 * Form bodies as the SDKs send them, against the mock, on specs we did not write: for each
 * operation of ../shared/specs whose SDK body is multipart/form-data or urlencoded (at most MAX_OPS
 * per spec, spread out), the TypeScript and the Python SDK make the call the docs show (the
 * operation's first example, files as files) and the mock, started once per spec on 127.0.0.1,
 * must accept it (2xx). A urlencoded content an operation offers beside the one the SDKs send
 * (petstore's Pet as a form) is sent as the SDKs' form encoder writes its example. What the mock
 * reads is what the SDKs send, decided once (ir/form-encoding.ts, ir/file-parts.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOperation } from '../../generator/emit/surface/plan.js';
import { styledFields } from '../../generator/ir/form-encoding.js';
import { requestContents } from '../../generator/ir/operations.js';
import type { ApiIr, ContentIr } from '../../generator/ir/types.js';
import { formBodyText } from '../../templates/client/query-styles.js';
import type { QueryStyle } from '../../templates/client/query.js';
import type { MockServer } from '../../templates/mock/server.js';
import { argumentsOf, methodOf, recordingFetch } from '../e2e/client-tree.js';
import { exampleNames, plannedCall, type PlannedCall } from '../e2e/ir-calls.js';
import { REPO, runCli } from '../helpers/cli.js';
import { drive, pythonCall, pythonPlans } from '../python/helpers.js';
import { irOf, startFor } from './helpers.js';

const SHARED = path.resolve(REPO, '../shared/specs');
const SPECS = existsSync(SHARED)
  ? readdirSync(SHARED)
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .sort()
  : [];
const MAX_OPS = 20;
const KEY = 'sk-form-sweep-0123456789';

/** The form operations' calls the docs show: the first example of each, at most MAX_OPS spread out. */
function formCalls(ir: ApiIr): PlannedCall[] {
  return spread(
    ir.operations
      .map((op) => planOperation(ir, op))
      .filter((plan) => plan.body?.kind === 'multipart' || plan.body?.kind === 'urlencoded'),
  ).map((plan) => plannedCall(ir, plan, exampleNames(plan)[0] ?? ''));
}

/** At most MAX_OPS of `list`, spread out. */
const spread = <T>(list: T[]): T[] =>
  list.filter((_, i) => i % Math.ceil(list.length / MAX_OPS) === 0);

/** Urlencoded contents beside the one the SDKs send, with the call (path, query) of the first example. */
function otherForms(ir: ApiIr): { call: PlannedCall; content: ContentIr }[] {
  return spread(
    ir.operations.flatMap((op) => {
      const plan = planOperation(ir, op);
      return requestContents(op)
        .filter((c) => c.kind === 'urlencoded' && c !== plan.body?.content)
        .map((content) => ({ call: plannedCall(ir, plan, exampleNames(plan)[0] ?? ''), content }));
    }),
  );
}

/** The URL of a planned call: its path arguments in the path, its query fields in the query. */
function urlOf(base: string, { op, plan, pathArgs, params }: PlannedCall): string {
  let wire = op.path;
  plan.pathArgs.forEach((arg, i) => {
    wire = wire.replace(`{${arg.param.name}}`, encodeURIComponent(String(pathArgs[i])));
  });
  const query = new URLSearchParams();
  for (const f of plan.fields)
    if (f.in === 'query' && params?.[f.propertyName] !== undefined)
      query.append(f.name, String(params[f.propertyName]));
  const search = query.toString();
  return `${base}${wire}${search ? `?${search}` : ''}`;
}

const specs = await Promise.all(
  SPECS.map(async (name) => {
    const file = path.join(SHARED, name);
    const ir = await irOf(file);
    return { name, file, ir, calls: formCalls(ir), others: otherForms(ir) };
  }),
);

it('the shared specs have form bodies to send', () => {
  expect(specs.flatMap((s) => s.calls).length).toBeGreaterThan(0);
  expect(specs.flatMap((s) => s.others).length).toBeGreaterThan(0);
});

const is2xx = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

for (const { name, file, ir, calls, others } of specs.filter(
  (s) => s.calls.length + s.others.length > 0,
)) {
  describe(`${name}: form bodies from both SDKs`, () => {
    let dir: string;
    let mock: MockServer;
    beforeAll(async () => {
      mock = await startFor(file);
      if (calls.length === 0) return;
      dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-form-sweep-'));
      // The package named as the Python driver imports it (`shellapi`).
      const args = ['generate', '--spec', file, '--out', dir, '--only', 'client,python'];
      const run = runCli([...args, '--package-name', '@shellapi/sdk']);
      if (run.status !== 0) throw new Error(`generate failed (${run.status}):\n${run.stderr}`);
    }, 180_000);
    afterAll(async () => {
      await mock?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it.skipIf(calls.length === 0)('the TypeScript SDK: every call is accepted', async () => {
      const sdk = await import(pathToFileURL(path.join(dir, 'sdk/dist/index.js')).href);
      const recorder = recordingFetch();
      const Client = sdk[ir.clientClassName];
      const client = new Client({ apiKey: KEY, baseUrl: mock.url, maxRetries: 0, ...recorder });
      const refused: string[] = [];
      for (const [i, call] of calls.entries()) {
        const { op } = call;
        const before = recorder.exchanges.length;
        try {
          const method = methodOf(client, op.names.resource, op.names.method);
          const result: unknown = await method(...argumentsOf(call, i % 2 ? 'bytes' : 'blob', {}));
          // A stream is read to its end, so the mock's answer is done.
          if (result && typeof result === 'object' && Symbol.asyncIterator in result)
            for await (const _ of result as AsyncIterable<unknown>);
        } catch (error) {
          refused.push(`${op.operationId}: ${(error as Error).message}`);
          continue;
        }
        const status = recorder.exchanges[before]?.status;
        if (!is2xx(status)) refused.push(`${op.operationId}: answered ${status}`);
      }
      expect(refused).toEqual([]);
    });

    it.skipIf(calls.length === 0)(
      'the Python SDK: every call is accepted',
      async () => {
        const py = pythonPlans(ir);
        const commands = calls.map((call) =>
          pythonCall(call.op.operationId, py.get(call.op.operationId)!, call),
        );
        const sdk = {
          pythonPath: path.join(dir, 'python'),
          clientClass: ir.clientClassName,
          errorClass: ir.errorClassName,
        };
        const results = await drive(mock.url, KEY, commands, sdk);
        const refused: string[] = [];
        for (const { id } of commands) {
          const r = results.get(id)!;
          const status = r.exchanges[0]?.status;
          if (!is2xx(status))
            refused.push(`${id}: ${status ?? 'not sent'} ${r.error?.message ?? ''}`);
        }
        expect(refused).toEqual([]);
      },
      120_000,
    );

    it.skipIf(others.length === 0)(
      'other urlencoded contents, as the SDKs write forms',
      async () => {
        const refused: string[] = [];
        for (const { call, content } of others) {
          const value = content.examples[0]?.value ?? content.example?.value ?? {};
          const styles = Object.fromEntries(styledFields(content.encoding));
          const res = await fetch(urlOf(mock.url, call), {
            method: call.op.method.toUpperCase(),
            // Whichever scheme the operation asks for.
            headers: {
              authorization: `Bearer ${KEY}`,
              api_key: KEY,
              'content-type': content.mediaType,
            },
            body: formBodyText(
              value as Record<string, unknown>,
              styles as Record<string, QueryStyle>,
            ),
          });
          if (!is2xx(res.status))
            refused.push(`${call.op.operationId}: ${res.status} ${await res.text()}`);
        }
        expect(refused).toEqual([]);
      },
    );
  });
}
