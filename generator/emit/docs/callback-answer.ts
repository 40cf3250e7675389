/**
 * What the receiver of a webhook or callback answers, from the IR's declared responses
 * (`CallbackIr.responses`): the HTML pages and the Markdown say it alike.
 */
import type { ApiIr, CallbackIr, ResponseIr } from '../../ir/types.js';
import { pythonModelOf } from '../surface/python-types.js';
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

/**
 * The payload's type in each SDK, as a Markdown sentence: the TypeScript client exports an alias
 * per webhook; the Python SDK has none, only the model of a named body schema.
 */
export function payloadTypesLine(ir: ApiIr, hook: CallbackIr): string {
  const schema = hook.body?.contents[0]?.schema;
  const python = schema && pythonModelOf(ir, schema);
  const ts = `TypeScript type: \`${hook.typeName}\`.`;
  return python
    ? `${ts} Python: the model \`${python}\` (the Python SDK has no webhook payload type of its own).`
    : `${ts} The Python SDK has no type for this payload.`;
}

/** The webhook's own summary (bold) and description, as Markdown. */
export function hookIntro(hook: Pick<CallbackIr, 'summary' | 'description'>): string {
  return [hook.summary && `**${hook.summary}**`, hook.description].filter(Boolean).join('\n\n');
}
