import neo4j from 'neo4j-driver';
import { type SimilarBudgets, similarPeopleCypher } from '../../src/graphql/queries/similar-people.js';
import type { PositionDocument, ResumeDocument } from '../../src/resume/types.js';
import { testExecutor } from './database.js';
import { startTestServer, type TestServer } from './test-server.js';

/** similarPeopleCypher(budgets)'s answer for `personId` as ids and scores, with the stage that gave it. */
export async function askSimilar(budgets: SimilarBudgets, personId: string, first: number) {
  const [row] = await testExecutor().read<{
    found: boolean;
    stage: number;
    similar: { person: { id: string }; score: number }[];
  }>(similarPeopleCypher(budgets), { personId, first: neo4j.int(first) });
  return {
    found: row?.found,
    stage: Number(row?.stage),
    similar: row?.similar.map((entry) => ({ id: entry.person.id, score: entry.score })),
  };
}

/**
 * A résumé of one role at Mozilla using `technologies` (weight 3 each in USES), with `skills`
 * listed (weight 1 each): the people similarPeople's tests build by hand.
 */
export function engineer(id: string, technologies: string[], skills: string[] = []): ResumeDocument {
  const role: PositionDocument = {
    id: `${id}-role`,
    position: 'Engineer',
    technologies,
    startDate: '2020-01',
    endDate: '2021-12',
  };
  return {
    basics: { label: `Engineer ${id}` },
    work: [{ name: 'Mozilla', positions: [role] }],
    ...(skills.length > 0 ? { skills: [{ name: 'Tools', keywords: skills }] } : {}),
  };
}

/** A test server on a database holding only `resumes` (each loaded from `<id>.json`). */
export function serverWith(resumes: Record<string, ResumeDocument>): Promise<TestServer> {
  return startTestServer({
    seed: false,
    resumes: Object.entries(resumes).map(([id, resume]) => ({
      file: `${id}.json`,
      text: JSON.stringify(resume),
    })),
  });
}
