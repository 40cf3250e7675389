/** Prints one ts-morph source-file structure to text (one in-memory project, each file created once, printed once). */
import {
  IndentationText,
  Project,
  QuoteKind,
  type OptionalKind,
  type SourceFileStructure,
} from 'ts-morph';

let project: Project | undefined;

export function printStructure(path: string, structure: OptionalKind<SourceFileStructure>): string {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  const file = project.createSourceFile(`/${path}`, structure, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}
