import { errorMessage } from '../util/error-message.js';
import { percentile } from '../util/percentile.js';

/** How the health monitor decides; every field in milliseconds. */
export interface HealthTiming {
  /**
   * The database counts as down once it has owed an answer this long (a probe outstanding, nothing
   * else answered either) while this process could have read one: a stopped or frozen process
   * accepts connections and then says nothing. A refused or reset connection counts at once. This
   * is the least silence allowed; a database that has recently been slow to answer is allowed more
   * (see `allowedSilenceMs`), up to `maxUnresponsiveMs`.
   */
  unresponsiveMs: number;
  /**
   * The most silence ever allowed: the request deadline, past which waiting longer for a verdict
   * would change nothing for a request (it answers TIMEOUT then).
   */
  maxUnresponsiveMs: number;
  /** A new probe starts this long after the last one settled. */
  intervalMs: number;
  /** A probe still unanswered after this long no longer holds the next one back. */
  abandonMs: number;
  /**
   * While no work is in flight (`working`) and the database is up: a new probe starts only once
   * this long passed without an answer, rather than `intervalMs`; work that starts finding no answer
   * within `intervalMs` is owed one from its start (`working`), and a `check()` sends a probe at
   * once. Absent: work is not tracked, and the pace is `intervalMs` whatever runs.
   */
  idleIntervalMs?: number;
}

/**
 * Found down within intervalMs + tickMs + unresponsiveMs (850 ms) of going away while it had been
 * answering promptly: silence is counted only while a probe is outstanding, and a probe starts at
 * the first tick at least intervalMs after the last answer (the last probe's, or with a liveness
 * probe any query's), so the gap between that answer and the probe adds to the verdict's worst case
 * (with a 50 ms tick and interval it was 900 ms: the next probe started up to 100 ms after the last
 * answer). That leaves a request that waits for the verdict of a stopped database 150 ms for its
 * own answer within the second. A database that is only busy keeps answering the probe: a Bolt
 * handshake, answered by its network threads (bolt-handshake.ts), or, where there is none (TLS), a
 * query on a connection pool of its own (Executor.ts).
 *
 * Probes are not free: a handshake is a new TCP connection, and a probe every 50 ms cost an idle
 * Neo4j ten times its own idle CPU (0.15 core against 0.013) and each request it served 2 to 5 ms
 * of CPU more. Hence a liveness probe waits while queries answer, and the query probe beside it
 * runs once a second while the database is up (`QUERY_PROBE_UP_INTERVAL_MS`).
 */
export const DEFAULT_HEALTH_TIMING: HealthTiming = {
  unresponsiveMs: 800,
  maxUnresponsiveMs: 5000,
  intervalMs: 25,
  abandonMs: 3000,
};

/**
 * The API's `idleIntervalMs`: an idle server probes about once a second rather than every 50 ms (a
 * new TCP connection to the database each time: 3+ s of the API's CPU in a 4-minute benchmark that
 * left it idle most of the time, and Neo4j's CPU for each handshake). No guarantee depends on it:
 * work that starts when the database has not answered lately is owed an answer from its start
 * (`DatabaseHealth.working`), and unless something answers by the next tick a probe goes out then
 * with that wait counted as silence, so a request sent to a database that went silent while the
 * server was idle is answered within `unresponsiveMs` of its start, as under load; only the verdict
 * nobody waits for comes later (within this plus `unresponsiveMs`).
 */
export const IDLE_PROBE_INTERVAL_MS = 1000;

/** How often an idle monitor looks (see `DatabaseHealth.schedule`): when its next idle probe is due. */
const IDLE_TICK_MS = 250;

/**
 * The most a late tick counts for: a timer of a busy process runs tens of milliseconds late, time
 * in which it could read an answer, but a longer block (a large response serialised, a machine
 * loaded past its cores) is not the database's silence.
 */
const LATE_TICK_MS = 100;

/**
 * How far back the probe's round trips count for the allowed silence: long enough to remember the
 * pauses of a database saturated for a while, short enough that a quiet one is soon watched closely
 * again.
 */
const LATENCY_WINDOW_MS = 30_000;
/** The quantile of those round trips that sets the allowed silence, and the factor applied to it. */
const LATENCY_QUANTILE = 0.99;
const LATENCY_FACTOR = 3;
/**
 * Beside a liveness probe, how often the query probe runs while the database is up and did not
 * refuse connections: it then only keeps /health's "queries run" current, which a second of delay
 * does not hurt. While down or after a refusal it runs every `intervalMs`, so the return after a
 * restart is seen as soon as before.
 */
