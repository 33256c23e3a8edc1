/**
 * How long a test waits for a state it polls for (a transaction seen running, a load to end)
 * before giving up and letting its assertions fail: a bound for a busy or new machine, never an
 * expected time. What a test waits for is a condition; this only stops a test that waits for a
 * state that never comes from hanging.
 */
export const PATIENCE_MS = 45_000;

/**
 * The limit of a test that runs whole loads (hundreds of résumés, a child `npm run load`): minutes
 * on a quiet machine can be ten times that at a load average of 10 on two cores.
 */
export const HEAVY_TEST_MS = 900_000;

/**
 * Polls `condition` every `everyMs` until it holds (true), or `boundMs` passes or `stop` is aborted
 * (false).
 */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  {
    boundMs = PATIENCE_MS,
    everyMs = 50,
    stop,
  }: { boundMs?: number; everyMs?: number; stop?: AbortSignal } = {},
): Promise<boolean> {
  const end = Date.now() + boundMs;
  for (;;) {
    if (stop?.aborted) return false;
    if (await condition()) return true;
    if (Date.now() >= end) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
