/**
 * The SDK sources the own-emit tests compare on: the compile stage's inputs (`sdk/src/**.ts`, the
 * types-only files left out as compile leaves them) of the SDKs for spec/openapi.yaml, the public
 * specs next to the repository (`../shared/specs`) and a few seeded fuzz documents. Generated once
 * per test file; a text several SDKs share (the runtime templates) is listed once.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { REPO } from '../helpers/cli.js';
import { openApiDocument } from '../fuzz/arbitraries.js';
import { cleanupGenerated, generate } from '../emit-client/generate.js';

export interface SdkSource {
  spec: string;
  /** Relative to `src/`, as compile.ts names it. */
  fileName: string;
  text: string;
}

const SHARED_SPECS = path.resolve(REPO, '../shared/specs');
const FUZZ_SEED = 17;
/** Most fuzz documents are damaged on purpose; the first few the loader accepts are used. */
const FUZZ_RUNS = 120;
const FUZZ_SDKS = 8;

export function specFiles(): string[] {
  const shared = existsSync(SHARED_SPECS)
    ? readdirSync(SHARED_SPECS)
        .filter((name) => /\.(ya?ml|json)$/.test(name))
        .sort()
        .map((name) => path.join(SHARED_SPECS, name))
    : [];
  return [path.join(REPO, 'spec/openapi.yaml'), ...shared];
}

/** Every compiled source of every SDK (fuzz documents the loader rejects are skipped). */
export async function sdkSources(): Promise<SdkSource[]> {
  const out: SdkSource[] = [];
  const seen = new Set<string>();
  const add = async (spec: string, label: string) => {
    const { files } = await generate(spec);
    for (const file of files) {
      if (!file.path.startsWith('sdk/src/') || !file.path.endsWith('.ts') || file.typesOnly)
        continue;
      if (typeof file.contents !== 'string' || seen.has(file.contents)) continue;
      seen.add(file.contents);
      out.push({ spec: label, fileName: file.path.slice('sdk/src/'.length), text: file.contents });
    }
  };
  for (const spec of specFiles()) await add(spec, path.basename(spec));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'own-emit-fuzz-'));
  try {
    const documents = fc.sample(openApiDocument, { seed: FUZZ_SEED, numRuns: FUZZ_RUNS });
    let made = 0;
    for (const [i, document] of documents.entries()) {
      if (made === FUZZ_SDKS) break;
      const file = path.join(dir, `fuzz-${i}.json`);
      writeFileSync(file, JSON.stringify(document));
      try {
        await add(file, `fuzz-${i}`);
        made++;
      } catch {
        // A damaged document: the loader's errors, nothing to compile.
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  cleanupGenerated();
  return out;
}
