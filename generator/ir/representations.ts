/**
 * Which success contents restate the JSON one in another serialization (petstore's
 * `application/xml` beside `application/json`, both `$ref: Pet`). The SDKs ask for the JSON alone
 * and type the answer by it, the mock answers that JSON, the docs say so and the diff ignores the
 * restatements; a text body of another schema (a transcription's `text/plain` chosen by
 * `response_format`) is a different answer and stays part of the call's type.
 */
import type { ContentIr } from './types.js';

type Raw = Record<string, unknown>;

const XML_MEDIA_TYPE = /^(application|text)\/xml$|\+xml$/;

/**
 * Marks `restates` on each text content that is XML or declares exactly the JSON content's
 * schema. Binary contents and event streams are other answers (a download, a stream): never marked.
 */
export function markRestatements(contents: ContentIr[], rawContent: unknown): void {
  const json = contents.find((c) => c.kind === 'json');
  if (!json || !rawContent || typeof rawContent !== 'object') return;
  const schemaText = (c: ContentIr): string | undefined => {
    const schema = ((rawContent as Raw)[c.mediaType] as Raw | undefined)?.schema;
    return schema === undefined ? undefined : JSON.stringify(schema);
  };
  const jsonSchema = schemaText(json);
  for (const c of contents) {
    if (c.kind !== 'text') continue;
    const bare = c.mediaType.toLowerCase().split(';')[0]!.trim();
    const same = jsonSchema !== undefined && schemaText(c) === jsonSchema;
    if (XML_MEDIA_TYPE.test(bare) || same) c.restates = json.mediaType;
  }
}

/** The docs' line under a restatement (both renderers; `code` formats a media type). */
export function restatementNote(c: ContentIr, code: (text: string) => string): string | undefined {
  return c.restates
    ? `The same data as ${code(c.restates)}, which the SDKs ask for and return; this form is sent to a request whose ${code('Accept')} names it.`
    : undefined;
}
