import DataLoader from 'dataloader';
import { notFound } from '../errors/index.js';
import { currentMonth } from '../graph/months.js';
import { pageSize } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import type { KeyedRow } from '../graphql/loaders/batch.js';
import type { Loaders } from '../graphql/loaders/create-loaders.js';
import { companyNeedles } from '../graphql/technology-lookup.js';
import { careerPath, companyMoves, type PathRole, type Stay } from './moves.js';
import { careerMovesQuery, personMovesQuery } from './moves-query.js';

export interface StayResult extends Omit<Stay, 'company'> {
  company: EntityRecord;
}

export interface CompanyMoveResult {
  company: EntityRecord;
  count: number;
  people: EntityRecord[];
}

export interface CareerMovesResult {
  company: EntityRecord;
  peopleCount: number;
  before: CompanyMoveResult[];
  after: CompanyMoveResult[];
}

interface PathRoleRecord extends PathRole {
  record: EntityRecord;
}

/**
 * Person.moves for every person of one request in one query: a DataLoader per request, kept
 * beside the request's own loaders (keyed by them, so it lives exactly as long).
 */
const movesLoaders = new WeakMap<Loaders, DataLoader<string, PathRoleRecord[]>>();

function movesLoader({ executor, loaders }: Context): DataLoader<string, PathRoleRecord[]> {
  let loader = movesLoaders.get(loaders);
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const rows = await executor.read<KeyedRow<PathRoleRecord[]>>(personMovesQuery, {
          ids: [...new Set(keys)],
        });
        const byKey = new Map(rows.map((row) => [row.key, row.value]));
        return keys.map((key) => byKey.get(key) ?? []);
      },
      { name: personMovesQuery.name },
    );
    movesLoaders.set(loaders, loader);
  }
  return loader;
}

export const movesResolvers = {
  Query: {
    async careerMoves(
      _parent: unknown,
      args: { companyId: string; first?: number | null },
      { executor }: Context,
    ): Promise<CareerMovesResult> {
      const first = pageSize(args.first);
      const [row] = await executor.read<{
        company: EntityRecord;
        family: string[];
        people: { person: EntityRecord; roles: PathRole[] }[];
        companies: EntityRecord[];
      }>(careerMovesQuery, { company: companyNeedles(args.companyId) });
      if (!row) {
        throw notFound(
          `No company with id ${JSON.stringify(args.companyId)}: pass an id from companies { edges { node { id } } }.`,
        );
      }
      const now = currentMonth();
      const people = new Map(row.people.map((item) => [item.person.id, item.person]));
      const companies = new Map(row.companies.map((company) => [company.id, company]));
      const counts = companyMoves(
        row.people.map((item) => ({ person: item.person.id, stays: careerPath(item.roles, now) })),
        new Set(row.family),
      );
      const side = (moves: Map<string, Set<string>>): CompanyMoveResult[] =>
        [...moves.entries()]
          .map(([id, ids]) => ({
            company: companies.get(id) as EntityRecord,
            count: ids.size,
            people: [...ids].sort().map((person) => people.get(person) as EntityRecord),
          }))
          .sort(
            (a, b) =>
              b.count - a.count ||
              nameOf(a.company).localeCompare(nameOf(b.company), 'en') ||
              (a.company.id < b.company.id ? -1 : a.company.id > b.company.id ? 1 : 0),
          )
          .slice(0, first);
      return {
        company: row.company,
        peopleCount: counts.people.size,
        before: side(counts.before),
        after: side(counts.after),
      };
    },
  },
  CompanyMove: {
    people(move: CompanyMoveResult, args: { first?: number | null }): EntityRecord[] {
      return move.people.slice(0, pageSize(args.first));
    },
  },
  Person: {
    async moves(person: EntityRecord, _args: unknown, context: Context): Promise<StayResult[]> {
      const roles = await movesLoader(context).load(person.id);
      const companies = new Map(roles.map((item) => [item.company, item.record]));
      return careerPath(roles).map((stay) => ({
        ...stay,
        company: companies.get(stay.company) as EntityRecord,
      }));
    },
  },
};

function nameOf(company: EntityRecord): string {
  return typeof company.name === 'string' ? company.name : company.id;
}
