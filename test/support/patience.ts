/**
 * How long a test waits for a state it polls for (a transaction seen running, a load to end)
 * before failing with the name of what it waited for (`waitFor`): a bound for a busy or new
 * machine, never an expected time: 3 to 6 times the 5-10 s bounds these waits had before session
 * 33, and short enough that the holder of a lock (test/support/held-lock.ts) stays inside the test
 * database's own 60 s transaction limit.
 */
export const PATIENCE_MS = 30_000;

/**
 * The limit of a test that runs whole loads (hundreds of résumés, a child `npm run load`): minutes
 * on a quiet machine can be ten times that at a load average of 10 on two cores.
 */
export const HEAVY_TEST_MS = 900_000;

/** The database tier's own test limit (vitest.config.ts), left to a waiting test for its own work. */
const OWN_WORK_MS = 60_000;

/**
 * The limit of a test that waits for a state `waits` times, one after another: each wait may take
 * PATIENCE_MS before it fails, and a failing wait must fail with its own message, before vitest
 * cuts the test off (which would leave its body running into the next test).
 */
export const patientLimit = (waits: number): number => OWN_WORK_MS + waits * PATIENCE_MS;

/** What a wait that ran out of patience throws. */
export const impatient = (what: string, boundMs = PATIENCE_MS): Error =>
  new Error(`waited ${boundMs} ms for ${what}`);

/**
 * What `event` resolves with, once it does; rejects with `impatient(what, boundMs)` if it has not
 * within `boundMs` (PATIENCE_MS by default), or with `event`'s own error. For a wait on an event (a
 * promise) rather than a polled state (`waitFor`).
 */
export async function within<T>(what: string, event: Promise<T>, boundMs = PATIENCE_MS): Promise<T> {
  let bound: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      event,
      new Promise<never>((_, reject) => {
        bound = setTimeout(() => reject(impatient(what, boundMs)), boundMs);
      }),
    ]);
  } finally {
    clearTimeout(bound);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `condition` every `everyMs` (200 by default: a poll of SHOW TRANSACTIONS opens a driver of
 * its own; a check of the process's own state may poll faster) until it holds, and throws
 * `waited <boundMs> ms for <what>` once `boundMs` (PATIENCE_MS by default) has passed without it.
 * Resolves at once, without failing, once `stop` is aborted: its caller no longer waits.
 */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  {
    boundMs = PATIENCE_MS,
    everyMs = 200,
    stop,
  }: { boundMs?: number; everyMs?: number; stop?: AbortSignal } = {},
): Promise<void> {
  const end = Date.now() + boundMs;
  for (;;) {
    if (stop?.aborted) return;
    if (await condition()) return;
    if (Date.now() >= end) throw impatient(what, boundMs);
    await sleep(everyMs);
  }
}

/**
 * Watches for `condition` for `watchMs`, polling every `everyMs`: true once it holds, false if it
 * never did. Only for a test whose evidence is that something stays absent for that long; a wait
 * for a state that must come is `waitFor`.
 */
export async function watchFor(
  condition: () => boolean | Promise<boolean>,
  watchMs: number,
  everyMs = 200,
): Promise<boolean> {
  const end = Date.now() + watchMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= end) return false;
    await sleep(everyMs);
  }
}
