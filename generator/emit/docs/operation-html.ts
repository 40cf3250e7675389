/** One operation's section: endpoint, pages, lifecycle or stream, samples, inputs, responses, maintainer notes. */
import { concatJoin } from '../../util/concat.js';
import type {
  ContentIr,
  ExampleIr,
  Json,
  OperationIr,
  ParameterIr,
  RequestBodyIr,
  ResponseIr,
  TaskFamilyIr,
} from '../../ir/types.js';
import {
  anchorId,
  biTitle,
  code,
  codeBlock,
  esc,
  escText,
  methodBadge,
  pathHtml,
  statusText,
  tabs,
  type Tab,
} from './html.js';
import { exampleJson, highlightJson, highlightJsonText } from './json-html.js';
import {
  CANONICAL_STATES,
  familyMembers,
  taskNoun,
  idInputText,
  progressText,
  seconds,
  streamFlagRule,
  streamTranscript,
  vendorValues,
} from './lifecycle.js';
import { opHref } from './links.js';
import { bilingualHtml, markdownToHtml } from './markdown-inline.js';
import { longSummary, opTitle, type DocsModel } from './model.js';
import { sampledContents } from './sample-media.js';
import { unsafeReason } from '../../ir/retry-policy.js';
import { answerHtml } from './callback-answer.js';
import {
  buildSamples,
  SAMPLE_LANGS,
  type OperationSamples,
  type SampleOptions,
} from './samples.js';
import { sampleTemplates, templateHtml } from './sample-slots.js';
import {
  doubtMarks,
  factsHtml,
  HTML_LABEL,
  topSchemaHtml,
  type SchemaHtmlContext,
} from './schema-html.js';
import { doubtsOf, descriptionTextsOf, typeLabel } from './schema-info.js';
import { generatedNote, INFERRED_EVENTS_NOTE } from './example-note.js';
import { shownExamples } from '../../ir/examples/index.js';
import { callbackExample } from './callback-example.js';
import { consoleOperationPath } from './console-assets.js';
import {
  callbackReadHint,
  callbackReading,
  callbackReceivers,
} from '../surface/callback-receivers.js';
import {
  bodyExampleId,
  pageAnchor,
  parameterExampleId,
  responseExampleId,
} from './example-anchors.js';
import { styleLabel } from './param-style.js';
import { restatementNote } from '../../ir/representations.js';
import { operationSecurityHtml } from './security.js';

export interface OperationHtmlEnv {
  model: DocsModel;
  packageName: string;
}

