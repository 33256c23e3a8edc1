import { notFound } from '../errors/index.js';
import { currentMonth } from '../graph/months.js';
import { asOfMonth, pageSize } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { companyNeedles } from '../graphql/technology-lookup.js';
import { careerPath, companyMoves, type PathRole, type Stay } from './moves.js';
import { careerMovesQuery } from './moves-query.js';

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

function nameOf(company: EntityRecord): string {
  return typeof company.name === 'string' ? company.name : company.id;
}
