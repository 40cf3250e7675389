/** The emitter registry: which target owns which output path, and that each target's emitters load. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { REGISTRY, TARGETS, targetOf } from '../../generator/targets.js';

describe('emitter registry', () => {
  it('gives each output path to one target', () => {
    expect(targetOf('docs/index.html')).toBe('docs');
    expect(targetOf('python/shellapi/client.py')).toBe('python');
    expect(targetOf('sdk/src/mock/routes.ts')).toBe('mock');
    expect(targetOf('sdk/dist/msw/index.js')).toBe('mock');
    expect(targetOf('sdk/dist/cjs/mock/server.js')).toBe('mock');
    // The node10 stub directories and the rest of the package are the client's.
    expect(targetOf('sdk/mock/package.json')).toBe('client');
    expect(targetOf('sdk/src/client.ts')).toBe('client');
    expect(targetOf('sdk/package.json')).toBe('client');
  });

  it('every target owns some of the generated files', async () => {
    const manifest = JSON.parse(
      await readFile(new URL('../../generated/manifest.json', import.meta.url), 'utf8'),
    ) as { files: Record<string, string> };
    const owners = new Set(Object.keys(manifest.files).map(targetOf));
    expect([...owners].sort()).toEqual([...TARGETS].sort());
  });

  it('names the targets in run order, each with emitters that load', async () => {
    expect(TARGETS).toEqual(['client', 'mock', 'docs', 'python']);
    for (const entry of REGISTRY)
      for (const stage of entry.stages) expect(typeof (await stage.load())).toBe('function');
  });
});
