import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { strength } from '../fixtures/expert-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * `experts` first probes people in id order for those who use every asked technology at full
 * strength (src/career/experts-query.ts `fullStrengthProbe`): when it finds `first` of them they
 * are the answer, else the bounded ranking answers. A crowd of Rust and Kafka users whose answers
 * are worked out here from the positions as written (months of use counted from the start month to
 * the end month, or to `asOf` for a current position, cut at `asOf`; the score by the formula of
 * schema/experts.graphql, test/fixtures/expert-careers.ts `strength`):
 *
 *   full    current since 2010-01 with Rust and Kafka: full strength on both from 2020-01 on
 *   ended   current since 2010-01 with Rust; Kafka 2011-01..2024-12
 *   recent  current since 2020-01 with Rust and Kafka (under ten years)
 *   rust    current since 2005-01 with Rust only
 *   old     Kafka 2008-01..2015-12 only
 */

const now = new Date();
const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
const month = (year: number, monthOfYear: number) => year * 12 + monthOfYear - 1;
const monthText = (value: number) => `${Math.floor(value / 12)}-${String((value % 12) + 1).padStart(2, '0')}`;

interface Position {
  start: number;
  /** Null: current. */
  end: number | null;
  technologies: ('Rust' | 'Kafka')[];
}

const kinds: Record<string, Position[]> = {
  full: [{ start: month(2010, 1), end: null, technologies: ['Rust', 'Kafka'] }],
  ended: [
    { start: month(2010, 1), end: null, technologies: ['Rust'] },
    { start: month(2011, 1), end: month(2024, 12), technologies: ['Kafka'] },
  ],
  recent: [{ start: month(2020, 1), end: null, technologies: ['Rust', 'Kafka'] }],
  rust: [{ start: month(2005, 1), end: null, technologies: ['Rust'] }],
  old: [{ start: month(2008, 1), end: month(2015, 12), technologies: ['Kafka'] }],
};

/** 40 people, the kinds interleaved in id order; five of them at full strength. */
const crowd: { id: string; positions: Position[] }[] = Array.from({ length: 40 }, (_, index) => {
  const id = `be-${String(index).padStart(2, '0')}`;
  const kind = [5, 12, 18, 27, 33].includes(index)
    ? 'full'
    : (['ended', 'recent', 'rust', 'old'][index % 4] as string);
  return { id, positions: kinds[kind] as Position[] };
});

function resume(positions: Position[], id: string): ResumeDocument {
  return {
    basics: { label: 'Engineer' },
    work: positions.map((position, k) => ({
      name: 'Mozilla',
      positions: [
        {
          id: `${id}-${k}`,
          position: 'Engineer',
          startDate: monthText(position.start),
          ...(position.end === null ? { current: true } : { endDate: monthText(position.end) }),
          technologies: position.technologies,
        },
      ],
    })),
  };
}

interface Ask {
  first: number;
  asOf?: number;
  minMonths?: number;
  usedSince?: number;
}

/** The expected ranking: [id, score] of the best `first`, from the positions as written. */
function expected(technologies: ('Rust' | 'Kafka')[], ask: Ask): [string, number][] {
  const asOf = ask.asOf ?? thisMonth;
  const n = technologies.length;
  const scored = crowd.flatMap(({ id, positions }) => {
    let covered = 0;
    let strengths = 0;
    for (const technology of technologies) {
      const months = new Set<number>();
      let lastUsed: number | null = null;
      for (const position of positions) {
        if (!position.technologies.includes(technology) || position.start > asOf) continue;
        const end = Math.min(position.end ?? asOf, asOf);
        for (let m = position.start; m <= end; m += 1) months.add(m);
        lastUsed = Math.max(lastUsed ?? end, end);
      }
      if (lastUsed === null) continue;
      if (ask.minMonths !== undefined && months.size < ask.minMonths) continue;
      if (ask.usedSince !== undefined && lastUsed < ask.usedSince) continue;
      covered += 1;
      strengths += strength(months.size, asOf - lastUsed);
    }
    return covered === 0 ? [] : [[id, covered + strengths / (n + 1)] as [string, number]];
  });
  return scored.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, ask.first);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: false,
    resumes: crowd.map(({ id, positions }) => ({
      file: `${id}.json`,
      text: JSON.stringify(resume(positions, id)),
    })),
  });
}, 60_000);
afterAll(() => server.close());

