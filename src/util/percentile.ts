/**
 * The `p` percentile (0 < p ≤ 1) of `samples` by the nearest-rank method: the smallest sample
 * with at least `p` of all samples at or below it, always one of the samples, never an
 * interpolation between two (the median of [1, 2, 3, 4] is 2). NaN without samples. The one
 * percentile of the project: the benchmarks' p50/p95/p99 (the explorer's test handle included) and the health
 * monitor's p99.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}
