import {
  classifyDatabaseError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  isConnectionFailure,
} from './errors.js';
import type { DatabaseHealth } from './health.js';

/** Query texts remembered as planned since the database started; the oldest are forgotten first. */
const PLANNED_TEXTS = 1000;

/**
 * One run of a read: what its caller is told. Each attempt it sends pushes into `attempts` the
 * database's side of that attempt (settled when the database has answered or ended it, which may be
 * after the caller stopped waiting).
 */
export type GatedRun<R> = (attempts: Promise<unknown>[], turn?: PlanTurn) => Promise<R>;

/**
 * Given to a request's first run of a text: awaited before each attempt is sent, it resolves once
 * that attempt may go to the database (at once unless the database is re-planning after a restart,
 * see `PlanGate.turn`), or when `remainingMs` runs out or the database is found down first (the
 * caller checks both). The function it resolves to must be called with the attempt's database side
 * (or nothing, when no attempt was sent): the turn is held until that has settled.
 */
export type PlanTurn = (remainingMs: () => number) => Promise<(sent?: Promise<unknown>) => void>;

/** A run the gate let through, as tests and traces see it. */
export interface GateEvent {
  text: string;
  /**
   * `first`: the text's first run since the database started, reported once it settled, with
   * whether it left the database with the plan; `planned`: the text was planned, it ran at once;
   * `late`: its deadline ran out while it waited for another's first run.
   */
  run: 'first' | 'planned' | 'late';
  warming: boolean;
  planned?: boolean;
}

/** A recent read to run again after a restart. */
export interface Replay {
  text: string;
  run: GatedRun<unknown>;
}

/**
 * Which read texts the database has planned since it started, and the first run of each one still
 * in flight. Neo4j plans a text anew for every query that misses its plan cache, even while another
 * query plans the same text: after a restart, when planning the API's larger compiled queries takes
 * seconds on a cold JVM, each concurrent request used to plan its own copy, on the same CPUs, and
 * all of them ran into their deadline. Here a read whose text has not run since the database
 * (re)started waits for the first run of that text in flight, then finds the plan made; or, when
 * that run did not leave a plan (it timed out, or found the database away), one of the waiting
 * reads makes the next first run and the others go on waiting for it.
 */
export class PlanGate {
  private readonly planned = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  /** The first runs in flight that requests began (not the warm-up): the warm-up waits for them. */
  private readonly requested = new Set<Promise<void>>();
  /** Counts restarts: a run that began before one says nothing of the new plan cache. */
  private epoch = 0;
  /**
   * From a restart until its warm-up is over: the database has no plans and a cold JVM, so requests'
   * first runs take turns (`turn`), one on the database at a time.
   */
  private cold = false;
  /** The request first run on the database while cold: settled once the database has ended it. */
  private turnHeld: Promise<void> | undefined;
  /** Waiting in `whenWarm`. */
  private readonly warmWaiters = new Set<() => void>();
  private readonly observers = new Set<(event: GateEvent) => void>();

  constructor(private readonly health: Pick<DatabaseHealth, 'onDown'>) {}

  /**
   * `run` once the gate lets it through: at once when its text is planned, else after the first run
   * of the text in flight has settled (never past `remainingMs`: then its own run reports the
   * timeout), or as the text's first run.
   */
  async read<R>(
    text: string,
    run: GatedRun<R>,
    { warming = false, remainingMs = () => Number.POSITIVE_INFINITY } = {},
  ): Promise<R> {
    for (;;) {
      if (this.planned.has(text)) {
        this.emit({ text, run: 'planned', warming });
        return run([]);
      }
      const leader = this.inFlight.get(text);
      if (!leader) break;
      const left = remainingMs();
      if (left <= 0) {
        this.emit({ text, run: 'late', warming });
        return run([]);
      }
      await (Number.isFinite(left) ? settledWithin(leader, left) : leader);
    }
    const { epoch } = this;
    const attempts: Promise<unknown>[] = [];
    const answer = warming ? run(attempts) : run(attempts, (remainingMs) => this.turn(remainingMs));
    const settled = firstRunSettled(answer, attempts, this.health);
    const gate = settled.then(() => {});
    this.inFlight.set(text, gate);
    if (!warming) this.requested.add(gate);
    void settled.then((planned) => {
      this.requested.delete(gate);
      if (this.inFlight.get(text) === gate) this.inFlight.delete(text);
      const current = planned && this.epoch === epoch;
      if (current) {
        this.planned.add(text);
        if (this.planned.size > PLANNED_TEXTS)
          this.planned.delete(this.planned.values().next().value as string);
      }
      this.emit({ text, run: 'first', warming, planned: current });
    });
    return answer;
  }

  /**
   * The database refused connections: it crashed or was killed, and its plans are gone. Runs in
   * flight began on the old process: their plans are not the new one's, and reads do not wait for them.
   */
  lost(): void {
    this.epoch += 1;
    this.cold = true;
    this.turnHeld = undefined;
    this.planned.clear();
    this.inFlight.clear();
    this.requested.clear();
  }

