/** The ir stage: LoadedSpec → ApiIr. The only code that reads raw OpenAPI objects after load. */
import type { LoadedSpec, Problem } from '../load/types.js';
import type { ApiIr, NamedSchemaIr, OperationIr, ServerIr, TagIr } from './types.js';
import { createContext, type IrContext, type IrOptions } from './context.js';
import { decideExamples } from './examples/index.js';
import { markChatStream } from './chat-stream.js';
import { convertSchema } from './schema.js';
import { decideDirections } from './directions.js';
import { collectOperations, pathItemCallbacks } from './operations.js';
import {
  avoidSchemaTypeNames,
  buildResources,
  clientTakenNames,
  schemaExportNames,
  decideClientClassName,
  decideErrorClassName,
  fallbackOperationId,
  nameCallbacks,
  operationNames,
  warnFallbackNames,
  schemaTypeName,
} from './names.js';
import { inferTaskIds } from './task-id.js';
import { taskIdInputOf } from './task-seeds.js';
import { tagResources } from './tag-resources.js';
import { compareCodePoints as cmp } from '../util/compare.js';
import { decideTasks, type TaskLookup } from './tasks.js';
import { checkTaskPointers } from './task-checks.js';
import { checkPollNeeds } from './poll-needs.js';
import { join } from '../util/json-pointer.js';
import { RETRY_POLICY } from './retry-policy.js';
import { deepFreeze } from './freeze.js';
import { markFileParts } from './file-parts.js';
import { securitySchemesOf } from './security-schemes.js';
import { keepSchemas, reusedSchemas, type IrReuse } from './reuse.js';
import { isPackageName, packageNameFromTitle } from './package-name.js';

type Raw = Record<string, unknown>;

export interface IrResult {
  ir: ApiIr;
  /** With lazy examples: without those of the examples (see `problemsNow`). */
  problems: Problem[];
  /** All problems found so far, those of the examples decided by now included, in document order. */
  problemsNow(): Problem[];
}

function schemasOf(ctx: IrContext, reuse?: IrReuse): NamedSchemaIr[] {
  const raw = ((ctx.document.components as Raw | undefined)?.schemas ?? {}) as Raw;
  const reused = reusedSchemas(reuse, raw, ctx.version);
  if (reused) return reused;
  const problemsBefore = ctx.problems.length;
  const refsBefore = ctx.inlinedRefs;
  const owners = new Map<string, string>();
  const out: NamedSchemaIr[] = [];
  for (const name of Object.keys(raw).sort(cmp)) {
    const source = join('#/components/schemas', name);
    const typeName = schemaTypeName(name);
    const other = owners.get(typeName);
    if (other !== undefined) {
      ctx.problem(
        'name-clash',
        source,
        `schema ${name} and schema ${other} both become the type name ${typeName}`,
        'rename one of the schemas',
      );
      continue;
    }
    owners.set(typeName, name);
    out.push({ name, typeName, schema: convertSchema(raw[name], source, ctx), source });
  }
  decideDirections(ctx, out);
  const clean = ctx.problems.length === problemsBefore && ctx.inlinedRefs === refsBefore;
  keepSchemas(reuse, raw, ctx.version, out, clean);
  return out;
}

function tagsOf(ctx: IrContext): TagIr[] {
  const raw = Array.isArray(ctx.document.tags) ? (ctx.document.tags as Raw[]) : [];
  return raw.map((t, i) => {
    const tag: TagIr = {
      name: String(t.name),
      displayName: typeof t['x-display-name'] === 'string' ? t['x-display-name'] : String(t.name),
      source: join('#/tags', i),
    };
    if (typeof t['x-title-zh'] === 'string') tag.titleZh = t['x-title-zh'];
    if (typeof t.description === 'string') tag.description = t.description;
    if (typeof t['x-description-zh'] === 'string') tag.descriptionZh = t['x-description-zh'];
    return tag;
  });
}

function serversOf(ctx: IrContext): ServerIr[] {
  const raw = Array.isArray(ctx.document.servers) ? (ctx.document.servers as Raw[]) : [];
  return raw.map((s) => {
    const variables: ServerIr['variables'] = {};
    for (const [name, v] of Object.entries((s.variables ?? {}) as Record<string, Raw>)) {
      variables[name] = { default: String(v.default ?? '') };
      if (Array.isArray(v.enum)) variables[name]!.enum = v.enum.map(String);
      if (typeof v.description === 'string') variables[name]!.description = v.description;
    }
    const server: ServerIr = { url: String(s.url ?? '/'), variables };
    if (typeof s.description === 'string') server.description = s.description;
    return server;
  });
}

/** Tags that operations use without declaring them still get a (plain) entry, in order of first use. */
function withUsedTags(tags: TagIr[], operations: OperationIr[]): TagIr[] {
  const known = new Set(tags.map((t) => t.name));
  const out = [...tags];
  for (const op of operations) {
    if (known.has(op.tag)) continue;
    known.add(op.tag);
    out.push({ name: op.tag, displayName: op.tag, source: op.source });
  }
  return out;
}

/** `info.x-package-name` when valid, else from the title (ir/package-name.ts). */
function packageNameOf(ctx: IrContext, info: Raw, title: string): string {
  const declared = info['x-package-name'];
  if (declared === undefined) return packageNameFromTitle(title);
  if (typeof declared === 'string' && isPackageName(declared)) return declared;
  ctx.problem(
    'package-name-invalid',
    '#/info/x-package-name',
    `x-package-name must be an npm package name whose scope (or name) starts with a letter, like \`@acme/sdk\` or \`acme-sdk\`; got ${JSON.stringify(declared)}`,
    'use lowercase letters, digits, `-`, `.`, `_`, with an optional `@scope/`',
  );
  return packageNameFromTitle(title);
}