/** Inline markup (backticks only) for short generated sentences. */
function md(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A one-line text in both languages (the stylesheet shows the interface language's). */
function inlineBilingual(en: string, zh: string | undefined): string {
  if (!zh) return md(en);
  const zhHtml = `<span class="zh" lang="zh">${md(zh)}</span>`;
  return en
    ? `<span class="bi-desc"><span class="en" lang="en">${md(en)}</span>${zhHtml}</span>`
    : zhHtml;
}

function opLink(op: OperationIr): string {
  return `<a href="${opHref(op.operationId)}">${esc(opTitle(op))}</a> (${code(op.operationId)})`;
}

export function operationHtml(op: OperationIr, env: OperationHtmlEnv, level: 1 | 2 = 2): string {
  const ctx: SchemaHtmlContext = {
    index: env.model.schemas,
    idPrefix: op.operationId,
    counter: { n: 0 },
    shownExamples: new Map(),
  };
  const family = op.task ? env.model.taskFamilies.get(op.task.family) : undefined;
  const samples = buildSamples(env.model.ir, op, { packageName: env.packageName });
  const parts = [
    headHtml(op, level),
    markdownToHtml(longSummary(op)),
    bilingualHtml(op.description, op.descriptionZh),
    pagesHtml(op),
    family ? taskHtml(op, family, env, samples) : '',
    op.taskRole ? taskRoleHtml(op, env) : '',
    op.stream ? streamHtml(op, env, ctx) : '',
    samplesHtml(op, samples, 'samples', env, {}),
    consoleHook(op, env),
    securityHtml(op, env),
    parametersHtml(op, ctx),
    op.requestBody ? requestBodyHtml(op, op.requestBody, ctx) : '',
    responsesHtml(op, ctx),
    callbacksHtml(op, ctx, env.model, samples),
    maintainerHtml(op),
  ];
  return `<section class="op" id="${esc(op.operationId)}" aria-labelledby="${esc(anchorId(op.operationId, 'title'))}">\n${concatJoin(parts.filter(Boolean), '\n')}\n</section>`;
}

function headHtml(op: OperationIr, level: 1 | 2): string {
  const h = `h${level}`;
  const title = `<${h} id="${esc(anchorId(op.operationId, 'title'))}">${biTitle(opTitle(op), op.titleZh)}<a class="anchor" href="#${esc(op.operationId)}" aria-label="Link to this operation">#</a></${h}>`;
  const endpoint = `<div class="endpoint">${methodBadge(op.method)}<code class="path">${pathHtml(op.path)}</code><code class="op-id" title="operationId">${esc(op.operationId)}</code></div>`;
  const badges: string[] = [];
  if (op.deprecated) badges.push('<span class="badge deprecated">deprecated</span>');
  if (op.stream) badges.push('<span class="badge stream">streams (SSE)</span>');
  if (op.task) badges.push(`<span class="badge task">async task · ${esc(op.task.family)}</span>`);
  if (op.taskRole)
    badges.push(
      `<span class="badge task">${esc(op.taskRole.role)} · ${esc(op.taskRole.family)} tasks</span>`,
    );
  badges.push(
    op.retry === 'safe'
      ? '<span class="badge" title="The client may re-send it after a network error">retry-safe</span>'
      : `<span class="badge warn" title="The client re-sends it only when it surely never reached the server (${unsafeReason(op)})">not retried once sent</span>`,
  );
  return `<header class="op-head">${title}${endpoint}<div class="op-badges">${badges.join('')}</div></header>`;
}

function pagesHtml(op: OperationIr): string {
  if (op.pages.length === 0) return '';
  const items = op.pages.map((page) => {
    const href = `#${pageAnchor(op, page)}`;
    const en = page.titleEn ? ` — ${esc(page.titleEn)}` : '';
    const ex = page.example ? ` · example ${code(page.example)}` : '';
    return `<li><a href="${esc(href)}" lang="zh">${esc(page.titleZh)}</a>${en}${ex} <span class="id">${esc(page.id)}</span></li>`;
  });
  return `<div class="op-pages"><h3 data-i18n="h.pages">Documented pages</h3><ul>${items.join('')}</ul></div>`;
}

// ───────────────────────────── tasks ─────────────────────────────

function taskHtml(
  op: OperationIr,
  family: TaskFamilyIr,
  env: OperationHtmlEnv,
  samples: OperationSamples,
): string {
  const task = op.task!;
  const members = familyMembers(family, env.model.ops);
  const poll = env.model.ops.get(task.poll.operationId);
  const steps: string[] = [];
  steps.push(
    `<li>This call returns at once; the task id is at ${code(task.id)} of the response.</li>`,
  );
  if (poll) {
    steps.push(
      `<li>Poll ${opLink(poll)}, passing the id as the ${md(idInputText(task.poll))}, every ${esc(seconds(family.intervalMs))} (give up after ${esc(seconds(family.timeoutMs))}).</li>`,
    );
  }
  const reads = [`status at ${code(family.status)}`];
  const progress = progressText(family);
  if (progress) reads.push(`progress at ${md(progress)}`);
  steps.push(`<li>Read the ${reads.join(', ')}; map it with the table below.</li>`);
  const result = family.result.map((r) => code(r)).join(', ');
  steps.push(
    `<li>On success read ${result || 'the poll response'}${family.error ? `; on failure the reason is at ${code(family.error)}` : ''}.</li>`,
  );
  if (members.cancel) steps.push(`<li>Cancel with ${opLink(members.cancel)}.</li>`);
  if (members.lists.length)
    steps.push(`<li>List tasks with ${members.lists.map(opLink).join(', ')}.</li>`);
  const waitSample = samples.typescriptWait
    ? `<h4>With the TypeScript client</h4><p><code>${esc(op.names.method)}AndWait</code> submits, polls and resolves with the final task (it rejects on failure, cancellation or time-out).</p>${codeBlock(esc(samples.typescriptWait), 'typescript')}`
    : '';
  return `<div class="callout task" id="${esc(anchorId(op.operationId, 'lifecycle'))}"><h3>Async task lifecycle${family.title ? ` · ${esc(family.title)}` : ''}</h3>${markdownToHtml(family.description)}${flowHtml()}<ol>${steps.join('')}</ol>${statesTableHtml(family)}${waitSample}</div>`;
}

function flowHtml(): string {
  const state = (s: string): string => `<span class="state state-${s}">${s}</span>`;
  const arrow = '<span class="arrow" aria-hidden="true">→</span>';
  return `<div class="flow" role="img" aria-label="queued, then running, then succeeded, failed or cancelled">${state('queued')}${arrow}${state('running')}${arrow}${state('succeeded')}${state('failed')}${state('cancelled')}</div>`;
}

export function statesTableHtml(family: TaskFamilyIr): string {
  const rows = CANONICAL_STATES.map(({ state, meaning, terminal }) => {
    const values = vendorValues(family.states[state]);
    const vendor = values.length
      ? values.map((v) => code(v)).join(' ')
      : '<span class="generated-note">none</span>';
    return `<tr><td><span class="state state-${state}">${state}</span></td><td>${vendor}</td><td>${esc(meaning)}${terminal ? ' Final.' : ''}</td></tr>`;
  }).join('');
  return `<div class="table-wrap"><table class="states"><thead><tr><th>State</th><th>Vendor status at <code>${esc(family.status)}</code></th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** What the cancel answers when the task already finished (the IR's `TaskCancelIr.finished`). */
function lateCancelHtml(op: OperationIr, family: TaskFamilyIr): string {
  const late = family.cancel?.operationId === op.operationId ? family.cancel.finished : undefined;
  if (!late) return '';
  const answer = late.example
    ? `its <code>${esc(late.example)}</code> example (${esc(late.status)})`
    : `<code>${esc(late.status)}</code>`;
  return ` Cancelling a task that already finished answers ${answer}.`;
}

function taskRoleHtml(op: OperationIr, env: OperationHtmlEnv): string {
  const role = op.taskRole!;
  const family = env.model.taskFamilies.get(role.family);
  if (!family) return '';
  const members = familyMembers(family, env.model.ops);
  const submits = members.submits.map(opLink).join(', ') || 'its submit operations';
  const noun = esc(taskNoun(family));
  const what = {
    poll: `Polls ${noun} tasks started by ${submits}. Call it every ${esc(seconds(family.intervalMs))} until the status is final.`,
    list: `Lists ${noun} tasks started by ${submits}.`,
    cancel: `Cancels a ${noun} task started by ${submits}.${lateCancelHtml(op, family)}`,
  }[role.role];
  const table = role.role === 'poll' ? statesTableHtml(family) : '';
  return `<div class="callout task"><p>${what}</p>${table}</div>`;
}

// ───────────────────────────── streams ─────────────────────────────

function streamHtml(op: OperationIr, env: OperationHtmlEnv, ctx: SchemaHtmlContext): string {
  const stream = op.stream!;
  const transcript = streamTranscript(stream);
  const body = transcript.text
    .split('\n')
    .map((line) => {
      if (!line.startsWith('data: ')) return esc(line);
      const payload = line.slice(6);
      return `<span class="tok-com">data:</span> ${payload === stream.terminator ? `<span class="tok-lit">${esc(payload)}</span>` : highlightJsonText(payload)}`;
    })
    .join('\n');
  const samples = buildSamples(env.model.ir, op, { packageName: env.packageName, stream: true });
  const rule = streamFlagRule(op);
  const term =
    stream.terminator !== undefined
      ? ` The stream ends with the line ${code(`data: ${stream.terminator}`)}.`
      : '';
  return `<div class="callout" id="${esc(anchorId(op.operationId, 'stream'))}"><h3>Streaming</h3><p>${rule === undefined ? 'The' : rule.unless ? `Unless the request has ${rule.lead}${code(rule.field)}, the` : `Send ${rule.lead}${code(rule.field)} and the`} ${esc(stream.status)} response ${rule && !rule.unless ? 'becomes' : 'is'} ${code(stream.mediaType)}: one ${code('data:')} line per event, each a JSON object of the shape below.${term}</p><h4>What arrives</h4>${transcript.generated ? '<p class="generated-note">Generated from the event schema.</p>' : ''}${codeBlock(body, 'text')}<h4>Each event</h4>${stream.itemSchemaInferred ? `<p class="generated-note">${esc(INFERRED_EVENTS_NOTE)}</p>` : ''}${topSchemaHtml(stream.itemSchema, ctx, true)}<h4>Reading the stream</h4>${samplesHtml(op, samples, 'stream-samples', env, { stream: true })}</div>`;
}

// ───────────────────────────── samples ─────────────────────────────

function samplesHtml(
  op: OperationIr,
  samples: OperationSamples,
  idPart: string,
  env: OperationHtmlEnv,
  opts: SampleOptions,
): string {
  const heading = idPart === 'samples' ? '<h3 data-i18n="h.samples">Request samples</h3>' : '';
  const contents = sampledContents(op);
  // A stream is read as the SDKs send it; other bodies get a sample per media type they may take.
  // The streaming call's block names its samples in the console data (console-assets.ts
  // `streamingSamples`: the first media type's, '' when the page shows one).
  const stream = opts.stream
    ? ` data-stream="${contents.length < 2 ? '' : esc(contents[0]!.mediaType)}"`
    : '';
  if (contents.length < 2 || opts.stream)
    return `<div class="samples"${stream}>${heading}${languageTabs(op, samples, idPart, env, opts)}</div>`;
  const panels: Tab[] = contents.map((c, i) => {
    const part = i === 0 ? idPart : anchorId(idPart, c.mediaType);
    const these =
      i === 0
        ? samples
        : buildSamples(env.model.ir, op, {
            ...opts,
            packageName: env.packageName,
            mediaType: c.mediaType,
          });
    return {
      key: c.mediaType,
      label: esc(c.mediaType),
      id: anchorId(op.operationId, part, 'media'),
      body: `<div data-media="${esc(c.mediaType)}"><p class="media-caption">As ${code(c.mediaType)}:</p>${languageTabs(op, these, part, env, { ...opts, mediaType: c.mediaType })}</div>`,
    };
  });
  return `<div class="samples">${heading}${tabs(panels, { label: 'Request body media type', className: 'tabs media-types' })}</div>`;
}

/** The samples of one request in each language: templates with slots the try-it console fills from its form (sample-slots.ts). */
function languageTabs(
  op: OperationIr,
  samples: OperationSamples,
  idPart: string,
  env: OperationHtmlEnv,
  opts: SampleOptions,
): string {
  const templates = sampleTemplates(
    env.model.ir,
    op,
    { ...opts, packageName: env.packageName },
    samples,
  );
  const list: Tab[] = SAMPLE_LANGS.map(({ key, label, code: lang }) => ({
    key,
    label,
    id: anchorId(op.operationId, idPart, key),
    // The SDKs send one media type: for another, their tab says so (the tab stays, so the
    // reader's language choice still lands somewhere).
    body:
      samples.sdkMediaType && (key === 'typescript' || key === 'python')
        ? `<p class="sample-note">The ${label} SDK sends the body as ${code(samples.sdkMediaType)}. As ${code(opts.mediaType ?? '')}, send it over HTTP: see curl or Python (HTTP).</p>`
        : // The console may redraw them with more fields (sample-fields.ts).
          codeBlock(templateHtml(templates[key]), lang, 'Copy', ` data-sample="${key}"`),
  }));
  return tabs(list, { label: 'Sample language', sync: 'lang' });
}

/** Where templates/docs/console.js mounts the try-it console, and the file holding its operation's data. */
function consoleHook(op: OperationIr, env: OperationHtmlEnv): string {
  const data = consoleOperationPath(env.model.opStem.get(op.operationId)!);
  return `<div class="try" data-try="${esc(op.operationId)}" data-try-data="${esc(data)}"></div>`;
}

// ───────────────────────────── inputs ─────────────────────────────

function securityHtml(op: OperationIr, env: OperationHtmlEnv): string {
  return `<h3 data-i18n="h.auth">Authentication</h3>${operationSecurityHtml(env.model.ir.securitySchemes, op)}`;
}

function parametersHtml(op: OperationIr, ctx: SchemaHtmlContext): string {
  if (op.parameters.length === 0) return '';
  const rows = op.parameters.map((p) => parameterRow(op, p, ctx)).join('');
  return `<h3 data-i18n="h.params">Parameters</h3><div class="table-wrap"><table class="rows params"><thead><tr><th data-i18n="th.parameter">Parameter</th><th data-i18n="th.type">Type</th><th data-i18n="th.description">Description</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function parameterRow(op: OperationIr, p: ParameterIr, ctx: SchemaHtmlContext): string {
  const style = styleLabel(p);
  const badges = [
    `<span class="badge">${esc(p.in)}</span>`,
    style ? `<span class="badge" title="serialisation style">${esc(style)}</span>` : '',
    p.required ? '<span class="badge req">required</span>' : '',
    p.deprecated ? '<span class="badge deprecated">deprecated</span>' : '',
  ].join('');
  const texts = descriptionTextsOf(p.schema, ctx.index);
  const desc =
    p.description !== undefined
      ? bilingualHtml(p.description, p.descriptionZh)
      : bilingualHtml(texts.en, texts.zh);
  const examples = p.examples.length
    ? `<ul class="facts">${p.examples
        .map((e) => {
          const id = parameterExampleId(op, p.name, e.name);
          const label = e.summary ?? (e.name === 'default' ? 'example' : e.name);
          return `<li${id ? ` id="${esc(id)}"` : ''}><span class="k">${esc(label)}:</span> ${code(typeof e.value === 'string' ? e.value : JSON.stringify(e.value))}</li>`;
        })
        .join('')}</ul>`
    : '';
  return `<tr><td><code>${esc(p.name)}</code>${badges}${doubtMarks(p.schema)}</td><td>${typeLabel(p.schema, HTML_LABEL)}</td><td>${desc}${factsHtml(p.schema, ctx.index)}${examples}</td></tr>`;
}

function requestBodyHtml(op: OperationIr, body: RequestBodyIr, ctx: SchemaHtmlContext): string {
  const contents = body.contents.filter((c) => c.kind !== 'event-stream');
  const req = body.required
    ? ' <span class="badge req">required</span>'
    : ' <span class="badge">optional</span>';
  const panels = contents.map((c) => ({
    key: c.mediaType,
    label: esc(c.mediaType),
    id: anchorId(op.operationId, 'body', c.mediaType),
    body: contentHtml(op, c, { ...ctx, direction: 'request' }, (name, generated) =>
      generated
        ? anchorId(op.operationId, 'body', c.mediaType, 'generated')
        : bodyExampleId(op, c, name),
    ),
  }));
  const inner = panels.length ? tabs(panels, { label: 'Request media type' }) : '';
  return `<h3><span data-i18n="h.body">Request body</span>${req}</h3>${markdownToHtml(body.description)}${inner}`;
}

/** Id of an example panel: (example name, generated from the schema?) → id. */
type ExampleIds = (name: string, generated: boolean) => string;

function contentHtml(
  op: OperationIr,
  c: ContentIr,
  ctx: SchemaHtmlContext,
  exampleIds: ExampleIds,
): string {
  const media = `<div class="media">${esc(c.mediaType)}</div>`;
  if (c.kind === 'event-stream' && op.stream) {
    const rule = streamFlagRule(op);
    const when = rule
      ? `, sent ${rule.unless ? 'unless' : 'when'} the request has ${rule.lead}${code(rule.field)}`
      : '';
    return `${media}<p>An event stream${when}; see <a href="#${esc(anchorId(op.operationId, 'stream'))}">Streaming</a>.</p>`;
  }
  const restated = restatementNote(c, code);
  const note = restated ? `<p>${restated}</p>` : '';
  const schema = c.schema ? topSchemaHtml(c.schema, ctx, true) : '';
  const encodings = Object.entries(c.encoding)
    .filter(([, e]) => e.contentType)
    .map(([name, e]) => `<li>${code(name)}: ${code(e.contentType!)}</li>`);
  const enc = encodings.length
    ? `<p>Part content types:</p><ul class="facts">${encodings.join('')}</ul>`
    : '';
  return media + note + schema + enc + examplesHtml(c, ctx, exampleIds);
}

function examplesHtml(c: ContentIr, ctx: SchemaHtmlContext, exampleIds: ExampleIds): string {
  // The IR's examples, as the mock answers them: the spec's, else its one default (maybe generated).
  const examples: ExampleIr[] = shownExamples(c);
  const generated = c.examples.length === 0;
  if (examples.length === 0) return '';
  const panels = examples.map((e) => {
    // With several examples the tab shows the summary; a lone example shows it here.
    const summary = e.summary && examples.length === 1 ? `<strong>${esc(e.summary)}</strong>` : '';
    const meta = [summary, markdownToHtml(e.description)].filter(Boolean).join(' ');
    const body = exampleBlock(e.value, c.kind);
    const id = exampleIds(e.name, generated);
    // An example already shown on this page is linked, not repeated (pages stay small when
    // several responses share one schema).
    const first = ctx.shownExamples?.get(body);
    if (ctx.shownExamples && !first) ctx.shownExamples.set(body, id);
    const block = first
      ? `<p class="generated-note">Same as <a href="#${esc(first)}">the example above</a>.</p>`
      : body;
    return {
      key: e.name,
      label: esc(e.summary ?? e.name),
      id,
      body: `${meta ? `<div class="example-meta">${meta}</div>` : ''}${generatedNote(e, generated) ? `<p class="generated-note">${generatedNote(e, generated)}</p>` : ''}${block}`,
    };
  });
  const heading = examples.length > 1 ? 'Examples' : 'Example';
  return `<h4>${heading}</h4>${tabs(panels, { label: heading })}`;
}

/**
 * Pretty JSON longer than this is shown uncoloured and collapsed: colouring triples its bytes,
 * and on specs without examples (Stripe's) the generated answers of every page would otherwise be
 * half of the site. The text is all there, copyable, one click away.
 */
const LARGE_EXAMPLE_CHARS = 1500;

/**
 * Blocks of frozen (IR) values already made: responses of many operations share one generated
 * answer (an error body; on the Stripe-sized spec 1,180 examples shown, 473 values).
 */
const blocks = new WeakMap<object, string>();

/** An example's HTML: coloured, or (when large) plain text collapsed behind a summary. */
function exampleBlock(value: Json, kind: ContentIr['kind']): string {
  if (typeof value === 'string' && kind !== 'json') return codeBlock(escText(value), 'json');
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value))
    return jsonBlock(value);
  let block = blocks.get(value);
  if (block === undefined) blocks.set(value, (block = jsonBlock(value)));
  return block;
}

function jsonBlock(value: Json): string {
  const text = exampleJson(value);
  if (text.length <= LARGE_EXAMPLE_CHARS) return codeBlock(highlightJsonText(text), 'json');
  const lines = text.split('\n').length;
  return `<details class="example-large"><summary>Show the example (${lines} lines)</summary>${codeBlock(escText(text), 'json')}</details>`;
}

// ───────────────────────────── responses ─────────────────────────────

function responsesHtml(op: OperationIr, ctx: SchemaHtmlContext): string {
  if (op.responses.length === 0) return '';
  const ok = op.responses.filter((r) => !r.isError);
  const errors = op.responses.filter((r) => r.isError);
  const out = [
    '<h3 data-i18n="h.responses">Responses</h3>',
    ...ok.map((r) => responseHtml(op, r, ctx)),
  ];
  if (errors.length) out.push('<h4>Errors</h4>', ...errors.map((r) => responseHtml(op, r, ctx)));
  return out.join('');
}

function responseHtml(op: OperationIr, r: ResponseIr, ctx: SchemaHtmlContext): string {
  const cls = r.isError ? 's-err' : /^2/.test(r.status) ? 's-ok' : 's-other';
  const id = anchorId(op.operationId, 'response', r.status);
  const text = statusText(r.status);
  const head = `<div class="response-head"><span class="status ${cls}">${esc(r.status)}</span>${text ? `<span>${esc(text)}</span>` : ''}<span class="desc">${inlineBilingual(r.description, r.descriptionZh)}</span></div>`;
  const headers = r.headers.length
    ? `<div class="table-wrap"><table class="rows headers"><thead><tr><th>Header</th><th>Type</th><th>Description</th></tr></thead><tbody>${r.headers
        .map(
          (h) =>
            `<tr><td><code>${esc(h.name)}</code>${h.required ? '<span class="badge req">required</span>' : ''}</td><td>${typeLabel(h.schema, HTML_LABEL)}</td><td>${markdownToHtml(h.description)}${factsHtml(h.schema, ctx.index)}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '';
  const panels = r.contents.map((c, i) => ({
    key: c.mediaType,
    label: esc(c.mediaType),
    id: anchorId(id, c.mediaType),
    body: contentHtml(op, c, { ...ctx, direction: 'response' }, (name, generated) =>
      generated ? anchorId(id, c.mediaType, 'generated') : responseExampleId(op, r, c, i, name),
    ),
  }));
  const body = panels.length ? tabs(panels, { label: `Media types of ${r.status}` }) : '';
  return `<div class="response" id="${esc(id)}">${head}${headers}${body}</div>`;
}

// ───────────────────────────── callbacks & maintainers ─────────────────────────────

function callbacksHtml(
  op: OperationIr,
  ctx: SchemaHtmlContext,
  model: DocsModel,
  samples: OperationSamples,
): string {
  if (op.callbacks.length === 0) return '';
  const receivers = callbackReceivers(model.ir);
  const items = op.callbacks.map((cb, i) => {
    const content = cb.body?.contents[0];
    const schema = content?.schema ? topSchemaHtml(content.schema, ctx) : '';
    const example = callbackExample(model.ir, op, cb);
    const exampleHtml = example
      ? `<h4>Example payload</h4><p class="${example.generated ? 'generated-note' : 'example-meta'}">${md(example.origin)}</p>${codeBlock(highlightJson(example.value), 'json')}`
      : '';
    const receiver = receivers.get(cb.source);
    const sample = samples.typescriptCallbacks?.[i];
    const lead = receiver
      ? `${code(`${receiver.method}(body)`)} reads the body (text, bytes or parsed JSON) into the snapshot ${code('waitFor')} yields; a body that is not such a task throws ${code('CallbackPayloadError')}. The body type is ${code(cb.typeName)}.`
      : callbackReading(cb) === 'json'
        ? `${code(`parseCallbackJson<${cb.typeName}>(body)`)} reads the body (text, bytes or parsed JSON); a body that is not JSON throws ${code('CallbackPayloadError')}.`
        : md(callbackReadHint(cb, undefined));
    const sampleHtml = sample
      ? `<h4>Receiving it with the TypeScript client</h4><p>${lead}</p>${codeBlock(esc(sample), 'typescript')}`
      : '';
    return `<div class="callback"><p>${code(cb.name)}: the server sends ${code(cb.method.toUpperCase())} to ${code(cb.expression)}${content ? ` with ${code(content.mediaType)}` : ''}.</p>${schema}${exampleHtml}${answerHtml(cb, ctx, 4)}${sampleHtml}</div>`;
  });
  return `<h3 data-i18n="h.callbacks">Callbacks</h3>${items.join('')}`;
}

function maintainerHtml(op: OperationIr): string {
  const items: string[] = [];
  if (op.provenance) {
    const p = op.provenance;
    items.push(
      `<li>Source: ${esc(p.source)} · confidence <strong class="confidence-${esc(p.confidence)}">${esc(p.confidence)}</strong>${p.notes ? ` — ${md(p.notes)}` : ''}</li>`,
    );
  }
  for (const d of op.doubts) items.push(`<li>Open question: ${md(d)}</li>`);
  items.push(`<li>Spec node: ${code(op.source)}</li>`);
  const schemaDoubts = collectSchemaDoubts(op);
  for (const d of schemaDoubts)
    items.push(`<li>Open question (${code(d.where)}): ${md(d.text)}</li>`);
  const flag =
    op.doubts.length + schemaDoubts.length > 0
      ? ` · ${op.doubts.length + schemaDoubts.length} open question${op.doubts.length + schemaDoubts.length > 1 ? 's' : ''}`
      : '';
  return `<details class="maint"><summary>For maintainers${flag}</summary><ul>${items.join('')}</ul></details>`;
}

/** Doubts on the operation's own (inline) schemas; named schemas show theirs on their entry. */
function collectSchemaDoubts(op: OperationIr): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const visit = (
    schema: import('../../ir/types.js').SchemaIr,
    where: string,
    depth: number,
  ): void => {
    if (depth > 6) return;
    for (const text of doubtsOf(schema)) out.push({ where, text });
    switch (schema.kind) {
      case 'object':
        for (const p of schema.properties) visit(p.schema, `${where}.${p.name}`, depth + 1);
        break;
      case 'array':
        visit(schema.items, `${where}[]`, depth + 1);
        break;
      case 'union':
        schema.variants.forEach((v, i) => visit(v, `${where}|${i}`, depth + 1));
        break;
      case 'intersection':
        schema.parts.forEach((v, i) => visit(v, `${where}&${i}`, depth + 1));
        break;
      default:
    }
  };
  for (const p of op.parameters) visit(p.schema, p.name, 0);
  for (const c of op.requestBody?.contents ?? []) if (c.schema) visit(c.schema, 'body', 0);
  for (const r of op.responses)
    for (const c of r.contents) if (c.schema) visit(c.schema, r.status, 0);
  return out;
}
