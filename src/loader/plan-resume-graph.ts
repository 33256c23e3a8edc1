import type { Catalogue } from '../catalogue/catalogue.js';
import { looseCompanyKey } from '../catalogue/lookup-key.js';
import { storedLookupKeys } from '../catalogue/name-lookup.js';
import type { CompanyEntry, TechnologyEntry } from '../catalogue/types.js';
import { companyPath } from '../graph/career-path.js';
import { EDGE_KIND_NAMES, type EdgeKind } from '../graph/edge-kinds.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import { type NamedKind, namedNodeId } from '../resume/ids.js';
import { monthIndex, parsePartialDate } from '../resume/parse-partial-date.js';
import { byRecency, lastMonth, listsOldestFirst, type Recency } from '../resume/recency.js';
import type { Position, Project, Resume } from '../resume/types.js';
import type { EdgeRow, GraphPlan, NodeMode, NodeRow, Props, UnnormalisedName } from './graph-plan.js';
import { technologyUses, totalWeight } from './technology-uses.js';
import { withUseOrder } from './use-order.js';

type Value = string | boolean | number | bigint | string[] | null | undefined;

/** Drops absent values; integers become bigint so they are stored as Neo4j integers. */
function props(values: Record<string, Value>): Props {
  const result: Props = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    result[key] = typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value;
  }
  return result;
}

function searchText(...parts: (string | null | undefined | readonly string[])[]): string {
  return parts
    .flat()
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
}

/**
 * Works out, without touching the database, every node and relationship a résumé contributes:
 * names resolved through the catalogues (unknown ones become their own `normalised: false` nodes,
 * with a suggestion when a catalogue spelling is close), catalogue parents added transitively,
 * month indexes computed, duplicates folded. Rows come sorted by id so concurrent loads lock
 * shared nodes in the same order.
 */
