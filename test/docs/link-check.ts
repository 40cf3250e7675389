/**
 * Checks every internal link of a generated docs tree: relative href/src targets exist and their
 * fragment names an element id of the target page. Attribute values are always double-quoted in
 * our output, so a small attribute scanner is enough.
 */
import { posix } from 'node:path';

export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescape(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]!);
}

/** Strips `<pre>` / `<code>` / `<script>` bodies so sample text cannot look like markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<pre[\s\S]*?<\/pre>/g, '<pre></pre>');
}

export function idsOf(html: string): string[] {
  return [...markupOnly(html).matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

export function linksOf(html: string): string[] {
  return [...markupOnly(html).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

/** Anchors of a Markdown file: explicit `<a id>` plus GitHub-style heading slugs. */
export function markdownAnchors(md: string): string[] {
  const ids = [...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
  for (const m of md.matchAll(/^#{1,6}\s+(.*)$/gm)) {
    ids.push(
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return ids;
}

export function markdownLinks(md: string): string[] {
  const withoutCode = md.replace(/^(`{3,})[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** `files`: path (relative to the site root, posix) → contents. Returns every broken link and duplicate id. */
export function checkLinks(files: ReadonlyMap<string, string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  for (const [path, body] of files) {
    if (path.endsWith('.html')) {
      const ids = idsOf(body);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) problems.push({ page: path, href: `#${id}`, problem: 'duplicate id' });
        seen.add(id);
      }
      anchors.set(path, seen);
    } else if (path.endsWith('.md')) {
      anchors.set(path, new Set(markdownAnchors(body)));
    }
  }
  for (const [path, body] of files) {
    const links = path.endsWith('.html')
      ? linksOf(body)
      : path.endsWith('.md')
        ? markdownLinks(body)
        : [];
    for (const href of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // external (http:, mailto:)
      if (href.startsWith('//')) {
        problems.push({ page: path, href, problem: 'protocol-relative link (breaks offline use)' });
        continue;
      }
      const [address, fragment] = href.split('#', 2) as [string, string | undefined];
      // A query names a version (`style.css?v=…`); the file is the path before it.
      const target = address.split('?', 1)[0]!;
      const targetPath =
        target === '' ? path : posix.normalize(posix.join(posix.dirname(path), target));
      if (targetPath.startsWith('../') || href.startsWith('/')) {
        problems.push({ page: path, href, problem: 'leaves the site root' });
        continue;
      }
      if (!files.has(targetPath)) {
        problems.push({ page: path, href, problem: `missing file ${targetPath}` });
        continue;
      }
      if (fragment !== undefined && fragment !== '') {
        const ids = anchors.get(targetPath);
        if (ids && !ids.has(decodeURIComponent(fragment)))
          problems.push({ page: path, href, problem: `no anchor #${fragment} in ${targetPath}` });
      }
    }
  }
  return problems;
}
