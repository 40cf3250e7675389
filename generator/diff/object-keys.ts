/**
 * The keys an object does not list by name: `patternProperties` (keys matching a pattern take
 * values of its schema) and `additionalProperties` (every other key). Each key falls to exactly one
 * rule, so a pattern that appears or goes away moves its keys from or to `additionalProperties`:
 * what it means for callers is the comparison of the rule those keys follow before and after.
 */
import type { ObjectSchema, PatternPropertyIr, SchemaIr } from '../ir/types.js';
import { levelOf, type ChangeLevel, type Direction } from './types.js';

/** What the comparer lends this module: its direction, its reporter and its recursive compare. */
export interface KeyComparer {
  direction: Direction;
  emit(
    code: string,
    level: ChangeLevel,
    message: string,
    at: SchemaIr,
    side?: 'base' | 'head',
  ): void;
  compare(base: SchemaIr, head: SchemaIr, where: string): void;
}

/** `closed`: no other key; `open`: any other key with any value; a schema: other keys' values. */
type Rule = 'closed' | 'open' | SchemaIr;

/** JSON Schema's reading: no `additionalProperties` (or `true`, or `{}`) allows any key. */
function additionalRule(s: ObjectSchema): Rule {
  const ap = s.additionalProperties;
  if (ap === false) return 'closed';
  if (ap === undefined || ap === true) return 'open';
  return ap.kind === 'any' && !ap.nullable ? 'open' : ap;
}

export function compareObjectKeys(
  c: KeyComparer,
  b: ObjectSchema,
  h: ObjectSchema,
  where: string,
): void {
  comparePatterns(c, b, h, where);
  compareAdditional(c, additionalRule(b), additionalRule(h), b, h, where);
}

function comparePatterns(c: KeyComparer, b: ObjectSchema, h: ObjectSchema, where: string): void {
  const bList = b.patternProperties ?? [];
  const hList = h.patternProperties ?? [];
  const hPatterns = new Set(hList.map((p) => p.pattern));
  const bPatterns = new Set(bList.map((p) => p.pattern));
  const removed = bList.filter((p) => !hPatterns.has(p.pattern));
  const added = hList.filter((p) => !bPatterns.has(p.pattern));
  for (const bp of bList) {
    const hp = hList.find((p) => p.pattern === bp.pattern);
    if (hp) c.compare(bp.schema, hp.schema, at(where, hp));
  }
  // As many patterns gone as come, in the same places: each one respelt (`^x-` → `^x-[a-z]+$`).
  if (removed.length > 0 && removed.length === added.length) {
    removed.forEach((bp, i) => {
      const hp = added[i]!;
      // Neither regex is known to contain the other: keys may now fall to the other rule both ways.
      c.emit(
        'pattern-property-changed',
        'breaking',
        `${where} keys matching /${bp.pattern}/ now match /${hp.pattern}/`,
        hp.schema,
      );
      c.compare(bp.schema, hp.schema, at(where, hp));
    });
    return;
  }
  const bRule = additionalRule(b);
  const hRule = additionalRule(h);
  for (const hp of added) {
    // Those keys followed additionalProperties before.
    const before = bRule;
    if (sameValues(before, hp.schema)) continue; // the same values as before: no key's rule changed
    c.emit(
      'pattern-property-added',
      before === 'open' ? levelOf(c.direction, true) : 'non-breaking',
      before === 'closed'
        ? `${where} now allows keys matching /${hp.pattern}/`
        : `${where} keys matching /${hp.pattern}/ now take values of their own schema`,
      hp.schema,
    );
    if (typeof before === 'object') c.compare(before, hp.schema, at(where, hp));
  }
  for (const bp of removed) {
    // Those keys follow additionalProperties now.
    const after = hRule;
    if (sameValues(after, bp.schema)) continue;
    c.emit(
      'pattern-property-removed',
      after === 'closed'
        ? 'breaking'
        : after === 'open'
          ? levelOf(c.direction, false)
          : 'non-breaking',
      after === 'closed'
        ? `${where} no longer allows keys matching /${bp.pattern}/`
        : `${where} keys matching /${bp.pattern}/ no longer have their own schema${after === 'open' ? ' (any value)' : ''}`,
      bp.schema,
      'base',
    );
    if (typeof after === 'object') c.compare(bp.schema, after, at(where, bp));
  }
}

function compareAdditional(
  c: KeyComparer,
  b: Rule,
  h: Rule,
  bs: ObjectSchema,
  hs: ObjectSchema,
  where: string,
): void {
  if (typeof b === 'object' && typeof h === 'object') return c.compare(b, h, `${where}[*]`);
  if (b === h) return;
  const atSchema = typeof h === 'object' ? h : hs;
  if (h === 'closed') {
    c.emit(
      'additional-properties-closed',
      levelOf(c.direction, true),
      `${where} no longer ${c.direction === 'request' ? 'accepts' : 'returns'} unknown properties`,
      hs,
    );
  } else if (b === 'closed') {
    c.emit(
      'additional-properties-opened',
      levelOf(c.direction, false),
      `${where} now ${c.direction === 'request' ? 'accepts' : 'may return'} unknown properties`,
      atSchema,
    );
  } else {
    // open ↔ a schema: unknown keys' values are constrained now, or no longer.
    const narrowing = h !== 'open';
    c.emit(
      narrowing ? 'additional-properties-narrowed' : 'additional-properties-widened',
      levelOf(c.direction, narrowing),
      `${where} unknown properties ${narrowing ? 'now take values of a schema' : 'may now hold any value'}`,
      atSchema,
    );
  }
}

/** A rule and a pattern's schema that take the same values (where they are written aside). */
function sameValues(rule: Rule, schema: SchemaIr): boolean {
  if (typeof rule !== 'object') return false;
  const shape = (x: SchemaIr) =>
    JSON.stringify(x, (k, v: unknown) => (k === 'source' ? undefined : v));
  return shape(rule) === shape(schema);
}

function at(where: string, p: PatternPropertyIr): string {
  return `${where}[/${p.pattern}/]`;
}
