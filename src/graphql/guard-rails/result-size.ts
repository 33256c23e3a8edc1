import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { maxCoverTechnologies, maxTeamSize } from '../../career/experts-limits.js';
import { maxGapTechnologies, maxRequirementsLength } from '../../career/gaps.js';
import { maxCatalogueLinks, maxLandscapeNodes } from '../../career/landscape-limits.js';
import { NODE_LABELS, type NodeLabel } from '../../graph/model.js';
import { limits } from '../arguments.js';
import type { ListBounds } from './list-bounds.js';

/**
 * The most values (fields, objects and list items, each counted once) an operation can return,
 * before it runs: each list is priced at its bound (a `first`, a `limit`, or the graph's own
 * fan-out from list-bounds.ts) and everything under it multiplied by that. `worst` names the
 * list path that contributes most, for the message. Before the graph is measured its bounds are
 * UNMEASURED (infinite), so `values` is Infinity exactly when the price depends on them, and finite
 * (then a true upper bound from `first` caps and schema limits alone) when it does not.
 * `known` adds up only the fields whose own value is finite, each counted once, and `knownWorst`
 * names the list path that contributes most to it: when `values` is Infinity, `known` is what the
 * finite parts alone could return, so one unbounded field never hides parts that are over the limit
 * by their `first` caps. When `values` is finite, `known` equals it.
 */
export interface ResultSize {
  values: number;
  worst: string[];
  known: number;
  knownWorst: string[];
}

export interface ResultSizeOptions {
  bounds: ListBounds;
  variables: Record<string, unknown>;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** A list on the path to a field: its name and bound. */
interface Step {
  name: string;
  size: number;
}

/** What a field's arguments tell the lists under it: a connection's page, a graph view's size. */
interface Inherited {
  page?: number;
  viewNodes?: number;
  viewEdges?: number;
  people?: number;
  /** `experts` and `team`: how many technologies were asked; `team`: its size. */
  technologies?: number;
  teamSize?: number;
  /** `technologyLandscape`: most technologies it shows. */
  landscapeNodes?: number;
}

/** `Stats.counts` has one entry per kind of node. */
const KINDS = NODE_LABELS.length;

export function estimateResultSize(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  options: ResultSizeOptions,
): ResultSize {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { values: 0, worst: [], known: 0, knownWorst: [] };
  // Steps are formatted only for the one path the message names: toLocaleString for every list of
  // every request was most of the estimate's time.
  let worst = { values: 0, path: [] as Step[] };
  let knownWorst = { values: 0, path: [] as Step[] };
  let known = 0;

  const walk = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    multiplier: number,
    inherited: Inherited,
    path: Step[],
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += walk(selection.selectionSet, condition ?? type, multiplier, inherited, path);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = options.fragments[selection.name.value];
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition)
          total += walk(fragment.selectionSet, condition, multiplier, inherited, path);
        continue;
      }
      const name = selection.name.value;
      const field = fieldsOf(type)?.[name];
      if (!field) {
        total += multiplier;
        if (Number.isFinite(multiplier)) known += multiplier;
        continue;
      }
      const args = argumentValues(field, selection.arguments ?? [], options.variables);
      const listed = isList(field.type);
      const size = listed ? listSize(type.name, field, args, inherited, options.bounds) : 1;
      const values = times(multiplier, size);
      const here = listed ? [...path, { name, size }] : path;
      total += values;
      if (values > worst.values && listed) worst = { values, path: here };
      if (Number.isFinite(values)) {
        known += values;
        if (values > knownWorst.values && listed) knownWorst = { values, path: here };
      }
      const named = selection.selectionSet && schema.getType(namedTypeName(field.type));
      if (selection.selectionSet && named) {
        const passed = inheritedBy(field, args, inherited, options.bounds);
        total += walk(selection.selectionSet, named, values, passed, here);
      }
    }
    return total;
  };

  const values = walk(operation.selectionSet, root, 1, {}, []);
  const named = (path: Step[]) => path.map((step) => `${step.name} ≤ ${format(step.size)}`);
  return { values, worst: named(worst.path), known, knownWorst: named(knownWorst.path) };
}

