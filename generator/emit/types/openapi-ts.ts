/**
 * openapi-typescript's transform without its front door. `openapiTS()` first loads Redocly
 * (@redocly/openapi-core: hundreds of modules and its own Ajv), lints the document and bundles it;
 * ours is already bundled, validated and inert, so that is all cost (a third of a second on the
 * smallest spec, seconds on a large one). The transform and printer modules are required directly:
 * they load TypeScript but not Redocly. The context holds openapiTS's defaults for every option
 * not given. Those module paths are internal to the package, so it is pinned exactly (package.json).
 */
import { createRequire } from 'node:module';
import ts from 'typescript';
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { createFastTextWriter, type TextWriter } from './text-writer.js';
import { preloadRefUtils } from '../../util/light-ref-utils.js';

type Transform = (schema: OpenAPI3, ctx: GlobalContext) => ts.Node[];
interface Utils {
  createRef(parts: unknown[]): string;
  scanDiscriminators(schema: OpenAPI3, options: OpenAPITSOptions): GlobalContext['discriminators'];
  resolveRef<T>(schema: unknown, $ref: string, options: { silent: boolean }): T | undefined;
}

const require = createRequire(import.meta.url);
const DIST = 'openapi-typescript/dist';

/** The options this generator sets; the rest keep openapiTS's defaults. */
export type DocumentTypesOptions = Pick<
  OpenAPITSOptions,
  'alphabetize' | 'exportType' | 'defaultNonNullable' | 'transform'
>;

/** The nodes openapiTS's transform makes of the document, before printing. */
export function documentNodes(document: OpenAPI3, options: DocumentTypesOptions): ts.Node[] {
  preloadRefUtils(); // its ref helpers without Redocly's HTTP agent (light-ref-utils.ts)
  const transformSchema = require(`${DIST}/transform/index.cjs`) as Transform;
  const utils = require(`${DIST}/lib/utils.cjs`) as Utils;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: options.alphabetize ?? false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable ?? true,
    discriminators: hasDiscriminator(document)
      ? utils.scanDiscriminators(document, { silent: true, ...options })
      : { objects: {}, refsHandled: [] },
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: options.exportType ?? false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by openapiTS itself (lint and bundle), never by the transform.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    transform: options.transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => utils.resolveRef(document, $ref, { silent: true }),
  };
  const createRef = utils.createRef;
  utils.createRef = memoisedCreateRef(createRef);
  try {
    return transformSchema(document, ctx);
  } finally {
    utils.createRef = createRef;
  }
}

/**
 * The transform builds each node's pointer with `createRef([parentPointer, key])`, which parses
 * the whole parent pointer again (split, percent-decode, re-escape) at every level: a fifth of the
 * transform. Its answer is the concatenation of what each part contributes, and a part's
 * contribution depends on that part alone, so each is computed once per document.
 */
export function memoisedCreateRef(
  createRef: (parts: unknown[]) => string,
): (parts: unknown[]) => string {
  const contributions = new Map<string, string>();
  return (parts) => {
    let pointer = '#';
    for (const part of parts) {
      if (part === undefined || part === null || part === '') continue;
      if (typeof part !== 'string' && typeof part !== 'number') return createRef(parts);
      const key = String(part);
      let contribution = contributions.get(key);
      if (contribution === undefined) {
        // createRef's answer for this part alone, without its leading `#`.
        contribution = createRef([part]).slice(1);
        contributions.set(key, contribution);
      }
      pointer += contribution;
    }
    return pointer;
  };
}

/**
 * scanDiscriminators records (and patches) only objects whose `discriminator` has a
 * `propertyName`; without one anywhere its answer is empty. This look allocates no pointer per
 * node, as its walk does (the document printed from the IR leaves discriminators out).
 */
export function hasDiscriminator(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasDiscriminator);
  const record = value as Record<string, unknown>;
  if ((record.discriminator as { propertyName?: unknown } | undefined)?.propertyName) return true;
  for (const key of Object.keys(record)) if (hasDiscriminator(record[key])) return true;
  return false;
}

/**
 * What openapi-typescript's `astToString` prints (the same source file and printer options),
 * written through a cheaper writer (text-writer.ts).
 */
export function printNodes(nodes: ts.Node[]): string {
  const file = ts.createSourceFile(
    'openapi-ts.ts',
    '',
    ts.ScriptTarget.ESNext,
    false,
    ts.ScriptKind.TS,
  );
  (file as { statements: ts.NodeArray<ts.Node> }).statements = ts.factory.createNodeArray(nodes);
  const printer = ts.createPrinter({
    newLine: ts.NewLineKind.LineFeed,
    removeComments: false,
  }) as ts.Printer & {
    writeFile(file: ts.SourceFile, writer: TextWriter, sourceMap: undefined): void;
  };
  const writer = createFastTextWriter();
  printer.writeFile(file, writer, undefined);
  return writer.getText();
}