export function planResumeGraph(resume: Resume, catalogue: Catalogue): GraphPlan {
  const nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  const edges = new Map<EdgeKind, Map<string, EdgeRow>>();
  const unnormalised: UnnormalisedName[] = [];
  const reported = new Set<string>();
  /** Each unknown spelling once, at its first mention. */
  const report = (name: UnnormalisedName) => {
    const key = `${name.kind}\u0000${name.name}`;
    if (reported.has(key)) return;
    reported.add(key);
    unnormalised.push(name);
  };

  /** Which label each id went to first: every node shares one id space (the `Entity.id` constraint). */
  const claimed = new Map<string, NodeLabel>();
  /** Id of a named node (`namedNodeId`): taken when another kind has it, here or in a catalogue. */
  const derivedId = (kind: NamedKind, name: string): string =>
    namedNodeId(kind, name, (base) => {
      const owner = claimed.get(base);
      return (
        (owner !== undefined && owner !== kind) ||
        (kind !== 'Technology' && catalogue.technologies.get(base) !== undefined) ||
        (kind !== 'Company' && catalogue.companies.get(base) !== undefined)
      );
    });

  const addNode = (label: NodeLabel, row: NodeRow) => {
    if (!claimed.has(row.id)) claimed.set(row.id, label);
    const rows = nodes.get(label) ?? new Map<string, NodeRow>();
    nodes.set(label, rows);
    const known = rows.get(row.id);
    if (!known) rows.set(row.id, row);
    else if (row.mode === 'merge') known.props = { ...row.props, ...known.props };
  };
  const addEdge = (kind: EdgeKind, from: string, to: string, edgeProps: Props = {}, identity = '') => {
    const rows = edges.get(kind) ?? new Map<string, EdgeRow>();
    edges.set(kind, rows);
    const key = `${from}\u0000${to}\u0000${identity}`;
    if (!rows.has(key)) rows.set(key, { from, to, props: edgeProps });
  };

  /**
   * A name outside its catalogue becomes a node of its own (`normalised: false`; of the spellings
   * several résumés give it, src/loader/shared-descriptions.ts picks one), reported once with the
   * catalogue entry it is probably a misspelling of.
   */
  const unknownName = (kind: 'Technology' | 'Company', name: string, origin: string): string => {
    const id = derivedId(kind, name);
    const suggestion = (kind === 'Technology' ? catalogue.technologies : catalogue.companies).suggest(name);
    report({
      kind,
      name,
      id,
      file: resume.file,
      path: origin,
      ...(suggestion && { suggestion: suggestion.name }),
    });
    addNode(kind, {
      id,
      mode: 'create',
      origin,
      props: props({
        id,
        name,
        normalised: false,
        aliases: [],
        searchText: name,
        lookupKeys: storedLookupKeys([id, name], kind === 'Company' ? looseCompanyKey : undefined),
      }),
    });
    return id;
  };

  const technology = (name: string, origin: string): string => {
    const entry = catalogue.technologies.resolve(name);
    if (entry) {
      addNode('Technology', technologyRow(entry, origin));
      return entry.id;
    }
    return unknownName('Technology', name, origin);
  };

  const company = (name: string, origin: string): CompanyEntry | { id: string; name: string } => {
    const entry = catalogue.companies.resolve(name);
    if (entry) {
      addNode('Company', companyRow(entry, origin));
      for (let child: CompanyEntry = entry; child.parent !== undefined; ) {
        const parent = catalogue.companies.get(child.parent);
        if (!parent) break;
        addNode('Company', companyRow(parent, origin));
        addEdge('partOf', child.id, parent.id);
        child = parent;
      }
      return entry;
    }
    return { id: unknownName('Company', name, origin), name };
  };

  const project = (item: Project) => {
    addNode('Project', {
      id: item.id,
      mode: 'merge',
      origin: item.path,
      props: props({
        id: item.id,
        name: item.name,
        description: item.description,
        startDate: item.startDate,
        endDate: item.endDate,
        entity: item.entity,
        searchText: searchText(item.name, item.entity),
      }),
    });
    for (const name of item.technologies) {
      addEdge('projectUsed', item.id, technology(name, `${item.path}.technologies`));
    }
    return item.id;
  };

  const person = resume.id;
  const employerNames = new Map<Position, string>();
  for (const position of resume.positions) {
    const employer = company(position.employer, `${position.path.replace(/\.positions\[\d+\]$/, '')}.name`);
    employerNames.set(position, employer.name);
    addNode('Role', {
      id: position.id,
      mode: 'replace',
      origin: `${position.path}.id`,
      props: roleProps(position, resume.sourceDocument),
    });
    addEdge('held', person, position.id);
    addEdge('at', position.id, employer.id);
    for (const name of position.technologies) {
      addEdge('roleUsed', position.id, technology(name, `${position.path}.technologies`));
    }
    for (const item of position.projects) addEdge('roleWorkedOn', position.id, project(item));
  }
  for (const item of resume.projects) addEdge('personWorkedOn', person, project(item));

  const skilled = new Set<string>();
  for (const skill of resume.skills) {
    const id = technology(skill.name, skill.path);
    if (skilled.has(id)) continue;
    skilled.add(id);
    addEdge('skilledIn', person, id, props({ group: skill.group }));
  }

  for (const education of resume.education) {
    const id = derivedId('School', education.institution);
    addNode('School', {
      id,
      mode: 'merge',
      origin: `${education.path}.institution`,
      props: props({ id, name: education.institution, searchText: education.institution }),
    });
    const edgeProps = props({
      degree: education.degree,
      area: education.area,
      startDate: education.startDate,
      endDate: education.endDate,
    });
    addEdge('studiedAt', person, id, edgeProps, JSON.stringify(edgeProps));
  }

  const latest = latestPosition(resume.positions);
  const headline = resume.headline ?? latest?.title ?? null;
  const label = personLabel(person, headline, latest && employerNames.get(latest));
  addNode('Person', {
    id: person,
    mode: 'replace',
    origin: 'id',
    props: props({
      id: person,
      label,
      headline,
      summary: resume.summary,
      location: resume.location,
      sourceDocument: resume.sourceDocument,
      sourceLines: resume.sourceLines,
      publications: JSON.stringify(resume.publications.map(withoutNulls)),
      searchText: searchText(label, resume.location),
    }),
  });

  const sortedNodes = {} as GraphPlan['nodes'];
  for (const label of NODE_LABELS) {
    sortedNodes[label] = [...(nodes.get(label)?.values() ?? [])].sort((a, b) => compare(a.id, b.id));
  }
  const sortedEdges = {} as GraphPlan['edges'];
  for (const kind of EDGE_KIND_NAMES) {
    sortedEdges[kind] = [...(edges.get(kind)?.values() ?? [])].sort(
      (a, b) => compare(a.from, b.from) || compare(a.to, b.to),
    );
  }
  const positions = resume.positions.map((position) => ({
    id: position.id,
    current: position.current,
    ...positionMonths(position),
  }));
  sortedEdges.uses = withUseOrder(
    technologyUses(
      person,
      sortedEdges,
      positions,
      [...resume.positions.flatMap((position) => position.projects), ...resume.projects].map((item) => ({
        id: item.id,
        ...positionMonths(item),
      })),
    ),
  );
  const personRow = sortedNodes.Person[0];
  if (personRow) {
    personRow.props.technologyWeight = totalWeight(sortedEdges.uses);
    // Derived, like technologyWeight: careerMoves reads these steps instead of every role.
    const employer = new Map(sortedEdges.at.map((edge) => [edge.from, edge.to]));
    personRow.props.companyPath = companyPath(
      positions.flatMap((role) => {
        const company = employer.get(role.id);
        return company === undefined ? [] : [{ role, company }];
      }),
    );
  }
  return { personId: person, nodes: sortedNodes, edges: sortedEdges, unnormalised };
}

