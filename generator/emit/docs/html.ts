/** HTML escaping and tiny builders shared by every docs page module. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/;
const SPECIAL_TEXT = /[&<>]/;

/** Escapes text for element content and double-quoted attributes. */
export function esc(text: string): string {
  // Most texts (names, ids, paths) have nothing to escape: a scan, no replacement pass.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

/** Escapes text for element content only (quotes stay as they are: shorter code blocks). */
export function escText(text: string): string {
  return SPECIAL_TEXT.test(text) ? text.replace(/[&<>]/g, (c) => ESCAPES[c]!) : text;
}

/** A value that is safe inside an `id` attribute and a URL fragment (ids keep their spelling where possible). */
export function anchorId(...parts: string[]): string {
  // One pass, no arrays: most parts (ids, statuses, media types) have nothing to replace.
  let out: string | undefined;
  for (const p of parts) {
    if (p === '') continue;
    const safe = ID_UNSAFE.test(p) ? p.replace(ID_UNSAFE_ALL, '_') : p;
    out = out === undefined ? safe : `${out}-${safe}`;
  }
  return out ?? '';
}
const ID_UNSAFE = /[^A-Za-z0-9_.:-]/;
const ID_UNSAFE_ALL = /[^A-Za-z0-9_.:-]+/g;

/**
 * Lower-case slug for file names (`Fine-tuning` → `fine-tuning`). Letters and digits of any script
 * stay (`価格` → `価格`: readable, and two such tags stay apart, as their client resources do, see
 * `generator/ir/tag-resources.ts`); a name with none gets its code points (`★` → `u2605`).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || codePointStem(text);
}

/** A stand-in file name for a name with no letter or digit: its code points (`★☆` → `u2605-2606`). */
export function codePointStem(text: string): string {
  const points = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0'));
  return points.length > 0 ? `u${points.join('-')}` : 'default';
}

/** `<code>` with escaped text. */
export function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

/** A `<pre>` block with a copy button; `body` is already-escaped (possibly highlighted) HTML. */
/** `codeAttrs`: more attributes of the `<code>` element, as markup (a leading space included). */
export function codeBlock(body: string, lang: string, label = 'Copy', codeAttrs = ''): string {
  return `<div class="code"><button class="copy" type="button" aria-label="Copy ${esc(lang)} to clipboard">${label}</button><pre tabindex="0"><code class="lang-${esc(lang)}"${codeAttrs}>${body}</code></pre></div>`;
}

export interface Tab {
  /** Stable key (used for synced tab groups, e.g. the sample language). */
  key: string;
  label: string;
  /** Id of the panel (anchor target). */
  id: string;
  body: string;
}

/**
 * ARIA tabs, rendered complete: the first tab is selected and the others' panels carry `hidden`.
 * Without JavaScript the CSS shows every panel, so nothing is unreachable.
 */
export function tabs(
  tabList: Tab[],
  opts: { label: string; sync?: string; className?: string },
): string {
  if (tabList.length === 1) {
    const only = tabList[0]!;
    return `<div class="${opts.className ?? 'tabs'}"><div id="${only.id}" class="tabpanel">${only.body}</div></div>`;
  }
  const sync = opts.sync ? ` data-sync="${esc(opts.sync)}"` : '';
  const buttons = tabList
    .map(
      (t, i) =>
        `<button type="button" role="tab" id="${t.id}-tab" aria-controls="${t.id}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}" data-key="${esc(t.key)}">${t.label}</button>`,
    )
    .join('');
  const panels = tabList
    .map(
      (t, i) =>
        `<div role="tabpanel" id="${t.id}" class="tabpanel" aria-labelledby="${t.id}-tab"${i === 0 ? '' : ' hidden'}>${t.body}</div>`,
    )
    .join('\n');
  return `<div class="${opts.className ?? 'tabs'}"><div class="tablist" role="tablist" aria-label="${esc(opts.label)}"${sync}>${buttons}</div>\n${panels}</div>`;
}

const METHOD_CLASSES = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function methodBadge(method: string): string {
  const cls = METHOD_CLASSES.has(method) ? `m-${method}` : 'm-other';
  return `<span class="method ${cls}">${esc(method.toUpperCase())}</span>`;
}

/** Path with `{param}` segments highlighted. */
export function pathHtml(path: string): string {
  return esc(path).replace(/\{([^}]+)\}/g, '<span class="path-param">{$1}</span>');
}

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
  '301': 'Moved Permanently',
  '302': 'Found',
  '304': 'Not Modified',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '402': 'Payment Required',
  '403': 'Forbidden',
  '404': 'Not Found',
  '405': 'Method Not Allowed',
  '409': 'Conflict',
  '413': 'Payload Too Large',
  '415': 'Unsupported Media Type',
  '422': 'Unprocessable Entity',
  '429': 'Too Many Requests',
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '504': 'Gateway Timeout',
};

export function statusText(status: string): string {
  return STATUS_TEXT[status] ?? (status === 'default' ? 'Any other status' : '');
}

/**
 * A title in both languages: English, then Chinese. The stylesheet puts the Chinese first, full
 * size, when the interface language is Chinese (`html[data-lang="zh"]`).
 */
export function biTitle(en: string, zh: string | undefined): string {
  if (!zh) return esc(en);
  return `<span class="bi"><span class="en">${esc(en)}</span> <span class="zh" lang="zh">${esc(zh)}</span></span>`;
}
