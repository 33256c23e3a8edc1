import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import type { PositionDocument, ResumeDocument } from '../../src/resume/types.js';
import { strength } from '../fixtures/expert-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * experts(rollUp: true) and team(rollUp: true) rank only the candidates whose upper bound reaches
 * the k-th best lower bound (src/career/experts-query.ts `coverQuery`); these check that cut where
 * rolled-up uses could fool it. Catalogue facts used (asserted below): Helm, Argo CD and Istio are
 * kinds of Kubernetes; Amazon EKS is under Kubernetes and under Amazon Web Services; Express is
 * under Node.js, under JavaScript; Django and Flask under Python. Read as of 2026-06; a role's months
 * count its first and last month, a current one runs to 2026-06.
 */
const asOf = '2026-06';

interface CatalogueEntry {
  id: string;
  name: string;
  broader?: string[];
}
const catalogue = JSON.parse(
  readFileSync(join(projectRoot, 'seed/technologies.json'), 'utf8'),
) as CatalogueEntry[];
const nameOf = new Map(catalogue.map((entry) => [entry.id, entry.name]));

const belowOf = new Map<string, Set<string>>();

/** Every catalogue id below `id` along broader links, at any depth. */
function below(id: string): Set<string> {
  const known = belowOf.get(id);
  if (known) return known;
  const found = new Set<string>();
  const visit = (from: string) => {
    for (const entry of catalogue) {
      if (entry.broader?.includes(from) && !found.has(entry.id)) {
        found.add(entry.id);
        visit(entry.id);
      }
    }
  };
  visit(id);
  belowOf.set(id, found);
  return found;
}

const role = (id: string, start: string, end: string, technologies: string[]): PositionDocument => ({
  id,
  position: 'Engineer',
  technologies: technologies.map((technology) => nameOf.get(technology) ?? technology),
  startDate: start,
  ...(end === 'now' ? { current: true } : { endDate: end }),
});

const resume = (id: string, positions: PositionDocument[]): ResumeDocument => ({
  basics: { label: `Engineer ${id}` },
  work: positions.map((position, index) => ({ name: `Company ${id} ${index}`, positions: [position] })),
});

const sources = (resumes: Record<string, ResumeDocument>) =>
  Object.entries(resumes).map(([id, document]) => ({ file: `${id}.json`, text: JSON.stringify(document) }));

interface Expert {
  person: { id: string };
  score: number;
  evidence: {
    technology: { id: string };
    inferred: boolean;
    via: { id: string } | null;
    months: number | null;
  }[];
  missing: { id: string }[];
}

const expertFields =
  'person { id } score evidence { technology { id } inferred via { id } months } missing { id }';

