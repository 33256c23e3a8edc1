import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseClosingError, DatabaseUnavailableError } from '../../../src/db/errors.js';
import { createFormatError, shuttingDownMessage } from '../../../src/server/format-error.js';
import { InFlight } from '../../../src/server/in-flight.js';
import { GateRefusal, TurnGate } from '../../../src/server/turn-gate.js';

/** What `promise` settled to so far: its value, `refused: <reason>`, or 'pending'. */
function watch<T>(promise: Promise<T>) {
  const seen: { state: string } = { state: 'pending' };
  promise.then(
    () => {
      seen.state = 'settled';
    },
    (error: unknown) => {
      seen.state = error instanceof GateRefusal ? `refused: ${error.reason}` : String(error);
    },
  );
  return seen;
}

describe('TurnGate.close: no more turns once the server shuts down', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses the waiting ones and later ones as closed; the running one finishes', async () => {
    const gate = new TurnGate(1, 10, 'operations');
    const release = await gate.enter(10_000);
    const waiting = watch(gate.enter(10_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.state).toBe('pending');
    gate.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.state).toBe('refused: closed');
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    const later = watch(gate.enter(10_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(later.state).toBe('refused: closed');
    release();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    // The refused waiter's deadline timer is gone: nothing settles it a second time.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(waiting.state).toBe('refused: closed');
  });
});

describe('InFlight', () => {
  it('is idle once every tracked operation has settled, fulfilled or rejected', async () => {
    const operations = new InFlight();
    let finish: () => void = () => {};
    let fail: (error: Error) => void = () => {};
    const one = operations.track(new Promise<void>((resolve) => (finish = resolve)));
    const two = operations.track(new Promise<void>((_, reject) => (fail = reject)));
    two.catch(() => {});
    const idle = watch(operations.idle());
    expect(operations.size).toBe(2);
    finish();
    await one;
    expect(idle.state).toBe('pending');
    fail(new Error('stopped'));
    await expect(two).rejects.toThrow('stopped');
    await operations.idle();
    expect(idle.state).toBe('settled');
    expect(operations.size).toBe(0);
  });
});

describe('createFormatError and a stopped request', () => {
  it('answers DatabaseClosingError SERVICE_UNAVAILABLE with the shutdown message, and logs nothing', () => {
    const logged: unknown[] = [];
    const format = createFormatError(true, (error) => logged.push(error));
    const stopped = new DatabaseClosingError(
      'mutation.deletePerson: its request was stopped',
      'mutation.deletePerson',
    );
    expect(stopped).toBeInstanceOf(DatabaseUnavailableError);
    const error = new GraphQLError(stopped.message, { originalError: stopped, path: ['deletePerson'] });
    expect(format(error.toJSON(), error)).toEqual({
      message: shuttingDownMessage,
      path: ['deletePerson'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(logged).toEqual([]);
  });
});
