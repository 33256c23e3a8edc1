import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedLookupKeys } from '../../src/catalogue/name-lookup.js';
import { cypher } from '../../src/db/cypher-query.js';
import { testExecutor } from '../support/database.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Step 4 of the name lookup (src/catalogue/name-lookup.ts) in every API entry point that takes a
 * technology by name: a spelling with a trailing version names what the spelling without it names,
 * unless the whole spelling names a node. Vera uses VxWorks 653 (a catalogue entry whose name has
 * a number, with VxWorks as its broader entry), SOC 2 and Frobnicator (no catalogue entry: its own
 * node); Otto uses VxWorks, Windows and .NET. The seed adds Java and Python.
 */
const vera = {
  id: 'vera-versions',
  basics: { label: 'Embedded Engineer' },
  work: [
    {
      name: 'Vera Avionics',
      positions: [
        {
          id: 'vera-role',
          position: 'Embedded Engineer',
          startDate: '2020-01',
          technologies: ['VxWorks 653', 'SOC 2', 'Frobnicator'],
          projects: [{ id: 'vera-flight', name: 'Flight Software', technologies: ['Frobnicator'] }],
        },
      ],
    },
  ],
};
const otto = {
  id: 'otto-versions',
  basics: { label: 'Systems Engineer' },
  work: [
    {
      name: 'Otto Systems',
      positions: [
        {
          id: 'otto-role',
          position: 'Systems Engineer',
          startDate: '2019-01',
          technologies: ['VxWorks', 'Windows', '.NET'],
        },
      ],
    },
  ],
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    resumes: [
      { file: 'vera.json', text: JSON.stringify(vera) },
      { file: 'otto.json', text: JSON.stringify(otto) },
    ],
  });
});
afterAll(() => server?.close());

const technology = (spelling: string) => `{ technology(id: ${JSON.stringify(spelling)}) { id name } }`;
const found = (id: string, name: string) => ({ data: { technology: { id, name } } });

describe('a technology by a versioned spelling, through the API', () => {
  it('technology(id:) drops a trailing version when the whole spelling names nothing', async () => {
    await expectAnswers(server.url, [
      [technology('Java 17'), found('java', 'Java')],
      [technology('Python 3.11'), found('python', 'Python')],
      [technology('.NET 8'), found('dotnet', '.NET')],
      [technology('Windows 11'), found('windows', 'Windows')],
      [technology('VxWorks 7'), found('vxworks', 'VxWorks')],
      // A node outside the catalogue, found by its stored keys the same way.
      [technology('Frobnicator 2.1'), found('frobnicator', 'Frobnicator')],
      [technology('frobnicator v3'), found('frobnicator', 'Frobnicator')],
    ]);
  });

  it('a whole spelling with a number wins when it names a node', async () => {
    await expectAnswers(server.url, [
      // VxWorks names a node too: the whole spelling comes first.
      [technology('VxWorks 653'), found('vxworks-653', 'VxWorks 653')],
      [technology('SOC 2'), found('soc2', 'SOC 2')],
      // A number glued to the name is no version.
      [technology('Java17'), { data: { technology: null } }],
      [technology('Qwzx 9'), { data: { technology: null } }],
    ]);
  });

  it('the people and project filters and technologyCooccurrence take versioned spellings', async () => {
    const people = (spelling: string) =>
      `{ people(filter: { technologyId: ${JSON.stringify(spelling)} }) { totalCount edges { node { id } } } }`;
    const only = (id: string) => ({ data: { people: { totalCount: 1, edges: [{ node: { id } }] } } });
    await expectAnswers(server.url, [
      [people('VxWorks 653'), only('vera-versions')],
      [people('VxWorks 7'), only('otto-versions')],
      [people('Frobnicator 2'), only('vera-versions')],
      [
        '{ projects(filter: { technologyId: "Frobnicator v2" }) { totalCount edges { node { id } } } }',
        { data: { projects: { totalCount: 1, edges: [{ node: { id: 'vera-flight' } }] } } },
      ],
      [
        // Otto's one role used VxWorks with Windows and .NET.
        '{ technologyCooccurrence(technologyId: "VxWorks 7") { technology { id } count people } }',
        {
          data: {
            technologyCooccurrence: [
              { technology: { id: 'dotnet' }, count: 1, people: 1 },
              { technology: { id: 'windows' }, count: 1, people: 1 },
            ],
          },
        },
      ],
    ]);
  });

  it('experts, team and gaps take versioned spellings of nodes outside the catalogue', async () => {
    await expectAnswers(server.url, [
      [
        '{ experts(technologies: ["Frobnicator 2"]) { person { id } } }',
        { data: { experts: [{ person: { id: 'vera-versions' } }] } },
      ],
      [
        '{ gaps(personId: "vera-versions", technologies: ["Frobnicator 2", "VxWorks 7"]) { technology { id } status } }',
        {
          data: {
            gaps: [
              { technology: { id: 'frobnicator' }, status: 'USED' },
              { technology: { id: 'vxworks' }, status: 'MISSING' },
            ],
          },
        },
      ],
    ]);
    const team = await graphql(
      server.url,
      '{ team(technologies: ["Frobnicator 2", "VxWorks 7"], size: 2) { members { person { id } } uncovered { id } } }',
    );
    const body = team.body as {
      data: { team: { members: { person: { id: string } }[]; uncovered: unknown[] } };
    };
    expect(body.data.team.members.map((member) => member.person.id).sort()).toEqual([
      'otto-versions',
      'vera-versions',
    ]);
    expect(body.data.team.uncovered).toEqual([]);
  });

  it('a versioned spelling that names nothing is an error with its code, suggested without the version', async () => {
    await expectAnswers(server.url, [
      [
        '{ people(filter: { technologyId: "Frobnicatr 2" }) { totalCount } }',
        failure(
          'people',
          'No technology "Frobnicatr 2": did you mean "frobnicator" (Frobnicator)?',
          'NOT_FOUND',
        ),
      ],
      [
        '{ people(filter: { technologyId: "Qwzx 9" }) { totalCount } }',
        failure(
          'people',
          'No technology "Qwzx 9": pass an id from technologies { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
      [
        '{ gaps(personId: "vera-versions", technologies: ["Frobnicatr 2"]) { status } }',
        failure(
          'gaps',
          'technologies: No technology "Frobnicatr 2": did you mean "frobnicator" (Frobnicator)?',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
    ]);
  });

  it('among nodes the spelling without its version names, prefers the one whose id it is', async () => {
    // Two nodes outside the catalogue that both carry the key "zqtie"; by id alone "aa-zqtie" comes first.
    const nodes = [
      { id: 'aa-zqtie', name: 'AA Zqtie', lookupKeys: storedLookupKeys(['aa-zqtie', 'AA Zqtie', 'zqtie']) },
      { id: 'zqtie', name: 'Zqtie', lookupKeys: storedLookupKeys(['zqtie', 'Zqtie']) },
    ];
    const write = cypher('test.tieBreak.write', 'UNWIND $nodes AS node CREATE (t:Technology) SET t = node');
    const remove = cypher(
      'test.tieBreak.remove',
      "MATCH (t:Technology) WHERE t.id IN ['aa-zqtie', 'zqtie'] DELETE t",
    );
    await testExecutor().write(write, { nodes });
    try {
      await expectAnswers(server.url, [
        [technology('zqtie 2'), found('zqtie', 'Zqtie')],
        [technology('aa-zqtie 2'), found('aa-zqtie', 'AA Zqtie')],
      ]);
    } finally {
      await testExecutor().write(remove);
    }
  });
});
