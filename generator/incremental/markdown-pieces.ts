/**
 * Prettier over a large Markdown file section by section, so a watch run formats only the sections
 * an edit changed (the SDK README lists every operation). Prettier prints a Markdown document as
 * its top-level blocks separated by one blank line, each block by itself; a `##`/`###` heading after
 * a blank line, outside a code fence, starts a new block, and the blocks before it (a list, a
 * table) end there. So the sections, formatted alone and joined with a blank line, are the whole
 * file formatted. Reference-style link definitions would tie sections together: a file with one
 * is formatted whole.
 */
import { formatInputHash, formatStage, PARSER_BY_FORMAT } from '../format/index.js';

const SECTION_HEADING = /^#{2,3} /;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/** The file's sections, or `undefined` when it must be formatted whole. */
export function cutMarkdownSections(text: string): string[] | undefined {
  if (LINK_DEFINITION.test(text)) return undefined;
  const sections: string[][] = [[]];
  let fence: string | undefined;
  let previous = '';
  for (const line of text.split('\n')) {
    const opens = FENCE.exec(line)?.[1];
    if (fence) {
      if (opens && opens[0] === fence[0] && opens.length >= fence.length) fence = undefined;
    } else if (opens) {
      fence = opens;
    } else if (SECTION_HEADING.test(line) && previous.trim() === '') {
      sections.push([]);
    }
    sections.at(-1)!.push(line);
    previous = line;
  }
  const texts = sections.map((lines) => lines.join('\n')).filter((t) => t.trim() !== '');
  return texts.length > 1 ? texts : undefined;
}

/** The sections formatted through the session's cache, joined as prettier joins blocks. */
export async function formatMarkdownSections(
  path: string,
  sections: string[],
  cache: Map<string, string>,
  used: Set<string>,
  onFormat: (section: string) => void,
): Promise<string> {
  const out: string[] = [];
  for (const section of sections) {
    const key = formatInputHash(PARSER_BY_FORMAT.markdown, section);
    used.add(key);
    if (!cache.has(key)) onFormat(section);
    const { files } = await formatStage([{ path, contents: section, format: 'markdown' }], {
      cache,
    });
    out.push(files[0]!.contents as string);
  }
  return out.join('\n');
}