/*
 * Types are read by their printed form, not graphql-js's instanceof helpers: Apollo's copy of
 * graphql may be another module instance than ours (ESM and CommonJS builds side by side).
 */
function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | undefined {
  const withFields = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> };
  return typeof withFields.getFields === 'function' ? withFields.getFields() : undefined;
}

/** `[Role!]!` is a list, `Role!` is not. */
function isList(type: GraphQLOutputType): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

function namedTypeName(type: GraphQLOutputType): string {
  return String(type).replace(/[[\]!]/g, '');
}

/** What a field passes down to the lists in its result. */
function inheritedBy(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  inherited: Inherited,
  bounds: ListBounds,
): Inherited {
  const next: Inherited = { ...inherited };
  if (field.name === 'graph') {
    const nodes = clamp(args.limit, limits.graphLimit.max);
    // Edges among the nodes shown, which are stated relationships only: as many as if every shown
    // node had the graph's average degree with all of it inside the view (each edge has two ends
    // there), and never more than the graph has. The best-connected nodes a view may show are hubs
    // whose relationships mostly lead out of it: on the generator's 10,000 people (6.1 stated
    // relationships per node, so 7 priced), views of depth 2 and 3 around 50 people had at most
    // 1,721 edges (for up to 500 nodes), around popular technologies 499 for 500 nodes, and the
    // whole graph's first 2,000 nodes 4,681.
    const total = NODE_LABELS.reduce((sum, label) => sum + bounds.nodes(label), 0);
    const perNode = total === 0 ? 0 : ceilRatio(bounds.statedRelationships, total);
    next.viewNodes = nodes;
    next.viewEdges = Math.min(bounds.statedRelationships, times(nodes, Math.max(1, perNode)));
  } else if (field.name === 'shortestPath') {
    const hops = clamp(args.maxHops, limits.maxHops.max);
    next.viewNodes = hops + 1;
    next.viewEdges = hops;
  }
  if (field.name === 'sharedTechnologies') next.people = sharedShape(args, bounds).peoplePerTechnology;
  if ((field.name === 'experts' || field.name === 'team') && Array.isArray(args.technologies)) {
    next.technologies = Math.min(args.technologies.length, maxCoverTechnologies);
  }
  if (field.name === 'team') next.teamSize = clamp(args.size, maxTeamSize);
  if (field.name === 'technologyLandscape') {
    next.landscapeNodes = Math.min(clamp(args.first, maxLandscapeNodes), bounds.nodes('Technology'));
  }
  if ('first' in args && !isList(field.type)) next.page = clamp(args.first, limits.first.max);
  return next;
}