export const QUERY_PROBE_UP_INTERVAL_MS = 1000;
type Listener = (reason: string) => void;

/**
 * Whether the database answers, known without waiting on it. While monitoring (the API server
 * monitors for as long as it runs) it probes every `intervalMs`, or with a liveness probe only
 * once `intervalMs` passed without an answer; every answer the database gives any query also counts
 * as a sign of life. With an idle pace (`idleIntervalMs`) and no work in flight, once that passed
 * instead. Transactions subscribe to `onDown` so that a database
 * that goes away ends them at once rather than at their timeout, and new ones fail fast while it is
 * down. Without monitoring it only answers `check()` with a bounded probe.
 *
 * Busy is not down. Any answer to any query is a sign of life. Silence is counted only while a
 * probe is outstanding and only for time in which this process could have read an answer: when its
 * own event loop was blocked (a large response being serialised, a loaded machine), the late tick
 * counts as at most `LATE_TICK_MS`, so the server's own load never reads as a silent database. A
 * connection the probe could not open in time is silence too, not a verdict; only a refused or
 * reset connection (decisive, at once), or silence longer than allowed, marks it down.
 *
 * The silence allowed follows how the database has been answering: a saturated database (CPU
 * starved, its JVM pausing for seconds) answers the probe late and then answers, and each late
 * answer raises the allowance to `LATENCY_FACTOR` times the recent p99 round trip, between
 * `unresponsiveMs` and `maxUnresponsiveMs`. A database that was answering promptly and stops is
 * still found down within about `unresponsiveMs`.
 */
export class DatabaseHealth {
  private state: 'unknown' | 'up' | 'down' = 'unknown';
  private why = '';
  private lastAnswer = 0;
  /** How long the database has owed an answer, counted as described above. */
  private silentMs = 0;
  private lastTick = 0;
  private probing: { started: number } | undefined;
  private lastProbeSettled = 0;
  private lastProbeOk = false;
  /** A probe was due and not started, because a query had answered within `intervalMs`. */
  private heldBack = false;
  /**
   * When work that found the database idle began (`working`): until anything answers, a probe
   * starts or no work is left in flight, the database owes an answer from then.
   */
  private owedSince: number | undefined;
  /** With a liveness probe: the query probe outstanding, and when the last one settled. */
  private queryProbing: { started: number } | undefined;
  private lastQueryProbeSettled = 0;
  private lastQueryProbeStarted = 0;
  /** Round trips of recent probes that were answered, oldest first. */
  private readonly latencies: { at: number; ms: number }[] = [];
  /** The last verdict was a refused or reset connection: the database process may have restarted. */
  private refused = false;
  private refusedOutages = 0;
  private returned: (() => void) | undefined;
  private lost: (() => void) | undefined;
  private downAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The next tick is `IDLE_TICK_MS` away rather than `tickMs`. */
  private timerSlow = false;
  private monitors = 0;
  private readonly listeners = new Set<Listener>();
  /** Waiting in `whenUp`: woken when the database counts as up again. */
  private readonly upWaiters = new Set<() => void>();
  /** Work in flight (`working`). */
  private inFlight = 0;
  /** Waiting in `check()` for an answer or a verdict. */
  private readonly answerWaiters = new Set<() => void>();

  /**
   * `probe` resolves true when the database ran a trivial query, false when it answered with an
   * error (wrong credentials: it is up, but unusable), and rejects when it could not be reached.
   * `liveness`, when given, resolves when the database process answers at all (a Bolt handshake,
   * which its network threads answer however busy its query threads are) and rejects when it could
   * not be reached: then silence and refusals are judged by it alone, so a database slow to run
   * queries is not allowed more silence for it, and `probe` only says whether queries run (/health,
   * and the return after a restart).
   */
  constructor(
    private readonly probe: () => Promise<boolean>,
    readonly timing: HealthTiming = DEFAULT_HEALTH_TIMING,
    private readonly liveness?: () => Promise<void>,
  ) {}

  /** How often the monitor looks: often enough that detection is not late by more than this. */
  get tickMs(): number {
    return Math.max(10, Math.min(25, Math.floor(this.timing.unresponsiveMs / 20)));
  }

  /** Starts monitoring; counted, so each `start()` needs its `stop()`. */
  start(): void {
    this.monitors += 1;
    if (this.monitors > 1) return;
    this.lastTick = Date.now();
    this.tick();
  }