async function askExperts(server: TestServer, args: string): Promise<Expert[]> {
  const response = await graphql<{ experts: Expert[] }>(
    server.url,
    `{ experts(${args}, rollUp: true, asOf: "${asOf}") { ${expertFields} } }`,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.experts ?? [];
}

describe('catalogue facts these tests rest on', () => {
  it('lists the broader links named above', () => {
    for (const id of ['helm', 'argo-cd', 'istio', 'eks']) expect(below('kubernetes').has(id)).toBe(true);
    expect(below('aws').has('eks')).toBe(true);
    expect(below('javascript').has('express')).toBe(true);
    expect(below('javascript').has('nodejs')).toBe(true);
    for (const id of ['django', 'flask']) expect(below('python').has(id)).toBe(true);
    for (const id of ['go', 'kafka', 'kubernetes', 'javascript', 'python', 'aws']) {
      expect(nameOf.has(id)).toBe(true);
    }
  });
});

/*
 *   dk-1           Kubernetes 2025-01..2025-12 (12 months, 6 before asOf)
 *   dk-2           Kubernetes 2010-01..2012-12 (36 months, 162 before: no strength left)
 *   dh-1           Kubernetes 2010-01..2012-12, and Helm 2016-07..now (120 months, used now)
 *   lib-01 … 12    Helm, Argo CD and Istio in one role 2016-07..now: three rolled-up uses of
 *                  Kubernetes at full strength each
 *   nw-1           Amazon EKS only, 2025-06..now (13 months): Kubernetes and AWS, only through it
 * Nobody names Amazon Web Services itself.
 */
const crowd = Array.from({ length: 12 }, (_, index) => `lib-${String(index + 1).padStart(2, '0')}`);
const constructed: Record<string, ResumeDocument> = {
  'dk-1': resume('dk-1', [role('dk-1-a', '2025-01', '2025-12', ['kubernetes'])]),
  'dk-2': resume('dk-2', [role('dk-2-a', '2010-01', '2012-12', ['kubernetes'])]),
  'dh-1': resume('dh-1', [
    role('dh-1-a', '2010-01', '2012-12', ['kubernetes']),
    role('dh-1-b', '2016-07', 'now', ['helm']),
  ]),
  ...Object.fromEntries(
    crowd.map((id) => [id, resume(id, [role(`${id}-a`, '2016-07', 'now', ['helm', 'argo-cd', 'istio'])])]),
  ),
  'nw-1': resume('nw-1', [role('nw-1-a', '2025-06', 'now', ['eks'])]),
};

describe('experts and team rolled up: the candidate cut on constructed careers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: sources(constructed) });
  });
  afterAll(() => server.close());

  // n = 1: a direct cover adds 1 + strength / 2, a rolled-up one 0.5 + 0.5 × strength / 2.
  const direct1 = (months: number, since: number) => 1 + strength(months, since) / 2;
  const inferred1 = (months: number, since: number) => 0.5 + (0.5 * strength(months, since)) / 2;

  it('many rolled-up uses of one technology count once: the direct users still rank first', async () => {
    // Each of lib-01 … lib-12 has three uses under Kubernetes at full strength; counted once each
    // they are 0.75, below any direct use (at least 1).
    const answer = await askExperts(server, 'technologies: ["kubernetes"], first: 3');
    expect(answer.map((expert) => expert.person.id)).toEqual(['dk-1', 'dh-1', 'dk-2']);
    expect(answer.map((expert) => expert.score)).toEqual([
      expect.closeTo(direct1(12, 6), 10),
      expect.closeTo(direct1(36, 162), 10),
      expect.closeTo(direct1(36, 162), 10),
    ]);
    // dh-1's direct use is taken although their Helm is stronger.
    expect(answer[1]?.evidence).toEqual([
      { technology: { id: 'kubernetes' }, inferred: false, via: null, months: 36 },
    ]);
  });

  it('everyone, in order: direct users, then the crowd by id, then EKS alone', async () => {
    const answer = await askExperts(server, 'technologies: ["kubernetes"], first: 20');
    expect(answer.map((expert) => expert.person.id)).toEqual(['dk-1', 'dh-1', 'dk-2', ...crowd, 'nw-1']);
    expect(answer[3]?.score).toBeCloseTo(inferred1(120, 0), 10);
    // Helm, Argo CD and Istio are equally strong: the first by id is the evidence.
    expect(answer[3]?.evidence).toEqual([
      { technology: { id: 'kubernetes' }, inferred: true, via: { id: 'argo-cd' }, months: 120 },
    ]);
    expect(answer[15]).toEqual({
      person: { id: 'nw-1' },
      score: expect.closeTo(inferred1(13, 0), 10),
      evidence: [{ technology: { id: 'kubernetes' }, inferred: true, via: { id: 'eks' }, months: 13 }],
      missing: [],
    });
  });

  it('a filter the direct use fails: the rolled-up use covers instead, and ties go by id', async () => {
    const answer = await askExperts(server, 'technologies: ["kubernetes"], usedSince: "2026-01", first: 3');
    expect(answer).toEqual([
      {
        person: { id: 'dh-1' },
        score: expect.closeTo(inferred1(120, 0), 10),
        evidence: [{ technology: { id: 'kubernetes' }, inferred: true, via: { id: 'helm' }, months: 120 }],
        missing: [],
      },
      ...['lib-01', 'lib-02'].map((id) => ({
        person: { id },
        score: expect.closeTo(inferred1(120, 0), 10),
        evidence: [{ technology: { id: 'kubernetes' }, inferred: true, via: { id: 'argo-cd' }, months: 120 }],
        missing: [],
      })),
    ]);
  });

  it('the best expert is found only through a narrower technology (EKS for Kubernetes and AWS)', async () => {
    // n = 2: nw-1 covers both through EKS, 2 × (0.5 + 0.5 × strength(13, 0) / 3); dk-1 covers
    // Kubernetes alone, 1 + strength(12, 6) / 3, less.
    const nw1 = 2 * (0.5 + (0.5 * strength(13, 0)) / 3);
    const dk1 = 1 + strength(12, 6) / 3;
    expect(nw1).toBeGreaterThan(dk1);
    const answer = await askExperts(server, 'technologies: ["kubernetes", "aws"], first: 2');
    expect(answer).toEqual([
      {
        person: { id: 'nw-1' },
        score: expect.closeTo(nw1, 10),
        evidence: [
          { technology: { id: 'kubernetes' }, inferred: true, via: { id: 'eks' }, months: 13 },
          { technology: { id: 'aws' }, inferred: true, via: { id: 'eks' }, months: 13 },
        ],
        missing: [],
      },
      {
        person: { id: 'dk-1' },
        score: expect.closeTo(dk1, 10),
        evidence: [{ technology: { id: 'kubernetes' }, inferred: false, via: null, months: 12 }],
        missing: [{ id: 'aws' }],
      },
    ]);
    const team = await graphql(
      server.url,
      `{ team(technologies: ["kubernetes", "aws"], size: 2, rollUp: true, asOf: "${asOf}") {
          members { person { id } covers { id } inferred { id } } uncovered { id } } }`,
    );
    expect(team.body).toEqual({
      data: {
        team: {
          members: [
            {
              person: { id: 'nw-1' },
              covers: [{ id: 'kubernetes' }, { id: 'aws' }],
              inferred: [{ id: 'kubernetes' }, { id: 'aws' }],
            },
          ],
          uncovered: [],
        },
      },
    });
  });
});

