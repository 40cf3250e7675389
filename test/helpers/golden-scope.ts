/**
 * What a golden holds: the files emitters write from the spec. Output that is the same for every
 * spec lives once and has its own tests in test/golden.test.ts instead of a copy per fixture:
 * - copied templates: a runtime template with a generated-file header line in front;
 * - compiled output: the compile stage's `sdk/dist/` and the docs' browser build of the mock
 *   validator, whose one baseline is the committed build in generated/.
 */
export type OutputKind = 'emitted' | 'copied-template' | 'compiled';

/** Output path → the template (path under templates/) it is a copy of, if that template exists. */
const COPIED_FROM: [RegExp, string][] = [
  [/^sdk\/src\/core\/([^/]+\.ts)$/, 'client/'],
  [/^sdk\/src\/mock\/([^/]+\.ts)$/, 'mock/'],
  [/^python\/[^/]+\/([^/]+\.py)$/, 'python/'],
  [/^docs\/assets\/([^/]+)$/, 'docs/'],
];

const COMPILED: RegExp[] = [/^sdk\/dist\//, /^docs\/assets\/shared-validator\.js$/];

/** The template an output path copies, or undefined when the path is no template's copy. */
export function copiedTemplate(
  file: string,
  templates: ReadonlyMap<string, string>,
): string | undefined {
  for (const [re, dir] of COPIED_FROM) {
    const match = re.exec(file);
    if (match && templates.has(`${dir}${match[1]}`)) return `${dir}${match[1]}`;
  }
  return undefined;
}

export function outputKind(file: string, templates: ReadonlyMap<string, string>): OutputKind {
  if (COMPILED.some((re) => re.test(file))) return 'compiled';
  return copiedTemplate(file, templates) === undefined ? 'emitted' : 'copied-template';
}

/** A copy is one header line naming its template, then the template's text unchanged. */
export function copyBody(contents: string, template: string): string | undefined {
  const newline = contents.indexOf('\n');
  if (newline < 0 || !contents.slice(0, newline).includes(`templates/${template}`))
    return undefined;
  return contents.slice(newline + 1);
}
