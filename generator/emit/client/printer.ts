/**
 * Prints one ts-morph source-file structure to text. `project.createSourceFile(path, structure)`
 * prints the structure and then parses the text into a syntax tree that we only read back as text:
 * the parse is 60 % of the client emitter's time on a 1,000-operation spec. So the structure is
 * printed with the same printer ts-morph uses there (its project context's structure printer,
 * not part of the typed API) and never parsed; a ts-morph without it falls back to the full path.
 */
import {
  IndentationText,
  Project,
  QuoteKind,
  type CodeBlockWriter,
  type JSDocStructure,
  type OptionalKind,
  type SourceFileStructure,
} from 'ts-morph';

interface SourceFilePrinter {
  printText(writer: CodeBlockWriter, structure: OptionalKind<SourceFileStructure>): void;
}
/** What `createSourceFile` uses inside ts-morph (dist/ts-morph.js, `CompilerFactory.createSourceFile`). */
interface ProjectContext {
  structurePrinterFactory?: {
    forSourceFile(options: { isAmbient: boolean }): SourceFilePrinter;
  };
}

let project: Project | undefined;

function theProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    // Nothing is type-checked: TypeScript's lib files (2.4 MB of text) are never read.
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project;
}

let fastFactory: ProjectContext['structurePrinterFactory'];

export function printStructure(path: string, structure: OptionalKind<SourceFileStructure>): string {
  const factory = (fastFactory ??= withFastLookups(
    (theProject() as unknown as { _context?: ProjectContext })._context?.structurePrinterFactory,
  ));
  if (!factory) return printStructureByParsing(path, structure);
  const writer = theProject().createWriter();
  factory.forSourceFile({ isAmbient: path.endsWith('.d.ts') }).printText(writer, structure);
  return writer.toString();
}

/** A level of `withFastLookups`' cache: by the next argument, primitives and objects apart. */
interface LookupNode {
  value?: unknown;
  done?: boolean;
  primitives?: Map<unknown, LookupNode>;
  objects?: Map<string, LookupNode>;
}

function step(node: LookupNode, arg: unknown): LookupNode {
  let next: LookupNode | undefined;
  if (typeof arg === 'object' && arg !== null) {
    const key = JSON.stringify(arg);
    next = (node.objects ??= new Map()).get(key);
    if (next === undefined) node.objects.set(key, (next = {}));
  } else {
    next = (node.primitives ??= new Map()).get(arg);
    if (next === undefined) node.primitives.set(arg, (next = {}));
  }
  return next;
}

/**
 * The structure printer factory's `forX(...args)` methods are memoized by ts-morph (its `Memoize`
 * decorator, a function named `decorator`), which builds a key with `JSON.stringify(args)` on every
 * call: printers ask their factory for other printers all the time, so that was a fifth of the
 * client emitter's time on openai.yaml. Each memoized method gets a cache in front on the factory
 * itself, reached through nested maps of its arguments (objects by their JSON): a miss asks
 * ts-morph's method, so every answer is the instance ts-morph's own memo gives for those arguments.
 * Methods not memoized by ts-morph are left alone.
 */
export function withFastLookups<T extends object | undefined>(factory: T): T {
  if (factory === undefined) return factory;
  const methods = Object.getPrototypeOf(factory) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(methods)) {
    const method = methods[name];
    if (!name.startsWith('for') || typeof method !== 'function' || method.name !== 'decorator')
      continue;
    const root: LookupNode = {};
    Object.defineProperty(factory, name, {
      configurable: true,
      writable: true,
      value(this: object, ...args: unknown[]) {
        let node = step(root, args.length);
        for (const arg of args) node = step(node, arg);
        if (!node.done) {
          node.value = (method as (...a: unknown[]) => unknown).apply(this, args);
          node.done = true;
        }
        return node.value;
      },
    });
  }
  return factory;
}

/** ts-morph's public path: create the file from the structure (printed, then parsed), read its text. */
export function printStructureByParsing(
  path: string,
  structure: OptionalKind<SourceFileStructure>,
): string {
  const file = theProject().createSourceFile(`/${path}`, structure, { overwrite: true });
  const text = file.getFullText();
  theProject().removeSourceFile(file);
  return text;
}

/**
 * The text ts-morph prints inside `/** … *\/` for a JSDoc structure whose description and tag
 * texts are strings: the description, then a line per tag, `@name text` (no space before a text
 * that starts on the next line). Passed as the doc's string, it is printed the same, and ts-morph
 * skips making it again: it writes each tag and then the whole text through temporary writers on
 * every print, and an operation's docs are printed on its function, its method and each overload
 * of both. A structure with writer functions is returned as it is.
 */
export function jsDocText(
  docs: OptionalKind<JSDocStructure>,
): string | OptionalKind<JSDocStructure> {
  let made = madeDocs.get(docs);
  if (made !== undefined) return made;
  const { description, tags = [] } = docs;
  if (
    (description !== undefined && typeof description !== 'string') ||
    tags.some((t) => t.text !== undefined && typeof t.text !== 'string')
  )
    return docs;
  // A writer writes `\r\n` as `\n`.
  const written = (text: string): string => text.replace(/\r\n/g, '\n');
  const lines = description ? [written(description)] : [];
  for (const tag of tags) {
    const text = written((tag.text as string | undefined) ?? '');
    lines.push(`@${tag.tagName}${text.length > 0 && !text.startsWith('\n') ? ' ' : ''}${text}`);
  }
  made = lines.join('\n');
  madeDocs.set(docs, made);
  return made;
}

const madeDocs = new WeakMap<object, string>();
