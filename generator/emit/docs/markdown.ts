/**
 * Markdown docs for code hosts, split like the HTML site (one file per operation and per schema,
 * never by a count): `markdown/api.md` (overview and index), `<family>.md` (its operations,
 * linked), `operations/<operationId>.md`, `webhooks/<name>.md`, `schemas.md` (index) and `schemas/<name>.md`. GitHub-flavoured: tables, fenced code, `<a id>` anchors that match
 * the HTML site's (operationId).
 */
import type {
  ContentIr,
  NamedSchemaIr,
  ExampleIr,
  OperationIr,
  ParameterIr,
  ResponseIr,
  SchemaIr,
  TaskFamilyIr,
} from '../../ir/types.js';
import { pathFrom } from './links.js';
import { concatJoin } from '../../util/concat.js';
import type { VirtualFile } from '../types.js';
import { generatedHeader } from './header.js';
import { generatedNote, INFERRED_EVENTS_NOTE } from './example-note.js';
import { shownExamples } from '../../ir/examples/index.js';
import * as lifecycle from './lifecycle.js';
import {
  cell,
  detailsCell,
  inlineCode,
  mdLabel,
  schemaMarkdown,
  type MdSchemaContext,
} from './markdown-schema.js';
import { longSummary, opTitle, type DocsModel, type Family } from './model.js';
import { buildSamples, SAMPLE_LANGS, type OperationSamples, type SampleLang } from './samples.js';
import { sampledContents } from './sample-media.js';
import { callbackExample } from './callback-example.js';
import {
  callbackReadHint,
  callbackReading,
  callbackReceivers,
} from '../surface/callback-receivers.js';
import { directionNote, doubtsOf, typeLabel } from './schema-info.js';
import { statusText } from './html.js';
import { keepAbsoluteLinks } from './markdown-inline.js';
import { exampleJson } from './json-html.js';
import type { DocsMemo } from '../../incremental/docs-memo.js';
import { styleLabel } from './param-style.js';
import { operationSecurityMarkdown, schemesMarkdown } from './security.js';
import { webhookPages } from './pages-html.js';
import { answerLead, answerStatusLabel, hookIntro, payloadTypesLine } from './callback-answer.js';
import { restatementNote } from '../../ir/representations.js';