/*
 * A catalogue entry's node properties depend on the entry alone: built once per entry and shared
 * by every plan that names it (nothing changes a catalogue node's props after planning).
 */
const technologyProps = new WeakMap<TechnologyEntry, Props>();
const companyProps = new WeakMap<CompanyEntry, Props>();

function technologyRow(entry: TechnologyEntry, origin: string): NodeRow {
  let shared = technologyProps.get(entry);
  if (!shared) {
    shared = props({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      normalised: true,
      aliases: entry.aliases,
      searchText: searchText(entry.name, entry.aliases),
      lookupKeys: storedLookupKeys([entry.id, entry.name, ...entry.aliases]),
    });
    technologyProps.set(entry, shared);
  }
  return { id: entry.id, mode: 'replace' satisfies NodeMode, origin, props: shared };
}

function companyRow(entry: CompanyEntry, origin: string): NodeRow {
  let shared = companyProps.get(entry);
  if (!shared) {
    shared = props({
      id: entry.id,
      name: entry.name,
      normalised: true,
      aliases: entry.aliases,
      industry: entry.industry,
      searchText: searchText(entry.name, entry.aliases),
      lookupKeys: storedLookupKeys([entry.id, entry.name, ...entry.aliases], looseCompanyKey),
    });
    companyProps.set(entry, shared);
  }
  return { id: entry.id, mode: 'replace', origin, props: shared };
}

function roleProps(position: Position, sourceDocument: string | null): Props {
  return props({
    id: position.id,
    title: position.title,
    team: position.team,
    location: position.location,
    startDate: position.startDate,
    endDate: position.endDate,
    current: position.current,
    ...positionMonths(position),
    order: position.order,
    summary: position.summary,
    highlights: position.highlights,
    note: position.note,
    // Provenance: the document's lines the position was read from, when the résumé says.
    sourceDocument: position.source ? sourceDocument : null,
    sourceLines: position.source?.lines,
    sourceConfidence: position.source?.confidence,
  });
}

/** The months of a position's or a project's own dates (src/graph/months.ts); null where it gives none. */
function positionMonths(position: Pick<Position, 'startDate' | 'endDate'>): {
  startMonth: number | null;
  endMonth: number | null;
} {
  const start = position.startDate ? parsePartialDate(position.startDate) : null;
  const end = position.endDate ? parsePartialDate(position.endDate) : null;
  return {
    startMonth: start ? monthIndex(start, 'start') : null,
    endMonth: end ? monthIndex(end, 'end') : null,
  };
}

/** The person's latest position by the one recency rule (src/resume/recency.ts). */
function latestPosition(positions: readonly Position[]): Position | undefined {
  const recency = (position: Position): Recency => {
    return {
      current: position.current,
      lastMonth: lastMonth(positionMonths(position)),
      order: position.order,
    };
  };
  const order = byRecency(listsOldestFirst(positions));
  return [...positions].sort((a, b) => order(recency(a), recency(b)))[0];
}

/**
 * A person's label, built here only (stored as `Person.label`; the API and graph views read it):
 * the headline (else the latest position's title, else the id) @ the latest employer's name.
 */
function personLabel(id: string, headline: string | null, latestEmployer: string | undefined): string {
  return [headline ?? id, latestEmployer].filter(Boolean).join(' @ ');
}

function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as Partial<T>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
