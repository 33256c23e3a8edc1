import GraphQLJSON from 'graphql-type-json';
import { expertsResolvers } from '../../career/experts-resolvers.js';
import { gapsResolvers } from '../../career/gaps-resolvers.js';
import { landscapeResolvers } from '../../career/landscape-resolvers.js';
import { movesResolvers } from '../../career/moves-resolvers.js';
import { timelineResolvers } from '../../career/timeline-resolvers.js';
import { type EntityRecord, labelOfKind } from '../entity-kind.js';
import { careerResolvers } from './career-resolvers.js';
import { entityResolvers } from './entity-resolvers.js';
import { graphResolvers } from './graph-resolvers.js';
import { mutationResolvers } from './mutation-resolvers.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

/** Merges the per-area resolver maps type by type; an area never overrides another's field. */
function merge(...maps: ResolverMap[]): ResolverMap {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = merged[typeName] ?? {};
      merged[typeName] = target;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice.`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

export const resolvers = {
  JSON: GraphQLJSON,
  // The GraphQL object type of a kind is its node label (src/graph/node-kind.ts).
  Entity: { __resolveType: (entity: EntityRecord) => labelOfKind[entity.kind] },
  ...merge(
    entityResolvers,
    careerResolvers,
    graphResolvers,
    mutationResolvers,
    landscapeResolvers,
    gapsResolvers,
    movesResolvers,
    expertsResolvers,
    timelineResolvers,
  ),
};