/** A seeded pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const monthNumber = (text: string) => {
  const [year, month] = text.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
};
const monthText = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/** What one person's résumé says of one technology: one role each (so its months are the role's). */
interface Use {
  months: number;
  lastUsed: number;
}

const pool = [
  'kubernetes',
  'eks',
  'helm',
  'istio',
  'javascript',
  'nodejs',
  'express',
  'python',
  'django',
  'flask',
  'go',
  'kafka',
];

/**
 * `people` résumés of 1 to 3 roles, each with 1 to 3 technologies of `pool` no earlier role of theirs
 * named (so a use's months and last use are one role's), started 2005-01..2025-12, ended up to 90
 * months later (at most asOf) or current; and what each says, as of asOf.
 */
function randomCareers(seed: number, people: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const now = monthNumber(asOf);
  const resumes: Record<string, ResumeDocument> = {};
  const uses = new Map<string, Map<string, Use>>();
  for (let index = 0; index < people; index++) {
    const id = `rp-${String(index).padStart(3, '0')}`;
    const mine = new Map<string, Use>();
    const positions: PositionDocument[] = [];
    const roles = 1 + Math.floor(next() * 3);
    for (let r = 0; r < roles; r++) {
      const start =
        monthNumber('2005-01') + Math.floor(next() * (monthNumber('2025-12') - monthNumber('2005-01') + 1));
      const current = next() < 0.3;
      const end = current ? now : Math.min(now, start + Math.floor(next() * 91));
      const technologies = new Set<string>();
      const count = 1 + Math.floor(next() * 3);
      for (let t = 0; t < count; t++) {
        const technology = pick(pool);
        if (!mine.has(technology)) technologies.add(technology);
      }
      if (technologies.size === 0) continue;
      for (const technology of technologies) mine.set(technology, { months: end - start + 1, lastUsed: end });
      positions.push(
        role(`${id}-${r}`, monthText(start), current ? 'now' : monthText(end), [...technologies]),
      );
    }
    if (positions.length === 0) continue;
    resumes[id] = resume(id, positions);
    uses.set(id, mine);
  }
  return { resumes, uses };
}

