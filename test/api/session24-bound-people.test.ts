import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/generate/mulberry32.js';
import type { ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * People filtered by a technology and the time filters, on a graph large enough that a page is
 * first probed in id order (src/graphql/queries/connections.ts: with 400 people who all use Kafka,
 * a page of up to 8 from the start is probed among the first 4 × (first + 1) people), and asked
 * with filters that most users pass (the probe answers) and that few pass (it does not, and the
 * users are read). Every expected answer is worked out here from the positions as written: each
 * person's Kafka positions never overlap, so their months are the sum of each position's months,
 * counted from the start month to the end month (this month for a current one) inclusive.
 */

interface KafkaPosition {
  start: number;
  /** Null: current. */
  end: number | null;
  company: 'Stripe' | 'Uber';
}

interface Person {
  id: string;
  kafka: KafkaPosition[];
  /** Kafka as a listed skill only (no dates: passes no time filter but minMonths 0). */
  skillOnly: boolean;
}

const now = new Date();
const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
const monthText = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
const month = (year: number, monthOfYear: number) => year * 12 + monthOfYear - 1;

const PEOPLE = 400;

function people(): Person[] {
  const next = mulberry32(2024);
  const result: Person[] = [];
  for (let index = 0; index < PEOPLE; index += 1) {
    const id = `bp-${String(index).padStart(3, '0')}`;
    if (next() < 0.1) {
      result.push({ id, kafka: [], skillOnly: true });
      continue;
    }
    // One or two positions, the second after the first, all ended by 2026-06 or current.
    const kafka: KafkaPosition[] = [];
    let start = month(2004, 1) + Math.floor(next() * 240);
    const count = next() < 0.4 ? 2 : 1;
    for (let k = 0; k < count && start <= month(2026, 6); k += 1) {
      const company = next() < 0.5 ? 'Stripe' : 'Uber';
      const length = 1 + Math.floor(next() * 48);
      const current = k === count - 1 && next() < 0.25;
      const end = current ? null : Math.min(start + length - 1, month(2026, 6));
      kafka.push({ start, end, company });
      if (end === null) break;
      start = end + 2 + Math.floor(next() * 24);
    }
    result.push({ id, kafka, skillOnly: false });
  }
  return result;
}

const everyone = people();

function resume(person: Person): ResumeDocument {
  return {
    basics: { label: 'Engineer' },
    work: person.kafka.map((position, k) => ({
      name: position.company,
      positions: [
        {
          id: `${person.id}-${k}`,
          position: 'Engineer',
          startDate: monthText(position.start),
          ...(position.end === null ? { current: true } : { endDate: monthText(position.end) }),
          technologies: ['Kafka'],
        },
      ],
    })),
    skills: person.skillOnly ? [{ name: 'Streaming', keywords: ['Kafka'] }] : [],
  };
}

interface Filter {
  usedSince?: number;
  usedBefore?: number;
  minMonths?: number;
  company?: 'Stripe' | 'Uber';
}

/** Who passes `filter`, by id, from the positions as written. */
function expected(filter: Filter): string[] {
  return everyone
    .filter((person) => {
      if (filter.company && !person.kafka.some((position) => position.company === filter.company))
        return false;
      if (person.kafka.length === 0) {
        return filter.usedSince === undefined && filter.usedBefore === undefined && !filter.minMonths;
      }
      const ends = person.kafka.map((position) => position.end ?? thisMonth);
      const months = person.kafka.reduce(
        (sum, position, k) => sum + (ends[k] as number) - position.start + 1,
        0,
      );
      const firstUsed = Math.min(...person.kafka.map((position) => position.start));
      return (
        (filter.usedSince === undefined || Math.max(...ends) >= filter.usedSince) &&
        (filter.usedBefore === undefined || firstUsed < filter.usedBefore) &&
        (filter.minMonths === undefined || months >= filter.minMonths)
      );
    })
    .map((person) => person.id)
    .sort();
}

function filterText(filter: Filter): string {
  return [
    'technologyId: "kafka"',
    filter.company ? `companyId: "${filter.company.toLowerCase()}"` : '',
    filter.usedSince === undefined ? '' : `usedSince: "${monthText(filter.usedSince)}"`,
    filter.usedBefore === undefined ? '' : `usedBefore: "${monthText(filter.usedBefore)}"`,
    filter.minMonths === undefined ? '' : `minMonths: ${filter.minMonths}`,
  ]
    .filter(Boolean)
    .join(', ');
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: false,
    resumes: everyone.map((person) => ({ file: `${person.id}.json`, text: JSON.stringify(resume(person)) })),
  });
}, 120_000);
afterAll(() => server.close());

