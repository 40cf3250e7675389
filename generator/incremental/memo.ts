/**
 * Emitter outputs kept from one watch run to the next, by content key (ir-keys.ts plus whatever
 * else the output reads, named by the caller). A run reads the last successful run's results and
 * records what it used; only a run that ends well replaces them, so a failed run (a broken link,
 * a located error) leaves nothing behind that a later run could take as good.
 */
import type { ApiIr } from '../ir/types.js';
import { irKeys, type IrKeys } from './ir-keys.js';

export interface EmitMemo {
  readonly keys: IrKeys;
  /** `compute()`'s result for `key`, computed at most once per key while the key stays in use. */
  get<T>(key: string, compute: () => T): T;
  /** What the last successful run `carry`-ed under `name` (state an emitter updates by difference). */
  carried<T>(name: string): T | undefined;
  carry(name: string, value: unknown): void;
}

export interface MemoStore {
  /** What the last successful run used. */
  kept: Map<string, unknown>;
  /** What the current run used (becomes `kept` when it ends well). */
  current: Map<string, unknown>;
}

export function createMemoStore(): MemoStore {
  return { kept: new Map(), current: new Map() };
}

const CARRIED = '\0carried\0';

/**
 * A run's memo: starts empty of this run's uses (a failed run's are dropped). Keys are taken
 * within the context's scalars (package name, version…): templates stay the same for a session.
 */
export function runMemo(
  store: MemoStore,
  ir: ApiIr,
  // The emit context's scalars (not its type: emit/types.ts names this module's).
  ctx: { generator: unknown; packageName: string; releaseVersion?: string },
): EmitMemo {
  store.current = new Map();
  const { kept, current } = store;
  const scope = JSON.stringify([ctx.generator, ctx.packageName, ctx.releaseVersion ?? null]);
  return {
    keys: irKeys(ir),
    get<T>(key: string, compute: () => T): T {
      const scoped = `${scope}\0${key}`;
      if (current.has(scoped)) return current.get(scoped) as T;
      const value = kept.has(scoped) ? (kept.get(scoped) as T) : compute();
      current.set(scoped, value);
      return value;
    },
    carried: <T>(name: string) => kept.get(`${scope}${CARRIED}${name}`) as T | undefined,
    carry(name, value) {
      current.set(`${scope}${CARRIED}${name}`, value);
    },
  };
}

/** A run ended well: what it used is what the next run may reuse, nothing else. */
export function keepMemo(store: MemoStore): void {
  store.kept = store.current;
  store.current = new Map();
}
