import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * careerMoves reads each person's stored path steps (Person.companyPath, src/graph/career-path.ts)
 * and orders a side by count, then name, reading names only for the companies that can make the
 * page. Résumés built so the answer is known: four people with a dated stay at Quillfeather Labs,
 * and one whose role there has no dates (not counted).
 *   p1: Quillfeather 2010–2012, then Yarrow Analytics        p2: Quillfeather 2011–2013, then Yarrow
 *   p3: Quillfeather 2012–2014, then Delphine Robotics
 *   p4: Mirabel Systems 2008–2009, Quillfeather 2010–2013 with a side job at Corvid Studio in 2011
 *       (within the stay: not a step), then Alderney Data, current
 *   p5: Quillfeather (no dates), Alderney Data 2015–2016
 * After: Yarrow 2; Alderney and Delphine 1 each, so with `first: 2` the tie goes to Alderney by
 * name. Before: Mirabel 1.
 */

const role = (name: string, start: string, end?: string) =>
  `  - { name: ${name}, position: Engineer${start ? `, startDate: ${start}` : ''}${
    end === 'current' ? ', current: true' : end ? `, endDate: ${end}` : ''
  } }`;

const person = (id: string, ...roles: string[]): ResumeSource => ({
  file: `${id}.yaml`,
  text: `id: ${id}\nwork:\n${roles.join('\n')}\n`,
});

const sources = [
  person(
    'p1',
    role('Yarrow Analytics', '2013-01', '2014-12'),
    role('Quillfeather Labs', '2010-01', '2012-12'),
  ),
  person(
    'p2',
    role('Yarrow Analytics', '2014-01', '2015-12'),
    role('Quillfeather Labs', '2011-01', '2013-06'),
  ),
  person(
    'p3',
    role('Delphine Robotics', '2015-01', '2016-12'),
    role('Quillfeather Labs', '2012-01', '2014-06'),
  ),
  person(
    'p4',
    role('Alderney Data', '2014-01', 'current'),
    role('Corvid Studio', '2011-02', '2011-05'),
    role('Quillfeather Labs', '2010-01', '2013-12'),
    role('Mirabel Systems', '2008-01', '2009-12'),
  ),
  person('p5', role('Alderney Data', '2015-01', '2016-12'), role('Quillfeather Labs', '')),
];

const query = `{
  careerMoves(companyId: "Quillfeather Labs", first: 2) {
    company { name }
    peopleCount
    before { company { name } count people { id } }
    after { company { name } count people { id } }
  }
}`;

const expected = {
  data: {
    careerMoves: {
      company: { name: 'Quillfeather Labs' },
      peopleCount: 4,
      before: [{ company: { name: 'Mirabel Systems' }, count: 1, people: [{ id: 'p4' }] }],
      after: [
        { company: { name: 'Yarrow Analytics' }, count: 2, people: [{ id: 'p1' }, { id: 'p2' }] },
        { company: { name: 'Alderney Data' }, count: 1, people: [{ id: 'p4' }] },
      ],
    },
  },
};

describe('careerMoves from stored path steps (Person.companyPath)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: sources });
  });
  afterAll(() => server.close());

  it('counts the steps around the company; a tie at the end of the page goes by name', async () => {
    expect((await graphql(server.url, query)).body).toEqual(expected);
  });

  it('answers the same for people loaded before the steps were stored (read from their roles)', async () => {
    const forget = cypher(
      'test.forgetCompanyPath',
      'MATCH (p:Person) REMOVE p.companyPath RETURN count(p) AS people',
    );
    expect(await testExecutor().write(forget)).toEqual([{ people: 5 }]);
    expect((await graphql(server.url, query)).body).toEqual(expected);
  });
});
