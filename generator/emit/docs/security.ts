/**
 * The docs' authentication blocks — the index's list of security schemes (OAuth2 flows with their
 * URLs and scopes) and each operation's accepted schemes with the scopes it needs — in HTML and
 * Markdown. The words come from ir/security-schemes.ts; this module only escapes them.
 */
import type { OperationIr, SecuritySchemeIr } from '../../ir/types.js';
import {
  flowWords,
  requiredSchemeWords,
  schemeWords,
  securityAlternatives,
  type Words,
} from '../../ir/security-schemes.js';
import { code, esc } from './html.js';
import { keepAbsoluteLinks, markdownToHtml } from './markdown-inline.js';
import { inlineCode } from './markdown-schema.js';

const html = (w: Words): string =>
  w.map((p) => (typeof p === 'string' ? esc(p) : code(p.code))).join('');
const md = (w: Words): string =>
  w.map((p) => (typeof p === 'string' ? p : inlineCode(p.code))).join('');

/** Spec prose on one list line: Markdown as written, HTML rendered without its paragraph. */
const oneLine = (text: string): string => text.trim().replace(/\s*\n\s*/g, ' ');
const proseMd = (text: string): string => keepAbsoluteLinks(oneLine(text));
const proseHtml = (text: string): string =>
  markdownToHtml(oneLine(text)).replace(/^<p>|<\/p>$/g, '');

/** The nested lines under a scheme: each OAuth2 flow and its scopes, or the OpenID Connect URL. */
function detail(
  s: SecuritySchemeIr,
): { line: Words; scopes: { name: string; description: string }[] }[] {
  if (s.openIdConnectUrl)
    return [{ line: ['OpenID Connect discovery URL ', { code: s.openIdConnectUrl }], scopes: [] }];
  return (s.flows ?? []).map((f) => ({ line: flowWords(f), scopes: f.scopes }));
}

export function schemesMarkdown(schemes: readonly SecuritySchemeIr[]): string {
  return schemes
    .map((s) => {
      const lines = [
        `- ${inlineCode(s.name)} (${md(schemeWords(s))})${s.description ? `: ${proseMd(s.description)}` : ''}`,
      ];
      for (const d of detail(s)) {
        lines.push(`  - ${md(d.line)}${d.scopes.length ? '; scopes:' : ''}`);
        for (const scope of d.scopes)
          lines.push(
            `    - ${inlineCode(scope.name)}${scope.description ? `: ${proseMd(scope.description)}` : ''}`,
          );
      }
      return lines.join('\n');
    })
    .join('\n');
}

export function schemesHtml(schemes: readonly SecuritySchemeIr[]): string {
  const items = schemes.map((s) => {
    const nested = detail(s).map((d) => {
      const scopes = d.scopes.length
        ? `; scopes:<ul>${d.scopes.map((x) => `<li>${code(x.name)}${x.description ? `: ${proseHtml(x.description)}` : ''}</li>`).join('')}</ul>`
        : '';
      return `<li>${html(d.line)}${scopes}</li>`;
    });
    return `<li>${code(s.name)} (${html(schemeWords(s))})${s.description ? `: ${proseHtml(s.description)}` : ''}${nested.length ? `<ul>${nested.join('')}</ul>` : ''}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** An operation's accepted schemes: one line per alternative, schemes that must all be sent joined by "and". */
export function operationSecurityMarkdown(
  schemes: readonly SecuritySchemeIr[],
  op: OperationIr,
): string {
  if (op.security.length === 0) return 'None.';
  return securityAlternatives(schemes, op)
    .map((alt) =>
      alt.length === 0
        ? '- None (optional).'
        : `- ${alt.map((r) => md(requiredSchemeWords(r))).join(' and ')}`,
    )
    .join('\n');
}

export function operationSecurityHtml(
  schemes: readonly SecuritySchemeIr[],
  op: OperationIr,
): string {
  if (op.security.length === 0) return '<p>None.</p>';
  const alternatives = securityAlternatives(schemes, op).map((alt) =>
    alt.length === 0
      ? 'None (optional).'
      : alt.map((r) => html(requiredSchemeWords(r))).join(' and '),
  );
  return alternatives.length > 1
    ? `<ul>${alternatives.map((a) => `<li>${a}</li>`).join('')}</ul>`
    : `<p>${alternatives[0]}</p>`;
}
