import { broaderLinks } from '../../src/career/broader.js';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import type { CatalogueIndex } from '../../src/catalogue/catalogue-index.js';
import type { TechnologyEntry } from '../../src/catalogue/types.js';
import { UsageError } from '../../src/cli/cli-arguments.js';
import { type CypherQuery, cypher } from '../../src/db/cypher-query.js';
import type { Executor, Params } from '../../src/db/Executor.js';
import { Label, RelType } from '../../src/graph/model.js';
import { currentMonth, monthText } from '../../src/graph/months.js';
import { cypherPersonLabel } from '../../src/graph/node-kind.js';
import { colleaguesQuery } from '../../src/graphql/queries/colleagues.js';
import { byName } from '../../src/graphql/queries/cypher-order.js';
import { focusGraphQuery } from '../../src/graphql/queries/graph.js';
import { sharedTechnologiesQuery } from '../../src/graphql/queries/shared-technologies.js';
import { compareStrings } from '../../src/util/compare-strings.js';
import { similarPeopleOneStatement } from './similar-one-statement.js';

/*
 * THE list of operations `bench:compare` runs: to benchmark another question, add an entry here
 * (and, when @neo4j/graphql can answer it, its type definitions in peer-type-defs.ts). Each entry
 * is asked three ways, which must return the same `data` (checked before anything is timed):
 *   ours   our API, over HTTP;
 *   peer   @neo4j/graphql 7 on the same database, over HTTP: its native fields where it has them,
 *          else a `@cypher` field running our own Cypher; absent when it has no form at all;
 *   floor  the best single hand-written Cypher query for the same data, sent through the driver
 *          (one row, column `data`, holding exactly what the API's `data` holds, or rows that
 *          `fromRows` assembles into it).
 */

/** Who and what the operations ask about: the same at every size, so growth compares like with like. */
export interface Subjects {
  /** Person ids, in a fixed order (the generator's first people). */
  people: readonly string[];
  /** Technology ids, in a fixed order (by popularity, see subjectsQuery). */
  technologies: readonly string[];
  /** Company ids, in a fixed order (by popularity, see subjectsQuery); absent in older results. */
  companies?: readonly string[];
  /**
   * Technology ids with the most technologies below them in the catalogue (see broadTechnologies),
   * which the roll-up questions ask; absent in older results.
   */
  broadTechnologies?: readonly string[];
}

export interface Operation {
  /** Short id, used by `--ops` and in the results. */
  name: string;
  /** What the row of the table says. */
  title: string;
  /** The variables of variant `variant` (requests rotate over a few variants, so no one answer stays hot). */
  variables(subjects: Subjects, variant: number): Params;
  /** Our API's operation. */
  ours: string;
  peer?: {
    /** Its operation; omitted when the peer takes the same document as ours. */
    query?: string;
    /** Its `data` turned into the shape of ours, where its schema nests it differently. */
    toOurs?: (data: Record<string, unknown>) => unknown;
  };
  floor?: {
    query: CypherQuery;
    /** Parameters from the variables (default: the variables themselves). */
    params?: (variables: Params) => Params;
    /**
     * The `data` from the query's rows, for a floor that streams a list as rows (default: the
     * one row's `data` column). A large list in one record reaches the driver in protocol chunks,
     * whose strings it decodes piece by piece; rows of their own it decodes whole.
     */
    fromRows?: (rows: Record<string, unknown>[]) => unknown;
  };
  /**
   * Lists compared whatever their order (dotted paths into `data`, through lists), where a side
   * cannot express our order: @neo4j/graphql sorts by `name`, ours by name ignoring case.
   */
  unordered?: readonly string[];
  /** Left out of the mixed-load run. */
  notMixed?: boolean;
  /**
   * For a question whose answer the API keeps until the database changes
   * (src/career/aggregate-cache.ts): the variables of the `request`-th request (counted from 0 over
   * the run, all variants together) made from its variant's, so that no answer kept from an earlier
   * request serves it. Then every request is a miss: the cost of the question asked afresh.
   */
  uncached?: (variables: Params, request: number) => Params;
}