export function buildIr(loaded: LoadedSpec, options: IrOptions = {}): IrResult {
  const ctx = createContext(loaded, options);
  const doc = ctx.document;
  const info = (doc.info ?? {}) as Raw;

  const drafts = collectOperations(ctx);
  // Operations without an operationId get one from method + path; it must not collide with another.
  const ids = new Set(drafts.map((d) => d.operationId).filter(Boolean));
  for (const d of drafts) {
    if (d.operationId) continue;
    d.operationId = fallbackOperationId(d.method, d.path) || `${d.method}Operation`;
    if (ids.has(d.operationId)) {
      ctx.problem(
        'operation-id-duplicate',
        d.source,
        `${d.method.toUpperCase()} ${d.path} has no operationId and its derived one, ${d.operationId}, is taken`,
        'give the operation an operationId',
      );
    }
    ids.add(d.operationId);
  }
  const tasks = decideTasks(ctx, drafts);
  const schemas = schemasOf(ctx, options.reuse);
  for (const d of drafts)
    for (const c of d.requestBody?.contents ?? []) markFileParts({ schemas }, c);
  const lookup: TaskLookup = {
    operations: new Map(drafts.map((d) => [d.operationId, d])),
    schemas: new Map(schemas.map((s) => [s.name, s])),
  };
  checkTaskPointers(ctx, tasks, lookup);
  inferTaskIds(tasks, lookup);
  for (const d of drafts) if (d.stream) markChatStream(d.stream, lookup.schemas);
  const resourceOf = tagResources(ctx, drafts);
  const names = drafts.map((d) => operationNames(d, resourceOf.get(d.tag) ?? 'default'));
  drafts.forEach((d, i) => warnFallbackNames(ctx, d, names[i]!));
  avoidSchemaTypeNames(
    ctx,
    drafts.map((d, i) => ({ source: d.source, names: names[i]! })),
    new Set(schemaExportNames(schemas)),
  );
  const rawWebhooks = Object.keys((doc.webhooks ?? {}) as Raw).flatMap((name) =>
    pathItemCallbacks(ctx, name, '', (doc.webhooks as Raw)[name], join('#/webhooks', name)),
  );
  const named = nameCallbacks(ctx, [
    ...drafts.map((d, i) => ({
      stem: names[i]!.typeStem,
      suffix: 'Payload',
      callbacks: d.callbacks,
    })),
    { stem: '', suffix: 'WebhookPayload', callbacks: rawWebhooks },
  ]);
  const webhooks = named.pop()!;
  const examples = decideExamples(ctx, schemas, drafts, webhooks, options.reuse, tasks);
  // The examples' problems go where an eager build finds them: before those of the resources.
  const examplesAt = ctx.problems.length;
  if (options.examples !== 'lazy') {
    examples.decideAll();
    ctx.problems.push(...examples.problems());
  }
  const operations: OperationIr[] = drafts.map((d, i) => {
    const op: OperationIr = { ...d, names: names[i]!, callbacks: named[i]! };
    const task = tasks.submits.get(d.operationId);
    if (task) op.task = task;
    const role = tasks.roles.get(d.operationId);
    if (role) {
      const input = taskIdInputOf(tasks, d.operationId);
      if (input) role.idInput = input;
      op.taskRole = role;
    }
    return op;
  });
  const resources = buildResources(ctx, operations, new Set(schemaExportNames(schemas)));
  const title = String(info.title ?? '');
  const taken = clientTakenNames(
    resources,
    schemaExportNames(schemas),
    names.map((n) => n.typeStem),
  );
  const clientClassName = decideClientClassName(ctx, title, taken);
  const errorClassName = decideErrorClassName(clientClassName, taken);

  const ir: ApiIr = {
    info: {
      title,
      version: String(info.version ?? ''),
      packageName: packageNameOf(ctx, info, title),
      ...(typeof info['x-package-name'] === 'string' && isPackageName(info['x-package-name'])
        ? { packageNameDeclared: true as const }
        : {}),
      ...(typeof info.description === 'string' ? { description: info.description } : {}),
      ...(typeof info.summary === 'string' ? { summary: info.summary } : {}),
    },
    clientClassName,
    errorClassName,
    openapi: loaded.version,
    specHash: loaded.hash,
    servers: serversOf(ctx),
    securitySchemes: securitySchemesOf(ctx),
    security: Array.isArray(doc.security)
      ? (doc.security as Raw[]).map((r) => ({ schemes: { ...(r as Record<string, string[]>) } }))
      : [],
    tags: withUsedTags(tagsOf(ctx), operations),
    operations,
    schemas,
    taskFamilies: tasks.families,
    resources,
    webhooks,
    retryPolicy: structuredClone(RETRY_POLICY),
  };
  checkPollNeeds(ctx, ir);
  const problems = ctx.problems;
  return {
    ir: deepFreeze(ir),
    problems,
    problemsNow:
      options.examples === 'lazy'
        ? () => [
            ...problems.slice(0, examplesAt),
            ...examples.problems(),
            ...problems.slice(examplesAt),
          ]
        : () => problems,
  };
}