interface Page {
  totalCount?: number;
  edges: { node: { id: string }; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function page(filter: Filter, first: number, after: string | null, total: boolean): Promise<Page> {
  const response = await graphql(
    server.url,
    `query ($first: Int!, $after: String) {
      people(first: $first, after: $after, filter: { ${filterText(filter)} }) {
        ${total ? 'totalCount' : ''} edges { node { id } cursor } pageInfo { hasNextPage endCursor }
      }
    }`,
    { first, after },
  );
  expect(response.body.errors).toBeUndefined();
  return (response.body.data as { people: Page }).people;
}

/** Every page of `first`, walked by cursor, checked against the expected ids. */
async function walk(filter: Filter, first: number): Promise<void> {
  const ids = expected(filter);
  let after: string | null = null;
  for (let start = 0; ; start += first) {
    const result = await page(filter, first, after, start === 0);
    if (start === 0) expect(result.totalCount).toBe(ids.length);
    expect(result.edges.map((edge) => edge.node.id)).toEqual(ids.slice(start, start + first));
    expect(result.pageInfo.hasNextPage).toBe(start + first < ids.length);
    if (!result.pageInfo.hasNextPage) return;
    after = result.pageInfo.endCursor;
  }
}

const filters: Record<string, Filter> = {
  // Most users pass: the probe answers the first pages.
  'used since 2010-01': { usedSince: month(2010, 1) },
  'used since 2012-01 for 6 months or more': { usedSince: month(2012, 1), minMonths: 6 },
  'first used before 2022-01': { usedBefore: month(2022, 1) },
  'for 3 months or more, at Stripe': { minMonths: 3, company: 'Stripe' },
  // About a quarter pass (the current positions): near what the probe needs.
  'used since 2026-03': { usedSince: month(2026, 3) },
  // Few pass: the probe reads too few of them and the users are read.
  'first used before 2005-01': { usedBefore: month(2005, 1) },
  'first used before 2006-01, at Uber': { usedBefore: month(2006, 1), company: 'Uber' },
  'used since 2020-01, before 2008-01, for 12 months or more': {
    usedSince: month(2020, 1),
    usedBefore: month(2008, 1),
    minMonths: 12,
  },
  // No one passes.
  'used since 2090-01': { usedSince: month(2090, 1) },
};

describe('people(filter: { technologyId, usedSince, usedBefore, minMonths }) on 400 people', () => {
  it('has filters most users pass and filters few pass', () => {
    const users = everyone.length;
    const shares = Object.values(filters).map((filter) => expected(filter).length / users);
    expect(shares.filter((share) => share > 0.5).length).toBeGreaterThanOrEqual(3);
    expect(shares.filter((share) => share > 0 && share < 0.1).length).toBeGreaterThanOrEqual(3);
    expect(shares).toContain(0);
  });

  it.each(Object.entries(filters))('%s: the first pages of 1, 3 and 8, with the total', async (_, filter) => {
    const ids = expected(filter);
    for (const first of [1, 3, 8]) {
      const result = await page(filter, first, null, true);
      expect(result.totalCount).toBe(ids.length);
      expect(result.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, first));
      expect(result.pageInfo.hasNextPage).toBe(ids.length > first);
    }
  });

  it('walks every page of 7, probed first and read from the users after', async () => {
    await walk(filters['used since 2012-01 for 6 months or more'] as Filter, 7);
    await walk(filters['used since 2026-03'] as Filter, 7);
    await walk(filters['first used before 2005-01'] as Filter, 7);
  });

  it('answers the same page without the total', async () => {
    const filter = filters['first used before 2022-01'] as Filter;
    const result = await page(filter, 5, null, false);
    expect(result.totalCount).toBeUndefined();
    expect(result.edges.map((edge) => edge.node.id)).toEqual(expected(filter).slice(0, 5));
  });
});
