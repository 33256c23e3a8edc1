import { cypher } from '../../db/cypher-query.js';
import { Label, personWorkedOn, RelType } from '../model.js';

/** Person `o`, whoever it is, working on the bound `project`. */
const otherOnProject = personWorkedOn(`o:${Label.Person}`, 'project');

/**
 * What the graph holds for the people of one load transaction (one résumé, or a batch of them),
 * read inside it, after their people are locked:
 * - `people`: per person of `$input.people` (those that existed before), the relationships they
 *   own (from the person, USES included, and from their roles);
 * - `existing`: the nodes among `$input.ids` (every id the plans name) that exist, with their
 *   labels and properties;
 * - `foreignRoles`: per row {id, person} of `$input.roles`, the role held by someone other than
 *   the person claiming it;
 * - `projects`: per row {id, person} of `$input.projects` whose project exists, whether someone
 *   other than that person works on it, and the technologies it uses;
 * - `partOf`: the PART_OF relationships of the companies among `existing` (each id sought once), {from, to}: the
 *   catalogue in use says what they must be (src/loader/plan-diff.ts).
 * One map `$input` of lists, so that an empty list does not make Neo4j compile another plan.
 */
export const snapshotPeople = cypher(
  'loader.snapshotPeople',
  `CYPHER replan=skip
CALL () {
  UNWIND $input.people AS personId
  MATCH (p:${Label.Person} {id: personId})
  CALL (p) {
    MATCH (p)-[r:${RelType.HELD}|${RelType.WORKED_ON}|${RelType.SKILLED_IN}|${RelType.STUDIED_AT}|${RelType.USES}]->(x)
    RETURN collect({type: type(r), from: p.id, to: x.id, props: properties(r)}) AS personEdges
  }
  CALL (p) {
    MATCH (p)-[:${RelType.HELD}]->(role:${Label.Role})-[r:${RelType.AT}|${RelType.USED}|${RelType.WORKED_ON}]->(x)
    RETURN collect({type: type(r), from: role.id, to: x.id, props: properties(r)}) AS roleEdges
  }
  RETURN collect({id: personId, edges: personEdges + roleEdges}) AS people
}
CALL () {
  UNWIND $input.ids AS id
  MATCH (e:${Label.Entity} {id: id})
  WITH id, e, labels(e) AS labels
  RETURN collect({id: id, labels: labels, props: properties(e)}) AS existing,
    collect(CASE WHEN '${Label.Company}' IN labels THEN {id: id, node: e} END) AS companies
}
CALL () {
  UNWIND $input.roles AS row
  MATCH (other:${Label.Person})-[:${RelType.HELD}]->(:${Label.Role} {id: row.id})
  WHERE other.id <> row.person
  RETURN collect({id: row.id, person: other.id, claimant: row.person}) AS foreignRoles
}
CALL () {
  UNWIND $input.projects AS row
  MATCH (project:${Label.Project} {id: row.id})
  RETURN collect({
    id: row.id,
    claimant: row.person,
    shared:
      EXISTS { MATCH ${otherOnProject[1]} WHERE o.id <> row.person }
      OR EXISTS {
        MATCH ${otherOnProject[0]}
        WHERE o.id <> row.person
      },
    technologies: [(project)-[:${RelType.USED}]->(t:${Label.Technology}) | t.id]
  }) AS projects
}
CALL (companies) {
  UNWIND companies AS company
  WITH company.node AS c, company.id AS id
  MATCH (c)-[:${RelType.PART_OF}]->(parent:${Label.Company})
  RETURN collect({from: id, to: parent.id}) AS partOf
}
RETURN people, existing, foreignRoles, projects, partOf
`,
);

/** The parameter of `snapshotPeople`. */
export interface SnapshotInput {
  people: string[];
  ids: string[];
  roles: { id: string; person: string }[];
  projects: { id: string; person: string }[];
}

/** A relationship as stored: type, endpoint ids and properties. */
export interface StoredEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A node as stored: its id, labels and properties (integers as numbers). */
export interface StoredNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** The row `snapshotPeople` returns. */
export interface PeopleSnapshot {
  people: { id: string; edges: StoredEdge[] }[];
  existing: StoredNode[];
  foreignRoles: { id: string; person: string; claimant: string }[];
  projects: { id: string; claimant: string; shared: boolean; technologies: string[] }[];
  partOf: CompanyParent[];
}

/** A stored PART_OF relationship: company `from` is part of company `to`. */
export interface CompanyParent {
  from: string;
  to: string;
}

/** What the graph holds for one person, as the diff and the collision checks read it. */
export interface PersonSnapshot {
  edges: StoredEdge[];
  existing: StoredNode[];
  foreignRoles: { id: string; person: string }[];
  projects: { id: string; shared: boolean; technologies: string[] }[];
  /** The stored parents of the companies the plan names (others may be left out). */
  partOf: CompanyParent[];
}
