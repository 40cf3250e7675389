/** Shared set-up for the mock tests: IRs of the fixture specs and a real mock server on 127.0.0.1:0. */
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import {
  startMockServer,
  type MockServer,
  type MockServerOptions,
} from '../../templates/mock/server.js';

export const FEATURES = fileURLToPath(
  new URL('../fixtures/specs/features/openapi.yaml', import.meta.url),
);
export const EXTRAS = fileURLToPath(new URL('./fixtures/extras.yaml', import.meta.url));
export const JOB_ID = fileURLToPath(new URL('./fixtures/job-id.yaml', import.meta.url));
export const SHELL = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));

const cache = new Map<string, Promise<ApiIr>>();

export function irOf(spec: string): Promise<ApiIr> {
  let ir = cache.get(spec);
  if (!ir) {
    ir = loadSpec(spec).then((loaded) => {
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new Error(`${spec}: ${errors.map((e) => e.message).join('; ')}`);
      return buildIr(loaded).ir;
    });
    cache.set(spec, ir);
  }
  return ir;
}

export async function startFor(
  spec: string,
  options: Omit<MockServerOptions, 'routes'> = {},
): Promise<MockServer> {
  return startMockServer({
    clock: 'manual',
    ...options,
    routes: createMockRoutes(await irOf(spec)),
  });
}

export const BEARER = { authorization: 'Bearer sk-test' };

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function call(
  base: string,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; json?: unknown; body?: BodyInit } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...BEARER, ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Waits (by turns of the event loop, not by time) until `check` holds. */
export async function until(check: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('condition never held');
}
