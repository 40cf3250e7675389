/**
 * Prettier over a large TypeScript file piece by piece (pieces.ts), each piece through the format
 * stage with the session's cache, so only the pieces an edit changed reach prettier.
 */
import { FormatError, PARSER_BY_FORMAT, formatInputHash, formatStage } from '../format/index.js';
import { printInPieces, type PrintJob, type Statement } from './pieces.js';

/** One text sent to prettier, for the pipeline's work report: a file, or a piece of one. */
export interface FormattedUnit {
  unit: string;
  text: string;
}

/** The formatted file, or `undefined` when it cannot be formatted in pieces (then format it whole). */
export async function formatTypeScriptInPieces(
  path: string,
  statements: Statement[],
  cache: Map<string, string>,
  formattedUnits: FormattedUnit[],
  used: Set<string>,
  failed: Set<string>,
): Promise<{ text: string; statements: Statement[] } | undefined> {
  // One format-stage call per piece: a piece that does not parse fails alone (and is not tried
  // again while the session lasts: the same text fails the same way).
  const printAll = async (jobs: PrintJob[]): Promise<Array<string | undefined>> => {
    const out: Array<string | undefined> = [];
    for (const job of jobs) {
      const key = formatInputHash(PARSER_BY_FORMAT.typescript, job.text);
      used.add(key);
      if (failed.has(key)) {
        out.push(undefined);
        continue;
      }
      if (!cache.has(key)) formattedUnits.push({ unit: `${path} › ${job.label}`, text: job.text });
      try {
        const file = { path, contents: job.text, format: 'typescript' as const };
        const { files } = await formatStage([file], { cache });
        out.push(files[0]!.contents as string);
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        failed.add(key);
        out.push(undefined);
      }
    }
    return out;
  };
  return printInPieces(statements, printAll, true);
}
