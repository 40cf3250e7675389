/**
 * Schema and operation types, via openapi-typescript (as text: its TypeScript nodes and ts-morph's
 * bundled compiler do not mix). Output: `sdk/src/schema.ts` with `paths`, `components`, `operations`.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import type { ApiIr, SchemaIr } from '../../ir/types.js';
import type { EmitContext, VirtualFile } from '../types.js';
import { get } from '../../util/json-pointer.js';
import { inertDocument, restoreKeys } from '../../load/inert-document.js';
import type { JsonObject } from '../../load/types.js';
import { generatedHeader } from '../header.js';

type Raw = Record<string, unknown>;

/** Collects unions whose discriminator mapping the IR inferred (the spec left it out). */
function inferredDiscriminators(ir: ApiIr): { source: string; mapping: Record<string, string> }[] {
  const out: { source: string; mapping: Record<string, string> }[] = [];
  const visit = (s: SchemaIr): void => {
    switch (s.kind) {
      case 'union':
        if (s.discriminator?.inferred) out.push({ source: s.source, mapping: s.discriminator.mapping });
        s.variants.forEach(visit);
        break;
      case 'intersection':
        s.parts.forEach(visit);
        break;
      case 'object':
        s.properties.forEach((p) => visit(p.schema));
        if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
        break;
      case 'array':
        visit(s.items);
        break;
      default:
    }
  };
  for (const named of ir.schemas) visit(named.schema);
  return out;
}

/**
 * openapi-typescript mutates the document it is given (its bundler deletes `$ref`s) and follows any
 * `$ref` key it meets, so it gets an inert copy (see `inertDocument`), with the inferred mappings written in so a discriminated variant is typed by its real tag
 * value (`role: 'user'`) instead of the schema name.
 */
function documentForTypes(document: Raw, patches: { source: string; mapping: Record<string, string> }[]): Raw {
  const copy: Raw = inertDocument(document as JsonObject);
  for (const { source, mapping } of patches) {
    const node = get(copy, source) as Raw | undefined;
    const d = node?.discriminator as Raw | undefined;
    if (!d) continue;
    d.mapping = Object.fromEntries(Object.entries(mapping).map(([value, name]) => [value, `#/components/schemas/${name}`]));
  }
  return copy;
}

export async function emitSchemaTypes(ir: ApiIr, ctx: EmitContext): Promise<VirtualFile[]> {
  const document = documentForTypes(ctx.document as Raw, inferredDiscriminators(ir));
  const nodes = await openapiTS(document as never, { silent: true, alphabetize: false, exportType: false, defaultNonNullable: false });
  const text = `${generatedHeader('generator/emit/types/index.ts')}\n${restoreKeys(astToString(nodes))}`;
  return [{ path: 'sdk/src/schema.ts', contents: text, format: 'typescript' }];
}
