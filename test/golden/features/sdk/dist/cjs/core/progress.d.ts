/** Task state and progress normalisation: vendor values → canonical state, progress → 0..1. */
export type CanonicalTaskState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type ProgressScale = 'percent-string' | 'percent' | 'fraction';
/**
 * Maps a vendor status onto the canonical lifecycle. Values compare as JSON scalars, with a
 * case-insensitive text fallback (`"1"` matches `1`, `success` matches `SUCCESS`). A missing
 * status counts as `queued` (some vendors answer before the task is visible); an unknown one as
 * `running`, so polling goes on until the budget runs out rather than failing on a new value.
 */
export declare function canonicalState(vendorStatus: unknown, states: Readonly<Record<CanonicalTaskState, readonly unknown[]>>): CanonicalTaskState;
/** `"37%"`, `37` (percent) or `0.37` (fraction) → 0.37, clamped to 0..1; undefined when unreadable. */
export declare function scaleProgress(raw: unknown, scale: ProgressScale): number | undefined;
