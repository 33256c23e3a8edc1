import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { Bookkeeping } from '../../src/graph/model.js';
import { similarListStamp, writeSimilarList } from '../../src/graph/queries/similar-lists.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import {
  SIMILAR_BUDGETS,
  SIMILAR_KEPT,
  similarPeopleCypher,
} from '../../src/graphql/queries/similar-people.js';
import { askSimilarPeople, keepSimilarList } from '../../src/graphql/similar-lists.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeDocument } from '../../src/resume/types.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { waitFor } from '../support/patience.js';
import { engineer, serverWith } from '../support/similar-people.js';
import type { TestServer } from '../support/test-server.js';

/*
 * Kept similarPeople lists (src/graph/queries/similar-lists.ts) against the exact ranking
 * (similarPeopleCypher reading every technology, no list): after loads, deletes and reloads in
 * several orders, every answer (from a list or not) equals the exact one, and a list goes stale
 * exactly when someone sharing a technology with its person (before or after the change), or the
 * person, changed their technologies or was deleted; which lists those are is computed here from
 * the résumés. People: engineers over 9 technologies from a fixed pseudo-random sequence, as role
 * technologies (weight 3) and skills (weight 1), so that scores repeat and ties go by id.
 */
const TECHNOLOGIES = ['Rust', 'Go', 'Java', 'Kafka', 'Python', 'Scala', 'Elixir', 'Ruby', 'Swift'];

/** A Park–Miller sequence from `seed`: the same people every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

/** What each person's résumé says they used (roles and skills), by name. */
const used = new Map<string, Set<string>>();

function engineerUsing(id: string, roles: string[], skills: string[]): ResumeDocument {
  used.set(id, new Set([...roles, ...skills]));
  return engineer(id, roles, skills);
}

function people(seed: number, count: number, prefix: string): Record<string, ResumeDocument> {
  const next = sequence(seed);
  const resumes: Record<string, ResumeDocument> = {};
  for (let i = 0; i < count; i++) {
    const roles = TECHNOLOGIES.filter(() => next() < 0.3);
    const skills = TECHNOLOGIES.filter((name) => !roles.includes(name) && next() < 0.2);
    const id = `${prefix}-${String(i).padStart(2, '0')}`;
    resumes[id] = engineerUsing(id, roles, skills);
  }
  return resumes;
}

const sources = (resumes: Record<string, ResumeDocument>) =>
  Object.entries(resumes).map(([id, resume]) => ({ file: `${id}.json`, text: JSON.stringify(resume) }));

interface Answer {
  /** The kept list answered (askSimilarPeople, as the API asks). */
  fromList: boolean;
  similar: { id: string; score: number; shared: string[] }[];
}

type Entry = { person: { id: string }; score: number; sharedTechnologies: { id: string }[] };

const shape = (similar: Entry[]) =>
  similar.map((entry) => ({
    id: entry.person.id,
    score: entry.score,
    shared: entry.sharedTechnologies.map((technology) => technology.id),
  }));

/** `kept`: as the API asks (askSimilarPeople, no list written); otherwise the exact ranking reading every technology. */
async function ask(kept: boolean, personId: string, first: number): Promise<Answer> {
  if (kept) {
    const answer = await askSimilarPeople<Entry>(testExecutor(), personId, first);
    return { fromList: answer.fromList, similar: shape(answer.similar) };
  }
  const [row] = await testExecutor().read<{ similar: Entry[] }>(similarPeopleCypher(SIMILAR_BUDGETS, true), {
    personId,
    first: neo4j.int(first),
  });
  return { fromList: false, similar: shape(row?.similar ?? []) };
}

const listsOf = cypher(
  'test.similarLists.listsOf',
  `MATCH (list:${Bookkeeping.SimilarList} {person: $personId}) RETURN count(list) AS lists`,
);

const personIds = cypher('test.similarLists.people', 'MATCH (p:Person) RETURN p.id AS id ORDER BY id');

async function everyone(): Promise<string[]> {
  return (await testExecutor().read<{ id: string }>(personIds)).map((row) => row.id);
}

/**
 * Every person's kept answer (first SIMILAR_KEPT, and 3: a list cut short) against the exact one;
 * the people answered from their list at SIMILAR_KEPT.
 */
async function compareAll(): Promise<string[]> {
  const fromList: string[] = [];
  for (const id of await everyone()) {
    for (const first of [SIMILAR_KEPT, 3]) {
      const kept = await ask(true, id, first);
      const exact = await ask(false, id, first);
      expect({ id, first, similar: kept.similar }).toEqual({ id, first, similar: exact.similar });
      if (first === SIMILAR_KEPT && kept.fromList) fromList.push(id);
    }
  }
  return fromList;
}

