import { forgetOldest } from '../util/bounded.js';
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
export type PlanTurn = (remainingMs: () => number) => Promise<Hold | undefined>;

/** Holds the turn until `sent` (an attempt's database side) settles; at once without one. */
export type Hold = (sent?: Promise<unknown>) => void;

interface TurnWaiter {
  text: string;
  /** Its text's last first run, in ms (Infinity: never run). */
  cost: number;
  order: number;
  grant: (hold: Hold) => void;
}

/** A run the gate let through, as tests and traces see it. */
export interface GateEvent {
  text: string;
  /**
   * `first`: the text's first run since the database started, reported once it settled, with
   * whether it left the database with the plan; `planned`: the text was planned, it ran at once;
   * `late`: its deadline ran out while it waited for another's first run; `turn`: a request's first
   * run may now be sent, while the database re-plans after a restart (its turn came, or the
   * re-planning ended while it waited).
   */
  run: 'first' | 'planned' | 'late' | 'turn';
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
  /** Ends `cold` at the bound given to `warmUp`, however the warm-up is doing. */
  private coldTimer: NodeJS.Timeout | undefined;
  /** The request first run holding the turn while cold, until the database has ended it. */
  private turnHeld: object | undefined;
  /** Reads waiting for the turn, and whether passing it on is already due. */
  private waiting: TurnWaiter[] = [];
  private passing = false;
  private arrivals = 0;
  /**
   * How long each text's last first run took, from being sent to the database ending it: what it
   * costs to plan, for the order of turns after a restart (kept across restarts; the oldest are
   * forgotten first).
   */
  private readonly planMs = new Map<string, number>();
  /** Reads of planned texts held back while a request's first run plans after a restart (`heldBack`). */
  private readonly plannedWaiting = new Set<() => void>();
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
        // Held back only while a request's first run plans after a restart (no tick spent otherwise).
        if (!warming && this.cold && this.turnHeld !== undefined) await this.heldBack(remainingMs);
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
    const started = Date.now();
    let waitedMs = 0;
    const answer = warming
      ? run(attempts)
      : run(attempts, async (remainingMs) => {
          const asked = Date.now();
          const hold = await this.turn(text, remainingMs);
          waitedMs += Date.now() - asked;
          return hold;
        });
    // Refused as unavailable, it says nothing of what the text costs to plan.
    let refused = false;
    answer.catch((error: unknown) => {
      refused = error instanceof DatabaseUnavailableError;
    });
    const settled = firstRunSettled(answer, attempts, this.health);
    const gate = settled.then(() => {});
    this.inFlight.set(text, gate);
    if (!warming) this.requested.add(gate);
    void settled.then((planned) => {
      const ms = Date.now() - started - waitedMs;
      const known = this.planMs.get(text);
      this.planMs.delete(text);
      if (planned) this.planMs.set(text, ms);
      // A run sent and cut off before it planned shows what planning costs at least; one never sent
      // (its wait for the turn ran out) shows nothing.
      else if (!refused && attempts.length > 0) this.planMs.set(text, Math.max(known ?? 0, ms));
      else if (known !== undefined) this.planMs.set(text, known);
      forgetOldest(this.planMs, PLANNED_TEXTS);
      this.requested.delete(gate);
      if (this.inFlight.get(text) === gate) this.inFlight.delete(text);
      const current = planned && this.epoch === epoch;
      if (current) {
        this.planned.add(text);
        forgetOldest(this.planned, PLANNED_TEXTS);
      }
      this.emit({ text, run: 'first', warming, planned: current });
    });
    return answer;
  }

  /**
   * Before a read of a planned text: resolves at once, except while a request's first run holds
   * the turn after a restart (`turn`); then once the database has ended that run, or half of what
   * was left of the read's deadline has passed (so that it still has time to run). On a cold JVM the
   * planner's thread and the JIT compiling it are CPU-bound, and the queries already planned, sent
   * again as fast as they are answered, took the same cores: session 23's quiet faults run planned
   * similarPeople's text in 3.9 s among them, where cold-plans.ts planned it in 1.9 s with nothing
   * else running (session 20). Held back, those queries still answer, later; the plan others wait
   * for comes first. The warm-up's replays hold nothing back: no request waits for them.
   */
  private async heldBack(remainingMs: () => number): Promise<void> {
    const waitUntil = Date.now() + remainingMs() / 2;
    while (this.cold && this.turnHeld !== undefined) {
      const left = waitUntil - Date.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.plannedWaiting.delete(wake);
          resolve();
        };
        const timer = Number.isFinite(left) ? setTimeout(wake, left) : undefined;
        this.plannedWaiting.add(wake);
      });
    }
  }

  /** The reads held back in `heldBack` look again. */
  private wakePlannedReads(): void {
    for (const wake of [...this.plannedWaiting]) wake();
  }

  /**
   * The database refused connections: it crashed or was killed, and its plans are gone. Runs in
   * flight began on the old process: their plans are not the new one's, and reads do not wait for them.
   */
  lost(): void {
    this.epoch += 1;
    this.cold = true;
    clearTimeout(this.coldTimer);
    // The holder's run was on the old process; whoever waits takes the turn on the new one.
    this.turnHeld = undefined;
    this.passTurn();
    this.planned.clear();
    this.inFlight.clear();
    this.requested.clear();
    this.wakePlannedReads();
  }

  /**
   * After a restart: `replays` (most urgent first) run through the gate, `lanes` at a time, and
   * only while no request is making a first run of its own (planning on a cold JVM is CPU-bound, and
   * a plan a request waits for is needed sooner than one it may never need). A text already planned,
   * or being planned, is skipped; a restart meanwhile ends the warm-up. Errors are the warm-up's own:
   * the request that needs a text reports what is wrong with it.
   *
   * The re-planning (`cold`: turns, upkeep held in `whenWarm`) ends when the warm-up is over, or
   * `coldAtMostMs` after it began, whichever is first: requests that keep bringing texts never run
   * would otherwise keep the warm-up waiting, and first runs taking turns, without end. A warm-up
   * whose every replay was refused as unavailable (the database found down meanwhile) planned
   * nothing: re-planning then goes on until the bound.
   */
  async warmUp(
    replays: readonly Replay[],
    lanes = 1,
    coldAtMostMs = Number.POSITIVE_INFINITY,
  ): Promise<void> {
    const { epoch } = this;
    if (this.cold && Number.isFinite(coldAtMostMs)) {
      clearTimeout(this.coldTimer);
      this.coldTimer = setTimeout(() => {
        if (this.epoch === epoch) this.warm();
      }, coldAtMostMs);
      this.coldTimer.unref();
    }
    let next = 0;
    let ran = 0;
    let refused = 0;
    const lane = async () => {
      for (;;) {
        while (this.requested.size > 0) await Promise.race(this.requested);
        if (this.epoch !== epoch) return;
        const replay = replays[next++];
        if (!replay) return;
        if (this.planned.has(replay.text) || this.inFlight.has(replay.text)) continue;
        ran += 1;
        await this.read(replay.text, replay.run, { warming: true }).catch((error: unknown) => {
          if (error instanceof DatabaseUnavailableError) refused += 1;
        });
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    if (this.epoch !== epoch || (ran > 0 && refused === ran)) return;
    this.warm();
  }

  /**
   * The re-planning after a restart is over: first runs go at once again, those waiting for a turn
   * included, and so does what waits in `whenWarm`.
   */
  private warm(): void {
    this.cold = false;
    clearTimeout(this.coldTimer);
    this.coldTimer = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) {
      this.emit({ text: waiter.text, run: 'turn', warming: false });
      waiter.grant(() => {});
    }
    for (const wake of [...this.warmWaiters]) wake();
    this.warmWaiters.clear();
    this.wakePlannedReads();
  }

  /** Resolves at once, or, while the database re-plans after a restart, once its warm-up is over. */
  whenWarm(): Promise<void> {
    if (!this.cold) return Promise.resolve();
    return new Promise<void>((resolve) => this.warmWaiters.add(resolve));
  }

  /**
   * While the database is re-planning after a restart (from `lost` until the warm-up after it is
   * over), one request first run of any text at a time, the text that planned fastest last time
   * first (unknown texts last, then in arrival order). Planning on a cold JVM is CPU-bound: three
   * texts planned at once on two cores each took about as long as all three (4.8 to 5.9 s in a
   * faults run at load average 4, past the request deadline of 5 s), where the quickest alone took
   * 1.8 to 2.1 s (load 3 to 5); and the first one in arrival order may be the costliest
   * (similarPeople's took 5.8 s alone at load 8, while the others timed out waiting). Shortest
   * first answers the first requests soonest and keeps the mean wait least.
   * The turn passes when the database has ended the holder's run, which may be after its caller
   * stopped waiting. A wait ends at `remainingMs` or when the database is found down: then it
   * resolves to undefined, as it does at once while the database is not re-planning (no turn to
   * hold), and the caller refuses or times out without sending.
   */
  async turn(text: string, remainingMs: () => number): Promise<Hold | undefined> {
    if (!this.cold) return undefined;
    let given: Hold | undefined;
    let granted: ((hold: Hold) => void) | undefined;
    const grant = new Promise<Hold>((resolve) => {
      granted = resolve;
    });
    const waiter: TurnWaiter = {
      text,
      cost: this.planMs.get(text) ?? Number.POSITIVE_INFINITY,
      order: this.arrivals++,
      grant: (hold) => {
        given = hold;
        granted?.(hold);
      },
    };
    this.waiting.push(waiter);
    this.passTurn();
    let wake = () => {};
    const ended = new Promise<undefined>((resolve) => {
      wake = () => resolve(undefined);
    });
    const unsubscribe = this.health.onDown(wake);
    const left = remainingMs();
    const timer = Number.isFinite(left) ? setTimeout(wake, Math.max(0, left)) : undefined;
    try {
      const hold = await Promise.race([grant, ended]);
      if (hold) return hold;
      // Gone before its turn came: out of the queue, and a turn granted meanwhile passed on.
      this.waiting = this.waiting.filter((other) => other !== waiter);
      given?.();
      return undefined;
    } finally {
      clearTimeout(timer);
      unsubscribe();
    }
  }

  /**
   * Gives the free turn to the cheapest waiter, once every read woken at the same moment (the
   * database found up) has asked for it.
   */
  private passTurn(): void {
    if (this.turnHeld || this.passing) return;
    this.passing = true;
    setImmediate(() => {
      this.passing = false;
      if (this.turnHeld || this.waiting.length === 0) return;
      this.waiting.sort((a, b) => a.cost - b.cost || a.order - b.order);
      const next = this.waiting.shift() as TurnWaiter;
      const holding = {};
      this.turnHeld = holding;
      this.emit({ text: next.text, run: 'turn', warming: false });
      next.grant((sent) => {
        const done = () => {
          if (this.turnHeld !== holding) return;
          this.turnHeld = undefined;
          this.passTurn();
          this.wakePlannedReads();
        };
        if (sent) sent.then(done, done);
        else done();
      });
    });
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
