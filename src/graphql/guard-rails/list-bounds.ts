import { cypher } from '../../db/cypher-query.js';
import type { Executor } from '../../db/Executor.js';
import { Label, NODE_LABELS, type NodeLabel, STATED_REL_TYPES } from '../../graph/model.js';
import { EARLIEST_YEAR, MAX_PUBLICATIONS } from '../../resume/resume-limits.js';
import { entityTypes } from '../translate/relations.js';

/**
 * Upper bounds on the length of every list field that takes no `first`, measured on the graph as it
 * is: the most roles any person holds, the most users any technology has, and so on. Each counts
 * the paths the field's resolver walks (a technology used in two roles of one person counts twice),
 * so it can only overestimate; a bound is also never above the number of nodes of the listed kind.
 * The cost model (result-size.ts) multiplies them along an operation, so a question whose answer
 * fans out (technologies → users → their technologies) is priced at what the graph can return.
 */
export interface ListBounds {
  /** Bound of `Type.field` (e.g. `Technology.users`), undefined for a field this table does not know. */
  field(type: string, field: string): number | undefined;
  /** Nodes of each kind. */
  nodes(label: NodeLabel): number;
  relationships: number;
  /** Relationships the résumés state (model.ts STATED: no derived ones), the only ones a graph view shows. */
  statedRelationships: number;
  /** When these were measured (0: never, the fallbacks apply). */
  measuredAt: number;
}

/**
 * The string lists, each measured on its property: the most items any node holds.
 */
const PROPERTY_LISTS: Readonly<Record<string, readonly [NodeLabel, string]>> = {
  'Role.highlights': [Label.Role, 'highlights'],
  'Company.aliases': [Label.Company, 'aliases'],
  'Technology.aliases': [Label.Technology, 'aliases'],
};

/**
 * Lists bounded by a measured one rather than measured themselves: a person's employers are among
 * their roles' companies, and so on.
 */
const DERIVED: Readonly<Record<string, string>> = {
  'Person.employers': 'Person.roles',
  'Company.people': 'Company.roles',
  'PersonTechnology.roles': 'Person.roles',
  'PersonTechnology.projects': 'Person.projects',
  'TechnologyUser.roles': 'Person.roles',
  'TechnologyUser.projects': 'Person.projects',
  'SimilarPerson.sharedTechnologies': 'Person.technologies',
  // Gap analysis and career moves (src/career/gaps-*.ts, moves-*.ts).
  'Gap.roles': 'Person.roles',
  'Gap.projects': 'Person.projects',
  'Person.moves': 'Person.roles',
  'CompanyStay.roles': 'Person.roles',
  'CompanyMove.people': 'Company.roles',
  'TimelineYear.roles': 'Person.roles',
  'TimelineYear.technologies': 'Person.technologies',
};

/** What is measured of one list field: on nodes of `label`, the Cypher of its length over `n`, and the kind it lists. */
interface Measured {
  label: NodeLabel;
  length: string;
  /** The kind of the items, whose node count also bounds the list (string lists: none). */
  item?: NodeLabel;
}

/**
 * Every list field measured on the graph: each list relation of an entity type (translate/relations.ts)
 * but those DERIVED bounds, counting the paths its resolver walks (`Relation.walks`: a technology
 * used in two roles of one person counts twice); then the string lists. A relation lists its own
 * entity as its first part (the evidence of a wrapper comes after), the kind of its items.
 */
const MEASURED: ReadonlyMap<string, Measured> = new Map([
  ...Object.values(entityTypes).flatMap(({ label, relations }) =>
    Object.entries(relations)
      .filter(([field, relation]) => relation.many && !(`${label}.${field}` in DERIVED))
      .map(([field, relation]): [string, Measured] => [
        `${label}.${field}`,
        {
          label: label as NodeLabel,
          length: relation
            .walks('n')
            .map((walk) => `COUNT { ${walk} }`)
            .join(' + '),
          item: Object.values(relation.parts)[0]?.type,
        },
      ]),
  ),
  ...Object.entries(PROPERTY_LISTS).map(([field, [label, property]]): [string, Measured] => [
    field,
    { label, length: `size(coalesce(n.${property}, []))` },
  ]),
]);

/**
 * Lists a person's résumé gives whole, stored as one JSON text the graph cannot count: at most
 * what the résumé format allows.
 */
const FORMAT_LISTS: Readonly<Record<string, number>> = { 'Person.publications': MAX_PUBLICATIONS };

/** Lists of one item per calendar year: at most the years a résumé's dates may name. */
const YEARLY = new Set(['Person.timeline', 'Technology.adoption']);

function yearsOfDates(): number {
  return new Date().getUTCFullYear() + 1 - EARLIEST_YEAR + 1;
}

const fieldNames = [...MEASURED.keys()];
const alias = (field: string) => field.replace('.', '_');