  /**
   * After a restart: `replays` (most urgent first) run through the gate, `lanes` at a time, and
   * only while no request is making a first run of its own (planning on a cold JVM is CPU-bound, and
   * a plan a request waits for is needed sooner than one it may never need). A text already planned,
   * or being planned, is skipped; a restart meanwhile ends the warm-up. Errors are the warm-up's own:
   * the request that needs a text reports what is wrong with it.
   */
  async warmUp(replays: readonly Replay[], lanes = 1): Promise<void> {
    const { epoch } = this;
    let next = 0;
    const lane = async () => {
      for (;;) {
        while (this.requested.size > 0) await Promise.race(this.requested);
        if (this.epoch !== epoch) return;
        const replay = replays[next++];
        if (!replay) return;
        if (this.planned.has(replay.text) || this.inFlight.has(replay.text)) continue;
        await this.read(replay.text, replay.run, { warming: true }).catch(() => {});
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    if (this.epoch !== epoch) return;
    this.cold = false;
    for (const wake of [...this.warmWaiters]) wake();
    this.warmWaiters.clear();
  }

  /** Resolves at once, or, while the database re-plans after a restart, once its warm-up is over. */
  whenWarm(): Promise<void> {
    if (!this.cold) return Promise.resolve();
    return new Promise<void>((resolve) => this.warmWaiters.add(resolve));
  }

  /**
   * While the database is re-planning after a restart (from `lost` until the warm-up after it is
   * over), one request first run of any text at a time: planning on a cold JVM is CPU-bound, so
   * three texts planned at once on two cores each took as long as all three (4.8 to 5.9 s in a
   * faults run at load average 4, against the request deadline of 5 s), where one after the other
   * the first is answered, and its followers with it, in a fraction of that. Waits for the first
   * run holding the turn to end on the database, in arrival order, never past `remainingMs` nor
   * past the database being found down (then the caller refuses or times out without sending).
   * Warm-up runs take no turn: they already wait for requests (`warmUp`).
   */
  async turn(remainingMs: () => number): Promise<(sent?: Promise<unknown>) => void> {
    const { epoch } = this;
    let down = false;
    let wake = () => {};
    const foundDown = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const unsubscribe = this.health.onDown(() => {
      down = true;
      wake();
    });
    try {
      for (;;) {
        const held = this.turnHeld;
        if (!this.cold || !held || this.epoch !== epoch) break;
        const left = remainingMs();
        if (left <= 0 || down) return () => {};
        const ended = Promise.race([held, foundDown]);
        await (Number.isFinite(left) ? settledWithin(ended, left) : ended);
      }
    } finally {
      unsubscribe();
    }
    if (!this.cold) return () => {};
    let release = () => {};
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.turnHeld = holding;
    return (sent) => {
      const done = () => {
        if (this.turnHeld === holding) this.turnHeld = undefined;
        release();
      };
      if (sent) sent.then(done, done);
      else done();
    };
  }

  /** Calls `observer` with every run the gate lets through; returns the unsubscribe function. */
  observe(observer: (event: GateEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private emit(event: GateEvent): void {
    for (const observer of this.observers) observer(event);
  }
}

/**
 * Whether a text's first run `answer` left the database with its plan: resolves once the database
 * has ended that run, not when the client stopped waiting for it. A first run cut off at its
 * deadline on a cold database goes on planning there; a second run of the text sent meanwhile would
 * plan it again beside the first, on the same CPUs, so the reads waiting for the first keep waiting
 * until the database has answered it (`attempts`: the database's side of each attempt) or is found
 * down. Planned when the run answered, with rows or with an error of the query (it was planned to
 * find it); not when it timed out (the plan may not have been made) or found the database
 * unavailable (a restarted database has no plans): then the next read of the text makes the first run.
 */
export async function firstRunSettled(
  answer: Promise<unknown>,
  attempts: readonly Promise<unknown>[],
  health: Pick<DatabaseHealth, 'onDown'>,
): Promise<boolean> {
  const outcome = await answer.then(
    () => 'answered' as const,
    (error: unknown) =>
      error instanceof DatabaseUnavailableError
        ? ('unavailable' as const)
        : error instanceof DatabaseTimeoutError
          ? ('timed out' as const)
          : ('answered' as const),
  );
  if (outcome !== 'timed out') return outcome === 'answered';
  const last = attempts.at(-1);
  if (!last) return false;
  let unsubscribe = () => {};
  const down = new Promise<false>((resolve) => {
    unsubscribe = health.onDown(() => resolve(false));
  });
  const ended = last.then(
    () => true,
    (error: unknown) =>
      !isConnectionFailure(error) &&
      !(classifyDatabaseError(error, '', { limitMs: 0 }) instanceof DatabaseTimeoutError),
  );
  try {
    return await Promise.race([ended, down]);
  } finally {
    unsubscribe();
  }
}

/** Resolves when `work` settles or `ms` pass, whichever is first; never rejects. */
function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
