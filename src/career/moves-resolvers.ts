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
  /** All of them, by id; `CompanyMove.people` reads the records of the page it shows. */
  people: string[];
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
      { executor, loaders }: Context,
    ): Promise<CareerMovesResult> {
      const first = pageSize(args.first);
      const [row] = await executor.read<{
        company: EntityRecord;
        family: string[];
        people: { person: string; roles: PathRole[] }[];
      }>(careerMovesQuery, { company: companyNeedles(args.companyId) });
      if (!row) {
        throw notFound(
          `No company with id ${JSON.stringify(args.companyId)}: pass an id from companies { edges { node { id } } }.`,
        );
      }
      const now = currentMonth();
      const counts = companyMoves(
        row.people.map((item) => ({ person: item.person, stays: careerPath(item.roles, now) })),
        new Set(row.family),
      );
      // Ordered by name, so every company that could be on a page is read; one batch for both sides.
      const ids = [...new Set([...counts.before.keys(), ...counts.after.keys()])];
      const records = await loaders.entity.loadMany(ids);
      const companies = new Map<string, EntityRecord>();
      for (const record of records) {
        if (record && !(record instanceof Error)) companies.set(record.id, record);
      }
      const side = (moves: Map<string, Set<string>>): CompanyMoveResult[] =>
        [...moves.entries()]
          // A company deleted between the two reads is gone from the answer too.
          .flatMap(([id, ids]) => {
            const company = companies.get(id);
            return company ? [{ company, count: ids.size, people: [...ids].sort() }] : [];
          })
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
    async people(
      move: CompanyMoveResult,
      args: { first?: number | null },
      { loaders }: Context,
    ): Promise<EntityRecord[]> {
      const records = await loaders.entity.loadMany(move.people.slice(0, pageSize(args.first)));
      return records.map((record) => {
        if (record instanceof Error) throw record;
        if (!record) throw new Error('careerMoves: a person of a move was not found by id.');
        return record;
      });
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
