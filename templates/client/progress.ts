/** Task state and progress normalisation: vendor values → canonical state, progress → 0..1. */
export type CanonicalTaskState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type ProgressScale = 'percent-string' | 'percent' | 'fraction';

const ORDER: readonly CanonicalTaskState[] = [
  'succeeded',
  'failed',
  'cancelled',
  'running',
  'queued',
];

/**
 * Maps a vendor status onto the canonical lifecycle. Values compare as JSON scalars, with a
 * case-insensitive text fallback (`"1"` matches `1`, `success` matches `SUCCESS`). A missing
 * status counts as `queued` (some vendors answer before the task is visible); an unknown one as
 * `running`, so polling goes on until the budget runs out rather than failing on a new value.
 */
export function canonicalState(
  vendorStatus: unknown,
  states: Readonly<Record<CanonicalTaskState, readonly unknown[]>>,
): CanonicalTaskState {
  if (vendorStatus === undefined || vendorStatus === null || vendorStatus === '') return 'queued';
  const find = (same: (value: unknown) => boolean): CanonicalTaskState | undefined =>
    ORDER.find((state) => states[state].some(same));
  const text = String(vendorStatus).toLowerCase();
  return (
    find((value) => value === vendorStatus) ??
    find((value) => String(value).toLowerCase() === text) ??
    'running'
  );
}

/** `"37%"`, `37` (percent) or `0.37` (fraction) → 0.37, clamped to 0..1; undefined when unreadable. */
export function scaleProgress(raw: unknown, scale: ProgressScale): number | undefined {
  // Anything else (a blank string, an object) is NaN: no progress.
  const value =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && raw.trim()
        ? Number(raw.trim().replace(/%$/, ''))
        : NaN;
  if (!Number.isFinite(value)) return undefined;
  return Math.min(1, Math.max(0, scale === 'fraction' ? value : value / 100));
}
