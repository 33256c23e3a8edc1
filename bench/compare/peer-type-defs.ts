import type { CypherQuery } from '../../src/db/cypher-query.js';
import { Label as L, RelType as R } from '../../src/graph/model.js';
import { cypherCurrentMonth } from '../../src/graph/months.js';
import { colleaguesQuery } from '../../src/graphql/queries/colleagues.js';
import { focusGraphQuery } from '../../src/graphql/queries/graph.js';
import { sharedTechnologiesQuery } from '../../src/graphql/queries/shared-technologies.js';
import { similarPeopleOneStatement } from './similar-one-statement.js';

/*
 * The graph the loader writes (schema/graph-model.md), described to @neo4j/graphql 7: every node
 * and relationship as its native fields (filters, sorting, connections and nested selections are
 * the library's own), and the career questions it has no native form for as `@cypher` root fields
 * running our API's own Cypher, imported from src/graphql/queries, so both sides stay the same
 * query as ours changes. Labels and relationship types come from src/graph/model.ts.
 */

/** `$currentMonth`, which our resolver computes in JS (UTC), computed by Cypher instead. */
const CURRENT_MONTH = cypherCurrentMonth();

/**
 * A `@cypher` statement running one of our named queries, which return a single row, and handing
 * the library `column` of that row (a list is unwound into one row per element, as it expects).
 * `params` maps our parameters onto Cypher expressions over the field's arguments.
 */
function ourCypher(query: CypherQuery, column: string, list: boolean, params: Record<string, string> = {}) {
  let text = query.text;
  for (const [name, expression] of Object.entries(params)) {
    text = text.replace(new RegExp(`\\$${name}\\b`, 'g'), expression);
  }
  const tail = list ? `UNWIND ${column} AS value RETURN value` : `RETURN ${column} AS value`;
  return JSON.stringify(`CALL () {\n${text}\n}\n${tail}`);
}

const relationship = (type: string, direction: 'IN' | 'OUT', properties?: string) =>
  `@relationship(type: "${type}", direction: ${direction}${properties ? `, properties: "${properties}"` : ''})`;

export const peerTypeDefs = /* GraphQL */ `
type ${L.Person} @node {
  id: ID!
  label: String
  headline: String
  summary: String
  location: String
  roles: [${L.Role}!]! ${relationship(R.HELD, 'OUT')}
  projects: [${L.Project}!]! ${relationship(R.WORKED_ON, 'OUT')}
  skills: [${L.Technology}!]! ${relationship(R.SKILLED_IN, 'OUT', 'SkilledIn')}
  schools: [${L.School}!]! ${relationship(R.STUDIED_AT, 'OUT', 'StudiedAt')}
  "Every technology used, in any way (the relationship the loader derives)."
  uses: [${L.Technology}!]! ${relationship(R.USES, 'OUT')}
}

type SkilledIn @relationshipProperties {
  group: String
}

type StudiedAt @relationshipProperties {
  degree: String
  area: String
  startDate: String
  endDate: String
}

type ${L.Role} @node {
  id: ID!
  title: String
  team: String
  location: String
  startDate: String
  endDate: String
  current: Boolean
  startMonth: Int
  endMonth: Int
  order: Int
  summary: String
  highlights: [String!]
  note: String
  person: ${L.Person} ${relationship(R.HELD, 'IN')}
  company: ${L.Company} ${relationship(R.AT, 'OUT')}
  technologies: [${L.Technology}!]! ${relationship(R.USED, 'OUT')}
  projects: [${L.Project}!]! ${relationship(R.WORKED_ON, 'OUT')}
  "The company of a dated role, through the relationship the loader derives for colleagues."
  tenureAt: ${L.Company} ${relationship(R.TENURE, 'OUT')}
}

type ${L.Company} @node {
  id: ID!
  name: String!
  normalised: Boolean
  aliases: [String!]
  industry: String
  parent: ${L.Company} ${relationship(R.PART_OF, 'OUT')}
  subsidiaries: [${L.Company}!]! ${relationship(R.PART_OF, 'IN')}
  roles: [${L.Role}!]! ${relationship(R.AT, 'IN')}
}

type ${L.Technology} @node {
  id: ID!
  name: String!
  category: String
  normalised: Boolean
  aliases: [String!]
  roles: [${L.Role}!]! ${relationship(R.USED, 'IN')}
  projects: [${L.Project}!]! ${relationship(R.USED, 'IN')}
  skilledPeople: [${L.Person}!]! ${relationship(R.SKILLED_IN, 'IN', 'SkilledIn')}
}

type ${L.Project} @node {
  id: ID!
  name: String!
  description: String
  startDate: String
  endDate: String
  entity: String
  technologies: [${L.Technology}!]! ${relationship(R.USED, 'OUT')}
  roles: [${L.Role}!]! ${relationship(R.WORKED_ON, 'IN')}
  people: [${L.Person}!]! ${relationship(R.WORKED_ON, 'IN')}
}

type ${L.School} @node {
  id: ID!
  name: String!
  alumni: [${L.Person}!]! ${relationship(R.STUDIED_AT, 'IN', 'StudiedAt')}
}

"An entity as our career queries return it: the node's properties and its kind."
type EntityRecord {
  id: ID!
  kind: String!
  label: String
  name: String
  title: String
  category: String
}

type TechnologyUse {
  person: EntityRecord!
  roles: [EntityRecord!]!
  projects: [EntityRecord!]!
  skill: Boolean!
}

type SharedTechnology {
  technology: EntityRecord!
  peopleCount: Int!
  people: [TechnologyUse!]!
}

type SimilarPerson {
  person: EntityRecord!
  score: Float!
  sharedTechnologies: [EntityRecord!]!
}

type Colleague {
  person: EntityRecord!
  company: EntityRecord!
  overlapMonths: Int!
  from: String!
  to: String!
  role: EntityRecord!
  colleagueRole: EntityRecord!
}

type GraphNode {
  id: ID!
  kind: String!
  label: String!
}

type GraphEdge {
  source: ID!
  target: ID!
  type: String!
}

type GraphView {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
  truncated: Boolean!
}

type Query {
  sharedTechnologies(personIds: [ID!]!, minPeople: Int): [SharedTechnology!]!
    @cypher(statement: ${ourCypher(sharedTechnologiesQuery, 'technologies', true, { minPeople: 'coalesce($minPeople, size($personIds))' })}, columnName: "value")
  similarPeople(personId: ID!, first: Int = 10): [SimilarPerson!]!
    @cypher(statement: ${ourCypher(similarPeopleOneStatement, 'similar', true)}, columnName: "value")
  colleagues(personId: ID!, minOverlapMonths: Int = 1, first: Int = 20): [Colleague!]!
    @cypher(statement: ${ourCypher(colleaguesQuery, 'colleagues', true, { currentMonth: CURRENT_MONTH })}, columnName: "value")
  graph(focus: [ID!]!, depth: Int = 1, kinds: [String!], limit: Int = 500): GraphView!
    @cypher(statement: ${ourCypher(focusGraphQuery, '{ nodes: nodes, edges: edges, truncated: truncated }', false)}, columnName: "value")
}
`;
