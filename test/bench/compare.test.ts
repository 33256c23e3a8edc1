import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { startFloorServer } from '../../bench/compare/floor-server.js';
import { type Operation, operations, readSubjects, type Subjects } from '../../bench/compare/operations.js';
import { type RunningServer, startPeerServer } from '../../bench/compare/peer-server.js';
import { checkSameData, targetsOf } from '../../bench/compare/targets.js';
import { expertsQueries } from '../../src/career/experts-query.js';
import { careerMovesQuery } from '../../src/career/moves-query.js';
import { teamQueries } from '../../src/career/team-query.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import type { CypherQuery } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';
import { generateResumes } from '../../src/generate/generate-resumes.js';
import { testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * The benchmark's operation table and the peer's type definitions, run once for real: every
 * operation asked of our API, of @neo4j/graphql 7 over the same database and of the floor's Cypher
 * (through the driver and behind the floor's bare HTTP server), on the seed plus generated people,
 * must give the same non-empty data. Nothing here is timed.
 */

const VARIANTS = 2;
let ours: TestServer;
let peer: RunningServer;
let floorHttp: RunningServer;
let subjects: Subjects;

beforeAll(async () => {
  const catalogue = await loadCatalogue();
  const generated = generateResumes({ people: 40, seed: 1, catalogue });
  ours = await startTestServer({
    resumes: generated.map((resume) => ({ file: resume.fileName, text: stringify(resume.document) })),
  });
  peer = await startPeerServer(inject('database'));
  floorHttp = await startFloorServer(inject('database'));
  subjects = await readSubjects(testExecutor(), {
    people: generated.flatMap((resume) => resume.document.id ?? []),
    count: VARIANTS,
    catalogue,
  });
});

afterAll(async () => {
  await floorHttp?.close();
  await peer?.close();
  await ours?.close();
});

describe('bench:compare operations', () => {
  it('ask about technologies at popularity ranks 1 and 2', () => {
    expect(subjects.technologies).toHaveLength(VARIANTS);
    expect(subjects.companies).toHaveLength(VARIANTS);
    expect(subjects.broadTechnologies).toHaveLength(VARIANTS);
  });

  it.each(operations)(
    '$name: ours, the peer and the floor give the same data, and it holds entities',
    async (operation) => {
      const targets = targetsOf(operation, subjects, VARIANTS, {
        ours: ours.url,
        peer: peer.url,
        floor: testExecutor(),
        floorHttp: floorHttp.url,
      });
      expect(targets.map((target) => target.name)).toEqual([
        'ours',
        ...(operation.peer ? ['peer'] : []),
        ...(operation.floor ? ['floor', 'floorHttp'] : []),
      ]);
      expect(await checkSameData(operation, targets, VARIANTS)).toEqual({});
      for (let variant = 0; variant < VARIANTS; variant += 1) {
        expect(JSON.stringify(await targets[0]?.ask(variant))).toMatch(/"id":"[^"]+"/);
      }
    },
  );

  /** The query each uncached operation's answer is read by, when the API does not serve a kept one. */
  const readBy: Record<string, CypherQuery> = {
    'experts-uncached': expertsQueries.direct,
    'experts-roll-up-uncached': expertsQueries.rolledUp,
    'team-uncached': teamQueries.direct,
    'career-moves-uncached': careerMovesQuery,
  };

  it.each(operations.filter((operation) => operation.uncached))(
    '$name: every request reads the database, where the kept operation is answered from memory',
    async (operation) => {
      const query = readBy[operation.name] as CypherQuery;
      const kept = operations.find((other) => other.name === operation.name.replace(/-uncached$/, ''));
      const endpoints = { ours: ours.url, peer: peer.url, floor: testExecutor() };
      const reads = vi.spyOn(Executor.prototype, 'read');
      const readsOfQuery = () => reads.mock.calls.filter(([asked]) => asked.name === query.name).length;
      const [cold] = targetsOf(operation, subjects, VARIANTS, endpoints);
      for (let request = 0; request < 4; request += 1) await cold?.ask(0);
      expect(readsOfQuery()).toBe(4);
      reads.mockClear();
      const [warm] = targetsOf(kept as Operation, subjects, VARIANTS, endpoints);
      for (let request = 0; request < 4; request += 1) await warm?.ask(0);
      expect(readsOfQuery()).toBeLessThanOrEqual(1);
    },
  );

  it('career-moves-uncached answers exactly what career-moves does', async () => {
    const named = (name: string) => operations.find((operation) => operation.name === name) as Operation;
    const endpoints = { ours: ours.url, peer: peer.url, floor: testExecutor() };
    const [cold] = targetsOf(named('career-moves-uncached'), subjects, VARIANTS, endpoints);
    const [warm] = targetsOf(named('career-moves'), subjects, VARIANTS, endpoints);
    for (let variant = 0; variant < VARIANTS; variant += 1) {
      expect(await cold?.ask(variant)).toEqual(await warm?.ask(variant));
    }
  });

  it('the floor server names what it serves when asked for something else', async () => {
    const response = await fetch(`${floorHttp.url}/floor/no-such-operation`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'No floor at POST /floor/no-such-operation: POST to /floor/<operation>.' }],
    });
  });
});
