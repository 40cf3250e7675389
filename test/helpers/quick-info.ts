/** What an editor shows: TypeScript language-service quick info (hover) and completions in a consumer file. */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ConsumerProbe {
  /** Hover text at the first occurrence of `needle` (plus `offset` characters). */
  hover(needle: string, offset?: number): string;
  /** Completion entry names at the first occurrence of `needle` (plus `offset`). */
  completions(needle: string, offset?: number): string[];
}

export function probeConsumer(file: string, options: ts.CompilerOptions): ConsumerProbe {
  const text = readFileSync(file, 'utf8');
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) =>
      ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined,
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const at = (needle: string, offset: number): number => {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`no ${needle} in ${file}`);
    return index + offset;
  };
  return {
    hover(needle, offset = 0) {
      const info = service.getQuickInfoAtPosition(file, at(needle, offset));
      return info ? ts.displayPartsToString(info.displayParts) : '';
    },
    completions(needle, offset = 0) {
      return (
        service
          .getCompletionsAtPosition(file, at(needle, offset), {})
          ?.entries.map((e) => e.name) ?? []
      );
    },
  };
}
