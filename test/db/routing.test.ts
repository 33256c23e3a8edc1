import { join } from 'node:path';
import neo4j, { type BookmarkManager, type Driver, type Session, type SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { clearDatabase } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';

/*
 * A cluster or Aura is reached through a routing URI (neo4j://, neo4j+s://): the driver sends write
 * sessions to the leader and read sessions to followers. A single server answers routing requests
 * with itself, so the same code path runs here. A mutation's bookmark is kept, and every later
 * session of the process starts with it, so a read that lands on a follower sees the write.
 */

let executor: Executor;
/**
 * Each session the Executor opened with a named transaction of ours: its access mode, what it ran, the bookmark
 * manager it was opened with, the bookmarks that manager held when its first transaction began (what the driver
 * sends the server to wait for), and the bookmarks the session ended with (a write's: its commit).
 */
interface RecordedSession {
  mode: string | undefined;
  names: string[];
  manager: BookmarkManager | undefined;
  startedFrom: Promise<Iterable<string>>;
  ended: string[];
}
const sessions: RecordedSession[] = [];
/** The load's sessions (the seed, in beforeAll). */
let loadSessions: typeof sessions = [];
/** Bookmarks the Executor's manager held after each update, in order. */
const updates: string[][] = [];
let app: RunningApp;
const token = 'routing-test-token';

beforeAll(async () => {
  const { uri, user, password } = inject('database');
  const routing = uri.replace(/^bolt:/, 'neo4j:');
  expect(routing).toMatch(/^neo4j:\/\//);
  executor = new Executor(recordingSessions(createDriver({ uri: routing, user, password })), {
    timeoutMs: 30_000,
    bookmarks: neo4j.bookmarkManager({
      bookmarksConsumer: async (bookmarks) => void updates.push([...bookmarks]),
    }),
  });
  await clearDatabase();
  const beforeLoad = sessions.length;
  const summary = await loadResumes(executor, [join(projectRoot, 'seed/resumes')]);
  expect(summary.failed).toEqual([]);
  loadSessions = sessions.slice(beforeLoad);
  app = await startApp(executor, { ...loadConfig({ CAREER_GRAPH_TOKEN: token }), queryTimeoutMs: 10_000 }, 0);
});

/**
 * The driver itself, with `session` noting each session's access mode and the query names of the
 * transactions it runs (their metadata); the sessions are the driver's own, talking to the database.
 */
function recordingSessions(driver: Driver): Driver {
  const open = driver.session.bind(driver);
  driver.session = (config?: SessionConfig) => {
    const session = open(config);
    const manager = config?.bookmarkManager;
    const record: RecordedSession = {
      mode: config?.defaultAccessMode,
      names: [],
      manager,
      startedFrom: Promise.resolve([]),
      ended: [],
    };
    const note = (transaction?: Parameters<Session['beginTransaction']>[0]) => {
      const name = (transaction?.metadata as { query?: unknown } | undefined)?.query;
      if (typeof name !== 'string' || name === 'health.probe') return;
      if (record.names.length === 0) {
        sessions.push(record);
        // Read now, as the driver is about to read it for this transaction's BEGIN.
        if (manager) record.startedFrom = manager.getBookmarks();
      }
      record.names.push(name);
    };
    const close = session.close.bind(session);
    session.close = () => {
      record.ended = session.lastBookmarks();
      return close();
    };
    const run = session.run.bind(session);
    session.run = ((query, parameters, transaction) => {
      note(transaction);
      return run(query, parameters, transaction);
    }) as typeof session.run;
    const begin = session.beginTransaction.bind(session);
    session.beginTransaction = (transaction) => {
      note(transaction);
      return begin(transaction);
    };
    return session;
  };
  return driver;
}

/** The modes of the recorded sessions from `from` on that ran a transaction named `name`. */
function modesOf(from: number, name: string): (string | undefined)[] {
  return sessions
    .slice(from)
    .filter((session) => session.names.includes(name))
    .map((session) => session.mode);
}

afterAll(async () => {
  await app?.close();
  await executor?.close();
});

describe('a neo4j:// routing URI', () => {
  it('loads through write sessions', () => {
    expect(loadSessions.flatMap((session) => session.names)).toContain(LOAD_TRANSACTION);
    expect(new Set(loadSessions.map((session) => session.mode))).toEqual(new Set([neo4j.session.WRITE]));
  });

  it('answers a query through read sessions', async () => {
    const before = sessions.length;
    const response = await graphql(app.url, '{ people(first: 5) { totalCount edges { node { id } } } }');
    expect(response.body).toEqual({
      data: {
        people: {
          totalCount: 3,
          edges: [
            { node: { id: '1f1d44f0f2c0cec7' } },
            { node: { id: '493100191bcfc980' } },
            { node: { id: 'b0bdae752341232c' } },
          ],
        },
      },
    });
    const asked = sessions.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked.map((session) => session.mode))).toEqual(new Set([neo4j.session.READ]));
  });

  it("passes a mutation's bookmark on: the next read starts from it and sees the write", async () => {
    const before = updates.length;
    const sessionsBefore = sessions.length;
    const imported = await graphql(
      app.url,
      'mutation ($resume: JSON!) { importResume(resume: $resume) { created person { id } } }',
      {
        resume: {
          id: 'routing-reader',
          work: [{ name: 'Stripe', position: 'Engineer', startDate: '2020-01', technologies: ['Go'] }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(imported.body).toEqual({
      data: { importResume: { created: true, person: { id: 'routing-reader' } } },
    });
    expect(modesOf(sessionsBefore, LOAD_TRANSACTION)).toEqual([neo4j.session.WRITE]);
    // The import committed, and the manager every session uses now holds its bookmark.
    const afterWrite = updates.slice(before).at(-1);
    expect(afterWrite?.length).toBeGreaterThan(0);
    expect([...(await executor.bookmarks.getBookmarks())]).toEqual(afterWrite);

    const readFrom = sessions.length;
    const read = await graphql(app.url, '{ person(id: "routing-reader") { id roles { company { id } } } }');
    expect(read.body).toEqual({
      data: { person: { id: 'routing-reader', roles: [{ company: { id: 'stripe' } }] } },
    });

    // What a single server cannot show by answering: the read's sessions are opened with the Executor's manager
    // and begin from the bookmark the import's write session committed, so a follower would wait for that write.
    const writes = sessions.slice(sessionsBefore, readFrom).filter((s) => s.names.includes(LOAD_TRANSACTION));
    expect(writes).toHaveLength(1);
    const committed = writes[0]?.ended ?? [];
    expect(committed.length).toBeGreaterThan(0);
    expect(committed).toEqual(afterWrite);
    const reads = sessions.slice(readFrom);
    expect(reads.length).toBeGreaterThan(0);
    for (const session of reads) {
      expect({ mode: session.mode, sameManager: session.manager === executor.bookmarks }).toEqual({
        mode: neo4j.session.READ,
        sameManager: true,
      });
      expect([...(await session.startedFrom)]).toEqual(committed);
    }
  });

  it('deletes through a write session', async () => {
    const before = sessions.length;
    const deleted = await graphql(
      app.url,
      'mutation { deletePerson(id: "routing-reader") { id } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(deleted.body).toEqual({ data: { deletePerson: { id: 'routing-reader' } } });
    expect(modesOf(before, 'mutation.deletePerson')).toEqual([neo4j.session.WRITE]);
  });
});