/** Keeps every person's list; returns how many were written (the others were fresh). */
async function keepAll(): Promise<number> {
  let written = 0;
  for (const id of await everyone()) if (await keepSimilarList(testExecutor(), id)) written += 1;
  return written;
}

/**
 * The people of `ids` whose list a change of `changed` leaves fresh: they are not among them and
 * share no technology with what any of them used before (`before`) or after.
 */
function untouched(ids: string[], changed: string[], before: Map<string, Set<string>>): string[] {
  const touched = new Set<string>();
  for (const id of changed) {
    for (const name of [...(before.get(id) ?? []), ...(used.get(id) ?? [])]) touched.add(name);
  }
  return ids.filter((id) => !changed.includes(id) && ![...(used.get(id) ?? [])].some((n) => touched.has(n)));
}

/** Waits until person `id`'s kept list is fresh (a request has it written after answering): `waitFor`, PATIENCE_MS at most. */
async function becomesFresh(id: string): Promise<void> {
  await waitFor(
    `${id}'s kept similar list to be written fresh`,
    async () => {
      const [stamp] = await testExecutor().read<{ fresh: boolean }>(similarListStamp, { personId: id });
      return stamp?.fresh ?? false;
    },
    { everyMs: 50 },
  );
}

describe('similarPeople from kept lists equals the exact ranking', () => {
  let server: TestServer;
  // Three people using only technologies nobody else does: their lists never go stale here.
  const first: Record<string, ResumeDocument> = {
    ...people(29, 24, 'kp'),
    'kz-00': engineerUsing('kz-00', ['Haskell'], ['OCaml']),
    'kz-01': engineerUsing('kz-01', ['Haskell', 'OCaml'], []),
    'kz-02': engineerUsing('kz-02', ['OCaml'], []),
  };
  const apart = ['kz-00', 'kz-01', 'kz-02'];
  const later = people(2_029, 12, 'kq');
  beforeAll(async () => {
    server = await serverWith(first);
  });
  afterAll(() => server.close());

  it('without lists (a graph loaded before them) every answer is ranked exactly; kept, every one from its list', async () => {
    expect(await compareAll()).toEqual([]);
    expect(await keepAll()).toBe(27);
    expect(await compareAll()).toEqual(await everyone());
    // All fresh: nothing to write.
    expect(await keepAll()).toBe(0);
    // Past what a list holds: ranked by the stages, exactly (only a whole list answers any length).
    for (const id of ['kp-00', 'kp-01', 'kz-00']) {
      const kept = await ask(true, id, SIMILAR_KEPT + 5);
      const exact = await ask(false, id, SIMILAR_KEPT + 5);
      expect(kept.similar).toEqual(exact.similar);
      expect(kept.fromList).toBe(exact.similar.length < SIMILAR_KEPT);
    }
  }, 300_000);

  it('deletes make stale exactly the lists of those sharing a technology with the deleted', async () => {
    const deleted = ['kp-03', 'kp-11', 'kp-17'];
    const before = new Map(used);
    for (const id of deleted) await deletePerson(testExecutor(), id);
    const ids = await everyone();
    expect(ids).toHaveLength(24);
    const fresh = untouched(ids, deleted, before);
    expect(fresh).toEqual(expect.arrayContaining(apart));
    expect(fresh.length).toBeLessThan(ids.length);
    expect(await compareAll()).toEqual(fresh);
    expect(await keepAll()).toBe(24 - fresh.length);
    expect(await compareAll()).toEqual(ids);
  }, 300_000);

  it('a load of newcomers, then changed reloads one at a time and together, a deleted person back', async () => {
    let before = new Map(used);
    expect((await loadResumes(testExecutor(), sources(later))).failed).toEqual([]);
    let ids = await everyone();
    expect(ids).toHaveLength(36);
    let fresh = untouched(ids, Object.keys(later), before);
    expect(fresh).toEqual(expect.arrayContaining(apart));
    expect(await compareAll()).toEqual(fresh);
    await keepAll();

    // kp-05 takes other technologies; kp-06 loses every one; kp-03 (deleted) comes back changed.
    const changed: [string, string[], string[]][] = [
      ['kp-05', ['Rust', 'Go'], ['Swift']],
      ['kp-06', [], []],
      ['kp-03', ['Kafka', 'Scala'], ['Elixir']],
    ];
    for (const [id, roles, skills] of changed) {
      before = new Map(used);
      if (id === 'kp-03') before.delete(id);
      const resume = engineerUsing(id, roles, skills);
      expect((await loadResumes(testExecutor(), sources({ [id]: resume }))).failed).toEqual([]);
      ids = await everyone();
      fresh = untouched(ids, [id], before);
      expect(fresh).toEqual(expect.arrayContaining(apart));
      expect(fresh.length).toBeLessThan(ids.length - 1);
      expect(await compareAll()).toEqual(fresh);
      await keepAll();
    }
    expect(ids).toHaveLength(37);
    expect((await ask(true, 'kp-06', SIMILAR_KEPT)).similar).toEqual([]);

    const several = ['kp-01', 'kp-02', 'kq-04', 'kq-07'];
    before = new Map(used);
    const together = Object.fromEntries(
      several.map((id) => [id, engineerUsing(id, ['Java', 'Ruby'], ['Go'])]),
    );
    expect((await loadResumes(testExecutor(), sources(together))).failed).toEqual([]);
    fresh = untouched(ids, several, before);
    expect(fresh).toEqual(expect.arrayContaining(apart));
    expect(await compareAll()).toEqual(fresh);
    await keepAll();
    expect(await compareAll()).toEqual(ids);
  }, 300_000);

  it('a reload that changes dates but no technology or weight leaves every list fresh', async () => {
    const ids = await everyone();
    const redated = JSON.parse(
      JSON.stringify(first['kp-00'] ?? {}).replace('2021-12', '2022-06'),
    ) as ResumeDocument;
    const summary = await loadResumes(testExecutor(), sources({ 'kp-00': redated }));
    expect(summary.failed).toEqual([]);
    expect(summary.people).toBe(1);
    expect(summary.unchanged).toBe(0);
    expect(await compareAll()).toEqual(ids);
  }, 300_000);

  it('a request through the API that finds a stale list has it kept again', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    const imported = await graphql(
      server.url,
      'mutation ($resume: JSON!) { importResume(resume: $resume) { created } }',
      { resume: { id: 'kr-00', ...engineerUsing('kr-00', ['Java', 'Ruby'], ['Go']) } },
      auth,
    );
    expect(imported.body).toEqual({ data: { importResume: { created: true } } });
    // kr-00 is the twin of kp-01, kp-02, kq-04 and kq-07: their lists are stale until asked for.
    expect((await ask(true, 'kp-01', SIMILAR_KEPT)).fromList).toBe(false);
    const answer = await graphql(server.url, '{ similarPeople(personId: "kp-01") { person { id } score } }');
    expect((answer.body as { errors?: unknown }).errors).toBeUndefined();
    const twins = (
      answer.body as { data: { similarPeople: { person: { id: string }; score: number }[] } }
    ).data.similarPeople
      .filter((entry) => entry.score === 1)
      .map((entry) => entry.person.id);
    expect(twins).toEqual(['kp-02', 'kq-04', 'kq-07', 'kr-00']);
    await becomesFresh('kp-01');
    const kept = await ask(true, 'kp-01', SIMILAR_KEPT);
    expect(kept.fromList).toBe(true);
    expect(kept.similar).toEqual((await ask(false, 'kp-01', SIMILAR_KEPT)).similar);

    // Asked for fewer than a list holds: the exact query asks SIMILAR_KEPT and keeps the list from its answer.
    expect((await ask(true, 'kq-04', SIMILAR_KEPT)).fromList).toBe(false);
    const three = await graphql(
      server.url,
      '{ similarPeople(personId: "kq-04", first: 3) { person { id } score } }',
    );
    expect((three.body as { errors?: unknown }).errors).toBeUndefined();
    await becomesFresh('kq-04');
    const ten = await ask(true, 'kq-04', SIMILAR_KEPT);
    expect(ten.fromList).toBe(true);
    expect(ten.similar).toEqual((await ask(false, 'kq-04', SIMILAR_KEPT)).similar);
  }, 300_000);

  it('a fresh list naming a person no longer there does not answer; no list is written for a missing person', async () => {
    const [stamp] = await testExecutor().read<{ stampTechnologies: string[]; stampVersions: number[] }>(
      similarListStamp,
      { personId: 'kz-01' },
    );
    const list = { technologies: stamp?.stampTechnologies, versions: stamp?.stampVersions, whole: true };
    const people = { people: ['kz-00', 'kz-gone'], scores: [0.9, 0.5] };
    await testExecutor().write(writeSimilarList, { personId: 'kz-01', ...list, ...people });
    await becomesFresh('kz-01');
    const kept = await ask(true, 'kz-01', SIMILAR_KEPT);
    expect(kept.fromList).toBe(false);
    expect(kept.similar).toEqual((await ask(false, 'kz-01', SIMILAR_KEPT)).similar);
    expect(kept.similar.map((entry) => entry.id)).toEqual(['kz-00', 'kz-02']);

    await testExecutor().write(writeSimilarList, { personId: 'kz-gone', ...list, ...people });
    const [gone] = await testExecutor().read<{ lists: number }>(listsOf, { personId: 'kz-gone' });
    expect(gone?.lists).toBe(0);
  }, 60_000);
});
