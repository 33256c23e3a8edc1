import { lookupNeedles } from '../../catalogue/name-lookup.js';
import { badInput, notFound } from '../../errors/index.js';
import { currentMonth } from '../../graph/months.js';
import { boundedInt, pageSize } from '../arguments.js';
import type { Context } from '../context.js';
import { type EntityKind, type EntityRecord, entityKinds } from '../entity-kind.js';
import { luceneQuery } from '../lucene-query.js';
import { colleaguesQuery } from '../queries/colleagues.js';
import { largestEmployersQuery } from '../queries/largest-employers.js';
import { searchQuery } from '../queries/search.js';
import { sharedTechnologiesQuery } from '../queries/shared-technologies.js';
import { statsQuery } from '../queries/stats.js';
import { technologyCooccurrenceQuery } from '../queries/technology-cooccurrence.js';
import { topTechnologiesQuery } from '../queries/top-technologies.js';
import { askSimilarPeople, refreshSimilarListLater } from '../similar-lists.js';
import { technologyNeedles, technologyNotFound } from '../technology-lookup.js';

/** At most this many people in one `sharedTechnologies` question. */
export const maxSharedPeople = 50;
/** Overlaps are counted in months; a century is plenty. */
export const maxOverlapMonths = 1200;
/** Longest search text accepted (most words used from it: lucene-query.ts). */
export const maxSearchLength = 200;

const peopleHint = 'people { edges { node { id } } }';

/** `No person with id "x": ...` or, for several, `No person with ids "x", "y": ...`. */
export function noPerson(ids: readonly string[]): Error {
  const quoted = ids.map((id) => JSON.stringify(id)).join(', ');
  return ids.length === 1
    ? notFound(`No person with id ${quoted}: pass an id from ${peopleHint}.`)
    : notFound(`No person with ids ${quoted}: pass ids from ${peopleHint}.`);
}

interface TechnologyUserRow {
  person: EntityRecord;
  roles: EntityRecord[];
  projects: EntityRecord[];
  skill: boolean;
}

interface SharedTechnologyRow {
  technology: EntityRecord;
  peopleCount: number;
  people: TechnologyUserRow[];
}

interface ColleagueRow {
  person: EntityRecord;
  company: EntityRecord;
  overlapMonths: number;
  from: string;
  to: string;
  role: EntityRecord;
  colleagueRole: EntityRecord;
}

interface SimilarPersonRow {
  person: EntityRecord;
  score: number;
  sharedTechnologies: EntityRecord[];
}

interface CooccurrenceRow {
  technology: EntityRecord;
  count: number;
  people: number;
}

interface SearchHitRow {
  entity: EntityRecord;
  kind: EntityKind;
  score: number;
}

interface StatsRow {
  counts: { kind: EntityKind; count: number }[];
  relationships: number;
}

/** `kinds` as given, or null (every kind) when absent or empty. */
export function kindFilter(kinds: readonly EntityKind[] | null | undefined): EntityKind[] | null {
  return kinds && kinds.length > 0 ? [...new Set(kinds)] : null;
}

