/**
 * Builds the bundled document: every external `$ref` inlined, except refs whose target is the
 * target of a root `components/<kind>/<Name>: {$ref}` entry, which become `#/components/<kind>/<Name>`.
 * Refs into the root file stay internal refs. Unchanged subtrees are shared, not copied.
 */
import { isObject, toFragment, type Tokens } from './pointer.js';
import type { ProblemList } from './problems.js';
import {
  isRefObject,
  locationKey,
  type Location,
  type RefObject,
  type Resolver,
} from './resolver.js';
import type { JsonObject, JsonValue } from './types.js';
import { childMode, type WalkMode } from './walk-mode.js';
import { setMember } from '../util/own-property.js';

export class Bundler {
  /** Location key of a component entry's target → that entry's tokens in the bundled document. */
  private readonly registered = new Map<string, Tokens>();
  /** Bundled content of each inlined target, shared between the places that use it. */
  private readonly inlined = new Map<string, JsonValue>();
  /** Targets being inlined right now: meeting one again means recursion through other files. */
  private readonly inlining = new Set<string>();

  constructor(
    private readonly resolver: Resolver,
    private readonly problems: ProblemList,
    private readonly rootFile: string,
  ) {}

  bundle(root: JsonObject): JsonValue {
    this.registerComponents(root);
    return this.walk(root, this.rootFile, [], 'keywords');
  }

  private registerComponents(root: JsonObject): void {
    const components = root.components;
    if (!isObject(components)) return;
    for (const kind of Object.keys(components)) {
      const entries = components[kind];
      if (!isObject(entries) || kind.startsWith('x-')) continue;
      for (const name of Object.keys(entries)) {
        const entry = entries[name];
        if (!isRefObject(entry)) continue;
        const tokens = ['components', kind, name];
        const target = this.resolver.follow({ file: this.rootFile, tokens }, entry.$ref);
        if (!target || target.file === this.rootFile) continue;
        const key = locationKey(target.file, target.tokens);
        // Two entries naming the same target: the first one is where refs point.
        if (!this.registered.has(key)) this.registered.set(key, tokens);
      }
    }
  }

  private walk(value: JsonValue, file: string, tokens: string[], mode: WalkMode): JsonValue {
    if (mode === 'literal' || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      let copy: JsonValue[] | undefined;
      const itemMode: WalkMode = 'keywords';
      for (let i = 0; i < value.length; i++) {
        tokens.push(String(i));
        const item = this.walk(value[i]!, file, tokens, itemMode);
        tokens.pop();
        if (item !== value[i]) (copy ??= value.slice())[i] = item;
      }
      return copy ?? value;
    }
    if (mode !== 'names' && isRefObject(value)) return this.bundleRef(value, file, tokens);
    let copy: JsonObject | undefined;
    for (const key of Object.keys(value)) {
      const original = value[key]!;
      tokens.push(key);
      const bundled =
        key === 'discriminator' &&
        mode === 'keywords' &&
        isObject(original) &&
        isObject(original.mapping)
          ? this.bundleDiscriminator(original, original.mapping, file, tokens)
          : this.walk(original, file, tokens, childMode(mode, key, original));
      tokens.pop();
      if (bundled !== original) setMember((copy ??= copyObject(value)), key, bundled);
    }
    return copy ?? value;
  }

  /**
   * Discriminator mapping values are references written as plain strings (`'#/Cat'`,
   * `'./pets.yaml#/Cat'`), relative to their file like any `$ref`: point them into the bundle.
   * Values without `#` or `/` are schema names and stay as they are.
   */
  private bundleDiscriminator(
    discriminator: JsonObject,
    mapping: JsonObject,
    file: string,
    tokens: string[],
  ): JsonValue {
    let copy: JsonObject | undefined;
    for (const key of Object.keys(mapping)) {
      const value = mapping[key];
      if (typeof value !== 'string' || !/[#/]/.test(value)) continue;
      const at = [...tokens, 'mapping', key];
      const target = this.resolver.follow({ file, tokens: at }, value, at);
      if (!target) continue;
      let pointer: string | undefined;
      if (target.file === this.rootFile) pointer = toFragment(target.tokens);
      else {
        const component = this.registered.get(locationKey(target.file, target.tokens));
        if (component) pointer = toFragment(component);
        else {
          this.problems.add({
            code: 'ref-mapping-external',
            severity: 'error',
            file,
            tokens: at,
            message: `Discriminator mapping "${value}" points at a schema in another file that is not a root component, so the bundle has no name for it.`,
            hint: 'Register the schema under the root components/schemas and map to it there.',
          });
        }
      }
      if (pointer !== undefined && pointer !== value)
        setMember((copy ??= copyObject(mapping)), key, pointer);
    }
    const rest = this.walk(discriminator, file, tokens, 'keywords');
    if (!copy) return rest;
    const result = copyObject(rest as JsonObject);
    result.mapping = copy;
    return result;
  }

  private bundleRef(ref: RefObject, file: string, tokens: string[]): JsonValue {
    const site: Location = { file, tokens: [...tokens] };
    const target = this.resolver.follow(site, ref.$ref);
    // Only a ref to a ref can be part of a cycle or a broken chain.
    if (!target || (isRefObject(target.value) && this.resolver.chainStatus(site) !== 'ok'))
      return brokenRef(ref, file, this.rootFile);
    if (target.file === this.rootFile) return withRef(ref, toFragment(target.tokens));
    const key = locationKey(target.file, target.tokens);
    const component = this.registered.get(key);
    const isComponentEntry =
      file === this.rootFile && tokens.length === 3 && tokens[0] === 'components';
    if (component && !isComponentEntry) return withRef(ref, toFragment(component));
    if (this.inlining.has(key)) {
      this.problems.add({
        code: 'ref-recursive-external',
        severity: 'error',
        file,
        tokens: [...tokens, '$ref'],
        message: `Reference "${ref.$ref}" is recursive, and its target is not a root component, so it cannot be inlined.`,
        hint: `Register the target under the root "components" (e.g. components/schemas/Name: {$ref: '${ref.$ref}'}) so the recursion becomes an internal ref.`,
      });
      return {};
    }
    let content = this.inlined.get(key);
    if (content === undefined) {
      this.inlining.add(key);
      content = this.walk(target.value, target.file, [...target.tokens], 'keywords');
      this.inlining.delete(key);
      this.inlined.set(key, content);
    }
    return withSiblings(ref, content);
  }
}

/** A ref that resolved into the root file: keep it, with its pointer written the normal way. */
function withRef(ref: RefObject, pointer: string): JsonValue {
  if (ref.$ref === pointer) return ref;
  const copy = copyObject(ref);
  copy.$ref = pointer;
  return copy;
}

/** An inlined ref keeps its sibling keys (OpenAPI 3.1 `summary`/`description` overrides). */
function withSiblings(ref: RefObject, content: JsonValue): JsonValue {
  const siblings = Object.keys(ref).filter((key) => key !== '$ref');
  if (siblings.length === 0 || !isObject(content)) return content;
  const merged = copyObject(content);
  for (const key of siblings) setMember(merged, key, ref[key]!);
  return merged;
}

/** A broken ref (already reported): an internal one stays as written, an external one becomes `{}`. */
function brokenRef(ref: RefObject, file: string, rootFile: string): JsonValue {
  return file === rootFile && ref.$ref.startsWith('#') ? ref : {};
}

function copyObject(value: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setMember(copy, key, value[key]!);
  return copy;
}
