/**
 * Prettier over a large TypeScript file piece by piece (pieces.ts), each piece through the format
 * stage with the session's cache, so only the pieces an edit changed reach prettier.
 */
import { FormatError, formatInputHash, formatStage } from '../format/index.js';
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
): Promise<string | undefined> {
  const printAll = async (jobs: PrintJob[]): Promise<string[] | undefined> => {
    const misses = jobs.filter((job) => {
      const key = formatInputHash('typescript', job.text);
      used.add(key);
      return !cache.has(key);
    });
    const files = jobs.map((job, i) => ({
      path: `${path}#${i}`,
      contents: job.text,
      format: 'typescript' as const,
    }));
    try {
      const { files: out } = await formatStage(files, { cache });
      formattedUnits.push(
        ...misses.map((job) => ({ unit: `${path} › ${job.label}`, text: job.text })),
      );
      return out.map((f) => f.contents as string);
    } catch (error) {
      if (error instanceof FormatError) return undefined;
      throw error;
    }
  };
  return printInPieces(statements, printAll, true);
}
