import type { GraphQLObjectType, SelectionSetNode } from 'graphql';
import { kindOfLabel } from '../../graph/node-kind.js';
import type { EntityKind, EntityRecord } from '../entity-kind.js';
import { finishers } from './finish.js';
import { type EntityTypeName, entityTypes, isEntityTypeName, type Relation } from './relations.js';
import {
  argumentsOf,
  collectFields,
  namedObjectType,
  type SelectionSource,
  subSelections,
} from './selection.js';

/*
 * Compiles what a request selects of an entity into one Cypher map projection, its relations as
 * nested COLLECT {} subqueries, so a root field costs one query however deep it reads. The values
 * of the relations travel in the projection under columns the compiler names (`pf0`, `pf1`, …);
 * `attach` moves them, finished, into a map by response key that the field resolvers read first
 * (the `PREFETCHED` map of this file). Only names from relations.ts and the compiler reach the
 * text: aliases, arguments and variables never do.
 */

/** Where the relations a query read for an entity record wait for their resolvers. */
export const PREFETCHED: unique symbol = Symbol('prefetched');

/**
 * The relations the query read for one record, by response key: the values in the order of its
 * plan's relations, and the plan's slot of each key, shared by every record of the plan.
 */
export class Prefetched {
  constructor(
    private readonly slots: ReadonlyMap<string, number>,
    private readonly values: readonly unknown[],
  ) {}

  /** The response keys read, in the plan's order. */
  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** The value read for `responseKey`; undefined when the query read none. */
  get(responseKey: string): unknown {
    const slot = this.slots.get(responseKey);
    return slot === undefined ? undefined : this.values[slot];
  }
}

/** An entity record after `attach`. */
export interface PrefetchedRecord extends EntityRecord {
  [PREFETCHED]?: Prefetched;
}

/** What the query reads for one entity, to undo its projection into a record with prefetched relations. */
export interface EntityPlan {
  type: EntityTypeName;
  /** The record's `kind`, set by `attach` rather than sent by the database with every entity. */
  kind: EntityKind;
  relations: PlannedRelation[];
  /** Each relation's place in `relations`, by response key. */
  slots: ReadonlyMap<string, number>;
  /** The relations' projection keys, removed from each record by `attach`. */
  columns: ReadonlySet<string>;
}

interface PlannedRelation {
  responseKey: string;
  /** The projection key holding the value in the query's answer. */
  column: string;
  relation: Relation;
  finish: ((value: unknown) => unknown) | undefined;
  /** The plans of the entities in the value, by part (`''`: the value itself). */
  parts: Map<string, EntityPlan>;
}

export interface CompiledEntity {
  /** A Cypher map projection of the node variable. */
  projection: string;
  plan: EntityPlan;
}

/**
 * Response keys of relations the compiler reads because a field needs them, not because the
 * request selects them: Role.label names the role's company.
 */
export const ROLE_LABEL_COMPANY = 'label company';

/** Names the variables of one query: n0, n1, … */
export function variableNames(): () => string {
  let next = 0;
  return () => `n${next++}`;
}

/**
 * The projection of the node bound to `variable`, an entity of `type`, as `selectionSets` select
 * it; `extraReads`: properties read whatever the selection (for a relation's finishing step).
 * With `hoisted`, the entity's own relations that have a `standalone` form (relations.ts) take it,
 * and so do those of its entities below relations that carry (RelationContext.project's
 * `carried`), all the way down: each relation that aggregates is pushed there as a
 * `<value> AS <variable>` item for a WITH that the caller puts before the projection, which reads
 * the variable; the others stay in the projection, as without `hoisted`.
 */