interface Filters {
  minMonths?: number;
  usedSince?: string;
}

interface ExpectedCover {
  id: string;
  via: string | null;
  months: number;
  strength: number;
  weight: number;
}

/**
 * A person's cover of `asked`, rolled up, from what their résumé says: per technology, the direct
 * use if it passes the filters, else the strongest narrower one that passes (then by its id).
 */
function coverOf(mine: Map<string, Use>, asked: readonly string[], filters: Filters): ExpectedCover[] {
  const now = monthNumber(asOf);
  const passes = (use: Use) =>
    (filters.minMonths === undefined || use.months >= filters.minMonths) &&
    (filters.usedSince === undefined || use.lastUsed >= monthNumber(filters.usedSince));
  const covers: ExpectedCover[] = [];
  for (const technology of asked) {
    const own = mine.get(technology);
    if (own && passes(own)) {
      covers.push({
        id: technology,
        via: null,
        months: own.months,
        strength: strength(own.months, now - own.lastUsed),
        weight: 1,
      });
      continue;
    }
    const rolled = [...below(technology)]
      .flatMap((via) => {
        const use = mine.get(via);
        return use && passes(use) ? [{ via, use, strength: strength(use.months, now - use.lastUsed) }] : [];
      })
      .sort((a, b) => b.strength - a.strength || (a.via < b.via ? -1 : 1))[0];
    if (rolled) {
      covers.push({
        id: technology,
        via: rolled.via,
        months: rolled.use.months,
        strength: rolled.strength,
        weight: 0.5,
      });
    }
  }
  return covers;
}

function expectedExperts(
  uses: Map<string, Map<string, Use>>,
  asked: readonly string[],
  filters: Filters,
  first: number,
) {
  const n = asked.length;
  return (
    [...uses]
      .map(([id, mine]) => {
        const covers = coverOf(mine, asked, filters);
        const weights = covers.reduce((sum, cover) => sum + cover.weight, 0);
        const strengths = covers.reduce((sum, cover) => sum + cover.weight * cover.strength, 0);
        const score = weights + strengths / (n + 1);
        return { id, covers, score };
      })
      .filter((expert) => expert.covers.length > 0)
      // Equal scores summed in another order may differ in the last bit: they tie, by id.
      .sort((a, b) => (Math.abs(b.score - a.score) > 1e-12 ? b.score - a.score : a.id < b.id ? -1 : 1))
      .slice(0, first)
  );
}

/** Greedy set cover as the schema states it: most new technologies, then higher score, then lower id. */
function expectedTeam(uses: Map<string, Map<string, Use>>, asked: readonly string[], size: number) {
  const everyone = expectedExperts(uses, asked, {}, uses.size);
  const uncovered = new Set(asked);
  const members: string[] = [];
  while (members.length < size && uncovered.size > 0) {
    let best: { id: string; adds: number } | undefined;
    for (const expert of everyone) {
      if (members.includes(expert.id)) continue;
      const adds = expert.covers.filter((cover) => uncovered.has(cover.id)).length;
      if (adds > (best?.adds ?? 0)) best = { id: expert.id, adds };
    }
    if (!best) break;
    members.push(best.id);
    for (const cover of everyone.find((expert) => expert.id === best.id)?.covers ?? [])
      uncovered.delete(cover.id);
  }
  return { members, uncovered: asked.filter((id) => uncovered.has(id)) };
}