async function experts(technologies: string[], ask: Ask): Promise<[string, number][]> {
  const args = [
    `technologies: ${JSON.stringify(technologies)}`,
    `first: ${ask.first}`,
    ask.asOf === undefined ? '' : `asOf: "${monthText(ask.asOf)}"`,
    ask.minMonths === undefined ? '' : `minMonths: ${ask.minMonths}`,
    ask.usedSince === undefined ? '' : `usedSince: "${monthText(ask.usedSince)}"`,
  ].join(' ');
  const response = await graphql(server.url, `{ experts(${args}) { person { id } score } }`);
  expect(response.body.errors).toBeUndefined();
  const rows = (response.body.data as { experts: { person: { id: string }; score: number }[] }).experts;
  return rows.map((row) => [row.person.id, row.score]);
}

function expectRanking(actual: [string, number][], wanted: [string, number][]): void {
  expect(actual.map(([id]) => id)).toEqual(wanted.map(([id]) => id));
  for (const [index, [, score]] of wanted.entries()) expect(actual[index]?.[1]).toBeCloseTo(score, 12);
}

describe('experts: the full-strength probe and the bounded ranking agree with the positions', () => {
  it('the best 3 are the first 3 at full strength, by id', async () => {
    const wanted = expected(['Rust', 'Kafka'], { first: 3 });
    expect(wanted).toEqual([
      ['be-05', 2 + 2 / 3],
      ['be-12', 2 + 2 / 3],
      ['be-18', 2 + 2 / 3],
    ]);
    expectRanking(await experts(['rust', 'kafka'], { first: 3 }), wanted);
  });

  it('the best 5 are all at full strength; the best 12 go on with the others, by score', async () => {
    expectRanking(await experts(['rust', 'kafka'], { first: 5 }), expected(['Rust', 'Kafka'], { first: 5 }));
    const twelve = expected(['Rust', 'Kafka'], { first: 12 });
    expect(twelve.slice(0, 5).map(([id]) => id)).toEqual(['be-05', 'be-12', 'be-18', 'be-27', 'be-33']);
    expect(twelve[5]?.[1]).toBeLessThan(2 + 2 / 3);
    expectRanking(await experts(['rust', 'kafka'], { first: 12 }), twelve);
  });

  it('as of 2018-06 nobody has ten years of Kafka: the ranking by score', async () => {
    const ask = { first: 3, asOf: month(2018, 6) };
    const wanted = expected(['Rust', 'Kafka'], ask);
    expect(wanted.every(([, score]) => score < 2 + 2 / 3)).toBe(true);
    expectRanking(await experts(['rust', 'kafka'], ask), wanted);
  });

  it('with filters: minMonths past the full ones, usedSince that the ended Kafka fails', async () => {
    for (const ask of [
      { first: 3, minMonths: thisMonth - month(2010, 1) + 2 },
      { first: 3, usedSince: month(2025, 6) },
      { first: 6, minMonths: 130, usedSince: month(2025, 1) },
    ]) {
      expectRanking(await experts(['rust', 'kafka'], ask), expected(['Rust', 'Kafka'], ask));
    }
  });

  it('one technology: Rust, at full strength for the full, ended and rust people', async () => {
    const wanted = expected(['Rust'], { first: 4 });
    expect(wanted.map(([, score]) => score)).toEqual([1.5, 1.5, 1.5, 1.5]);
    expectRanking(await experts(['rust'], { first: 4 }), wanted);
  });
});