export function compileEntity(
  source: SelectionSource,
  type: EntityTypeName,
  variable: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  fresh: () => string,
  extraReads: readonly string[] = [],
  hoisted?: string[],
): CompiledEntity {
  const entity = entityTypes[type];
  const objectType = source.schema.getType(type) as GraphQLObjectType;
  const properties = new Set(['id', ...extraReads]);
  let everyProperty = false;
  const relations: PlannedRelation[] = [];
  const entries: string[] = [];

  const plan = (
    responseKey: string,
    relation: Relation,
    args: Record<string, unknown>,
    parts: PartSelections,
  ) => {
    const column = `pf${relations.length}`;
    const planned: PlannedRelation = {
      responseKey,
      column,
      relation,
      finish: undefined,
      parts: new Map(),
    };
    const standalone = hoisted ? relation.standalone : undefined;
    /** Whether the text aggregates, so that it must stand in a WITH item of its own. */
    let aggregates = standalone !== undefined;
    const text = (standalone ?? relation.cypher)({
      from: variable,
      fresh,
      args,
      project: (part, partVariable, carried) => {
        const spec = relation.parts[part];
        if (!spec) throw new Error(`The relation has no entity part "${part}".`);
        // Only a relation that will itself be carried may carry its entities' aggregates.
        const nested = hoisted && carried ? [] : undefined;
        const compiled = compileEntity(
          source,
          spec.type,
          partVariable,
          parts(part),
          fresh,
          relation.partReads?.[part] ?? [],
          nested,
        );
        if (nested && nested.length > 0) {
          carried?.push(...nested);
          aggregates = true;
        }
        planned.parts.set(part, compiled.plan);
        return compiled.projection;
      },
    });
    relations.push(planned);
    if (aggregates && hoisted) {
      const carried = fresh();
      hoisted.push(`${text} AS ${carried}`);
      entries.push(`${column}: ${carried}`);
    } else entries.push(`${column}: ${text}`);
    return planned;
  };

  for (const field of collectFields(source, objectType, selectionSets)) {
    if (field.name === '__typename') continue;
    const relation = entity.relations[field.name];
    if (relation) {
      const planned = plan(field.responseKey, relation, argumentsOf(source, objectType, field), (part) =>
        part === '' || relation.parts[part]?.isValue
          ? subSelections(field)
          : wrapperPart(source, objectType, field.name, subSelections(field), part),
      );
      planned.finish = finishers[`${type}.${field.name}`];
      continue;
    }
    const reads = entity.reads[field.name];
    if (reads) for (const property of reads) properties.add(property);
    else everyProperty = true; // a field this compiler does not know may read anything
    if (type === 'Role' && field.name === 'label') {
      const company = entityTypes.Role.relations.company as Relation;
      plan(ROLE_LABEL_COMPANY, { ...company, partReads: { '': ['name'] } }, {}, () => []);
    }
  }
  const read = everyProperty ? ['.*'] : [...properties].map((property) => `.${property}`);
  return {
    projection: `${variable} { ${[...read, ...entries].join(', ')} }`,
    plan: {
      type,
      kind: kindOfLabel(type),
      relations,
      slots: new Map(relations.map((planned, slot) => [planned.responseKey, slot])),
      columns: new Set(relations.map((planned) => planned.column)),
    },
  };
}

type PartSelections = (part: string) => (SelectionSetNode | undefined)[];

/**
 * The selections of the entity field `part` of a relation's wrapper objects (Education.school,
 * PersonTechnology.roles, …), every alias merged: default resolvers read the field by name.
 */
function wrapperPart(
  source: SelectionSource,
  parent: GraphQLObjectType,
  fieldName: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  part: string,
): (SelectionSetNode | undefined)[] {
  const wrapper = namedObjectType(parent.getFields()[fieldName]?.type);
  if (!wrapper) return [];
  return collectFields(source, wrapper, selectionSets)
    .filter((field) => field.name === part)
    .flatMap(subSelections);
}

/**
 * Gives `record` (a projection of `plan`) its kind and moves the relations the query read for it
 * into its prefetched values, recursively. A record whose plan has no relations (most of a page's:
 * the companies, technologies and projects of its roles) gets none: defining the property was
 * two thirds of `attach`'s cost.
 */
export function attach(plan: EntityPlan, record: PrefetchedRecord): void {
  const { relations } = plan;
  const values: unknown[] = [];
  const columns = record as Record<string, unknown>;
  for (let slot = 0; slot < relations.length; slot += 1) {
    const planned = relations[slot] as PlannedRelation;
    const value = columns[planned.column];
    if (value !== null && value !== undefined) {
      if (planned.relation.many) for (const item of value as unknown[]) attachParts(planned, item);
      else attachParts(planned, value);
    }
    values.push(planned.finish ? planned.finish(value) : value);
  }
  removeColumns(columns, plan.columns);
  record.kind = plan.kind;
  // Not enumerable: the record's own fields stay what they were (for logs, JSON and comparisons).
  if (relations.length > 0) {
    Object.defineProperty(record, PREFETCHED, {
      value: new Prefetched(plan.slots, values),
      enumerable: false,
    });
  }
}

/** `attach` for the entities in one item of a relation's value. */
function attachParts(planned: PlannedRelation, item: unknown): void {
  for (const [part, partPlan] of planned.parts) {
    const entity = part === '' ? item : (item as Record<string, unknown>)[part];
    if (Array.isArray(entity)) for (const each of entity) attach(partPlan, each as PrefetchedRecord);
    else if (entity !== null && entity !== undefined) attach(partPlan, entity as PrefetchedRecord);
  }
}

/**
 * Deletes the relation columns of a record, last key first: V8 keeps an object
 * whose most recently added properties are deleted in its fast layout, where any other deletion
 * turns it into a slow dictionary for every later read of its fields (the columns come last in the
 * projection, so they usually are the last keys).
 */
function removeColumns(record: Record<string, unknown>, columns: ReadonlySet<string>): void {
  if (columns.size === 0) return;
  const keys = Object.keys(record);
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] as string;
    if (columns.has(key)) delete record[key];
  }
}

export { isEntityTypeName };
