/**
 * Every documented page of the original docs (test/fixtures/documented-pages.json, from the
 * catalog's summary table) is represented by exactly one operation through `x-pages`, with its
 * Chinese title; a page that shares its operation with other pages names its own request example.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

import { childPointer, isObject, listOperations, resolveLocal, type JsonObject } from './support/openapi-walk.js';
import { bundleSpec } from './support/redocly.js';

interface DocumentedPage {
  id: string;
  title: string;
  group: string;
}

interface PageClaim {
  operationId: string;
  title: unknown;
  example: unknown;
  /** How many pages the claiming operation stands for. */
  pagesOnOperation: number;
  /** Named request examples of the operation: request body media types and parameters. */
  requestExamples: string[];
}

const pages = JSON.parse(
  readFileSync(new URL('../fixtures/documented-pages.json', import.meta.url), 'utf8'),
) as DocumentedPage[];

function requestExampleNames(doc: JsonObject, operation: JsonObject, pathItem: JsonObject, pointer: string): string[] {
  const names = new Set<string>();
  const addNamed = (holder: unknown): void => {
    if (isObject(holder) && isObject(holder['examples'])) for (const name of Object.keys(holder['examples'])) names.add(name);
  };
  const body = resolveLocal(doc, operation['requestBody'], childPointer(pointer, 'requestBody')).node;
  if (isObject(body) && isObject(body['content'])) for (const media of Object.values(body['content'])) addNamed(media);
  for (const list of [pathItem['parameters'], operation['parameters']]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) addNamed(resolveLocal(doc, raw, pointer).node);
  }
  return [...names];
}

function claimsByPage(doc: JsonObject): Map<string, PageClaim[]> {
  const claims = new Map<string, PageClaim[]>();
  for (const op of listOperations(doc)) {
    const pageList = op.operation['x-pages'];
    if (!Array.isArray(pageList)) continue;
    const operationId = String(op.operation['operationId'] ?? `${op.method.toUpperCase()} ${op.path}`);
    const requestExamples = requestExampleNames(doc, op.operation, op.pathItem, op.pointer);
    for (const entry of pageList) {
      const id = isObject(entry) ? String(entry['id']) : String(entry);
      const claim: PageClaim = {
        operationId,
        title: isObject(entry) ? entry['title'] : undefined,
        example: isObject(entry) ? entry['example'] : undefined,
        pagesOnOperation: pageList.length,
        requestExamples,
      };
      claims.set(id, [...(claims.get(id) ?? []), claim]);
    }
  }
  return claims;
}

describe('documented pages fixture', () => {
  it('lists the 71 catalog pages E01..E71 once each', () => {
    expect(pages.map((p) => p.id)).toEqual(Array.from({ length: 71 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`));
    for (const page of pages) {
      expect(page.title, page.id).not.toBe('');
      expect(page.group, page.id).not.toBe('');
    }
  });
});

describe('x-pages coverage of spec/openapi.yaml', () => {
  let claims: Map<string, PageClaim[]>;

  beforeAll(async () => {
    claims = claimsByPage(await bundleSpec());
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s maps to exactly one operation', (id, page) => {
    const found = claims.get(id) ?? [];
    expect(found.map((c) => c.operationId), `operations whose x-pages list ${id} (${page.title})`).toHaveLength(1);
    const claim = found[0]!;
    expect(claim.title, `x-pages title of ${id} on ${claim.operationId}`).toBe(page.title);
    if (claim.pagesOnOperation > 1) {
      expect(claim.example, `${id} shares ${claim.operationId} with other pages, so it must name its request example`).toBeTypeOf('string');
      expect(claim.requestExamples, `request examples of ${claim.operationId}`).toContain(claim.example);
    }
  });

  it('no operation claims a page that is not in the catalog', () => {
    const known = new Set(pages.map((p) => p.id));
    expect([...claims.keys()].filter((id) => !known.has(id))).toEqual([]);
  });
});
