import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { currentYearMonth, monthNumber } from '../fixtures/synthetic-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const read = (name: string) => readFileSync(join(projectRoot, 'examples', name), 'utf8');

/*
 * Answers from seed/resumes (the transcriptions of seed/documents): 1f1d44f0f2c0cec7 used Kafka in
 * the Microsoft principal position (2025-09 to now), Kubernetes at Baidu (2016-03 to 2018-06) and
 * Microsoft China (2018-06 to 2019-12), Python in the AdMaster internship (from 2013-04, no end
 * given), lists all three as skills and never names Go. 493100191bcfc980 worked at Zenreach, then
 * Uber ATG (2019-02 to 2020-12), then Stripe.
 */
describe('gap analysis and career moves on the seed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('examples/gap-analysis.graphql: the text names Kafka, Kubernetes, Go and Python; 1f1d44f0f2c0cec7 stands differently with each', async () => {
    const query = read('gap-analysis.graphql');
    const text = /requirements\(text: "([^"]*)"\)/.exec(query)?.[1] ?? '';
    const mention = (id: string, name: string) => {
      const start = text.indexOf(name);
      return { technology: { id, name }, text: name, start, end: start + name.length };
    };
    const role = (suffix: string) => ({ id: `1f1d44f0f2c0cec7-${suffix}` });
    const response = await graphql(server.url, query);
    expect(response.body).toEqual({
      data: {
        requirements: [
          mention('kafka', 'Kafka'),
          mention('kubernetes', 'Kubernetes'),
          mention('go', 'Go'),
          mention('python', 'Python'),
        ],
        gaps: [
          {
            technology: { id: 'kafka' },
            status: 'USED',
            months: 10, // 2025-09 to 2026-06
            firstUsed: '2025-09',
            lastUsed: '2026-06',
            monthsSinceUsed: 0,
            roles: [role('microsoft-principal')],
            skill: true,
          },
          {
            technology: { id: 'kubernetes' },
            status: 'STALE',
            months: 46, // 2016-03 to 2019-12, the shared month 2018-06 once
            firstUsed: '2016-03',
            lastUsed: '2019-12',
            monthsSinceUsed: 78,
            roles: [role('microsoft-china-swe2'), role('baidu-swe')], // document order: 002:45-56, 58-68
            skill: true,
          },
          {
            technology: { id: 'go' },
            status: 'MISSING',
            months: null,
            firstUsed: null,
            lastUsed: null,
            monthsSinceUsed: null,
            roles: [],
            skill: false,
          },
          {
            // The internship gives no end: used, but neither how long nor how recently is known.
            technology: { id: 'python' },
            status: 'USED',
            months: null,
            firstUsed: '2013-04',
            lastUsed: null,
            monthsSinceUsed: null,
            roles: [role('admaster-intern')],
            skill: true,
          },
        ],
      },
    });
  });

  it('examples/career-moves.graphql: Zenreach → Uber ATG → Stripe, and 493100191bcfc980’s whole path', async () => {
    const response = await graphql(server.url, read('career-moves.graphql'));
    const moved = (name: string) => ({ company: { name }, count: 1, people: [{ id: '493100191bcfc980' }] });
    const now = currentYearMonth();
    const stay = (name: string, from: string, to: string | null, months: number) => ({
      company: { name },
      from,
      to,
      months,
    });
    expect(response.body).toEqual({
      data: {
        careerMoves: {
          company: { name: 'Uber ATG' },
          peopleCount: 1,
          before: [moved('Zenreach')],
          after: [moved('Stripe')],
        },
        person: {
          moves: [
            stay('Heinrich Heine University Düsseldorf', '2007-06', '2009-02', 21),
            // Two INRIA positions in a row (2009-03..2009-08, 2009-12..2012-12): one stay, 6 + 37 months.
            stay('INRIA', '2009-03', '2012-12', 43),
            // Two LBNL positions (2012-07..2012-09, 2013-01..2014-04): 3 + 16 months.
            stay('Lawrence Berkeley National Laboratory', '2012-07', '2014-04', 19),
            stay('Ericsson Silicon Valley', '2014-04', '2016-04', 25),
            stay('Verizon Labs', '2016-04', '2017-11', 20),
            stay('Zenreach', '2017-11', '2019-02', 16),
            stay('Uber ATG', '2019-02', '2020-12', 23),
            stay('Stripe', '2020-12', null, monthNumber(now) - monthNumber('2020-12') + 1),
          ],
        },
      },
    });
  });
});