/** One query: per kind, the maximum of each of its fields over its nodes; node and relationship counts. */
export const measureListBounds = cypher(
  'guardRails.listBounds',
  [
    ...NODE_LABELS.map((label) => {
      const fields = fieldNames.filter((field) => MEASURED.get(field)?.label === label);
      const columns = [
        `count(n) AS ${label}_nodes`,
        ...fields.map((field) => `max(${MEASURED.get(field)?.length}) AS ${alias(field)}`),
      ];
      return `CALL () { MATCH (n:${label}) RETURN ${columns.join(', ')} }`;
    }),
    'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
    // One count-store read per type.
    `CALL () { RETURN ${STATED_REL_TYPES.map((type) => `COUNT { ()-[:${type}]->() }`).join(' + ')} AS statedRelationships }`,
    `RETURN {${[
      ...NODE_LABELS.map((label) => `${label}_nodes: ${label}_nodes`),
      ...fieldNames.map((field) => `${alias(field)}: coalesce(${alias(field)}, 0)`),
      'relationships: relationships',
      'statedRelationships: statedRelationships',
    ].join(', ')}} AS bounds`,
  ].join('\n'),
);

/**
 * What a bound is before the graph has been measured (the database was down or slow when the server
 * started): unknown, so no finite price is a true upper bound. The cost model then prices a list
 * the graph decides as unbounded, and only `first` caps and schema limits keep a price finite.
 */
export const UNMEASURED = Number.POSITIVE_INFINITY;

/** First and longest pause between measurements that failed. */
export const RETRY_MS = { first: 500, most: 30_000 } as const;

/** Bounds from a measurement (`row` as `measureListBounds` returns it), or unmeasured ones when none. */
export function listBounds(row: Record<string, number> | undefined, measuredAt = Date.now()): ListBounds {
  const nodes = (label: NodeLabel) => row?.[`${label}_nodes`] ?? UNMEASURED;
  const measured = (field: string) => {
    const paths = row?.[alias(field)] ?? UNMEASURED;
    const kind = MEASURED.get(field)?.item;
    return kind === undefined ? paths : Math.min(paths, nodes(kind));
  };
  return {
    field(type, field) {
      const key = `${type}.${field}`;
      if (MEASURED.has(key)) return measured(key);
      if (YEARLY.has(key)) return yearsOfDates();
      if (Object.hasOwn(FORMAT_LISTS, key)) return FORMAT_LISTS[key];
      const derived = DERIVED[key];
      return derived === undefined ? undefined : measured(derived);
    },
    nodes,
    relationships: row?.relationships ?? UNMEASURED,
    // A measurement without it (an older row) counts every relationship, which can only overestimate.
    statedRelationships: row?.statedRelationships ?? row?.relationships ?? UNMEASURED,
    measuredAt: row ? measuredAt : 0,
  };
}

/**
 * The bounds of the graph behind `executor`, measured when first asked and again when older than
 * `maxAgeMs` or marked stale (after a mutation). A measurement runs in the background while the
 * previous one keeps answering, so no request waits on it except the very first. One that fails is
 * tried again in the background, after 0.5 s, then twice as long each time up to 30 s, until one
 * succeeds: a server started while the database was down or slow gets its bounds without waiting
 * for traffic, and until then prices by `first` caps alone (UNMEASURED).
 */
export class ListBoundsCache {
  private current: ListBounds = listBounds(undefined);
  private measuring: Promise<void> | undefined;
  private stale = true;
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private succeeded: (bounds: ListBounds) => void = () => {};
  private readonly firstSuccess = new Promise<ListBounds>((resolve) => {
    this.succeeded = resolve;
  });

  constructor(
    private readonly executor: Executor,
    private readonly maxAgeMs = 60_000,
    private readonly retryMs: { first: number; most: number } = RETRY_MS,
  ) {}

  /** Measures now and waits for it (the server does before it listens); unmeasured if that fails. */
  async ready(): Promise<ListBounds> {
    this.measuring ??= this.measure();
    await this.measuring;
    return this.current;
  }

  /** The latest bounds; while none were ever measured, waits up to `waitMs` for a measurement. */
  async get(waitMs = 2_000): Promise<ListBounds> {
    const due = this.stale || Date.now() - this.current.measuredAt > this.maxAgeMs;
    if (due && !this.measuring && !this.closed) this.measuring = this.measure();
    if (this.current.measuredAt === 0 && this.measuring) {
      await Promise.race([this.measuring, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
    }
    return this.current;
  }

  /**
   * Resolves with the bounds of the first measurement that succeeds (at once if one has), whichever
   * call ran it: `ready`, a request's `get` or a background retry. Starts none itself, never rejects.
   */
  measuredOnce(): Promise<ListBounds> {
    return this.firstSuccess;
  }

  /** The graph changed: measure again before the next request is priced. */
  markStale(): void {
    this.stale = true;
  }

  /** Stops measuring (the server is closing): no retry is left pending on its executor. */
  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
  }

  private async measure(): Promise<void> {
    this.stale = false;
    clearTimeout(this.retry);
    try {
      const [row] = await this.executor.read<{ bounds: Record<string, number> }>(measureListBounds);
      this.current = listBounds(row?.bounds);
      this.failures = 0;
      this.succeeded(this.current);
    } catch {
      // The database is down or slow: keep the last bounds, measure at the next request or retry.
      this.stale = true;
      this.scheduleRetry();
    } finally {
      this.measuring = undefined;
    }
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    const pause = Math.min(this.retryMs.first * 2 ** this.failures, this.retryMs.most);
    this.failures++;
    this.retry = setTimeout(() => {
      if (!this.measuring && !this.closed) this.measuring = this.measure();
    }, pause).unref();
  }
}
