/**
 * A watch session prints openapi-typescript's `paths` / `operations` types again only for the path
 * items an edit changed (generator/incremental/types-memo.ts): the spliced text equals a full
 * print, the printer sees only the changed path items, and anything else is a full print. Both
 * routes: TypeScript's printer's text and prettier's final form (emit/types/final-paths.ts).
 */
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import type { EmitContext } from '../../generator/emit/types.js';
import { typesDocument } from '../../generator/emit/types/document.js';
import { createMemoStore, keepMemo, runMemo } from '../../generator/incremental/memo.js';
import { pathTypesIncrementally, type TypesRoute } from '../../generator/incremental/types-memo.js';
import { pathsInFinalForm } from '../../generator/emit/types/final-paths.js';

type Doc = ReturnType<typeof typesDocument>;

const REPO = path.resolve(import.meta.dirname, '../..');
const CTX: EmitContext = {
  templates: new Map(),
  generator: { name: 't', version: '0' },
  packageName: 'p',
};

let ir: ApiIr;
beforeAll(async () => {
  ir = buildIr(await loadSpec(path.join(REPO, 'spec/openapi.yaml'))).ir;
});

describe.each<TypesRoute>(['text', 'final'])(
  'paths types in a watch session, %s route',
  (route) => {
    async function print(doc: Doc): Promise<string> {
      const nodes = await openapiTS(doc as never, { silent: true, alphabetize: false });
      return route === 'text' ? astToString(nodes) : pathsInFinalForm(nodes)!;
    }

    /** A session of runs over documents: each returns the text and the paths the printer was given. */
    function session(): (
      doc: Doc,
      ends?: 'well' | 'failed',
    ) => Promise<{ text: string | undefined; printed: string[][] }> {
      const store = createMemoStore();
      return async (doc, ends = 'well') => {
        const printed: string[][] = [];
        const memo = runMemo(store, ir, CTX);
        const text = await pathTypesIncrementally(
          memo,
          doc,
          (d) => {
            printed.push(Object.keys(d.paths as object));
            return print(d as Doc);
          },
          route,
        );
        if (ends === 'well') keepMemo(store);
        return { text, printed };
      };
    }

    /** An edit of the paths; the rest stays the IR's own (frozen) objects, as in a session. */
    function edited(edit: (doc: Doc) => void): Doc {
      const base = typesDocument(ir);
      const doc: Doc = { ...base, paths: structuredClone(base.paths)! };
      edit(doc);
      return doc;
    }

    type Item = Record<string, Record<string, unknown>>;
    const item = (doc: Doc, p: string): Item => (doc.paths as Record<string, Item>)[p]!;

    describe('splices', { timeout: 120_000 }, () => {
      it('prints again only the changed path items, and splices them to what a full print makes', async () => {
        const run = session();
        const base = typesDocument(ir);
        const paths = Object.keys(base.paths as object);
        const first = await run(base);
        expect(first.printed).toEqual([paths]);
        expect(first.text).toBe(await print(base));

        const [a, b] = [paths[3]!, paths[paths.length - 2]!];
        const doc = edited((d) => {
          const opA = Object.values(item(d, a))[0]!;
          opA.summary = 'Edited summary, with "quotes"';
          const opB = Object.values(item(d, b))[0]!;
          opB.parameters = [
            ...((opB.parameters as unknown[]) ?? []),
            { name: 'edited_flag', in: 'query', required: false, schema: { type: 'boolean' } },
          ];
        });
        const second = await run(doc);
        expect(second.printed).toEqual([[a, b]]);
        expect(second.text).toBe(await print(doc));
        expect(second.text).toContain('edited_flag');

        // Nothing changed: nothing printed.
        expect((await run(doc)).printed).toEqual([]);
      });

      it('a path added is a full print', async () => {
        const run = session();
        await run(typesDocument(ir));
        const doc = edited((d) => {
          (d.paths as Record<string, unknown>)['/edited/added'] = {
            get: { operationId: 'editedAdded', responses: { '204': { description: 'none' } } },
          };
        });
        const result = await run(doc);
        expect(result.printed).toHaveLength(1);
        expect(result.printed[0]).toContain('/edited/added');
        expect(result.text).toBe(await print(doc));
      });

      it('a failed run leaves nothing to splice into', async () => {
        const run = session();
        const base = typesDocument(ir);
        await run(base, 'failed');
        expect((await run(base)).printed).toHaveLength(1);
      });
    });
  },
);
