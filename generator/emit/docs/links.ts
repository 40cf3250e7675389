/**
 * Links between pages are written as markers while HTML is rendered and resolved once the page
 * layout is known (a family too large for one page moves its operations to pages of their own).
 * This lets every section be rendered exactly once.
 */
import { posix } from 'node:path';
import { memoBounded } from '../../util/bounded-cache.js';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Href marker for an operation's section (optionally an anchor inside it). */
export function opHref(operationId: string, anchor?: string): string {
  return `${OPEN}op${CLOSE}${operationId}${CLOSE}${anchor ?? operationId}${OPEN}`;
}

/** Href marker for a named schema's entry on the schema pages. */
export function schemaHref(name: string): string {
  return `${OPEN}schema${CLOSE}${name}${CLOSE}${name}${OPEN}`;
}

/** Href marker for a page (path relative to the docs root) and an optional anchor. */
export function pageHref(page: string, anchor?: string): string {
  return `${OPEN}page${CLOSE}${page}${CLOSE}${anchor ?? ''}${OPEN}`;
}

export interface Layout {
  /** operationId → page path relative to the docs root. */
  opPage: ReadonlyMap<string, string>;
  /** schema name → page path. */
  schemaPage: ReadonlyMap<string, string>;
}

const MARKER = new RegExp(
  `${OPEN}(op|schema|page)${CLOSE}([^${CLOSE}]*)${CLOSE}([^${OPEN}]*)${OPEN}`,
  'g',
);

/**
 * Relative paths already worked out, by the linking page's folder, then the target page: a site's
 * pages sit in a few folders and link the same pages again and again.
 */
const fromFolder = new Map<string, (toPage: string) => string>();

/** The relative path from pages in `fromDir` to any page, remembered. */
function pathsFrom(fromDir: string): (toPage: string) => string {
  let paths = fromFolder.get(fromDir);
  if (!paths) {
    // Bounded like the other caches a watch session keeps: the folder seen first goes first.
    if (fromFolder.size >= 200) fromFolder.delete(fromFolder.keys().next().value!);
    paths = memoBounded((toPage) => posix.relative(fromDir, toPage), 20_000);
    fromFolder.set(fromDir, paths);
  }
  return paths;
}

/** The path of `toPage` relative to the folder of `fromPage` (both relative to one root). */
export function pathFrom(fromPage: string, toPage: string): string {
  return pathsFrom(posix.dirname(fromPage))(toPage);
}

/** Page path relative to the docs root → href from `fromPage`. Same page → fragment only. */
export function relativeHref(fromPage: string, toPage: string, anchor: string): string {
  return hrefFrom(fromPage, pathsFrom(posix.dirname(fromPage)), toPage, anchor);
}

function hrefFrom(
  fromPage: string,
  paths: (toPage: string) => string,
  toPage: string,
  anchor: string,
): string {
  const fragment = anchor ? `#${encodeURIComponent(anchor)}` : '';
  if (toPage === fromPage && fragment) return fragment;
  return `${paths(toPage)}${fragment}`;
}

/** Replaces every marker in `html` by an href valid from `page`. Unknown targets become `#` plus a visible problem list. */
export function resolveLinks(
  html: string,
  page: string,
  layout: Layout,
  unresolved: string[],
): string {
  const paths = pathsFrom(posix.dirname(page));
  return html.replace(MARKER, (_m, kind: string, target: string, anchor: string) => {
    let toPage: string | undefined;
    if (kind === 'op') toPage = layout.opPage.get(target);
    else if (kind === 'schema') toPage = layout.schemaPage.get(target);
    else toPage = target;
    if (toPage === undefined) {
      unresolved.push(`${kind}:${target}`);
      return '#';
    }
    return hrefFrom(page, paths, toPage, anchor);
  });
}

/** Relative prefix from a page to the docs root (`''` or `../`). */
export function rootPrefix(page: string): string {
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth);
}