/** The Chinese text of a description, quoted below the English one (`x-description-zh`). */
function chineseQuote(text: string): string {
  return prose(`中文：${text}`)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** Spec prose for Markdown: trimmed, with links that only work on the source site reduced to text. */
function prose(text: string): string {
  return keepAbsoluteLinks(text.trim());
}

/**
 * Written as emitted, not through prettier: the output is already tidy GFM, and prettier's
 * Markdown pass (which also reformats every fenced TypeScript/JSON block) took 7 s on the Shell
 * spec and 15 s on openai.yaml while changing nothing a code host renders.
 */
const MARKDOWN_FORMAT = 'none' as const;

export interface MarkdownOptions {
  packageName: string;
  generator: string;
}

/** Nesting depth up to which named schemas are expanded inside an operation. */
const MD_SCHEMA_DEPTH = 2;
/** Named schemas expanded inline per operation; further ones link to their schema entry. */
const MD_SCHEMA_BUDGET = 25;
/** A schema's Markdown file, relative to the Markdown root. */
function mdSchemaFile(model: DocsModel, name: string): string {
  return `schemas/${model.schemaStem.get(name)!}.md`;
}

/** An operation's Markdown file, relative to the Markdown root. */
function mdOpFile(model: DocsModel, op: OperationIr): string {
  return `operations/${model.opStem.get(op.operationId)!}.md`;
}

/** Link target from one Markdown file to another (both relative to the Markdown root). */
function mdHref(from: string, to: string, anchor = ''): string {
  const rel = pathFrom(from, to);
  return `${rel}${anchor ? `#${anchor}` : ''}`;
}

function fence(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

function familyFile(f: Family): string {
  return `${f.slug}.md`;
}

/** Link to an operation from another operation's file (both under operations/). */
function opLink(model: DocsModel, op: OperationIr, anchor = op.operationId): string {
  return `[${opTitle(op)}](${mdHref(mdOpFile(model, op), mdOpFile(model, op), anchor)})`;
}

/**
 * A space or tab before a line end (`$` of the `m` flag: \n, \r, U+2028, U+2029, or the end).
 * Found by a plain scan; the `m`-flag replace below tries `$` after every space of the text, and
 * most files (all on a Stripe-sized spec, 96 % on openai.yaml) have nothing for it to remove.
 */
const TRAILING_BLANK = /[ \t](?:[\n\r\u2028\u2029]|$)/;

/** Trailing spaces (spec prose has some) and blank-line runs removed: the file is its own formatter. */
export function tidy(text: string): string {
  const trimmed = TRAILING_BLANK.test(text) ? text.replace(/[ \t]+$/gm, '') : text;
  return `${trimmed.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function buildMarkdown(
  model: DocsModel,
  opts: MarkdownOptions,
  memo?: DocsMemo,
): VirtualFile[] {
  const file = (key: string | undefined, path: string, build: () => string): string =>
    memo ? memo.file(key, path, build) : build();
  const header = (module: string): string => generatedHeader('markdown', module, opts.generator);
  const files: VirtualFile[] = [
    {
      path: 'docs/markdown/api.md',
      contents: tidy(header('generator/emit/docs/markdown.ts') + apiMarkdown(model)),
      format: MARKDOWN_FORMAT,
    },
  ];
  files.push({
    path: 'docs/markdown/schemas.md',
    contents: tidy(header('generator/emit/docs/markdown-schema.ts') + schemaIndexMarkdown(model)),
    format: MARKDOWN_FORMAT,
  });
  for (const s of model.ir.schemas) {
    files.push({
      path: `docs/markdown/${mdSchemaFile(model, s.name)}`,
      contents: file(memo?.schema(s.name), `markdown/${s.name}`, () =>
        tidy(header('generator/emit/docs/markdown-schema.ts') + schemaMarkdownFile(model, s)),
      ),
      format: MARKDOWN_FORMAT,
    });
  }
  for (const name of webhookPages(model).keys())
    files.push({
      path: `docs/markdown/${mdWebhookFile(model, name)}`,
      contents: tidy(header('generator/emit/docs/markdown.ts') + webhookMarkdown(model, name)),
      format: MARKDOWN_FORMAT,
    });
  for (const f of model.families) {
    files.push({
      path: `docs/markdown/${familyFile(f)}`,
      contents: tidy(header('generator/emit/docs/markdown.ts') + familyMarkdown(model, f)),
      format: MARKDOWN_FORMAT,
    });
    for (const op of f.operations) {
      files.push({
        path: `docs/markdown/${mdOpFile(model, op)}`,
        contents: file(memo?.operation(op), `markdown/${op.operationId}`, () =>
          tidy(header('generator/emit/docs/markdown.ts') + operationMarkdown(model, f, op, opts)),
        ),
        format: MARKDOWN_FORMAT,
      });
    }
  }
  return files;
}

// ───────────────────────────── api.md ─────────────────────────────

function apiMarkdown(model: DocsModel): string {
  const { ir } = model;
  const out: string[] = [`# ${ir.info.title} (v${ir.info.version})`];
  if (ir.info.summary) out.push(ir.info.summary);
  if (ir.info.description) out.push(prose(ir.info.description));
  if (ir.servers.length) {
    out.push('## Base URL');
    out.push(
      ir.servers
        .map((s) => {
          const vars = Object.entries(s.variables).map(
            ([n, v]) =>
              `  - ${inlineCode(`{${n}}`)}: default ${inlineCode(v.default)}${v.description ? ` — ${prose(v.description)}` : ''}`,
          );
          return [
            `- ${inlineCode(s.url)}${s.description ? ` — ${prose(s.description)}` : ''}`,
            ...vars,
          ].join('\n');
        })
        .join('\n'),
    );
  }
  if (ir.securitySchemes.length) {
    out.push('## Authentication', schemesMarkdown(ir.securitySchemes));
  }
  out.push('## Families');
  const famRows = model.families.map((f) =>
    row([
      `[${cell(f.displayName)}](${familyFile(f)})`,
      ...zhCell(model, f.titleZh),
      String(f.operations.length),
      cell(firstLine(prose(f.description ?? ''))),
    ]),
  );
  out.push(table(['Family', ...zhHead(model), 'Operations', 'About'], famRows));
  if (ir.taskFamilies.length) {
    out.push('## Async tasks');
    out.push(
      'Some operations start paid work and return a task id at once; you poll until the task reaches a final state. Each vendor names its statuses differently; they map onto one lifecycle: `queued` → `running` → `succeeded` | `failed` | `cancelled`.',
    );
    for (const family of ir.taskFamilies) out.push(taskFamilyMarkdown(model, family));
  }
  if (ir.webhooks.length) {
    out.push('## Webhooks', 'Requests the API sends to an endpoint you register.');
    const rows = ir.webhooks.map((h) => {
      const c = h.body?.contents[0];
      const body = c?.schema
        ? cell(
            typeLabel(c.schema, {
              name: (n) => `[${n}](${mdHref('api.md', mdSchemaFile(model, n), n)})`,
              text: (t) => t,
            }),
          )
        : '';
      const page = mdHref('api.md', mdWebhookFile(model, h.name), h.name);
      return `| [${inlineCode(h.name)}](${page}) | ${inlineCode(h.method.toUpperCase())} | ${body} |`;
    });
    out.push(['| Webhook | Method | Body |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  out.push('## Operations');
  const rows: string[] = [];
  for (const f of model.families) {
    for (const op of f.operations) {
      const flags = [
        op.stream ? 'stream' : '',
        op.task ? 'task' : '',
        op.deprecated ? 'deprecated' : '',
      ]
        .filter(Boolean)
        .join(', ');
      rows.push(
        row([
          inlineCode(op.method.toUpperCase()),
          inlineCode(op.path),
          `[${cell(opTitle(op))}](${mdHref('api.md', mdOpFile(model, op), op.operationId)})`,
          ...zhCell(model, op.titleZh),
          cell(f.displayName),
          flags,
        ]),
      );
    }
  }
  out.push(table(['Method', 'Path', 'Operation', ...zhHead(model), 'Family', 'Notes'], rows));
  if (ir.schemas.length) out.push('Named schemas: [schemas.md](schemas.md).');
  return `${out.join('\n\n')}\n`;
}

/** The 中文 column, only for a spec with Chinese titles (`DocsModel.zh`). */
function zhHead(model: DocsModel): string[] {
  return model.zh ? ['中文'] : [];
}

function zhCell(model: DocsModel, text: string | undefined): string[] {
  return model.zh ? [cell(text ?? '')] : [];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: string[], rows: string[]): string {
  return [row(head), row(head.map(() => '---')), ...rows].join('\n');
}

function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0] ?? '';
}

function statesTable(family: TaskFamilyIr): string {
  const rows = lifecycle.CANONICAL_STATES.map(({ state, meaning, terminal }) => {
    const values = lifecycle.vendorValues(family.states[state]).map(inlineCode).join(', ') || '—';
    return `| \`${state}\` | ${cell(values)} | ${meaning}${terminal ? ' Final.' : ''} |`;
  });
  return [
    `| State | Vendor status at ${inlineCode(family.status)} | Meaning |`,
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function taskFamilyMarkdown(model: DocsModel, family: TaskFamilyIr): string {
  const m = lifecycle.familyMembers(family, model.ops);
  const link = (op: OperationIr): string =>
    `[${opTitle(op)}](${mdHref('api.md', mdOpFile(model, op), op.operationId)})`;
  const lines = [`### ${family.title ?? family.name}`];
  if (family.description) lines.push(prose(family.description));
  const facts = [`- Submitted by: ${m.submits.map(link).join(', ') || '—'}`];
  if (m.poll)
    facts.push(
      `- Polled with: ${link(m.poll)}, every ${lifecycle.seconds(family.intervalMs)}, for up to ${lifecycle.seconds(family.timeoutMs)}`,
    );
  if (m.cancel) facts.push(`- Cancelled with: ${link(m.cancel)}`);
  if (m.lists.length) facts.push(`- Listed with: ${m.lists.map(link).join(', ')}`);
  lines.push(facts.join('\n'), statesTable(family));
  return lines.join('\n\n');
}

// ───────────────────────────── family files ─────────────────────────────

function familyMarkdown(model: DocsModel, family: Family): string {
  const out: string[] = [`# ${family.displayName}${family.titleZh ? ` · ${family.titleZh}` : ''}`];
  if (family.description) out.push(prose(family.description));
  if (family.descriptionZh) out.push(chineseQuote(family.descriptionZh));
  out.push('[← Overview](api.md)');
  const rows = family.operations.map((op) =>
    row([
      inlineCode(op.method.toUpperCase()),
      inlineCode(op.path),
      `[${cell(opTitle(op))}](${mdHref(familyFile(family), mdOpFile(model, op), op.operationId)})`,
      ...zhCell(model, op.titleZh),
    ]),
  );
  out.push(table(['Method', 'Path', 'Operation', ...zhHead(model)], rows));
  return `${out.join('\n\n')}\n`;
}

/** The In column: the location, and the style where it is not the location's default. */
function inWithStyle(p: ParameterIr): string {
  const style = styleLabel(p);
  return style ? `${p.in} (${style})` : p.in;
}

function operationMarkdown(
  model: DocsModel,
  family: Family,
  op: OperationIr,
  opts: MarkdownOptions,
): string {
  const ctx: MdSchemaContext = {
    index: model.schemas,
    expanded: new Set(),
    maxDepth: MD_SCHEMA_DEPTH,
    budget: { left: MD_SCHEMA_BUDGET },
    schemaLink: (name) => mdHref(mdOpFile(model, op), mdSchemaFile(model, name), name),
  };
  const out: string[] = [
    `<a id="${op.operationId}"></a>\n\n# ${opTitle(op)}`,
    `[← ${family.displayName}](${mdHref(mdOpFile(model, op), familyFile(family))})`,
  ];
  const line = [
    `**${inlineCode(`${op.method.toUpperCase()} ${op.path}`)}**`,
    inlineCode(op.operationId),
  ];
  if (op.titleZh) line.push(op.titleZh);
  if (op.deprecated) line.push('**deprecated**');
  out.push(line.join(' · '));
  const summary = longSummary(op);
  if (summary) out.push(prose(summary));
  if (op.description) out.push(prose(op.description));
  if (op.descriptionZh) out.push(chineseQuote(op.descriptionZh));
  if (op.pages.length) {
    out.push(
      `Documented pages:\n\n${op.pages
        .map(
          (p) =>
            `- ${p.titleZh}${p.titleEn ? ` — ${p.titleEn}` : ''} (${p.id}${p.example ? `, example ${inlineCode(p.example)}` : ''})`,
        )
        .join('\n')}`,
    );
  }
  const family_ = op.task ? model.taskFamilies.get(op.task.family) : undefined;
  if (family_) out.push(taskMarkdown(model, family, op, family_, opts));
  if (op.taskRole) {
    const f = model.taskFamilies.get(op.taskRole.family);
    if (f) {
      const submits = lifecycle
        .familyMembers(f, model.ops)
        .submits.map((s) => opLink(model, s))
        .join(', ');
      out.push(
        `> **Task ${op.taskRole.role}.** Works on ${lifecycle.taskNoun(f)} tasks started by ${submits || 'its submit operations'}.`,
      );
      if (op.taskRole.role === 'poll') out.push(statesTable(f));
    }
  }
  if (op.stream) out.push(streamMarkdown(model, op, ctx, opts));
  const samples = buildSamples(model.ir, op, { packageName: opts.packageName });
  out.push('### Request samples', ...labelledSamples(samples));
  // A body that may take several media types: the others over HTTP (the SDKs send the first).
  for (const c of sampledContents(op).slice(1)) {
    const other = buildSamples(model.ir, op, {
      packageName: opts.packageName,
      mediaType: c.mediaType,
    });
    out.push(
      `#### As ${c.mediaType}`,
      `The SDKs send the body as \`${other.sdkMediaType ?? ''}\` (above); as \`${c.mediaType}\`, over HTTP:`,
      ...labelledSamples(other, ['curl', 'pythonHttp']),
    );
  }
  out.push('### Authentication', operationSecurityMarkdown(model.ir.securitySchemes, op));
  if (op.parameters.length) {
    const rows = op.parameters.map(
      (p) =>
        `| ${inlineCode(p.name)} | ${inWithStyle(p)} | ${cell(typeLabel(p.schema, mdLabel(ctx)))} | ${p.required ? 'yes' : 'no'} | ${detailsCell(p.schema, ctx, p.description && prose(p.description), p.descriptionZh && prose(p.descriptionZh))} |`,
    );
    out.push(
      '### Parameters',
      [
        '| Name | In | Type | Required | Description |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
  }
  if (op.requestBody) {
    out.push(`### Request body${op.requestBody.required ? ' (required)' : ''}`);
    if (op.requestBody.description) out.push(prose(op.requestBody.description));
    for (const c of op.requestBody.contents) out.push(contentMarkdown(op, c, ctx, true));
  }
  if (op.responses.length) {
    out.push('### Responses');
    for (const r of op.responses) out.push(responseMarkdown(op, r, ctx));
  }
  if (op.callbacks.length) {
    out.push('### Callbacks');
    const receivers = callbackReceivers(model.ir);
    op.callbacks.forEach((cb, i) => {
      const c = cb.body?.contents[0];
      out.push(
        `${inlineCode(cb.name)}: the server sends ${inlineCode(cb.method.toUpperCase())} to ${inlineCode(cb.expression)}.`,
      );
      if (c?.schema) out.push(schemaMarkdown(c.schema, ctx, 'Body'));
      const example = callbackExample(model.ir, op, cb);
      if (example)
        out.push(
          `**Example payload.** ${example.origin}`,
          fence('json', JSON.stringify(example.value, null, 2)),
        );
      const sample = samples.typescriptCallbacks?.[i];
      if (sample) {
        const receiver = receivers.get(cb.source);
        const lead = receiver
          ? `${inlineCode(`${receiver.method}(body)`)} reads the body (text, bytes or parsed JSON) into the snapshot ${inlineCode('waitFor')} yields; a body that is not such a task throws ${inlineCode('CallbackPayloadError')}. The body type is ${inlineCode(cb.typeName)}.`
          : callbackReading(cb) === 'json'
            ? `${inlineCode(`parseCallbackJson<${cb.typeName}>(body)`)} reads the body (text, bytes or parsed JSON); a body that is not JSON throws ${inlineCode('CallbackPayloadError')}.`
            : callbackReadHint(cb, undefined);
        out.push(`**Receiving it with the TypeScript client.** ${lead}`, fence('ts', sample));
      }
    });
  }
  out.push(maintainerMarkdown(op));
  // Concatenated: the file's tidy pass flattens it anyway, a join would copy it once more.
  return concatJoin(out, '\n\n');
}

function taskMarkdown(
  model: DocsModel,
  from: Family,
  op: OperationIr,
  family: TaskFamilyIr,
  opts: MarkdownOptions,
): string {
  const task = op.task!;
  const poll = model.ops.get(task.poll.operationId);
  const m = lifecycle.familyMembers(family, model.ops);
  const steps = [
    `1. This call returns at once; the task id is at ${inlineCode(task.id)} of the response.`,
  ];
  if (poll) {
    steps.push(
      `2. Poll ${opLink(model, poll)} with the id as the ${lifecycle.idInputText(task.poll)}, every ${lifecycle.seconds(family.intervalMs)} (give up after ${lifecycle.seconds(family.timeoutMs)}).`,
    );
  }
  const progress = lifecycle.progressText(family);
  steps.push(
    `${steps.length + 1}. Read the status at ${inlineCode(family.status)}${progress ? ` and the progress at ${progress}` : ''}.`,
  );
  steps.push(
    `${steps.length + 1}. On success read ${family.result.map(inlineCode).join(', ') || 'the poll response'}${family.error ? `; on failure the reason is at ${inlineCode(family.error)}` : ''}.`,
  );
  if (m.cancel) steps.push(`${steps.length + 1}. Cancel with ${opLink(model, m.cancel)}.`);
  const out = [
    `### Async task lifecycle${family.title ? ` · ${family.title}` : ''}`,
    steps.join('\n'),
    statesTable(family),
  ];
  const samples = buildSamples(model.ir, op, { packageName: opts.packageName });
  if (samples.typescriptWait) {
    out.push(
      `With the TypeScript client, ${inlineCode(`${op.names.method}AndWait`)} submits, polls and resolves with the final task:`,
      fence('ts', samples.typescriptWait),
    );
  }
  return out.join('\n\n');
}

function streamMarkdown(
  model: DocsModel,
  op: OperationIr,
  ctx: MdSchemaContext,
  opts: MarkdownOptions,
): string {
  const stream = op.stream!;
  const transcript = lifecycle.streamTranscript(stream);
  const samples = buildSamples(model.ir, op, { packageName: opts.packageName, stream: true });
  const rule = lifecycle.streamFlagRule(op);
  const term =
    stream.terminator !== undefined
      ? ` The stream ends with ${inlineCode(`data: ${stream.terminator}`)}.`
      : '';
  return [
    '### Streaming',
    `${rule === undefined ? 'The' : rule.unless ? `Unless the request has ${rule.lead}${inlineCode(rule.field)}, the` : `Send ${rule.lead}${inlineCode(rule.field)} and the`} ${stream.status} response ${rule && !rule.unless ? 'becomes' : 'is'} ${inlineCode(stream.mediaType)}: one ${inlineCode('data:')} line per event.${term}`,
    fence('text', transcript.text.trimEnd()),
    ...(stream.itemSchemaInferred ? [`_${INFERRED_EVENTS_NOTE}_`] : []),
    schemaMarkdown(stream.itemSchema, ctx, 'Each event'),
    'Reading the stream:',
    ...labelledSamples(samples),
  ].join('\n\n');
}

function labelledSamples(samples: OperationSamples, only?: SampleLang[]): string[] {
  const langs = only ? SAMPLE_LANGS.filter((l) => only.includes(l.key)) : SAMPLE_LANGS;
  return langs.flatMap(({ key, label, code }) => [`**${label}**`, fence(code, samples[key])]);
}

function contentMarkdown(
  op: OperationIr,
  c: ContentIr,
  ctx: MdSchemaContext,
  isRequest: boolean,
): string {
  const out = [`Media type ${inlineCode(c.mediaType)}`];
  if (c.kind === 'event-stream' && op.stream) {
    const when = lifecycle.streamFlagRule(op);
    out.push(
      `An event stream${when === undefined ? '' : `, sent ${when.unless ? 'unless' : 'when'} the request has ${when.lead}${inlineCode(when.field)}`}; see [Streaming](#${op.operationId}) above.`,
    );
    return out.join('\n\n');
  }
  const restated = restatementNote(c, inlineCode);
  if (restated) out.push(restated);
  if (c.schema)
    out.push(
      contentSchemaMarkdown(c.schema, { ...ctx, direction: isRequest ? 'request' : 'response' }),
    );
  const enc = Object.entries(c.encoding).filter(([, e]) => e.contentType);
  if (enc.length)
    out.push(
      `Part content types: ${enc.map(([n, e]) => `${inlineCode(n)} ${inlineCode(e.contentType!)}`).join(', ')}`,
    );
  out.push(...examplesMarkdown(c, ctx, isRequest));
  return out.join('\n\n');
}

/**
 * A named schema with its own file is linked, not expanded again: its table is in that file once,
 * and the Markdown of a large spec would otherwise repeat it in every operation that uses it.
 */
function contentSchemaMarkdown(schema: SchemaIr, ctx: MdSchemaContext): string {
  if (schema.kind === 'ref' && ctx.index.get(schema.name) && ctx.schemaLink(schema.name)) {
    const note = directionNote(schema, ctx.index, ctx.direction);
    return `Schema: ${typeLabel(schema, mdLabel(ctx))} (fields in its own file${note ? `; ${note}` : ''})`;
  }
  return schemaMarkdown(schema, ctx);
}

function examplesMarkdown(c: ContentIr, ctx: MdSchemaContext, isRequest: boolean): string[] {
  const examples: ExampleIr[] = shownExamples(c);
  const generated = c.examples.length === 0;
  const out: string[] = [];
  for (const e of examples) {
    const note = generatedNote(e, generated);
    const title = generated
      ? `Example${note ? ' (generated from the schema)' : ''}`
      : `Example ${inlineCode(e.name)}${e.summary ? ` — ${e.summary}` : ''}${note ? ` (${note})` : ''}`;
    out.push(`${isRequest ? '**Request.** ' : ''}${title}:`);
    if (e.description) out.push(prose(e.description));
    out.push(
      typeof e.value === 'string' && c.kind !== 'json'
        ? fence('text', e.value)
        : fence('json', exampleJson(e.value)),
    );
  }
  return out;
}

// ───────────────────────────── webhooks/<name>.md ─────────────────────────────

/** A root webhook's Markdown page, beside its HTML one (`webhooks/<stem>.md`). */
function mdWebhookFile(model: DocsModel, name: string): string {
  return webhookPages(model)
    .get(name)!
    .replace(/\.html$/, '.md');
}

/** Each request the API sends under a webhook name: its payload, and what the receiver answers. */
function webhookMarkdown(model: DocsModel, name: string): string {
  const from = mdWebhookFile(model, name);
  const ctx: MdSchemaContext = {
    index: model.schemas,
    expanded: new Set(),
    maxDepth: MD_SCHEMA_DEPTH,
    budget: { left: MD_SCHEMA_BUDGET },
    schemaLink: (n) => mdHref(from, mdSchemaFile(model, n), n),
  };
  const out = [
    `<a id="${name}"></a>\n\n# ${inlineCode(name)}`,
    `[← Webhooks](${mdHref(from, 'api.md', 'webhooks')})`,
    'A request the API sends to the endpoint you register.',
  ];
  for (const hook of model.ir.webhooks.filter((h) => h.name === name)) {
    const content = hook.body?.contents[0];
    out.push(`## ${inlineCode(hook.method.toUpperCase())} payload`);
    const intro = hookIntro(hook);
    if (intro) out.push(prose(intro));
    if (hook.body?.description) out.push(prose(hook.body.description));
    out.push(
      content
        ? `Media type ${inlineCode(content.mediaType)}${content.schema ? `\n\n${contentSchemaMarkdown(content.schema, { ...ctx, direction: 'response' })}` : ''}`
        : 'No body.',
      payloadTypesLine(model.ir, hook),
    );
    const example = callbackExample(model.ir, undefined, hook);
    if (example)
      out.push(
        `**Example payload.** ${example.origin}`,
        fence('json', JSON.stringify(example.value, null, 2)),
      );
    out.push('### Your answer', answerLead(hook));
    for (const r of hook.responses) {
      out.push(`#### ${answerStatusLabel(r)}`, prose(r.description));
      for (const c of r.contents)
        out.push(
          `Media type ${inlineCode(c.mediaType)}${c.schema ? `\n\n${contentSchemaMarkdown(c.schema, { ...ctx, direction: 'request' })}` : ''}`,
        );
    }
  }
  return `${out.filter(Boolean).join('\n\n')}\n`;
}

function responseMarkdown(op: OperationIr, r: ResponseIr, ctx: MdSchemaContext): string {
  const text = statusText(r.status);
  const out = [
    `#### ${r.status}${text ? ` ${text}` : ''}${r.isError ? ' (error)' : ''}`,
    prose(r.description),
    ...(r.descriptionZh ? [chineseQuote(r.descriptionZh)] : []),
  ];
  if (r.headers.length) {
    const rows = r.headers.map(
      (h) =>
        `| ${inlineCode(h.name)} | ${cell(typeLabel(h.schema, mdLabel(ctx)))} | ${detailsCell(h.schema, ctx, h.description && prose(h.description))} |`,
    );
    out.push(['| Header | Type | Description |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  for (const c of r.contents) out.push(contentMarkdown(op, c, ctx, false));
  return out.filter(Boolean).join('\n\n');
}

function maintainerMarkdown(op: OperationIr): string {
  const items: string[] = [];
  if (op.provenance) {
    items.push(
      `- Source: ${op.provenance.source} · confidence **${op.provenance.confidence}**${op.provenance.notes ? ` — ${op.provenance.notes}` : ''}`,
    );
  }
  for (const d of op.doubts) items.push(`- Open question: ${d}`);
  items.push(`- Spec node: ${inlineCode(op.source)}`);
  return `<details>\n<summary>For maintainers</summary>\n\n${items.join('\n')}\n\n</details>`;
}

// ───────────────────────────── schemas.md ─────────────────────────────

/** `schemas.md`: every named schema, linked to its own file. */
function schemaIndexMarkdown(model: DocsModel): string {
  const items = model.ir.schemas.map((s) => `- [${s.name}](${mdSchemaFile(model, s.name)})`);
  return `# Schemas\n\n[← Overview](api.md)\n\n${items.join('\n')}\n`;
}

/** One schema's file, linking to the other schemas it uses. */
function schemaMarkdownFile(model: DocsModel, s: NamedSchemaIr): string {
  const file = mdSchemaFile(model, s.name);
  const ctx: MdSchemaContext = {
    index: model.schemas,
    expanded: new Set([s.name]),
    maxDepth: 1,
    budget: { left: 0 },
    schemaLink: (name) => mdHref(file, mdSchemaFile(model, name), name),
  };
  const out = [
    `<a id="${s.name}"></a>\n\n# ${s.name}`,
    `[← Schemas](${mdHref(file, 'schemas.md')})`,
  ];
  if (s.schema.description) out.push(prose(s.schema.description));
  if (s.schema.descriptionZh) out.push(chineseQuote(s.schema.descriptionZh));
  out.push(schemaMarkdown(s.schema, ctx, 'Type'));
  for (const d of doubtsOf(s.schema)) out.push(`> ⚠ Open question: ${d}`);
  return `${out.join('\n\n')}\n`;
}