function listSize(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  inherited: Inherited,
  bounds: ListBounds,
): number {
  if ('first' in args) return clamp(args.first, limits.first.max);
  const key = `${typeName}.${field.name}`;
  switch (key) {
    case 'PersonConnection.edges':
    case 'CompanyConnection.edges':
    case 'TechnologyConnection.edges':
    case 'ProjectConnection.edges': {
      const kind = typeName.replace(/Connection$/, '') as NodeLabel;
      return Math.min(inherited.page ?? limits.first.max, bounds.nodes(kind));
    }
    case 'GraphView.nodes':
      return inherited.viewNodes ?? limits.graphLimit.max;
    case 'GraphView.edges':
      return inherited.viewEdges ?? bounds.statedRelationships;
    case 'Query.sharedTechnologies':
      return sharedShape(args, bounds).technologies;
    case 'SharedTechnology.people':
      return inherited.people ?? bounds.nodes('Person');
    case 'Stats.counts':
      return KINDS;
    case 'Expert.evidence':
    case 'Expert.missing':
    case 'TeamMember.covers':
    case 'TeamMember.adds':
    case 'TeamMember.inferred':
    case 'Team.uncovered':
      return inherited.technologies ?? maxCoverTechnologies;
    case 'Team.members':
      return inherited.teamSize ?? maxTeamSize;
    // Gap analysis and career moves (src/career/): a mention takes a character and a separator.
    case 'Query.requirements':
      return typeof args.text === 'string' ? Math.ceil(args.text.length / 2) : maxRequirementsLength / 2;
    case 'Query.gaps':
      return Array.isArray(args.technologies)
        ? Math.min(args.technologies.length, maxGapTechnologies)
        : maxGapTechnologies;
    case 'CareerMoves.before':
    case 'CareerMoves.after':
      return Math.min(inherited.page ?? limits.first.max, bounds.nodes('Company'));
    // The landscape and the catalogue's broader links (src/career/landscape*.ts, broader.ts).
    case 'TechnologyLandscape.nodes':
      return inherited.landscapeNodes ?? maxLandscapeNodes;
    case 'TechnologyLandscape.edges': {
      const nodes = inherited.landscapeNodes ?? maxLandscapeNodes;
      return (nodes * (nodes - 1)) / 2;
    }
    case 'LandscapeTechnology.rolledUp':
      // The merged technologies of all nodes are distinct technologies of the graph: priced per
      // node so that, times the nodes, it is the graph's technologies.
      return ceilRatio(bounds.nodes('Technology'), Math.max(1, inherited.landscapeNodes ?? 1));
    case 'Technology.broader':
    case 'Technology.narrower':
      return maxCatalogueLinks;
  }
  const measured = bounds.field(typeName, field.name);
  if (measured !== undefined) return measured;
  // A list this table does not know (a new field): priced at the page size, so it is never free.
  return limits.first.max;
}

/**
 * The most `sharedTechnologies` can list, and the people per technology to price under each so
 * that, times the technologies, the (technology, person) pairs are never undercounted. Every pair
 * is a USES relationship of one of the people asked about, so there are at most people × the most
 * technologies a person uses; each listed technology takes at least `minPeople` (default: all) of
 * them, so the technologies are at most pairs / minPeople. Pricing every technology at every person
 * would count each pair once per person asked about.
 */
function sharedShape(
  args: Record<string, unknown>,
  bounds: ListBounds,
): { technologies: number; peoplePerTechnology: number } {
  const people = Array.isArray(args.personIds) ? args.personIds.length : bounds.nodes('Person');
  const perPerson = bounds.field('Person', 'technologies') ?? bounds.nodes('Technology');
  const pairs = times(people, perPerson);
  const least =
    typeof args.minPeople === 'number' && Number.isInteger(args.minPeople)
      ? Math.min(Math.max(args.minPeople, 1), Math.max(people, 1))
      : Math.max(people, 1);
  const technologies = Math.min(
    bounds.nodes('Technology'),
    Number.isFinite(least) ? Math.floor(pairs / least) : pairs,
  );
  const peoplePerTechnology = technologies === 0 ? 0 : Math.min(people, ceilRatio(pairs, technologies));
  return { technologies, peoplePerTechnology };
}

/** Argument values as given (literal or variable) or defaulted by the schema. */
function argumentValues(
  field: GraphQLField<unknown, unknown>,
  nodes: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
  for (const node of nodes) values[node.name.value] = valueFromASTUntyped(node.value, variables);
  return values;
}

/** An integer argument as the resolver will accept it: at most `max`, at least 1. */
function clamp(value: unknown, max: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(1, Math.min(Math.floor(value), max))
    : max;
}

/** A product where an empty list (0) has nothing under it even when the other side is unbounded. */
function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

/**
 * ⌈a / b⌉ for b > 0, Infinity when either is unbounded: of two unmeasured bounds nothing is known,
 * so neither is their ratio.
 */
function ceilRatio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) ? Math.ceil(a / b) : Number.POSITIVE_INFINITY;
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}
