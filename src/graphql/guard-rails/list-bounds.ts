import { cypher } from '../../db/cypher-query.js';
import type { Executor } from '../../db/Executor.js';
import {
  Label,
  MAX_PARENT_DEPTH,
  NODE_LABELS,
  type NodeLabel,
  RelType,
  roleInCompanyGroup,
  STATED_REL_TYPES,
} from '../../graph/model.js';
import { EARLIEST_YEAR } from '../../resume/resume-limits.js';

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

const { Person, Role, Company, Technology, Project, School } = Label;
const { HELD, PART_OF, USED, USES, WORKED_ON, SKILLED_IN, STUDIED_AT } = RelType;

/**
 * The fields and what their resolvers walk, each a Cypher expression over `n`, the parent node.
 * Fields that take their bound from another one (`Person.employers` from `Person.roles`) are in
 * DERIVED; string lists are measured on the property.
 */
const MEASURED = {
  'Person.roles': [Person, `COUNT { (n)-[:${HELD}]->(:${Role}) }`],
  'Person.education': [Person, `COUNT { (n)-[:${STUDIED_AT}]->(:${School}) }`],
  'Person.skills': [Person, `COUNT { (n)-[:${SKILLED_IN}]->(:${Technology}) }`],
  'Person.projects': [
    Person,
    `COUNT { (n)-[:${HELD}]->(:${Role})-[:${WORKED_ON}]->(:${Project}) } + COUNT { (n)-[:${WORKED_ON}]->(:${Project}) }`,
  ],
  // Person.technologies and Technology.users walk the derived USES: one relationship per pair.
  'Person.technologies': [Person, `COUNT { (n)-[:${USES}]->(:${Technology}) }`],
  'Role.technologies': [Role, `COUNT { (n)-[:${USED}]->(:${Technology}) }`],
  'Role.projects': [Role, `COUNT { (n)-[:${WORKED_ON}]->(:${Project}) }`],
  'Role.highlights': [Role, 'size(coalesce(n.highlights, []))'],
  'Company.aliases': [Company, 'size(coalesce(n.aliases, []))'],
  'Company.subsidiaries': [Company, `COUNT { (n)<-[:${PART_OF}*1..${MAX_PARENT_DEPTH}]-(:${Company}) }`],
  'Company.roles': [Company, `COUNT { ${roleInCompanyGroup('n')} }`],
  'Company.technologies': [Company, `COUNT { ${roleInCompanyGroup('n')}-[:${USED}]->(:${Technology}) }`],
  'Technology.aliases': [Technology, 'size(coalesce(n.aliases, []))'],
  'Technology.users': [Technology, `COUNT { (n)<-[:${USES}]-(:${Person}) }`],
  'Technology.companies': [Technology, `COUNT { (n)<-[:${USED}]-(:${Role}) }`],
  'Technology.projects': [Technology, `COUNT { (n)<-[:${USED}]-(:${Project}) }`],
  'Project.people': [Project, `COUNT { (n)<-[:${WORKED_ON}]-() }`],
  'Project.roles': [Project, `COUNT { (n)<-[:${WORKED_ON}]-(:${Role}) }`],
  'Project.technologies': [Project, `COUNT { (n)-[:${USED}]->(:${Technology}) }`],
  'School.alumni': [School, `COUNT { (n)<-[:${STUDIED_AT}]-(:${Person}) }`],
} as const satisfies Record<string, readonly [NodeLabel, string]>;

type MeasuredField = keyof typeof MEASURED;

/** Lists bounded by a measured one: a person's employers are among their roles' companies, and so on. */
const DERIVED: Record<string, MeasuredField> = {
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

/** Lists of one item per calendar year: at most the years a résumé's dates may name. */
const YEARLY = new Set(['Person.timeline', 'Technology.adoption']);

function yearsOfDates(): number {
  return new Date().getUTCFullYear() + 1 - EARLIEST_YEAR + 1;
}

/** The kind each measured list holds, whose node count also bounds it (string lists: none). */
const ITEM_KIND: Partial<Record<MeasuredField, NodeLabel>> = {
  'Person.roles': Role,
  'Person.education': School,
  'Person.skills': Technology,
  'Person.projects': Project,
  'Person.technologies': Technology,
  'Role.technologies': Technology,
  'Role.projects': Project,
  'Company.subsidiaries': Company,
  'Company.roles': Role,
  'Company.technologies': Technology,
  'Technology.users': Person,
  'Technology.companies': Company,
  'Technology.projects': Project,
  'Project.people': Person,
  'Project.roles': Role,
  'Project.technologies': Technology,
  'School.alumni': Person,
};

const fieldNames = Object.keys(MEASURED) as MeasuredField[];
const alias = (field: string) => field.replace('.', '_');

/** One query: per kind, the maximum of each of its fields over its nodes; node and relationship counts. */
export const measureListBounds = cypher(
  'guardRails.listBounds',
  [
    ...NODE_LABELS.map((label) => {
      const fields = fieldNames.filter((field) => MEASURED[field][0] === label);
      const columns = [
        `count(n) AS ${label}_nodes`,
        ...fields.map((field) => `max(${MEASURED[field][1]}) AS ${alias(field)}`),
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
  const measured = (field: MeasuredField) => {
    const paths = row?.[alias(field)] ?? UNMEASURED;
    const kind = ITEM_KIND[field];
    return kind === undefined ? paths : Math.min(paths, nodes(kind));
  };
  return {
    field(type, field) {
      const key = `${type}.${field}`;
      if (key in MEASURED) return measured(key as MeasuredField);
      if (YEARLY.has(key)) return yearsOfDates();
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