export const careerResolvers = {
  Query: {
    async sharedTechnologies(
      _parent: unknown,
      args: { personIds: string[]; minPeople?: number | null },
      { executor }: Context,
    ): Promise<SharedTechnologyRow[]> {
      const { personIds } = args;
      if (personIds.length < 1 || personIds.length > maxSharedPeople) {
        throw badInput(
          `personIds: ${personIds.length} ids given: pass from 1 to ${maxSharedPeople} person ids.`,
          'personIds',
        );
      }
      const seen = new Set<string>();
      for (const id of personIds) {
        if (seen.has(id)) {
          throw badInput(
            `personIds: ${JSON.stringify(id)} is listed twice: pass each person once.`,
            'personIds',
          );
        }
        seen.add(id);
      }
      const minPeople = boundedInt('minPeople', args.minPeople, personIds.length, 1, personIds.length);
      const [row] = await executor.read<{ missing: string[]; technologies: SharedTechnologyRow[] }>(
        sharedTechnologiesQuery,
        { personIds, minPeople },
      );
      if (!row) return [];
      if (row.missing.length > 0) throw noPerson(row.missing);
      return row.technologies;
    },

    async colleagues(
      _parent: unknown,
      args: { personId: string; minOverlapMonths?: number | null; first?: number | null },
      { executor }: Context,
    ): Promise<ColleagueRow[]> {
      const minOverlapMonths = boundedInt('minOverlapMonths', args.minOverlapMonths, 1, 1, maxOverlapMonths);
      const [row] = await executor.read<{ found: boolean; colleagues: ColleagueRow[] }>(colleaguesQuery, {
        personId: args.personId,
        minOverlapMonths,
        first: pageSize(args.first),
        currentMonth: currentMonth(),
      });
      if (!row?.found) throw noPerson([args.personId]);
      return row.colleagues;
    },

    async similarPeople(
      _parent: unknown,
      args: { personId: string; first?: number | null },
      { executor }: Context,
    ): Promise<SimilarPersonRow[]> {
      const first = pageSize(args.first, 10);
      const answer = await askSimilarPeople<SimilarPersonRow>(executor, args.personId, first);
      if (!answer.found) throw noPerson([args.personId]);
      if (answer.stale) refreshSimilarListLater(executor, args.personId, answer.stale);
      return answer.similar;
    },

    async technologyCooccurrence(
      _parent: unknown,
      args: { technologyId: string; first?: number | null },
      { executor }: Context,
    ): Promise<CooccurrenceRow[]> {
      const first = pageSize(args.first, 10);
      const [row] = await executor.read<{
        technology: EntityRecord | null;
        cooccurrences: CooccurrenceRow[];
      }>(technologyCooccurrenceQuery, { technology: technologyNeedles(args.technologyId), first });
      // Only on this error path: one more query, for the did-you-mean `technology(id)` also gives.
      if (!row?.technology) throw await technologyNotFound(executor, args.technologyId);
      return row.cooccurrences;
    },

    async search(
      _parent: unknown,
      args: { query: string; kinds?: EntityKind[] | null; first?: number | null },
      { executor }: Context,
    ): Promise<SearchHitRow[]> {
      const first = pageSize(args.first, 10);
      if (args.query.trim() === '') {
        throw badInput(
          `query: ${JSON.stringify(args.query)} is empty: pass at least one word, e.g. "kubernetes".`,
          'query',
        );
      }
      if (args.query.length > maxSearchLength) {
        throw badInput(
          `query: ${args.query.length} characters is too long: pass at most ${maxSearchLength}.`,
          'query',
        );
      }
      return executor.read<SearchHitRow>(searchQuery, {
        query: luceneQuery(args.query),
        exactKey: lookupNeedles(args.query).exact,
        lowered: args.query.trim().toLowerCase(),
        kinds: kindFilter(args.kinds),
        first,
      });
    },

    async stats(_parent: unknown, _args: unknown, { executor }: Context): Promise<StatsRow> {
      const [row] = await executor.read<StatsRow>(statsQuery);
      return row ?? { counts: entityKinds.map((kind) => ({ kind, count: 0 })), relationships: 0 };
    },
  },

  Stats: {
    topTechnologies(_stats: StatsRow, args: { first?: number | null }, { executor }: Context) {
      return executor.read<{ technology: EntityRecord; count: number }>(topTechnologiesQuery, {
        first: pageSize(args.first, 10),
      });
    },
    largestEmployers(_stats: StatsRow, args: { first?: number | null }, { executor }: Context) {
      return executor.read<{ company: EntityRecord; count: number }>(largestEmployersQuery, {
        first: pageSize(args.first, 10),
      });
    },
  },
};
