/**
 * What the receiver of a webhook or callback answers, from the IR's declared responses
 * (`CallbackIr.responses`): the HTML pages and the Markdown say it alike.
 */
import type { CallbackIr, ResponseIr } from '../../ir/types.js';
import { code, esc, statusText } from './html.js';
import { markdownToHtml } from './markdown-inline.js';
import { topSchemaHtml, type SchemaHtmlContext } from './schema-html.js';

/** The lead sentence: the statuses the spec declares (OpenAPI requires at least one). */
export function answerLead(hook: Pick<CallbackIr, 'responses'>): string {
  const statuses = hook.responses.map((r) => r.status);
  return `Answer with ${statuses.length === 1 ? 'the status' : 'one of the statuses'} the spec declares: ${statuses.join(', ')}.`;
}

/** `200 OK`: a declared status with its reason phrase. */
export function answerStatusLabel(r: ResponseIr): string {
  const text = statusText(r.status);
  return `${r.status}${text ? ` ${text}` : ''}`;
}

/** The HTML "Your answer" section: each declared status, its description, and its body's schema. */
export function answerHtml(hook: CallbackIr, ctx: SchemaHtmlContext, level: 2 | 3 | 4): string {
  const items = hook.responses.map((r) => {
    const bodies = r.contents
      .map((c) => `<p>Body ${code(c.mediaType)}</p>${c.schema ? topSchemaHtml(c.schema, ctx) : ''}`)
      .join('');
    return `<div class="response"><p><strong>${esc(answerStatusLabel(r))}</strong></p>${markdownToHtml(r.description)}${bodies}</div>`;
  });
  return `<h${level}>Your answer</h${level}><p>${esc(answerLead(hook))}</p>${items.join('')}`;
}
