/**
 * The compile stage's outputs for a large type-only source (`sdk/src/schema.ts`), built piece by
 * piece (pieces.ts): each piece goes through `compilePackage` itself as a small file named by its
 * content hash, so its results land in the compile stage's own cache and an edit recompiles only the
 * pieces it changed. Declarations are the pieces' declarations joined; the JavaScript of a file
 * that only declares types is the same empty module whatever the types, which each piece must
 * show. A file with imports (declaration emit drops the ones a piece does not use) or any piece
 * that fails those checks is compiled whole by the compile stage as usual.
 */
import { createHash } from 'node:crypto';
import { compilePackage, CompileError, inputHashesOf } from '../emit/compile.js';
import { printInPieces, type PrintJob, type Statement } from './pieces.js';

const PKG = 'incremental-pieces';

/** Whole-file compile results (input hash → output) for `fileName` (relative to `src/`), or `undefined`. */
export async function compileInPieces(
  fileName: string,
  text: string,
  statements: Statement[],
  previous: ReadonlyMap<string, string>,
): Promise<Map<string, string> | undefined> {
  if (/^import\s/m.test(text)) return undefined;
  const empty = compileOne('export type T = 0;\n', previous);
  let pure = true;
  const printAll = async (jobs: PrintJob[]): Promise<Array<string | undefined>> =>
    jobs.map((job) => {
      try {
        const out = compileOne(job.text, previous);
        if (out.js !== empty.js || out.cjs !== empty.cjs) pure = false;
        return out.dts;
      } catch (error) {
        if (error instanceof CompileError) return undefined;
        throw error;
      }
    });
  const printed = await printInPieces(statements, printAll, false);
  if (printed === undefined || !pure) return undefined;
  const dts = printed.text;
  const keys = inputHashesOf(fileName, text);
  return new Map([
    [keys.js, empty.js],
    [keys['d.ts'], dts],
    [keys.cjs, empty.cjs],
  ]);
}

function compileOne(
  text: string,
  previous: ReadonlyMap<string, string>,
): { js: string; dts: string; cjs: string } {
  const name = createHash('sha256').update(text).digest('hex').slice(0, 24);
  const { files } = compilePackage(
    [{ path: `${PKG}/src/${name}.ts`, contents: text, format: 'typescript' }],
    PKG,
    previous,
  );
  const output = (p: string): string => files.find((f) => f.path === p)!.contents as string;
  return {
    js: output(`${PKG}/dist/${name}.js`),
    dts: output(`${PKG}/dist/${name}.d.ts`),
    cjs: output(`${PKG}/dist/cjs/${name}.js`),
  };
}
