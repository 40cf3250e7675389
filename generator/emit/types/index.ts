/**
 * Schema types (`sdk/src/schema.ts`), from the IR only: one exported, documented type per
 * component schema (printed by `emit/surface/type-printer/print.ts` and its kind modules), then the `paths` / `operations` /
 * `components` types that openapi-fetch expects, by openapi-typescript over a document printed from
 * the IR (as text: its TypeScript nodes and ts-morph's bundled compiler do not mix). Its component
 * entries are the named types, so there is one model of types. The document goes through
 * `inertDocument` first: nothing in it can make openapi-typescript's resolver read a file, fetch a
 * URL, walk a long alias chain or trip over a key named `constructor` or holding `%` (and its
 * transform runs without Redocly's lint and bundle, see openapi-ts.ts).
 */
import ts from 'typescript';
import type { ApiIr } from '../../ir/types.js';
import type { EmitContext, VirtualFile } from '../types.js';
import { generatedHeader } from '../header.js';
import { declarations } from './declarations.js';
import { declarationsInFinalForm } from './final-declarations.js';
import { typesDocument } from './document.js';
import { inertDocument, restoreKeys } from '../../load/inert-document.js';
import type { JsonObject } from '../../load/types.js';
import { documentNodes, printNodes as printNodesAsText } from './openapi-ts.js';
import { pathsInFinalForm } from './final-paths.js';
import { pathTypesIncrementally } from '../../incremental/types-memo.js';

const COMPONENT_PREFIX = '#/components/schemas/';
const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

/**
 * openapi-typescript over the IR's document, each component schema replaced by its named type. A
 * watch session prints again only the path items an edit changed (incremental/types-memo.ts).
 */
async function pathTypes(ir: ApiIr, ctx: EmitContext): Promise<string> {
  const document = typesDocument(ir) as JsonObject;
  const print = async (doc: JsonObject): Promise<string> => printNodes(pathNodes(ir, doc));
  return ctx.memo
    ? (await pathTypesIncrementally(ctx.memo, document, print, 'text'))!
    : print(document);
}

/** The nodes of openapi-typescript's types; their printed text goes through `restoreKeys`. */
function pathNodes(ir: ApiIr, document: JsonObject): ts.Node[] {
  const typeNames = new Map(ir.schemas.map((s) => [s.name, s.typeName]));
  const named = (path: string | undefined): ts.TypeNode | undefined => {
    // Called for every schema object: most are not a component's root.
    const m = path?.startsWith(COMPONENT_PREFIX) ? COMPONENT_SCHEMA.exec(path) : null;
    const name = m ? restoreKeys(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
    const typeName = name === undefined ? undefined : typeNames.get(name);
    return typeName ? ts.factory.createTypeReferenceNode(typeName) : undefined;
  };
  return documentNodes(inertDocument(document) as never, {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
    transform: (_schema, options) => named(options.path),
  });
}

function printNodes(nodes: ts.Node[]): string {
  return restoreKeys(printNodesAsText(nodes));
}

/** openapi-typescript's types as text (the route final-paths.ts takes a shortcut from). */
export function pathTypesAsText(ir: ApiIr): string {
  return printNodes(pathNodes(ir, typesDocument(ir) as JsonObject));
}

/**
 * The declarations come in prettier's final form where final-declarations.ts can print them (the
 * format stage then formats only the rest, see `finalPrefix`), else as text like the rest.
 */
export async function emitSchemaTypes(ir: ApiIr, ctx: EmitContext): Promise<VirtualFile[]> {
  const header = generatedHeader('generator/emit/types/index.ts');
  const file = { path: 'sdk/src/schema.ts', format: 'typescript', typesOnly: true } as const;
  // A watch session prints them again only when what every output reads changed (ir-keys.ts).
  const print = () => (ir.schemas.length > 0 ? declarationsInFinalForm(ir) : undefined);
  const final = ctx.memo
    ? ctx.memo.get(`types\0declarations\0${ctx.memo.keys.shared}`, print)
    : print();
  // prettier keeps the header line as it is, and the blank line after the declarations.
  const prefix = final === undefined ? undefined : `${header}\n${final}\n`;
  // openapi-typescript's types too come in final form where final-paths.ts can print them: the
  // whole file then is. A watch session takes the same route, printing again only the path items
  // an edit changed (the format and compile stages key their caches, and the manifest, on this
  // text, so a session must hand them what a cold run does).
  if (prefix !== undefined) {
    const document = typesDocument(ir) as JsonObject;
    let nodes: ts.Node[] | undefined;
    const inFinalForm = (doc: JsonObject): string | undefined => {
      const made = pathNodes(ir, doc);
      if (doc === document) nodes = made;
      return pathsInFinalForm(made);
    };
    const paths = ctx.memo
      ? await pathTypesIncrementally(ctx.memo, document, inFinalForm, 'final')
      : inFinalForm(document);
    const contents = prefix + (paths ?? printNodes(nodes ?? pathNodes(ir, document)));
    return [
      { ...file, contents, finalPrefix: paths === undefined ? prefix.length : contents.length },
    ];
  }
  const paths = await pathTypes(ir, ctx);
  return [{ ...file, contents: `${header}\n${declarations(ir)}\n${paths}` }];
}
