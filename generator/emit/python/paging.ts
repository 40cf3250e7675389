/**
 * Paged operations (`x-paging`) in the Python SDK: the method returns a page iterator
 * (templates/python/_pagination.py) built from the IR's `op.paging`, the rule the TypeScript
 * `paginate` reads too. A page fetch is a nested function taking the method's own arguments, so
 * the iterator only changes the page (or cursor) argument from one page to the next.
 */
import type { ApiIr, PagingFieldIr, PagingIr, SchemaIr } from '../../ir/types.js';
import { namedSchemas, schemaAtPointer } from '../../ir/schema-path.js';
import type { PythonTypes } from './models.js';
import { pyString } from './naming.js';
import { callBody, methodDoc, paramList, type MethodPlan } from './operations.js';

/** The annotation of one item at the paging's items pointer: a named model, else `Any`. */
export function pageItemType(
  ir: ApiIr,
  paging: PagingIr,
  schema: SchemaIr,
  types: PythonTypes,
): string {
  const list = schemaAtPointer(schema, paging.items, namedSchemas(ir));
  return list?.kind === 'array' && list.items.kind === 'ref'
    ? types.annotation(list.items, 'model', 'PageItem')
    : 'Any';
}

/** The method argument a paging field is sent from, or undefined when no argument sends it alone. */
function argName(plan: MethodPlan, field: PagingFieldIr): string | undefined {
  const where = field.in === 'query' ? 'query' : 'body';
  return plan.args.find((a) => a.where === where && a.wire === field.name)?.name;
}

/** `Paging(...)` for the runtime, with the method's argument names; undefined when an argument is missing. */
function pagingLiteral(plan: MethodPlan, paging: PagingIr): string | undefined {
  const param = argName(plan, paging.param);
  const size = paging.size && argName(plan, paging.size);
  if (param === undefined || (paging.size && size === undefined)) return undefined;
  const fields = [
    `style=${pyString(paging.style)}`,
    `param=${pyString(param)}`,
    `first_page=${paging.firstPage}`,
    `items=${pyString(paging.items)}`,
  ];
  if (size) fields.push(`size=${pyString(size)}`);
  const pointers = { next_cursor: paging.nextCursor, has_more: paging.hasMore, last: paging.last };
  for (const [key, value] of Object.entries(pointers))
    if (value !== undefined) fields.push(`${key}=${pyString(value)}`);
  return `Paging(${fields.join(', ')})`;
}

/** The runtime's `Paging(...)` for a method that returns a page iterator, else undefined. */
export function pagedBy(plan: MethodPlan): string | undefined {
  const paging = plan.op.paging;
  if (!paging || plan.pageItem === undefined || plan.returns === 'None') return undefined;
  return pagingLiteral(plan, paging);
}

/** The paged method (sync or async), or undefined for an operation that does not page. */
export function pagedMethodCode(
  plan: MethodPlan,
  target: string,
  async_: boolean,
): string | undefined {
  const literal = pagedBy(plan);
  if (literal === undefined) return undefined;
  const ro = 'request_options: Optional[RequestOptions] = None';
  const pageType = `${async_ ? 'AsyncPage' : 'SyncPage'}[${plan.returns}, ${plan.pageItem}]`;
  const fetchParams = paramList(plan, []).replace(/^self(, )?/, '');
  const aw = async_ ? 'await ' : '';
  const kwargs = plan.args.map((a) => `${pyString(a.name)}: ${a.name}`).join(', ');
  return [
    `    def ${plan.method}(${paramList(plan, [ro])}) -> ${pageType}:\n`,
    methodDoc(plan, '        '),
    `        ${async_ ? 'async def' : 'def'} _page(${fetchParams}) -> ${plan.returns}:\n`,
    `            return cast(${plan.returns}, ${callBody(plan, target, aw, '')})\n`,
    `        return ${pageType}(_page, {${kwargs}}, ${literal})\n`,
  ].join('');
}
