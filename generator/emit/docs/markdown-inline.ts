/**
 * Spec descriptions are CommonMark. This renders the small subset that API descriptions use
 * (paragraphs, lists, fenced code, inline code, emphasis, links) to safe HTML: text is escaped
 * first, and only absolute http(s) links stay links (relative links of the source site would
 * point nowhere in a static copy).
 */
import { esc } from './html.js';
import { memoBounded } from '../../util/bounded-cache.js';

function inline(text: string): string {
  const parts = text.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/);
  let out = '';
  // split() with two capture groups yields [text, ticks, code, text, ticks, code, ...]
  for (let i = 0; i < parts.length; i += 3) {
    out += emphasis(parts[i] ?? '');
    const codeText = parts[i + 2];
    if (codeText !== undefined)
      out += `<code>${esc(codeText.trim() === '' ? codeText : codeText.trim())}</code>`;
  }
  return out;
}

function emphasis(raw: string): string {
  let text = esc(raw);
  text = text.replace(
    /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+&quot;[^)]*&quot;)?\)/g,
    (_m, label: string, url: string) =>
      /^https?:\/\//i.test(url) ? `<a href="${url}" rel="noopener">${label}</a>` : label,
  );
  text = text.replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>');
  text = text.replace(/(^|[^*\w])\*([^*\s][^*\n]*?)\*(?![*\w])/g, '$1<em>$2</em>');
  return text;
}

/**
 * A description in both languages: both are in the page and the stylesheet shows the one of the
 * interface language (html[data-lang]), so switching needs no re-render. English alone when there
 * is no Chinese text; the Chinese alone when there is no English.
 */
export function bilingualHtml(en: string | undefined, zh: string | undefined): string {
  if (!zh) return markdownToHtml(en);
  const zhHtml = `<div class="zh" lang="zh">${markdownToHtml(zh)}</div>`;
  if (!en) return zhHtml;
  return `<div class="bi-desc"><div class="en" lang="en">${markdownToHtml(en)}</div>${zhHtml}</div>`;
}

/**
 * Descriptions already rendered: a schema's property descriptions are shown wherever the schema
 * is (its page, each operation expanding it), 60 % of the calls on openai.yaml repeat one.
 */
const renderedMarkdown = memoBounded(renderMarkdown, 20_000);

/** Block-level rendering: paragraphs, `-`/`*`/`1.` lists, fenced code, headings as strong lines. */
export function markdownToHtml(source: string | undefined): string {
  return source ? renderedMarkdown(source) : '';
}

function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushPara = (): void => {
    if (para.length) out.push(`<p>${inline(para.join(' ').trim())}</p>`);
    para = [];
  };
  const flushList = (): void => {
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`);
    }
    list = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(line);
    if (fence) {
      flushPara();
      flushList();
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      out.push(`<pre class="md-code"><code>${esc(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (line.trim() === '') {
      flushPara();
      flushList();
      continue;
    }
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushPara();
      const ordered = item[2] !== undefined;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[3]!);
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      out.push(`<p><strong>${inline(heading[1]!)}</strong></p>`);
      continue;
    }
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join('\n');
}

/** One line of plain text for places that cannot hold blocks (search index, titles). */
export function plainText(source: string | undefined, max = 200): string {
  if (!source) return '';
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[`*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * For Markdown output: links that only work on the source site (relative, fragment-only) are
 * reduced to their text; absolute http(s) and mailto links stay.
 */
export function keepAbsoluteLinks(source: string): string {
  return source.replace(
    /(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
    (whole, bang: string, label: string, url: string) =>
      /^(https?:|mailto:)/i.test(url) ? whole : bang ? label : label,
  );
}
