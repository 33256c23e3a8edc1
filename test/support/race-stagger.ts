/**
 * How long after the first request of a race round (test/api/races.test.ts, the reliability
 * suite's races) the second is sent: 0 to 45 ms in steps of 5, so that the rounds meet the first
 * at each of its statements and at its commit, not only at its start.
 */
export function raceStagger(round: number): number {
  return (round % 10) * 5;
}

/** Resolves after `ms` milliseconds. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
