/**
 * The one rule for writing a JSON value as XML, following each schema's XML Object (`name`,
 * `attribute`, `wrapped`, `prefix`, `namespace`): an XML content's example is its schema's JSON
 * example written this way, so every output that shows or sends an XML body shows the same text.
 */
import type { Json, NamedSchemaIr, SchemaIr, XmlIr } from './types.js';

type Named = ReadonlyMap<string, SchemaIr>;

/** The XML text of `value` as an instance of `schema`; none when the root element has no name. */
export function xmlText(
  value: Json,
  schema: SchemaIr,
  schemas: readonly NamedSchemaIr[],
): string | undefined {
  const named: Named = new Map(schemas.map((s) => [s.name, s.schema]));
  const root = elementName(schema, named, schema.kind === 'ref' ? schema.name : undefined);
  if (root === undefined) return undefined;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(value, schema, root, named, '')}`;
}

/** The XML Object that applies: the schema's own, else the one of the component it refers to. */
function xmlOf(schema: SchemaIr | undefined, named: Named): XmlIr | undefined {
  const seen = new Set<string>();
  let s = schema;
  while (s) {
    if (s.xml) return s.xml;
    if (s.kind !== 'ref' || seen.has(s.name)) return undefined;
    seen.add(s.name);
    s = named.get(s.name);
  }
  return undefined;
}

function resolved(schema: SchemaIr | undefined, named: Named): SchemaIr | undefined {
  const seen = new Set<string>();
  let s = schema;
  while (s?.kind === 'ref' && !seen.has(s.name)) {
    seen.add(s.name);
    s = named.get(s.name);
  }
  return s;
}

function elementName(
  schema: SchemaIr | undefined,
  named: Named,
  fallback: string | undefined,
): string | undefined {
  const xml = xmlOf(schema, named);
  const name = xml?.name ?? fallback;
  return name !== undefined && xml?.prefix ? `${xml.prefix}:${name}` : name;
}

/** The property schemas an object value's keys are read with (an `allOf`'s parts merged). */
function propertiesOf(schema: SchemaIr | undefined, named: Named): Map<string, SchemaIr> {
  const out = new Map<string, SchemaIr>();
  const s = resolved(schema, named);
  if (s?.kind === 'object') for (const p of s.properties) out.set(p.name, p.schema);
  else if (s?.kind === 'intersection')
    for (const part of s.parts)
      for (const [k, v] of propertiesOf(part, named)) if (!out.has(k)) out.set(k, v);
  return out;
}

function element(
  value: Json,
  schema: SchemaIr | undefined,
  name: string,
  named: Named,
  pad: string,
): string {
  const xml = xmlOf(schema, named);
  const ns = xml?.namespace
    ? ` xmlns${xml.prefix ? `:${xml.prefix}` : ''}="${escape(xml.namespace)}"`
    : '';
  if (value === null || typeof value !== 'object')
    return `${pad}<${name}${ns}>${escape(scalar(value))}</${name}>`;
  if (Array.isArray(value)) {
    // A list written as one element (a root or wrapped one) holds its items.
    if (value.length === 0) return `${pad}<${name}${ns}/>`;
    return `${pad}<${name}${ns}>\n${items(value, schema, name, named, `${pad}  `)}\n${pad}</${name}>`;
  }
  const props = propertiesOf(schema, named);
  const attrs: string[] = [];
  const children: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const ps = props.get(key);
    const px = xmlOf(ps, named);
    const childName = elementName(ps, named, key)!;
    if (px?.attribute && (v === null || typeof v !== 'object'))
      attrs.push(` ${childName}="${escape(scalar(v))}"`);
    else if (Array.isArray(v) && !px?.wrapped) {
      // An unwrapped list: its items stand in the parent, one element each (none for an empty one).
      if (v.length > 0) children.push(items(v, ps, key, named, `${pad}  `));
    } else children.push(element(v, ps, childName, named, `${pad}  `));
  }
  const open = `${pad}<${name}${ns}${attrs.join('')}`;
  return children.length === 0 ? `${open}/>` : `${open}>\n${children.join('\n')}\n${pad}</${name}>`;
}

/** An array's items, one element each: named by the items' XML name, else the array's own. */
function items(
  list: Json[],
  schema: SchemaIr | undefined,
  name: string,
  named: Named,
  pad: string,
): string {
  const s = resolved(schema, named);
  const itemSchema = s?.kind === 'array' ? s.items : undefined;
  const itemName = elementName(itemSchema, named, name)!;
  return list.map((v): string => element(v, itemSchema, itemName, named, pad)).join('\n');
}

function scalar(value: Json): string {
  return value === null ? '' : String(value);
}

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`,
  );
}
