import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import {
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../../../src/db/errors.js';
import { firstRunSettled, type GateEvent, PlanGate, type PlanTurn } from '../../../src/db/plan-gate.js';

/*
 * The plan gate's decisions as pure code: every run is a fake whose answer (what the caller is told)
 * and database side (when the database ends it) the test settles by hand, and the gate's state is
 * read after every pending callback has run (setImmediate comes after the microtasks). Nothing
 * here depends on how fast the machine is.
 */

/** A promise with its settling functions. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every callback already due run: the gate settles through promises alone. */
const flush = () => new Promise((resolve) => setImmediate(resolve));
/** Twice: the turn passes in a callback of its own (`PlanGate.turn`). */
const settle = async () => {
  await flush();
  await flush();
};

/** Whether `promise` has settled once the pending callbacks ran, and with what. */
async function state<T>(promise: Promise<T>): Promise<T | 'pending'> {
  const seen: { value: T | 'pending' } = { value: 'pending' };
  void promise.then(
    (value) => {
      seen.value = value;
    },
    (error: unknown) => {
      seen.value = (error as Error).name as T;
    },
  );
  await flush();
  return seen.value;
}

/** A health monitor that is found down when the test says so. */
function fakeHealth() {
  const listeners = new Set<(reason: string) => void>();
  return {
    onDown(listener: (reason: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goDown: () => {
      for (const listener of listeners) listener('refused');
    },
    listeners,
  };
}

const neo4jError = (code: string) => new Neo4jError('from the database', code, '', '');
const timedOut = () => new DatabaseTimeoutError('faults.q', 5000);
const unavailable = () => new DatabaseUnavailableError('faults.q: refused', 'faults.q');
const serverTimedOut = () => neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');

/**
 * A database the test drives: each run it is sent is recorded with its label; its answer and its
 * database side are settled by the test.
 */
function fakeDatabase() {
  const calls: {
    label: string;
    answer: ReturnType<typeof deferred<string>>;
    server: ReturnType<typeof deferred<unknown>>;
  }[] = [];
  const run = (label: string) => (attempts: Promise<unknown>[]) => {
    const call = { label, answer: deferred<string>(), server: deferred<unknown>() };
    call.server.promise.catch(() => {});
    attempts.push(call.server.promise);
    calls.push(call);
    return call.answer.promise;
  };
  /**
   * Like `run`, for a caller that takes the gate's turn before it sends (as Executor's reads do),
   * within `remainingMs`; the label is sent only when the turn came.
   */
  const turnRun =
    (label: string, remainingMs = () => Number.POSITIVE_INFINITY) =>
    async (attempts: Promise<unknown>[], turn?: PlanTurn) => {
      const hold = await turn?.(remainingMs);
      if (remainingMs() <= 0) {
        hold?.();
        throw timedOut();
      }
      const answer = run(label)(attempts);
      hold?.(attempts.at(-1));
      return answer;
    };
  /** Run `label`: the database answers it with rows. */
  const answer = (label: string) => {
    const call = calls.find((c) => c.label === label);
    call?.server.resolve({ records: [] });
    call?.answer.resolve(label);
  };
  const sent = () => calls.map((c) => c.label);
  const get = (label: string) => {
    const call = calls.find((c) => c.label === label);
    if (!call) throw new Error(`${label} was never sent`);
    return call;
  };
  return { run, turnRun, answer, sent, get };
}

function gateWithLog() {
  const health = fakeHealth();
  const gate = new PlanGate(health);
  const events: GateEvent[] = [];
  gate.observe((event) => events.push(event));
  return { gate, health, events, db: fakeDatabase() };
}

describe('PlanGate: one first run of a text at a time, until one leaves the plan', () => {
  it('lets one first run of an unplanned text through; the others wait for it, then run at once', async () => {
    const { gate, events, db } = gateWithLog();
    const reads = ['a', 'b', 'c'].map((label) => gate.read('MATCH (n) RETURN n', db.run(label)));
    await flush();
    const whileFirst = db.sent();
    db.answer('a');
    await flush();
    const after = db.sent();
    db.answer('b');
    db.answer('c');
    expect({ whileFirst, after, answers: await Promise.all(reads), events }).toEqual({
      whileFirst: ['a'],
      after: ['a', 'b', 'c'],
      answers: ['a', 'b', 'c'],
      events: [
        { text: 'MATCH (n) RETURN n', run: 'first', warming: false, planned: true },
        { text: 'MATCH (n) RETURN n', run: 'planned', warming: false },
        { text: 'MATCH (n) RETURN n', run: 'planned', warming: false },
      ],
    });
  });

  it('keeps the others waiting after the first run timed out for its caller, until the database ended it; then one makes the next first run', async () => {
    const { gate, events, db } = gateWithLog();
    const first = gate.read('q', db.run('first'));
    const waiting = ['second', 'third'].map((label) => gate.read('q', db.run(label)));
    await flush();
    db.get('first').answer.reject(timedOut());
    const told = await state(first);
    // The client stopped waiting; the database still plans and runs it.
    const whileTheDatabaseRuns = db.sent();
    db.get('first').server.reject(serverTimedOut());
    await flush();
    const afterItEnded = db.sent();
    db.answer('second');
    await flush();
    db.answer('third');
    await Promise.all(waiting);
    expect({ told, whileTheDatabaseRuns, afterItEnded, sent: db.sent(), events }).toEqual({
      told: 'DatabaseTimeoutError',
      whileTheDatabaseRuns: ['first'],
      afterItEnded: ['first', 'second'],
      sent: ['first', 'second', 'third'],
      events: [
        { text: 'q', run: 'first', warming: false, planned: false },
        { text: 'q', run: 'first', warming: false, planned: true },
        { text: 'q', run: 'planned', warming: false },
      ],
    });
  });

  it('counts a first run that timed out for its caller but then answered on the database as planned', async () => {
    const { gate, events, db } = gateWithLog();
    const first = gate.read('q', db.run('first')).catch(() => 'cut off');
    await flush();
    db.get('first').answer.reject(timedOut());
    const later = gate.read('q', db.run('later'));
    await flush();
    const before = db.sent();
    db.get('first').server.resolve({ records: [] });
    await flush();
    db.answer('later');
    expect({ first: await first, before, later: await later, events }).toEqual({
      first: 'cut off',
      before: ['first'],
      later: 'later',
      events: [
        { text: 'q', run: 'first', warming: false, planned: true },
        { text: 'q', run: 'planned', warming: false },
      ],
    });
  });

  it('counts a first run that answered with an error of the query as planned, and one refused as unavailable as not', async () => {
    const { gate, events, db } = gateWithLog();
    const bad = gate.read('bad', db.run('bad')).catch((error: Error) => error.name);
    await flush();
    db.get('bad').server.reject(neo4jError('Neo.ClientError.Statement.TypeError'));
    db.get('bad').answer.reject(
      new DatabaseQueryError('bad', neo4jError('Neo.ClientError.Statement.TypeError')),
    );
    const away = gate.read('away', db.run('away')).catch((error: Error) => error.name);
    await flush();
    db.get('away').answer.reject(unavailable());
    expect({ bad: await bad, away: await away }).toEqual({
      bad: 'DatabaseQueryError',
      away: 'DatabaseUnavailableError',
    });
    await flush();
    expect(events).toEqual([
      { text: 'bad', run: 'first', warming: false, planned: true },
      { text: 'away', run: 'first', warming: false, planned: false },
    ]);
  });

  it('stops waiting for a cut-off first run once the database is found down: not planned, the next read goes first', async () => {
    const { gate, health, events, db } = gateWithLog();
    void gate.read('q', db.run('first')).catch(() => {});
    const next = gate.read('q', db.run('next'));
    await flush();
    db.get('first').answer.reject(timedOut());
    await flush();
    const before = db.sent();
    health.goDown();
    await flush();
    db.answer('next');
    const answered = await next;
    await flush();
    expect({ before, next: answered, events, listeners: health.listeners.size }).toEqual({
      before: ['first'],
      next: 'next',
      events: [
        { text: 'q', run: 'first', warming: false, planned: false },
        { text: 'q', run: 'first', warming: false, planned: true },
      ],
      listeners: 0,
    });
  });

  it('lets a waiting read through when its deadline has run out (its own run then reports the timeout)', async () => {
    const { gate, events, db } = gateWithLog();
    void gate.read('q', db.run('first'));
    // 5 ms left at first, none when it looks again.
    const left = [5, 0];
    const late = gate.read('q', async () => 'late', { remainingMs: () => left.shift() ?? 0 });
    expect({ late: await late, sent: db.sent(), events }).toEqual({
      late: 'late',
      sent: ['first'],
      events: [{ text: 'q', run: 'late', warming: false }],
    });
  });

  it('forgets its plans when the database is lost; a first run begun before does not plan the new process', async () => {
    const { gate, events, db } = gateWithLog();
    void gate.read('q', db.run('planned'));
    db.answer('planned');
    await flush();
    void gate.read('q', db.run('old'));
    void gate.read('other', db.run('begun before'));
    gate.lost();
    // Waits for nothing of the old process: its own first run.
    void gate.read('other', db.run('after'));
    await flush();
    const sent = db.sent();
    db.answer('begun before');
    await flush();
    const last = gate.read('other', db.run('last'));
    await flush();
    const lastWaits = db.sent().includes('last');
    db.answer('after');
    await flush();
    db.answer('last');
    await last;
    expect({ sent, lastWaits, events }).toEqual({
      sent: ['planned', 'old', 'begun before', 'after'],
      lastWaits: false,
      events: [
        { text: 'q', run: 'first', warming: false, planned: true },
        { text: 'q', run: 'planned', warming: false },
        { text: 'other', run: 'first', warming: false, planned: false },
        { text: 'other', run: 'first', warming: false, planned: true },
        { text: 'other', run: 'planned', warming: false },
      ],
    });
  });
});

describe('PlanGate.warmUp: the recent reads replayed after a restart', () => {
  it('replays them in the order given, one at a time, skipping texts planned or being planned', async () => {
    const { gate, db } = gateWithLog();
    void gate.read('planned', db.run('request of planned'));
    db.answer('request of planned');
    await flush();
    void gate.read('planning', db.run('request of planning'));
    await flush();
    const warming = gate.warmUp(
      ['newest', 'planned', 'planning', 'oldest'].map((text) => ({ text, run: db.run(`warm ${text}`) })),
    );
    await flush();
    // The request's first run holds the warm-up back.
    const whileRequested = db.sent();
    db.answer('request of planning');
    await flush();
    const one = db.sent();
    db.answer('warm newest');
    await flush();
    const two = db.sent();
    db.answer('warm oldest');
    await warming;
    expect({ whileRequested, one, two }).toEqual({
      whileRequested: ['request of planned', 'request of planning'],
      one: ['request of planned', 'request of planning', 'warm newest'],
      two: ['request of planned', 'request of planning', 'warm newest', 'warm oldest'],
    });
  });

  it("waits while a request makes a first run of its own, and a request's read of a text being warmed waits for the warm-up's run", async () => {
    const { gate, events, db } = gateWithLog();
    const warming = gate.warmUp(['a', 'b'].map((text) => ({ text, run: db.run(`warm ${text}`) })));
    await flush();
    const request = gate.read('c', db.run('request c'));
    const sameText = gate.read('a', db.run('request a'));
    await flush();
    db.answer('warm a');
    await flush();
    // The request's read of a ran on the warm-up's plan; b waits for the request's first run of c.
    const afterA = db.sent();
    db.answer('request a');
    db.answer('request c');
    await flush();
    db.answer('warm b');
    await Promise.all([warming, request, sameText]);
    await flush();
    expect({ afterA, sent: db.sent(), events }).toEqual({
      afterA: ['warm a', 'request c', 'request a'],
      sent: ['warm a', 'request c', 'request a', 'warm b'],
      events: [
        { text: 'a', run: 'first', warming: true, planned: true },
        { text: 'a', run: 'planned', warming: false },
        { text: 'c', run: 'first', warming: false, planned: true },
        { text: 'b', run: 'first', warming: true, planned: true },
      ],
    });
  });

  it('runs `lanes` replays at a time when asked', async () => {
    const { gate, db } = gateWithLog();
    const warming = gate.warmUp(
      ['a', 'b', 'c'].map((text) => ({ text, run: db.run(text) })),
      2,
    );
    await flush();
    const two = db.sent();
    db.answer('b');
    await flush();
    const third = db.sent();
    db.answer('a');
    db.answer('c');
    await warming;
    expect({ two, third }).toEqual({ two: ['a', 'b'], third: ['a', 'b', 'c'] });
  });

  it('ends when the database is lost again, and ignores the errors of its replays', async () => {
    const { gate, db } = gateWithLog();
    const warming = gate.warmUp(['a', 'b'].map((text) => ({ text, run: db.run(text) })));
    await flush();
    gate.lost();
    db.get('a').answer.reject(unavailable());
    await warming;
    expect(db.sent()).toEqual(['a']);
  });
});

describe('PlanGate.turn: after a restart, until its warm-up is over, one request first run at a time', () => {
  it('sends first runs of different texts one after another, the one that planned fastest last time first, each once the one before ended on the database', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { gate, db } = gateWithLog();
      // Before the restart: quick's first run took 100 ms, slow's 900 ms; new's was refused at once
      // (the database away), which says nothing of its cost.
      const refused = gate.read('new', db.turnRun('new')).catch(() => {});
      await settle();
      db.get('new').answer.reject(unavailable());
      db.get('new').server.reject(unavailable());
      await refused;
      const before = ['quick', 'slow'].map((text) => gate.read(text, db.turnRun(text)));
      await settle();
      vi.advanceTimersByTime(100);
      db.answer('quick');
      await settle();
      vi.advanceTimersByTime(800);
      db.answer('slow');
      await Promise.all(before);
      gate.lost();
      const warming = gate.warmUp([{ text: 'recent', run: db.run('warm recent') }]);
      const reads = ['slow', 'new', 'quick'].map((text) =>
        gate.read(text, db.turnRun(`after ${text}`)).catch(() => 'cut off'),
      );
      await settle();
      const first = db.sent().slice(4);
      // Its caller stopped waiting (a timeout), but the database is still planning it: the others wait on.
      db.get('after quick').answer.reject(timedOut());
      await settle();
      const cutOff = db.sent().slice(4);
      db.get('after quick').server.resolve({ records: [] });
      await settle();
      const second = db.sent().slice(4);
      db.answer('after slow');
      await settle();
      const third = db.sent().slice(4);
      db.answer('after new');
      expect({ first, cutOff, second, third, answers: await Promise.all(reads) }).toEqual({
        first: ['after quick'],
        cutOff: ['after quick'],
        second: ['after quick', 'after slow'],
        // Never run: last.
        third: ['after quick', 'after slow', 'after new'],
        answers: ['after slow', 'after new', 'cut off'],
      });
      // The warm-up waits for the requests, then replays; once it is over, first runs go together.
      db.answer('warm recent');
      await warming;
      const together = ['d', 'e'].map((text) => gate.read(text, db.turnRun(text)));
      await settle();
      expect(db.sent().slice(-2)).toEqual(['d', 'e']);
      db.answer('d');
      db.answer('e');
      await Promise.all(together);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ranks a text whose wait for the turn ran out before it was sent as never run, not as the cheapest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { gate, db } = gateWithLog();
      // Before the restart: cheap's first run took 100 ms.
      const before = gate.read('cheap', db.turnRun('cheap'));
      await settle();
      vi.advanceTimersByTime(100);
      db.answer('cheap');
      await before;
      gate.lost();
      const holder = gate.read('holder', db.turnRun('holder'));
      await settle();
      // costly, never run, waits for the turn; its deadline runs out first: nothing is sent.
      const left = [5, 0];
      const late = await gate
        .read(
          'costly',
          db.turnRun('costly', () => left.shift() ?? 0),
        )
        .catch((error: Error) => error.name);
      await settle();
      const reads = ['costly', 'cheap'].map((text) => gate.read(text, db.turnRun(`after ${text}`)));
      await settle();
      const whileHeld = db.sent().slice(1);
      db.answer('holder');
      await settle();
      const next = db.sent().slice(1);
      for (let turn = 0; turn < 2; turn++) {
        db.answer(db.sent().at(-1) as string);
        await settle();
      }
      await Promise.all([holder, ...reads]);
      expect({ late, whileHeld, next, all: db.sent().slice(1) }).toEqual({
        late: 'DatabaseTimeoutError',
        whileHeld: ['holder'],
        next: ['holder', 'after cheap'],
        all: ['holder', 'after cheap', 'after costly'],
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends the turns at the bound given to the warm-up, even while requests keep bringing texts never run', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { gate, db } = gateWithLog();
      gate.lost();
      const reads = ['a', 'b'].map((text) => gate.read(text, db.turnRun(text)));
      const warming = gate.warmUp([{ text: 'recent', run: db.run('warm recent') }], 1, 20_000);
      await settle();
      const warm = gate.whenWarm();
      vi.advanceTimersByTime(19_999);
      await settle();
      const before = { sent: db.sent(), warm: await state(warm) };
      vi.advanceTimersByTime(1);
      await settle();
      const late = gate.read('c', db.turnRun('c'));
      await settle();
      // a still holds the turn: b and c go all the same.
      const after = { sent: db.sent(), warm: await state(warm) };
      for (const label of ['a', 'b', 'c']) {
        db.answer(label);
        await settle();
      }
      await Promise.all([...reads, late]);
      db.answer('warm recent');
      await warming;
      expect({ before, after }).toEqual({
        before: { sent: ['a'], warm: 'pending' },
        after: { sent: ['a', 'b', 'c'], warm: undefined },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays re-planning after a warm-up whose every replay was refused (the database found down meanwhile), until the bound', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { gate, db } = gateWithLog();
      gate.lost();
      const warming = gate.warmUp(
        ['r1', 'r2'].map((text) => ({ text, run: db.run(`warm ${text}`) })),
        1,
        20_000,
      );
      for (const label of ['warm r1', 'warm r2']) {
        await settle();
        db.get(label).answer.reject(unavailable());
        db.get(label).server.reject(unavailable());
      }
      await warming;
      const afterWarmUp = await state(gate.whenWarm());
      const reads = ['a', 'b'].map((text) => gate.read(text, db.turnRun(text)));
      await settle();
      const turns = db.sent().slice(2);
      vi.advanceTimersByTime(20_000);
      await settle();
      const afterBound = { sent: db.sent().slice(2), warm: await state(gate.whenWarm()) };
      db.answer('a');
      db.answer('b');
      await Promise.all(reads);
      expect({ afterWarmUp, turns, afterBound }).toEqual({
        afterWarmUp: 'pending',
        turns: ['a'],
        afterBound: { sent: ['a', 'b'], warm: undefined },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes no turn before any restart, nor for the warm-up: those first runs go at once', async () => {
    const { gate, db } = gateWithLog();
    const reads = ['a', 'b'].map((text) => gate.read(text, db.turnRun(text)));
    await flush();
    const atStart = db.sent();
    db.answer('a');
    db.answer('b');
    await Promise.all(reads);
    gate.lost();
    const warming = gate.warmUp(
      ['w1', 'w2'].map((text) => ({ text, run: db.turnRun(`warm ${text}`) })),
      2,
    );
    await flush();
    const warm = db.sent().slice(2);
    db.answer('warm w1');
    db.answer('warm w2');
    await warming;
    expect({ atStart, warm }).toEqual({ atStart: ['a', 'b'], warm: ['warm w1', 'warm w2'] });
  });

  it("ends a wait for the turn at the caller's deadline (nothing sent), and when the database is found down", async () => {
    const { gate, health, db } = gateWithLog();
    gate.lost();
    void gate.warmUp([{ text: 'recent', run: db.run('warm recent') }]);
    void gate.read('a', db.turnRun('a')).catch(() => {});
    await flush();
    const left = [5, 0];
    const late = gate
      .read(
        'b',
        db.turnRun('b', () => left.shift() ?? 0),
      )
      .catch((error: Error) => error.name);
    const down = gate.read('c', db.turnRun('c')).catch(() => 'down');
    const whileHeld = db.sent();
    // Found down while a still holds the turn: the wait ends (Executor then refuses; this caller sends).
    health.goDown();
    await flush();
    const afterDown = db.sent();
    db.get('a').answer.reject(unavailable());
    db.get('a').server.reject(unavailable());
    db.answer('c');
    expect({ late: await late, whileHeld, afterDown, down: await down }).toEqual({
      late: 'DatabaseTimeoutError',
      whileHeld: ['warm recent', 'a'],
      afterDown: ['warm recent', 'a', 'c'],
      down: 'c',
    });
  });

  it('whenWarm: resolves at once before any restart, and after one once the warm-up is over', async () => {
    const { gate, db } = gateWithLog();
    const atStart = await state(gate.whenWarm());
    gate.lost();
    const afterLoss = gate.whenWarm();
    const warming = gate.warmUp([{ text: 'recent', run: db.run('warm recent') }]);
    const whileWarming = await state(afterLoss);
    db.answer('warm recent');
    await warming;
    expect({ atStart, whileWarming, after: await state(afterLoss) }).toEqual({
      atStart: undefined,
      whileWarming: 'pending',
      after: undefined,
    });
  });
});

describe("firstRunSettled: when a text's first run has left the database with its plan", () => {
  it('counts a run that answered with rows, or with an error of the query, as planned', async () => {
    const health = fakeHealth();
    const run = Promise.resolve([]);
    expect(await firstRunSettled(run, [run], health)).toBe(true);
    const failed = Promise.reject(
      new DatabaseQueryError('faults.q', neo4jError('Neo.ClientError.Statement.TypeError')),
    );
    expect(await firstRunSettled(failed, [failed.catch(() => {})], health)).toBe(true);
  });

  it('counts a run that found the database unavailable as not planned, at once', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    expect(await state(firstRunSettled(Promise.reject(unavailable()), [server.promise], health))).toBe(false);
  });

  it('counts a timed-out run with no attempt sent as not planned', async () => {
    expect(await state(firstRunSettled(Promise.reject(timedOut()), [], fakeHealth()))).toBe(false);
  });

  it('waits, after the client stopped waiting at its deadline, until the database has ended the run', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
    const whileRunning = await state(settled);
    server.resolve({ records: [] });
    expect({ whileRunning, after: await state(settled), listeners: health.listeners.size }).toEqual({
      whileRunning: 'pending',
      after: true,
      listeners: 0,
    });
  });

  it('counts a run the database itself cut off at its timeout, or lost the connection of, as not planned', async () => {
    const health = fakeHealth();
    const outcomes = [];
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'ServiceUnavailable',
    ]) {
      const server = deferred<unknown>();
      const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
      server.reject(neo4jError(code));
      outcomes.push([code, await state(settled)]);
    }
    expect(outcomes).toEqual([
      ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', false],
      ['Neo.ClientError.Transaction.TransactionTimedOut', false],
      ['ServiceUnavailable', false],
    ]);
  });

  it('stops waiting for the run, not planned, once the database is found down', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
    const before = await state(settled);
    health.goDown();
    expect({ before, after: await state(settled), listeners: health.listeners.size }).toEqual({
      before: 'pending',
      after: false,
      listeners: 0,
    });
  });

  it('follows the last attempt when the run was tried more than once', async () => {
    const health = fakeHealth();
    const first = Promise.reject(neo4jError('ServiceUnavailable'));
    first.catch(() => {});
    const second = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [first, second.promise], health);
    const pending = await state(settled);
    second.resolve({ records: [] });
    expect([pending, await state(settled)]).toEqual(['pending', true]);
  });
});

describe("PlanGate: reads of planned texts held back while a request's first run plans after a restart", () => {
  /** A gate after a restart, re-planning, on which text `p` has been planned again ('p first'). */
  const restartedWithP = async () => {
    const logged = gateWithLog();
    logged.gate.lost();
    const planP = logged.gate.read('p', logged.db.turnRun('p first'));
    await settle();
    logged.db.answer('p first');
    await planP;
    return logged;
  };

  it('runs them at once before any restart', async () => {
    const { gate, db } = gateWithLog();
    const first = gate.read('p', db.run('p first'));
    db.answer('p first');
    await first;
    const reads = ['p1', 'p2', 'p3'].map((label) => gate.read('p', db.run(label)));
    await settle();
    expect(db.sent()).toEqual(['p first', 'p1', 'p2', 'p3']);
    for (const label of ['p1', 'p2', 'p3']) db.answer(label);
    expect(await Promise.all(reads)).toEqual(['p1', 'p2', 'p3']);
  });

  it("holds them while a request's first run holds the turn, past its caller's timeout, and sends them together once the database ended it", async () => {
    // p is planned again on the new process; then a's first run takes the turn and plans.
    const { gate, db } = await restartedWithP();
    const planA = gate.read('a', db.turnRun('a first')).catch(() => 'cut off');
    await settle();
    const reads = ['p1', 'p2', 'p3'].map((label) => gate.read('p', db.run(label)));
    await settle();
    const whilePlanning = db.sent().slice(1);
    // a's caller stopped waiting, but the database still plans it: still held.
    db.get('a first').answer.reject(timedOut());
    await settle();
    const cutOff = db.sent().slice(1);
    db.get('a first').server.resolve({ records: [] });
    await settle();
    const ended = db.sent().slice(1);
    for (const label of ['p1', 'p2', 'p3']) db.answer(label);
    expect({ whilePlanning, cutOff, ended, a: await planA, answers: await Promise.all(reads) }).toEqual({
      whilePlanning: ['a first'],
      cutOff: ['a first'],
      ended: ['a first', 'p1', 'p2', 'p3'],
      a: 'cut off',
      answers: ['p1', 'p2', 'p3'],
    });
  });

  it('lets a read held back go once it has waited half of what was left of its deadline', async () => {
    const { gate, db } = await restartedWithP();
    void gate.read('a', db.turnRun('a first')).catch(() => {});
    await settle();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const read = gate.read('p', db.run('p1'), { remainingMs: () => 1_000 });
      await settle();
      const held = db.sent().slice(2);
      await vi.advanceTimersByTimeAsync(499);
      const justBefore = db.sent().slice(2);
      await vi.advanceTimersByTimeAsync(1);
      const atHalf = db.sent().slice(2);
      db.answer('p1');
      db.answer('a first');
      await read;
      expect({ held, justBefore, atHalf }).toEqual({ held: [], justBefore: [], atHalf: ['p1'] });
    } finally {
      vi.useRealTimers();
    }
  });

  it("holds nothing back for the warm-up's replays, nor once the re-planning is over", async () => {
    const { gate, db } = await restartedWithP();
    const warming = gate.warmUp([{ text: 'recent', run: db.run('warm recent') }]);
    await settle();
    const whileWarming = gate.read('p', db.run('p1'));
    await settle();
    const sentWhileWarming = db.sent().slice(1);
    db.answer('p1');
    db.answer('warm recent');
    await Promise.all([warming, whileWarming]);
    // Over: a first run goes at once, without a turn, and holds nothing back.
    const other = gate.read('b', db.turnRun('b first'));
    const after = gate.read('p', db.run('p2'));
    await settle();
    expect({ sentWhileWarming, after: db.sent().slice(3).sort() }).toEqual({
      sentWhileWarming: ['warm recent', 'p1'],
      after: ['b first', 'p2'],
    });
    db.answer('b first');
    db.answer('p2');
    await Promise.all([other, after]);
  });
});
