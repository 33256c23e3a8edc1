import { cypher } from '../../db/cypher-query.js';
import { Label, MAX_PARENT_DEPTH } from '../../graph/model.js';
import { entityProjection as node } from '../entity-kind.js';
import { namedNode } from './find-named.js';

/*
 * One query per list root field: the filter, the order, the page (`$skip`, `$first`) and the total
 * count together. Every filter is a parameter that may be null (then it does not filter). Each
 * query also names the filter ids that match nothing (`missing`), so the resolver can answer
 * NOT_FOUND; a technology filter takes an id, a name or an alias and is resolved first.
 *
 * Rows: `{ totalCount, nodes: EntityRecord[], missing: string[] }`.
 */

/** Binds `technologyId`, `companyId` and `parentId` to the ids their filters name (null when not given or naming nothing). */
const resolveFilters = `${namedNode('tf', Label.Technology, 'technology')}
   ${namedNode('cf', Label.Company, 'company')}
   ${namedNode('pf', Label.Company, 'parent')}
   WITH tf.id AS technologyId, cf.id AS companyId, pf.id AS parentId`;

/** Person `p` used technology `technologyId` (the derived USES: a role, a project or a skill). */
const personUsesTechnology = 'EXISTS { MATCH (p)-[:USES]->(:Technology {id: technologyId}) }';

/** The page of the ordered, collected `matched` list, with the total. */
const page = (variable: string) =>
  `RETURN size(matched) AS totalCount,
          [${variable} IN matched[toInteger($skip)..toInteger($skip) + toInteger($first)] | ${node(variable)}] AS nodes`;

const missingIf = (param: string, label: string) =>
  `CASE WHEN $${param} IS NOT NULL AND NOT EXISTS { MATCH (:${label} {id: $${param}}) } THEN '${param}' END`;

/** The filter `param` was given but its spelling, resolved to variable `param`, names nothing. */
const unresolved = (param: string) =>
  `CASE WHEN $${param} IS NOT NULL AND ${param} IS NULL THEN '${param}' END`;

/** People, by id. Filters: $companyId (or a subsidiary), $technologyId, $schoolId. */
export const peopleConnection = cypher(
  'people.connection',
  `${resolveFilters}
   CALL (technologyId, companyId) {
     MATCH (p:Person)
     WHERE ($companyId IS NULL
            OR EXISTS { MATCH (p)-[:HELD]->(:Role)-[:AT]->(:Company)-[:PART_OF*0..${MAX_PARENT_DEPTH}]->(:Company {id: companyId}) })
       AND ($schoolId IS NULL OR EXISTS { MATCH (p)-[:STUDIED_AT]->(:School {id: $schoolId}) })
       AND ($technologyId IS NULL OR ${personUsesTechnology})
     WITH p ORDER BY p.id
     WITH collect(p) AS matched
     ${page('p')}
   }
   RETURN totalCount, nodes, [x IN [
     ${unresolved('companyId')},
     ${unresolved('technologyId')},
     ${missingIf('schoolId', 'School')}
   ] WHERE x IS NOT NULL] AS missing`,
);

/** Companies, by name. Filters: $parentId (direct parent), $technologyId (used in a role there), $normalised. */
export const companiesConnection = cypher(
  'companies.connection',
  `${resolveFilters}
   CALL (technologyId, parentId) {
     MATCH (c:Company)
     WHERE ($parentId IS NULL OR EXISTS { MATCH (c)-[:PART_OF]->(:Company {id: parentId}) })
       AND ($technologyId IS NULL
            OR EXISTS { MATCH (c)<-[:AT]-(:Role)-[:USED]->(:Technology {id: technologyId}) })
       AND ($normalised IS NULL OR coalesce(c.normalised, false) = $normalised)
     WITH c ORDER BY toLower(c.name), c.id
     WITH collect(c) AS matched
     ${page('c')}
   }
   RETURN totalCount, nodes, [x IN [
     ${unresolved('parentId')},
     ${unresolved('technologyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);

/**
 * Technologies, most used first (by how many people used them: USES), then by name.
 * Filters: $category (any letter case), $personId (used by), $companyId (used in a role there or at
 * a subsidiary), $normalised.
 */
export const technologiesConnection = cypher(
  'technologies.connection',
  `${resolveFilters}
   CALL (companyId) {
     MATCH (t:Technology)
     WHERE ($category IS NULL OR toLower(t.category) = toLower($category))
       AND ($normalised IS NULL OR coalesce(t.normalised, false) = $normalised)
       AND ($personId IS NULL OR EXISTS { MATCH (:Person {id: $personId})-[:USES]->(t) })
       AND ($companyId IS NULL
            OR EXISTS { MATCH (:Company {id: companyId})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(:Role)-[:USED]->(t) })
     WITH t, COUNT { (t)<-[:USES]-(:Person) } AS people
     ORDER BY people DESC, toLower(t.name), t.id
     WITH collect(t) AS matched
     ${page('t')}
   }
   RETURN totalCount, nodes, [x IN [
     ${missingIf('personId', 'Person')},
     ${unresolved('companyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);

/** Projects, by name. Filters: $personId (in a role or on their own), $technologyId (any spelling). */
export const projectsConnection = cypher(
  'projects.connection',
  `${resolveFilters}
   CALL (technologyId) {
     MATCH (pr:Project)
     WHERE ($personId IS NULL
            OR EXISTS { MATCH (:Person {id: $personId})-[:HELD]->(:Role)-[:WORKED_ON]->(pr) }
            OR EXISTS { MATCH (:Person {id: $personId})-[:WORKED_ON]->(pr) })
       AND ($technologyId IS NULL OR EXISTS { MATCH (pr)-[:USED]->(:Technology {id: technologyId}) })
     WITH pr ORDER BY toLower(pr.name), pr.id
     WITH collect(pr) AS matched
     ${page('pr')}
   }
   RETURN totalCount, nodes, [x IN [
     ${missingIf('personId', 'Person')},
     ${unresolved('technologyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);