  /**
   * Stops monitoring once every `start()` has its `stop()`. A refusal seen before stays pending: the
   * database's plans are gone whatever the monitor does, so the next `start()`'s first answer is
   * still the return (`onReturn`), which ends the plan gate's re-planning after a restart.
   */
  stop(): void {
    this.monitors = Math.max(0, this.monitors - 1);
    if (this.monitors > 0 || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.state = 'unknown';
    this.owedSince = undefined;
  }

  get monitoring(): boolean {
    return this.monitors > 0;
  }

  /** Known to be down (only ever true while monitoring). */
  get down(): boolean {
    return this.state === 'down';
  }

  /** When it was last found down (ms since the epoch; 0: never). */
  get downSince(): number {
    return this.downAt;
  }

  /**
   * How many times the database began refusing connections after it had answered (each time
   * `onRefused` is called): each may be a restart, which empties its query-plan cache.
   */
  get refusals(): number {
    return this.refusedOutages;
  }

  /** Why it counts as down, for messages. */
  get reason(): string {
    return this.why;
  }

  /**
   * How long the database may now owe an answer before it counts as down: `LATENCY_FACTOR` times the
   * p99 of the probe's round trips over the last `LATENCY_WINDOW_MS`, within
   * [`unresponsiveMs`, `maxUnresponsiveMs`].
   */
  allowedSilenceMs(now = Date.now()): number {
    const { unresponsiveMs, maxUnresponsiveMs } = this.timing;
    const recent = this.latencies.filter((sample) => now - sample.at <= LATENCY_WINDOW_MS).map((s) => s.ms);
    if (recent.length === 0) return unresponsiveMs;
    const p99 = percentile(recent, LATENCY_QUANTILE);
    return Math.max(unresponsiveMs, Math.min(maxUnresponsiveMs, LATENCY_FACTOR * p99));
  }

  /** The database answered something: it is up. */
  answered(): void {
    this.lastAnswer = Date.now();
    this.silentMs = 0;
    this.owedSince = undefined;
    for (const wake of [...this.answerWaiters]) wake();
    if (this.state === 'up') return;
    this.state = 'up';
    for (const wake of [...this.upWaiters]) wake();
  }

  /**
   * Resolves true as soon as the database counts as up (at once when it is not known to be down),
   * false when `waitMs` pass first.
   */
  whenUp(waitMs: number): Promise<boolean> {
    if (this.state !== 'down') return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const settle = (up: boolean) => {
        clearTimeout(timer);
        this.upWaiters.delete(wake);
        resolve(up);
      };
      const wake = () => settle(true);
      const timer = setTimeout(() => settle(false), Math.max(0, waitMs));
      this.upWaiters.add(wake);
    });
  }

  /**
   * `returned` is called when the database answers the probe again after it refused connections (a
   * restart, which empties its query-plan cache), just before it is reported up. Not after silence
   * alone: a stopped or busy database keeps its plans. The database is up at once: holding requests
   * back while plans are made only turns waits into refusals (see Executor's plan gate).
   */
  onReturn(returned: () => void): void {
    this.returned = returned;
  }

  /**
   * `lost` is called when the database first refuses connections after it answered (it crashed or
   * was killed: its query-plan cache is gone). What runs after this runs on the process that comes
   * back.
   */
  onRefused(lost: () => void): void {
    this.lost = lost;
  }

  /**
   * Work that needs the database began (a transaction): until the returned function is called the
   * monitor keeps its fast pace (`intervalMs`). With an idle pace, a database that has not answered
   * within `intervalMs` owes an answer from the work's start: unless something answers (the work's
   * own query, most often) before the next tick, a probe goes out then with that silence counted,
   * so that one that went silent while nothing ran is found down within `unresponsiveMs` of the
   * work's start, as under load. Not sent at once: requests a few tens of milliseconds apart each
   * set off a Bolt handshake beside their query, a new connection for the database to accept while
   * it answers, which the query's answer made needless.
   */
  working(): () => void {
    this.inFlight += 1;
    if (this.idleAndUnanswered()) {
      this.owedSince ??= Date.now();
      // Alone in flight, a probe held back before it was held back while nothing was owed: the
      // silence since the last answer was nobody's, and counting it would find a database that
      // pauses between one-at-a-time requests down before `unresponsiveMs` of this work's wait.
      if (this.inFlight === 1) this.heldBack = false;
    }
    this.hurry();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight -= 1;
      // Work can end with no answer to count (a refused BEGIN, a commit with no query): once none
      // is left, nothing is owed, and a later work's wait must not start from this one's.
      if (this.inFlight === 0) this.owedSince = undefined;
    };
  }

  /** A transaction lost its connection: probe now rather than at the next interval. */
  suspect(): void {
    if (this.monitoring && !this.probing) this.startProbe();
  }

  /** Calls `listener` when the database is found down; returns the unsubscribe function. */
  onDown(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Whether the database answers, within `timeoutMs` whatever it does: while monitoring, the
   * monitor's verdict (up, and its last probe ran); before the first verdict or without
   * monitoring, a probe of its own.
   */
  async check(timeoutMs: number): Promise<boolean> {
    if (this.state === 'down') return false;
    if (this.monitoring && this.state === 'up') {
      // Idle, the verdict is as old as the last answer: a probe now, and its answer.
      return this.probeIfIdle() ? this.answerWithin(timeoutMs) : this.lastProbeOk;
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probed = this.probe().then(
      (ok) => {
        this.answered();
        this.lastProbeOk = ok;
        return ok;
      },
      () => false,
    );
    try {
      return await Promise.race([probed, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * With an idle pace, while monitoring and up: starts a probe when none is out and nothing answered
   * within `intervalMs`; says whether it did.
   */
  private probeIfIdle(): boolean {
    if (!this.idleAndUnanswered()) return false;
    this.startProbe();
    return true;
  }

  /** With an idle pace, while monitoring and up: no probe is out and nothing answered within `intervalMs`. */
  private idleAndUnanswered(): boolean {
    if (this.timing.idleIntervalMs === undefined || !this.monitoring || this.state !== 'up') return false;
    return !this.probing && Date.now() - this.lastAnswer >= this.timing.intervalMs;
  }

  /**
   * Whether queries run, once the database answers anything (at once when it has since the probe
   * just sent) or is found down; false when `timeoutMs` pass first.
   */
  private answerWithin(timeoutMs: number): Promise<boolean> {
    const asked = Date.now();
    return new Promise<boolean>((resolve) => {
      const settle = () => {
        clearTimeout(timer);
        this.answerWaiters.delete(settle);
        resolve(this.state === 'up' && this.lastAnswer >= asked && this.lastProbeOk);
      };
      const timer = setTimeout(settle, Math.max(0, timeoutMs));
      this.answerWaiters.add(settle);
    });
  }

  /** The least time between probes now: `intervalMs`, or with an idle pace and nothing in flight while up, that pace. */
  private paceMs(): number {
    const { intervalMs, idleIntervalMs } = this.timing;
    if (idleIntervalMs === undefined || this.inFlight > 0 || this.state !== 'up' || this.refused)
      return intervalMs;
    return Math.max(intervalMs, idleIntervalMs);
  }

  /**
   * Schedules the next tick: `tickMs` away, or `IDLE_TICK_MS` while the idle pace applies and no
   * probe is out (no silence to count: a timer every 25 ms alone cost an idle process 8 ms of CPU
   * a second).
   */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timerSlow = this.paceMs() > this.timing.intervalMs && !this.probing;
    this.timer = setTimeout(() => this.tick(), this.timerSlow ? IDLE_TICK_MS : this.tickMs);
    this.timer.unref();
  }

  /** Work began or a probe went out while the monitor looked slowly: the next tick comes at `tickMs`. */
  private hurry(): void {
    if (this.monitoring && this.timerSlow) this.schedule();
  }

  private tick(): void {
    this.tickOnce();
    if (this.monitoring) this.schedule();
  }

  private tickOnce(): void {
    const now = Date.now();
    const sinceTick = now - this.lastTick;
    this.lastTick = now;
    if (this.probing) {
      const silentFrom = Math.max(this.probing.started, this.lastAnswer, now - sinceTick);
      this.silentMs += Math.min(Math.max(0, now - silentFrom), LATE_TICK_MS);
      if (this.silentMs >= this.timing.unresponsiveMs) {
        const allowed = this.allowedSilenceMs(now);
        if (this.silentMs >= allowed) {
          this.markDown(
            `no answer for ${now - Math.max(this.probing.started, this.lastAnswer)} ms (allowed ${allowed} ms)`,
          );
        }
      }
    }
    const { intervalMs, abandonMs } = this.timing;
    const pace = this.paceMs();
    if ((!this.probing || now - this.probing.started >= abandonMs) && now - this.lastProbeSettled >= pace) {
      if (this.answeredLately(now, pace)) this.heldBack = true;
      else this.startProbe();
    }
    if (
      this.liveness &&
      (!this.queryProbing || now - this.queryProbing.started >= abandonMs) &&
      now - this.lastQueryProbeSettled >= intervalMs &&
      (this.state !== 'up' || this.refused || now - this.lastQueryProbeStarted >= QUERY_PROBE_UP_INTERVAL_MS)
    )
      this.startQueryProbe();
  }

  /**
   * With a liveness probe, an answer to any query within the last `pace` (`paceMs`) while up proves
   * the database alive as well as a handshake would: no handshake is sent then, so under load none
   * is, and while idle the query probe's answers (once a second) mostly stand in for them. The probe
   * then starts at the first tick `pace` after the last answer, and its silence is counted from that
   * answer (see `startProbe`), so a database that stops under load is found down `unresponsiveMs`
   * after its last answer, to a tick, as when a probe was always outstanding. Without a liveness
   * probe, the query probe also says whether queries run, and keeps its pace.
   */
  private answeredLately(now: number, pace: number): boolean {
    return this.liveness !== undefined && this.state === 'up' && now - this.lastAnswer < pace;
  }

  /** The probe whose silence counts: the liveness probe when there is one, else the query probe. */
  private startProbe(): void {
    const probe = { started: Date.now() };
    this.probing = probe;
    this.hurry();
    // Held back by answers: the database has owed this probe's answer since its last one. A late
    // tick counts for no more than `LATE_TICK_MS` here either.
    if (this.heldBack) this.silentMs += Math.min(Math.max(0, probe.started - this.lastAnswer), LATE_TICK_MS);
    // Owed since work began (`working`): that wait was silence too, and none before it unless other
    // work was in flight when the probe was held back.
    else if (this.owedSince !== undefined)
      this.silentMs += Math.min(Math.max(0, probe.started - this.owedSince), LATE_TICK_MS);
    this.heldBack = false;
    this.owedSince = undefined;
    if (this.liveness) {
      this.liveness().then(
        () => {
          if (this.probing === probe) this.probing = undefined;
          const now = Date.now();
          this.lastProbeSettled = now;
          this.recordLatency(now, now - probe.started);
          // After a refusal the process may be a new one, still recovering: alive, but down until
          // the query probe gets an answer, as without a liveness probe.
          if (this.refused && this.state === 'down') {
            this.lastAnswer = now;
            this.silentMs = 0;
          } else this.answered();
        },
        (error: unknown) => this.unreachable(probe, error),
      );
      return;
    }
    this.probe().then(
      (ok) => {
        if (this.probing === probe) this.probing = undefined;
        const now = Date.now();
        this.lastProbeSettled = now;
        this.lastProbeOk = ok;
        this.recordLatency(now, now - probe.started);
        // A restarted database answers with errors while it recovers: its plans are made once it
        // runs queries, so the return is the first probe that ran.
        if (ok && this.refused) {
          this.refused = false;
          this.returned?.();
        }
        this.answered();
      },
      (error: unknown) => this.unreachable(probe, error),
    );
  }

  /** The probe whose silence counts could not reach the database. */
  private unreachable(probe: { started: number }, error: unknown): void {
    if (this.probing === probe) this.probing = undefined;
    this.lastProbeSettled = Date.now();
    // An answer that came after this probe started outweighs its failure; a connection that
    // could not be opened in time is silence, which tick() weighs.
    if (this.lastAnswer <= probe.started && !isSlowConnection(error)) {
      if (!this.refused) {
        this.refused = true;
        this.refusedOutages += 1;
        this.lost?.();
      }
      this.markDown(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    }
  }

  /**
   * Beside a liveness probe: whether the database runs queries. Its slowness and failures are no
   * verdict (the liveness probe gives those); its first success after a refusal is the return.
   */
  private startQueryProbe(): void {
    const probe = { started: Date.now() };
    this.queryProbing = probe;
    this.lastQueryProbeStarted = probe.started;
    const settled = () => {
      if (this.queryProbing === probe) this.queryProbing = undefined;
      this.lastQueryProbeSettled = Date.now();
    };
    this.probe().then(
      (ok) => {
        settled();
        this.lastProbeOk = ok;
        if (ok && this.refused) {
          this.refused = false;
          this.returned?.();
        }
        this.answered();
      },
      () => {
        settled();
        this.lastProbeOk = false;
      },
    );
  }

  private recordLatency(at: number, ms: number): void {
    this.latencies.push({ at, ms });
    while ((this.latencies[0]?.at ?? at) < at - LATENCY_WINDOW_MS) this.latencies.shift();
  }

  private markDown(reason: string): void {
    this.why = reason;
    this.owedSince = undefined;
    if (this.state === 'down') return;
    this.state = 'down';
    this.downAt = Date.now();
    for (const wake of [...this.answerWaiters]) wake();
    for (const listener of [...this.listeners]) listener(reason);
  }
}

/** The driver gave up waiting to open or borrow a connection: the database may only be slow. */
function isSlowConnection(error: unknown): boolean {
  const message = errorMessage(error);
  return /timed out|Failed to establish connection in/i.test(message);
}
