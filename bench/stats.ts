/**
 * The bench's arithmetic, kept pure so a test can check it: summaries of repeated samples and
 * ratios (ours / peer) with the spread the samples allow.
 */

export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: [...xs] };
}

export interface Ratio {
  median: number;
  /** Best case for us: our fastest sample against the peer's slowest. */
  min: number;
  /** Worst case for us: our slowest sample against the peer's fastest. */
  max: number;
}

export function ratio(ours: Summary, peer: Summary): Ratio {
  return {
    median: ours.median / peer.median,
    min: ours.min / peer.max,
    max: ours.max / peer.min,
  };
}

/** `1.23× (0.98–1.51)`: the median ratio and its range. */
export function formatRatio(r: Ratio): string {
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '-');
  return `${f(r.median)}× (${f(r.min)}–${f(r.max)})`;
}

/** Reads what `/usr/bin/time -f '%U %S %M'` wrote: user and system CPU seconds, peak RSS in KB. */
export function parseTimeOutput(text: string): { cpuSeconds: number; peakRssMb: number } {
  const line = text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .reverse()
    .find((l) => /^\d+(\.\d+)? \d+(\.\d+)? \d+$/.test(l));
  if (!line) throw new Error(`no "user sys maxrss" line in time output: ${JSON.stringify(text)}`);
  const [user, sys, rssKb] = line.split(' ').map(Number) as [number, number, number];
  return { cpuSeconds: user + sys, peakRssMb: rssKb / 1024 };
}