/** The `count` people from `start` (wrapping around), each once. */
function peopleFrom(subjects: Subjects, start: number, count: number): string[] {
  const ids = subjects.people;
  const picked = new Set<string>();
  for (let index = 0; index < Math.min(count, ids.length); index += 1) {
    picked.add(ids[(start + index) % ids.length] as string);
  }
  return [...picked];
}

const person = (subjects: Subjects, variant: number) => peopleFrom(subjects, variant, 1)[0];

/**
 * The `count` catalogue technologies with the most technologies below them along its `broader`
 * links (at any depth), most first, then by id: what a roll-up merges most into (Amazon Web
 * Services before Kubernetes). From the catalogue alone, so the same at every size.
 */
export function broadTechnologies(technologies: CatalogueIndex<TechnologyEntry>, count: number): string[] {
  const links = broaderLinks(technologies);
  return technologies.entries
    .map((entry) => ({ id: entry.id, below: links.below(entry.id).length }))
    .filter(({ below }) => below > 0)
    .sort((a, b) => b.below - a.below || compareStrings(a.id, b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/** The first 20 people of the variant's technology. */
const technologyPage = (subjects: Subjects, variant: number) => ({
  technologyId: subjects.technologies[variant % subjects.technologies.length],
  first: 20,
});

/** Job descriptions for `requirements`, of the length and spellings such texts have. */
const jobDescriptions = [
  'Senior backend engineer. You will run Kafka and Kubernetes in production, write Go and some Python, and keep our Terraform for AWS tidy. PostgreSQL and Redis experience is a plus.',
  'Data platform lead: Apache Spark, Airflow and Flink pipelines on GCP; BigQuery, dbt and Looker for the analysts; Java or Scala for the services, Docker and k8s for deployment.',
  'Full-stack developer with React, TypeScript and Node.js, GraphQL APIs, MongoDB, CI/CD on GitHub Actions, and a feel for accessibility.',
];

/** A role with its company and technologies, as the entity operations select it. */
const roleFields = `id title team startDate endDate current
        company { id name industry }
        technologies { id name category }
        projects { id name }`;

/** The same role selection in @neo4j/graphql: its sort arguments give our orders where it can. */
const peerRoleFields = `id title team startDate endDate current
        company { id name industry }
        technologies(sort: [{ name: ASC }, { id: ASC }]) { id name category }
        projects(sort: [{ name: ASC }, { id: ASC }]) { id name }`;

/** Cypher map of role `r` as `roleFields` selects it, orders included, in nested subqueries. */
const roleMap = (
  r: string,
) => `${r} { .id, .title, .team, .startDate, .endDate, current: coalesce(${r}.current, false),
      company: COLLECT { MATCH (${r})-[:${RelType.AT}]->(c:${Label.Company}) RETURN c { .id, .name, .industry } }[0],
      technologies: COLLECT {
        MATCH (${r})-[:${RelType.USED}]->(t:${Label.Technology}) WITH DISTINCT t ORDER BY ${byName('t')}
        RETURN t { .id, .name, .category }
      },
      projects: COLLECT {
        MATCH (${r})-[:${RelType.WORKED_ON}]->(pr:${Label.Project}) WITH DISTINCT pr ORDER BY ${byName('pr')}
        RETURN pr { .id, .name }
      } }`;

/** Cypher: the roles of person `p` in the document's order, each as `roleMap`. */
const rolesOf = (p: string) => `COLLECT {
      MATCH (${p})-[:${RelType.HELD}]->(r:${Label.Role}) WITH r ORDER BY r.order, r.id
      RETURN ${roleMap('r')}
    }`;

const unorderedRoleLists = (prefix: string) => [`${prefix}.roles.technologies`, `${prefix}.roles.projects`];

/** Cypher map `{ id, label }` of the person map `p` (an entity projection), with our Person.label. */
const personRef = (p: string) => `{ id: ${p}.id, label: coalesce(${p}.label, ${p}.headline, ${p}.id) }`;

/**
 * One of our single-row queries, its result columns turned into the API's `data` by `data`, which
 * keeps exactly the fields the operation selects (the floor sends no more than the answer).
 */
const ourQueryAsData = (name: string, query: CypherQuery, data: string) =>
  cypher(`bench.floor.${name}`, `CALL () {\n${query.text}\n}\nRETURN ${data} AS data`);

/**
 * Distinct months `aheadAsOf` gives before it repeats: more than the API keeps answers
 * (aggregate-cache.ts keeps 256), so a key comes round again only after it was dropped.
 */
const AS_OF_CYCLE = 1_200;

/**
 * An `asOf` not asked by the `request - 1` requests before: 1 to 1,200 months after this one. A
 * month ahead, not behind, so that every use counts as it does today (none starts after `asOf`) and
 * only current roles run on: the same people and rows to rank as today's question.
 */
const aheadAsOf = (request: number) => monthText(currentMonth() + 1 + (request % AS_OF_CYCLE));

/**
 * `id` followed by whitespace spelling `request` in binary (space 0, tab 1): a spelling no earlier
 * request used, of the same id. The API trims a spelling before looking it up (name-lookup.ts
 * `lookupNeedles`), so the question and its answer are those of `id`, while the answer it keeps is
 * keyed by the argument as given.
 */
const respelled = (id: string, request: number) =>
  `${id} ${request.toString(2).replaceAll('0', ' ').replaceAll('1', '\t')}`;

/** The $asOf variable declared and passed on (uncached variants), or neither. */
const asOfArgument = (asOf: boolean) =>
  asOf ? { declared: ', $asOf: String!', passed: ', asOf: $asOf' } : { declared: '', passed: '' };

/** `rollUp`: counting uses of narrower technologies, each such use's `inferred` and `via` selected. */
const expertsDocument = (
  asOf: boolean,
  rollUp = false,
) => `query Experts($technologies: [ID!]!${asOfArgument(asOf).declared}) {
  experts(technologies: $technologies, first: 10${asOfArgument(asOf).passed}${rollUp ? ', rollUp: true' : ''}) {
    person { id label } score
    evidence { technology { id } months lastUsed roles { id } projects { id }${rollUp ? ' inferred via { id }' : ''} }
    missing { id }
  }
}`;

const teamDocument = (
  asOf: boolean,
) => `query Team($technologies: [ID!]!, $exclude: [ID!]${asOfArgument(asOf).declared}) {
  team(technologies: $technologies, size: 3, exclude: $exclude${asOfArgument(asOf).passed}) {
    members { person { id label } covers { id } }
    uncovered { id }
  }
}`;

const careerMoves: Operation = {
  name: 'career-moves',
  title: 'career moves around a company, first 20',
  variables: (subjects, variant) => {
    const companies = subjects.companies ?? [];
    return { companyId: companies[variant % Math.max(1, companies.length)] ?? '' };
  },
  ours: `query CareerMoves($companyId: ID!) {
  careerMoves(companyId: $companyId, first: 20) {
    peopleCount
    before { company { id name } count people { id } }
    after { company { id name } count people { id } }
  }
}`,
};

const experts: Operation = {
  name: 'experts',
  title: 'experts for 3 technologies, first 10, with evidence',
  variables: (subjects, variant) => ({
    technologies: subjects.technologies.slice(variant % 3, (variant % 3) + 3),
  }),
  ours: expertsDocument(false),
};

/** Three of the broad technologies, a different three per variant (the subject technologies in older results). */
const broadThree = (subjects: Subjects, variant: number) =>
  (subjects.broadTechnologies ?? subjects.technologies).slice(variant % 3, (variant % 3) + 3);

const expertsRolledUp: Operation = {
  name: 'experts-roll-up',
  title: 'experts for 3 broad technologies, rolled up (rollUp: true), first 10, with evidence',
  variables: (subjects, variant) => ({ technologies: broadThree(subjects, variant) }),
  ours: expertsDocument(false, true),
};

const team: Operation = {
  name: 'team',
  title: 'team of 3 for the first 6 subject technologies (--variants 5: 5)',
  variables: (subjects, variant) => ({
    technologies: subjects.technologies.slice(0, 6),
    exclude: [person(subjects, variant)],
  }),
  ours: teamDocument(false),
};

const newAsOf: NonNullable<Operation['uncached']> = (variables, request) => ({
  ...variables,
  asOf: aheadAsOf(request),
});

/**
 * `operation` asked so that no answer the API keeps serves it (Operation.uncached), left out of
 * the mixed load; `ours` its document where the changed variables need another.
 */
function uncachedOf(
  operation: Operation,
  how: string,
  uncached: NonNullable<Operation['uncached']>,
  ours = operation.ours,
): Operation {
  return {
    ...operation,
    name: `${operation.name}-uncached`,
    title: `${operation.title}, uncached (${how})`,
    ours,
    uncached,
    notMixed: true,
  };
}

export const operations: readonly Operation[] = [
  {
    name: 'person-detail',
    title: 'person detail, 3 levels',
    variables: (subjects, variant) => ({ id: person(subjects, variant) }),
    ours: `query PersonDetail($id: ID!) {
  person(id: $id) {
    id label headline location
    roles { ${roleFields} }
  }
}`,
    peer: {
      query: `query PersonDetail($id: ID!) {
  person: people(where: { id: { eq: $id } }) {
    id label headline location
    roles(sort: [{ order: ASC }, { id: ASC }]) { ${peerRoleFields} }
  }
}`,
      toOurs: (data) => ({ person: (data.person as unknown[])[0] ?? null }),
    },
    floor: {
      query: cypher(
        'bench.floor.personDetail',
        `OPTIONAL MATCH (p:${Label.Person} {id: $id})
         RETURN { person: p { .id, label: ${cypherPersonLabel('p')}, .headline, .location, roles: ${rolesOf('p')} } } AS data`,
      ),
    },
    unordered: unorderedRoleLists('person'),
  },
  {
    name: 'people-page',
    title: 'people page of 50, nested roles → company, technologies',
    variables: () => ({ first: 50 }),
    ours: `query PeoplePage($first: Int!) {
  people(first: $first) {
    edges { node { id label roles { ${roleFields} } } }
  }
}`,
    peer: {
      query: `query PeoplePage($first: Int!) {
  people: peopleConnection(first: $first, sort: [{ id: ASC }]) {
    edges { node { id label roles(sort: [{ order: ASC }, { id: ASC }]) { ${peerRoleFields} } } }
  }
}`,
    },
    floor: {
      // `p.id IS NOT NULL` lets the planner read the first people in the id index's order
      // instead of sorting them all; one row per person, as our API reads its pages.
      query: cypher(
        'bench.floor.peoplePage',
        `MATCH (p:${Label.Person}) WHERE p.id IS NOT NULL WITH p ORDER BY p.id LIMIT toInteger($first)
         RETURN p { .id, label: ${cypherPersonLabel('p')}, roles: ${rolesOf('p')} } AS node`,
      ),
      fromRows: (rows) => ({ people: { edges: rows.map(({ node }) => ({ node })) } }),
    },
    unordered: unorderedRoleLists('people.edges.node'),
  },
  {
    name: 'people-using-technology',
    title: 'people using a technology, first 20',
    variables: technologyPage,
    ours: `query PeopleUsingTechnology($technologyId: ID!, $first: Int!) {
  people(first: $first, filter: { technologyId: $technologyId }) {
    edges { node { id label } }
  }
}`,
    peer: {
      // Our "used" (in a role, a project or as a skill) is the USES relationship the loader derives.
      query: `query PeopleUsingTechnology($technologyId: ID!, $first: Int!) {
  people: peopleConnection(
    first: $first
    sort: [{ id: ASC }]
    where: { uses: { some: { id: { eq: $technologyId } } } }
  ) {
    edges { node { id label } }
  }
}`,
    },
    floor: {
      query: cypher(
        'bench.floor.peopleUsingTechnology',
        `MATCH (p:${Label.Person})-[:${RelType.USES}]->(:${Label.Technology} {id: $technologyId})
         WITH p ORDER BY p.id LIMIT toInteger($first)
         RETURN { people: { edges: collect({ node: p { .id, label: ${cypherPersonLabel('p')} } }) } } AS data`,
      ),
    },
  },
  {
    name: 'people-using-technology-since',
    title: 'people using a technology since 2020-01 for 6 months or more, first 20',
    variables: technologyPage,
    ours: `query PeopleUsingTechnologySince($technologyId: ID!, $first: Int!) {
  people(first: $first, filter: { technologyId: $technologyId, usedSince: "2020-01", minMonths: 6 }) {
    totalCount
    edges { node { id label } }
  }
}`,
    notMixed: true,
  },
  {
    // The same page without totalCount: the page's own bound, apart from the count of every user
    // that passes, which grows with the technology's users.
    name: 'people-using-technology-since-page',
    title: 'people using a technology since 2020-01 for 6 months or more, first 20, page only',
    variables: technologyPage,
    ours: `query PeopleUsingTechnologySincePage($technologyId: ID!, $first: Int!) {
  people(first: $first, filter: { technologyId: $technologyId, usedSince: "2020-01", minMonths: 6 }) {
    edges { node { id label } }
  }
}`,
    notMixed: true,
  },
  {
    name: 'shared-technologies',
    title: 'sharedTechnologies of 5',
    // minPeople 2: five random people rarely share anything all five used.
    variables: (subjects, variant) => ({ personIds: peopleFrom(subjects, variant * 5, 5), minPeople: 2 }),
    ours: `query SharedTechnologies($personIds: [ID!]!, $minPeople: Int!) {
  sharedTechnologies(personIds: $personIds, minPeople: $minPeople) {
    technology { id name }
    peopleCount
    people { person { id label } roles { id } projects { id } skill }
  }
}`,
    peer: {},
    floor: {
      query: ourQueryAsData(
        'sharedTechnologies',
        sharedTechnologiesQuery,
        `{ sharedTechnologies: [s IN technologies | {
           technology: { id: s.technology.id, name: s.technology.name },
           peopleCount: s.peopleCount,
           people: [u IN s.people | {
             person: ${personRef('u.person')},
             roles: [r IN u.roles | { id: r.id }],
             projects: [pr IN u.projects | { id: pr.id }],
             skill: u.skill
           }]
         }] }`,
      ),
    },
  },
  {
    name: 'similar-people',
    title: 'similarPeople, first 10',
    variables: (subjects, variant) => ({ personId: person(subjects, variant), first: 10 }),
    ours: `query SimilarPeople($personId: ID!, $first: Int!) {
  similarPeople(personId: $personId, first: $first) {
    person { id label }
    score
    sharedTechnologies { id name }
  }
}`,
    peer: {},
    floor: {
      query: ourQueryAsData(
        'similarPeople',
        similarPeopleOneStatement,
        `{ similarPeople: [s IN similar | {
           person: ${personRef('s.person')},
           score: s.score,
           sharedTechnologies: [t IN s.sharedTechnologies | { id: t.id, name: t.name }]
         }] }`,
      ),
    },
  },
  {
    name: 'colleagues',
    title: 'colleagues, first 20',
    variables: (subjects, variant) => ({ personId: person(subjects, variant), first: 20 }),
    ours: `query Colleagues($personId: ID!, $first: Int!) {
  colleagues(personId: $personId, first: $first) {
    person { id label }
    company { id name }
    overlapMonths from to
    role { id }
    colleagueRole { id }
  }
}`,
    peer: {},
    floor: {
      query: ourQueryAsData(
        'colleagues',
        colleaguesQuery,
        `{ colleagues: [c IN colleagues | {
           person: ${personRef('c.person')},
           company: { id: c.company.id, name: c.company.name },
           overlapMonths: c.overlapMonths, from: c.from, to: c.to,
           role: { id: c.role.id },
           colleagueRole: { id: c.colleagueRole.id }
         }] }`,
      ),
      params: (variables) => ({ ...variables, minOverlapMonths: 1, currentMonth: currentMonth() }),
    },
  },
  {
    name: 'graph',
    title: 'graph around a person, depth 2, limit 500',
    variables: (subjects, variant) => ({ id: person(subjects, variant) }),
    ours: `query Graph($id: ID!) {
  graph(focus: [$id], depth: 2, limit: 500) {
    nodes { id kind label }
    edges { source target type }
    truncated
  }
}`,
    peer: {},
    floor: {
      query: ourQueryAsData(
        'graph',
        focusGraphQuery,
        '{ graph: { nodes: nodes, edges: edges, truncated: truncated } }',
      ),
      params: ({ id }) => ({ focus: [id], depth: 2, kinds: null, limit: 500 }),
    },
    // Ours sorts the edges after the query; the same query through the peer or the driver does not.
    unordered: ['graph.edges'],
  },
  // Gap analysis and career moves (issue 13): ours only; @neo4j/graphql has no form of them, and
  // their rules (staleness, the company path) run after the one query, so there is no floor query.
  {
    name: 'gaps',
    title: 'gaps, one person, 6 technologies',
    variables: (subjects, variant) => ({
      personId: person(subjects, variant),
      technologies: subjects.technologies.slice(0, 6),
    }),
    ours: `query Gaps($personId: ID!, $technologies: [ID!]!) {
  gaps(personId: $personId, technologies: $technologies) {
    technology { id } status months firstUsed lastUsed monthsSinceUsed
  }
}`,
  },
  careerMoves,
  uncachedOf(careerMoves, 'the id respelled per request', (variables, request) => ({
    ...variables,
    companyId: respelled(String(variables.companyId), request),
  })),
  {
    name: 'person-moves',
    title: "Person.moves: one person's stays, company by company",
    variables: (subjects, variant) => ({ id: person(subjects, variant) }),
    ours: `query PersonMoves($id: ID!) {
  person(id: $id) {
    moves { company { id name } from to current months alongside roles { id } }
  }
}`,
    notMixed: true,
  },
  // Expert finder and team builder (issue 13): ours only; @neo4j/graphql has no form of them, and
  // the evidence's gap facts and the greedy cover run after the one query, so there is no floor.
  experts,
  uncachedOf(experts, 'a new asOf per request', newAsOf, expertsDocument(true)),
  // The catalogue's broader links (issue 13): the same question counting narrower technologies.
  expertsRolledUp,
  uncachedOf(expertsRolledUp, 'a new asOf per request', newAsOf, expertsDocument(true, true)),
  team,
  uncachedOf(team, 'a new asOf per request', newAsOf, teamDocument(true)),
  // A career by year, adoption, the landscape and requirements (issue 13): ours only, with no
  // floor (the years, Louvain and the text matcher run after or instead of a query), and left out
  // of the mixed load, which keeps the mix of the comparison's earlier runs.
  {
    name: 'person-timeline',
    title: 'Person.timeline: one person, year by year',
    variables: (subjects, variant) => ({ id: person(subjects, variant) }),
    ours: `query PersonTimeline($id: ID!) {
  person(id: $id) {
    timeline { year roles { id } technologies { id } }
  }
}`,
    notMixed: true,
  },
  {
    name: 'technology-adoption',
    title: 'Technology.adoption: people per year',
    variables: (subjects, variant) => ({
      id: subjects.technologies[variant % Math.max(1, subjects.technologies.length)] ?? '',
    }),
    ours: `query TechnologyAdoption($id: ID!) {
  technology(id: $id) {
    id
    name
    adoption { year people }
  }
}`,
    notMixed: true,
  },
  {
    name: 'technology-landscape',
    title: 'technologyLandscape: 200 most used, co-use and communities',
    variables: () => ({}),
    ours: `query TechnologyLandscape {
  technologyLandscape(first: 200) {
    nodes { technology { id } peopleCount community }
    edges { source target weight }
    communityCount
  }
}`,
    notMixed: true,
  },
  {
    name: 'technology-landscape-roll-up',
    title: 'technologyLandscape rolled up (rollUp: true): 200 most used, co-use and communities',
    variables: () => ({}),
    ours: `query TechnologyLandscapeRolledUp {
  technologyLandscape(first: 200, rollUp: true) {
    nodes { technology { id } peopleCount community rolledUp { id } }
    edges { source target weight }
    communityCount
  }
}`,
    notMixed: true,
  },
  {
    name: 'requirements',
    title: 'requirements: the technologies a job description names',
    variables: (_subjects, variant) => ({ text: jobDescriptions[variant % jobDescriptions.length] }),
    ours: `query Requirements($text: String!) {
  requirements(text: $text) { technology { id } text start end }
}`,
    notMixed: true,
  },
];

/**
 * The subjects of a graph: the given people, and technologies at popularity ranks 1, 2, 4, 8, …
 * (by the number of people who used them in any way, then id), so pages over popular and over
 * middling technologies are both asked.
 */
export const subjectsQuery = cypher(
  'bench.subjects',
  `MATCH (t:${Label.Technology})
   WITH t, COUNT { (:${Label.Person})-[:${RelType.USES}]->(t) } AS users
   ORDER BY users DESC, t.id
   WITH collect(t.id) AS ranked
   CALL () {
     MATCH (c:${Label.Company})
     WITH c, COUNT { (c)<-[:${RelType.AT}]-(:${Label.Role}) } AS roles
     ORDER BY roles DESC, c.id
     WITH collect(c.id) AS rankedCompanies
     RETURN [k IN range(0, 30) WHERE 2 ^ k <= size(rankedCompanies) | rankedCompanies[toInteger(2 ^ k) - 1]][0..$count] AS companies
   }
   RETURN [k IN range(0, 30) WHERE 2 ^ k <= size(ranked) | ranked[toInteger(2 ^ k) - 1]][0..$count] AS technologies, companies`,
);

/**
 * The subjects of the graph `executor` reads: `people` as given, `count` technologies and companies
 * by subjectsQuery, and the catalogue's `count` broad technologies.
 */
export async function readSubjects(
  executor: Executor,
  options: { people: readonly string[]; count: number; catalogue: Catalogue },
): Promise<Subjects> {
  const [picked] = await executor.read<{ technologies: string[]; companies: string[] }>(subjectsQuery, {
    count: options.count,
  });
  return {
    people: options.people,
    technologies: picked?.technologies ?? [],
    companies: picked?.companies ?? [],
    broadTechnologies: broadTechnologies(options.catalogue.technologies, options.count),
  };
}

/** The operations named in `names` (all when empty), in table order; an unknown name is an error naming the known ones. */
export function selectOperations(names: readonly string[]): Operation[] {
  const known = new Set(operations.map((operation) => operation.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `--ops: no operation ${unknown.map((name) => `"${name}"`).join(', ')}: expected some of ${[...known].join(', ')}.`,
    );
  }
  return names.length === 0
    ? [...operations]
    : operations.filter((operation) => names.includes(operation.name));
}
