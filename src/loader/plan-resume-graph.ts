import type { Catalogue } from '../catalogue/catalogue.js';
import type { CompanyEntry, TechnologyEntry } from '../catalogue/types.js';
import { EDGE_KIND_NAMES, type EdgeKind } from '../graph/edge-kinds.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import { monthIndex, parsePartialDate } from '../resume/parse-partial-date.js';
import { slug } from '../resume/slug.js';
import type { Position, Project, Resume } from '../resume/types.js';
import type { EdgeRow, GraphPlan, NodeMode, NodeRow, Props, UnnormalisedName } from './graph-plan.js';

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
  /**
   * The id for a node whose id the résumé does not give (a name outside the catalogues, a school):
   * the slug of its name, unless that is already another kind's id here or in the other catalogue
   * (an employer called GitHub, a school that was also an employer), then `<kind>-<slug>`.
   */
  const derivedId = (label: NodeLabel, name: string): string => {
    const base = slug(name);
    const owner = claimed.get(base);
    const taken =
      (owner !== undefined && owner !== label) ||
      (label !== 'Technology' && catalogue.technologies.get(base) !== undefined) ||
      (label !== 'Company' && catalogue.companies.get(base) !== undefined);
    return taken ? `${label.toLowerCase()}-${base}` : base;
  };

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

  const technology = (name: string, origin: string): string => {
    const entry = catalogue.technologies.find(name) ?? catalogue.technologies.get(slug(name));
    if (entry) {
      addNode('Technology', technologyRow(entry, origin));
      return entry.id;
    }
    const id = derivedId('Technology', name);
    const suggestion = catalogue.technologies.suggest(name);
    report({
      kind: 'Technology',
      name,
      id,
      file: resume.file,
      path: origin,
      ...(suggestion && { suggestion: suggestion.name }),
    });
    addNode('Technology', {
      id,
      mode: 'create',
      origin,
      props: props({ id, name, normalised: false, aliases: [], searchText: name }),
    });
    return id;
  };

  const company = (name: string, origin: string): CompanyEntry | { id: string; name: string } => {
    const entry = catalogue.companies.find(name) ?? catalogue.companies.get(slug(name));
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
    const id = derivedId('Company', name);
    const suggestion = catalogue.companies.suggest(name);
    report({
      kind: 'Company',
      name,
      id,
      file: resume.file,
      path: origin,
      ...(suggestion && { suggestion: suggestion.name }),
    });
    addNode('Company', {
      id,
      mode: 'create',
      origin,
      props: props({ id, name, normalised: false, aliases: [], searchText: name }),
    });
    return { id, name };
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
  let latest: { position: Position; employer: string } | undefined;
  for (const position of resume.positions) {
    const employer = company(position.employer, `${position.path.replace(/\.positions\[\d+\]$/, '')}.name`);
    if (!latest || isLater(position, latest.position)) latest = { position, employer: employer.name };
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

  const headline = resume.headline ?? latest?.position.title ?? null;
  const label = [headline ?? person, latest?.employer].filter(Boolean).join(' @ ');
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
  return { personId: person, nodes: sortedNodes, edges: sortedEdges, unnormalised };
}

function technologyRow(entry: TechnologyEntry, origin: string): NodeRow {
  return {
    id: entry.id,
    mode: 'replace' satisfies NodeMode,
    origin,
    props: props({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      normalised: true,
      aliases: entry.aliases,
      searchText: searchText(entry.name, entry.aliases),
    }),
  };
}

function companyRow(entry: CompanyEntry, origin: string): NodeRow {
  return {
    id: entry.id,
    mode: 'replace',
    origin,
    props: props({
      id: entry.id,
      name: entry.name,
      normalised: true,
      aliases: entry.aliases,
      industry: entry.industry,
      searchText: searchText(entry.name, entry.aliases),
    }),
  };
}

function roleProps(position: Position, sourceDocument: string | null): Props {
  const start = position.startDate ? parsePartialDate(position.startDate) : null;
  const end = position.endDate ? parsePartialDate(position.endDate) : null;
  return props({
    id: position.id,
    title: position.title,
    team: position.team,
    location: position.location,
    startDate: position.startDate,
    endDate: position.endDate,
    current: position.current,
    startMonth: start ? monthIndex(start, 'start') : null,
    endMonth: end ? monthIndex(end, 'end') : null,
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

/**
 * Which position is the person's latest: a current one beats any other, then the later end
 * (or start, when no end is given); undated positions lose to dated ones; ties keep document order.
 */
function isLater(candidate: Position, best: Position): boolean {
  if (candidate.current !== best.current) return candidate.current;
  const a = latestMonth(candidate);
  const b = latestMonth(best);
  if (a === null) return false;
  if (b === null) return true;
  return a > b;
}

function latestMonth(position: Position): number | null {
  const end = position.endDate ? parsePartialDate(position.endDate) : null;
  if (end) return monthIndex(end, 'end');
  const start = position.startDate ? parsePartialDate(position.startDate) : null;
  return start ? monthIndex(start, 'start') : null;
}

function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as Partial<T>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