describe('experts and team rolled up on random careers, against the ranking worked out from the résumés', () => {
  const { resumes, uses } = randomCareers(25, 160);
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: sources(resumes) });
  });
  afterAll(() => server.close());

  const questions: { asked: string[]; filters: Filters; first: number }[] = [
    { asked: ['kubernetes'], filters: {}, first: 5 },
    { asked: ['kubernetes'], filters: {}, first: 80 },
    { asked: ['kubernetes', 'javascript'], filters: {}, first: 10 },
    { asked: ['javascript', 'python', 'kafka'], filters: {}, first: 8 },
    { asked: ['aws'], filters: {}, first: 6 },
    { asked: ['kubernetes', 'aws', 'go'], filters: {}, first: 12 },
    { asked: ['nodejs', 'python'], filters: { minMonths: 24 }, first: 10 },
    { asked: ['kubernetes', 'javascript'], filters: { usedSince: '2024-01' }, first: 10 },
    { asked: ['python', 'kubernetes'], filters: { minMonths: 12, usedSince: '2020-01' }, first: 15 },
  ];

  it('the data set holds rolled-up-only experts and direct ones for what is asked', () => {
    const people = [...uses.values()];
    expect(people.filter((mine) => mine.has('eks') && !mine.has('kubernetes')).length).toBeGreaterThan(3);
    expect(people.filter((mine) => mine.has('kubernetes')).length).toBeGreaterThan(10);
    expect(
      people.filter((mine) => mine.has('express') && !mine.has('javascript') && !mine.has('nodejs')).length,
    ).toBeGreaterThan(3);
  });

  for (const { asked, filters, first } of questions) {
    const label = `${asked.join(', ')} ${JSON.stringify(filters)}, first ${first}`;
    it(`experts(rollUp: true): ${label}`, async () => {
      const filterArgs = [
        filters.minMonths === undefined ? '' : `, minMonths: ${filters.minMonths}`,
        filters.usedSince === undefined ? '' : `, usedSince: "${filters.usedSince}"`,
      ].join('');
      const answer = await askExperts(
        server,
        `technologies: ${JSON.stringify(asked)}, first: ${first}${filterArgs}`,
      );
      const expected = expectedExperts(uses, asked, filters, first);
      // Someone covers through a narrower technology alone: a candidate the cut has to judge.
      const everyone = expectedExperts(uses, asked, filters, uses.size);
      expect(everyone.some((expert) => expert.covers.every((cover) => cover.via !== null))).toBe(true);
      expect(answer.map((expert) => expert.person.id)).toEqual(expected.map((expert) => expert.id));
      for (const [index, expert] of answer.entries()) {
        const wanted = expected[index];
        expect(expert.score).toBeCloseTo(wanted?.score ?? Number.NaN, 10);
        expect(expert.evidence).toEqual(
          (wanted?.covers ?? []).map((cover) => ({
            technology: { id: cover.id },
            inferred: cover.via !== null,
            via: cover.via === null ? null : { id: cover.via },
            months: cover.months,
          })),
        );
      }
    });
  }

  for (const [asked, size] of [
    [['kubernetes', 'javascript', 'python', 'aws'], 3],
    [['go', 'kafka', 'aws', 'javascript'], 2],
  ] as const) {
    it(`team(rollUp: true): ${asked.join(', ')}, size ${size}`, async () => {
      const response = await graphql<{
        team: { members: { person: { id: string } }[]; uncovered: { id: string }[] };
      }>(
        server.url,
        `{ team(technologies: ${JSON.stringify(asked)}, size: ${size}, rollUp: true, asOf: "${asOf}") {
            members { person { id } } uncovered { id } } }`,
      );
      expect(response.body.errors).toBeUndefined();
      const expected = expectedTeam(uses, asked, size);
      expect(expected.members.length).toBeGreaterThan(0);
      expect(response.body.data?.team.members.map((member) => member.person.id)).toEqual(expected.members);
      expect(response.body.data?.team.uncovered.map((technology) => technology.id)).toEqual(
        expected.uncovered,
      );
    });
  }
});
