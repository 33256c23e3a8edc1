import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../errors/index.js';
import { currentMonth } from '../graph/months.js';
import { asOfMonth, pageSize } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { compareByName } from '../graphql/queries/cypher-order.js';
import { selectsOnly } from '../graphql/selection.js';
import { companyNeedles } from '../graphql/technology-lookup.js';
import { cachedAggregate } from './aggregate-cache.js';
import { careerPath, companyMoves, type PathRole, type Stay } from './moves.js';
import { careerMovesQuery } from './moves-query.js';

export interface StayResult extends Omit<Stay, 'company'> {
  company: EntityRecord;
}

export interface CompanyMoveResult {
  company: EntityRecord;
  count: number;
  /** All of them, by id; `CompanyMove.people` reads the records of the page it shows. */
  people: string[];
}

export interface CareerMovesResult {
  company: EntityRecord;
  peopleCount: number;
  before: CompanyMoveResult[];
  after: CompanyMoveResult[];
}

export const movesResolvers = {
  Query: {
    async careerMoves(
      _parent: unknown,
      args: { companyId: string; first?: number | null },
      { executor, loaders }: Context,
    ): Promise<CareerMovesResult> {
      const first = pageSize(args.first);
      const now = currentMonth();
      // Everyone who ever worked at the company, and their careers: kept until the database changes.
      return cachedAggregate(
        executor,
        `careerMoves:${JSON.stringify([args.companyId, first, now])}`,
        async () => {
          const [row] = await executor.read<{
            company: EntityRecord;
            family: string[];
            people: { person: string; path: string[] | null; roles: PathRole[] | null }[];
          }>(careerMovesQuery, { company: companyNeedles(args.companyId) });
          if (!row) {
            throw notFound(
              `No company with id ${JSON.stringify(args.companyId)}: pass an id from companies { edges { node { id } } }.`,
            );
          }
          const counts = companyMoves(
            row.people.map((item) => ({
              person: item.person,
              stays:
                item.path?.map((company) => ({ company, alongside: false })) ??
                careerPath(item.roles ?? [], now),
            })),
            new Set(row.family),
          );
          const before = byCount(counts.before);
          const after = byCount(counts.after);
          // Ordered by count, then name: the records (names) of every company that can make a page.
          const ids = [...new Set([...onPage(before, first), ...onPage(after, first)].map(([id]) => id))];
          const records = await loaders.entity.loadMany(ids);
          const companies = new Map<string, EntityRecord>();
          for (const record of records) {
            // A failed read fails the answer: skipped, it would be kept as a shorter answer.
            if (record instanceof Error) throw record;
            if (record) companies.set(record.id, record);
          }
          const side = (moves: [string, Set<string>][]): CompanyMoveResult[] =>
            onPage(moves, first)
              // A company deleted between the two reads is gone from the answer too.
              .flatMap(([id, ids]) => {
                const company = companies.get(id);
                return company ? [{ company, count: ids.size, people: [...ids].sort() }] : [];
              })
              .sort((a, b) => b.count - a.count || compareByName(a.company, b.company))
              .slice(0, first);
          return {
            company: row.company,
            peopleCount: row.people.length,
            before: side(before),
            after: side(after),
          };
        },
      );
    },
  },
  CompanyMove: {
    async people(
      move: CompanyMoveResult,
      args: { first?: number | null },
      { loaders }: Context,
      info: GraphQLResolveInfo,
    ): Promise<EntityRecord[]> {
      const ids = move.people.slice(0, pageSize(args.first));
      // Only ids asked (the usual "who"): careerMoves' own read gave them, so no second read.
      if (selectsOnly(info, ['id', '__typename'])) return ids.map((id) => ({ id, kind: 'PERSON' }));
      const records = await loaders.entity.loadMany(ids);
      return records.map((record) => {
        if (record instanceof Error) throw record;
        if (!record) throw new Error('careerMoves: a person of a move was not found by id.');
        return record;
      });
    },
  },
  Person: {
    async moves(
      person: EntityRecord,
      args: { asOf?: string | null },
      { loaders }: Context,
    ): Promise<StayResult[]> {
      const asOf = asOfMonth(args.asOf);
      const roles = await loaders.personMoves.load(person.id);
      const companies = new Map(roles.map((item) => [item.company, item.record]));
      return careerPath(roles, asOf).map((stay) => ({
        ...stay,
        company: companies.get(stay.company) as EntityRecord,
      }));
    },
  },
};

/** A side's companies with their people, most people first. */
function byCount(moves: Map<string, Set<string>>): [string, Set<string>][] {
  return [...moves.entries()].sort((a, b) => b[1].size - a[1].size);
}

/**
 * The companies of a side (`byCount`) that can be among its first `first` once ties are ordered by
 * name: every one with at least the count of the `first`-th.
 */
function onPage(moves: [string, Set<string>][], first: number): [string, Set<string>][] {
  const least = moves[first - 1]?.[1].size ?? 0;
  return moves.filter(([, people]) => people.size >= least);
}
