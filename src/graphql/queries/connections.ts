import { usageFilterCypher } from '../../career/usage-as-of.js';
import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import {
  Label,
  type NodeLabel,
  personWorkedOn,
  RelType,
  roleInCompanyGroup,
  roleInCompanyGroupFromRole,
} from '../../graph/model.js';
import { usesIndexHint } from '../../graph/queries/use-order.js';
import { entityProjection as node } from '../entity-kind.js';
import { byName } from './cypher-order.js';
import { namedNode } from './find-named.js';

/*
 * One query per list root field: the filter, the order, the page (`$skip`, then `$first` + 1, the
 * extra one saying whether there is a next page) and, only when `$withTotal`, the total count.
 * Every filter is a parameter that may be null (then it does not filter). Each query also names
 * the filter ids that match nothing (`missing`), so the resolver can answer NOT_FOUND; a
 * technology filter takes an id, a name or an alias and is resolved first.
 *
 * Rows: `{ totalCount: number | null, nodes: EntityRecord[], missing: string[] }`, or, when the
 * caller projects the nodes itself (the compiler, src/graphql/translate), `nodes` as it projects them.
 */

/** How a list query is written for one request. */
export interface ListOptions {
  /** The Cypher of a node of the page bound to `variable`: by default its whole entity map. */
  node: (variable: string) => string;
  /**
   * A time filter is given (`$timed`). Without one the time test passes every use, so the text
   * leaves it out: a shorter query, which the database plans faster.
   */
  timed: boolean;
  /**
   * No filter is given (and no time filter): a list that has a query for that case writes it, a
   * short text without the filters' lookups and branches, which the database plans faster.
   */
  unfiltered: boolean;
}

/**
 * A list's query, written for a request by `write` (named `name`, `name.timed` when it tests the
 * time filters, `name.all` when it is the list's own query for no filter).
 */
export interface ListQuery {
  readonly name: string;
  write: (options: Partial<ListOptions>) => CypherQuery;
}

function listQuery(
  name: string,
  write: (options: ListOptions) => string,
  writeAll?: (node: ListOptions['node']) => string,
): ListQuery {
  return {
    name,
    write: ({ node: project = node, timed = false, unfiltered = false }) =>
      unfiltered && !timed && writeAll
        ? cypher(`${name}.all`, writeAll(project))
        : cypher(timed ? `${name}.timed` : name, write({ node: project, timed, unfiltered })),
  };
}

/** Binds `technologyId`, `companyId` and `parentId` to the ids their filters name (null when not given or naming nothing). */
const resolveFilters = `${namedNode('tf', Label.Technology, 'technology')}
   ${namedNode('cf', Label.Company, 'company')}
   ${namedNode('pf', Label.Company, 'parent')}
   WITH tf.id AS technologyId, cf.id AS companyId, pf.id AS parentId`;

const missingIf = (param: string, label: NodeLabel) =>
  `CASE WHEN $${param} IS NOT NULL AND NOT EXISTS { MATCH (:${label} {id: $${param}}) } THEN '${param}' END`;

/** The filter `param` was given but its spelling, resolved to variable `param`, names nothing. */
const unresolved = (param: string) =>
  `CASE WHEN $${param} IS NOT NULL AND ${param} IS NULL THEN '${param}' END`;

/**
 * Person `p` passes the company and school filters (`cf`: the company node the filter names, or
 * null when not given).
 */
const personCompanyAndSchool = `($companyId IS NULL
            OR EXISTS { MATCH (p)-[:${RelType.HELD}]->${roleInCompanyGroupFromRole('', 'cf')} })
       AND ($schoolId IS NULL OR EXISTS { MATCH (p)-[:${RelType.STUDIED_AT}]->(:${Label.School} {id: $schoolId}) })`;

/** The technology and company filters name a node when given (else the page is not read: NOT_FOUND). */
const resolved = '($technologyId IS NULL OR tf IS NOT NULL) AND ($companyId IS NULL OR cf IS NOT NULL)';

/**
 * The technology filter's use `u` passes the time filters ($usedSince, $usedBefore, $minMonths as
 * month numbers, as of $asOf: src/career/usage-as-of.ts); `$timed` says one is given.
 */
const usedInTime = usageFilterCypher('u', '$asOf');
const usedInTimeIf = (timed: boolean) => (timed ? usedInTime : 'true');

/**
 * The same filter over `use`, a map of the properties of the use that it reads, taken from its own
 * text: a relationship's property is a store read each time the filter names it (about six a use),
 * a map's is read once. For the reads over every user of a technology. (It saves database hits, not
 * much of Neo4j's CPU: evaluating the filter is what costs.)
 */
export const usedInTimeOfMap = usageFilterCypher('use', '$asOf');
export const useProperties = [
  ...new Set(Array.from(usedInTimeOfMap.matchAll(/\buse\.(\w+)/g), ([, name]) => name)),
];

/**
 * Cypher: the uses `u` of technology `tf` by `person` (`p`, with or without its label) that pass
 * the time filters when `timed` and the company and school filters; `p` and `cf` are kept past it.
 */
const usesPassing = (timed: boolean, person: string) =>
  timed
    ? `MATCH (tf)<-[u:${RelType.USES}]-(${person})
     WITH cf, p, u { ${useProperties.map((name) => `.${name}`).join(', ')} } AS use
     WHERE ${usedInTimeOfMap} AND ${personCompanyAndSchool}`
    : `MATCH (tf)<-[u:${RelType.USES}]-(${person})
     WHERE ${personCompanyAndSchool}`;

/**
 * Cypher: the lower bound of an id range that holds every id (ids are strings) when `condition`
 * holds, and null, a range with nobody in it, otherwise: an index seek on it reads nothing when
 * the condition fails, where a scan filtered by the condition would read the whole index.
 */
const everyIdWhen = (condition: string) => `CASE WHEN ${condition} THEN '' END`;

/** The people a page reads past `$skip`: the page, and one more that says whether there is a next page. */
const pageNeed = 'toInteger($first) + 1';

/**
 * People, by id. Filters: $companyId (or a subsidiary), $technologyId, $schoolId, and with
 * $technologyId the time filters. `$withTotal`: count the matches too (else `totalCount` is null).
 *
 * A page costs what it returns, not what the graph holds. With a technology, its uses are read in
 * the order of their people's ids from the USES index by technology and person
 * (src/graph/queries/use-order.ts), each checked against the other filters (and the time filters),
 * until `$skip + $first + 1` passed: a technology whose users pass in a fixed share costs the same
 * at every size. Without one, people are read in id order from the id index, checking the filters.
 * Only people have USES, so the technology's relationship degree, read from the count store, is
 * its number of users; the total, when asked, is such a read for no filter or the technology
 * alone, else a count of the uses that pass, reading a few properties of each (usageFilterCypher),
 * not the people.
 */
export const peopleConnection = listQuery(
  'people.connection',
  ({ node, timed }) => `${namedNode('tf', Label.Technology, 'technology')}
   ${namedNode('cf', Label.Company, 'company')}
   WITH tf, cf, COUNT { (:${Label.Person}) } AS people,
        CASE WHEN tf IS NULL THEN 0 ELSE COUNT { (tf)<-[:${RelType.USES}]-() } END AS users
   CALL (tf, cf) {
     WITH tf.id AS technology, cf WHERE tf IS NOT NULL AND ${resolved}
     MATCH (p)-[u:${RelType.USES}]->() ${usesIndexHint('u', 'byPerson')}
     WHERE u.technology = technology AND u.person IS NOT NULL AND ${usedInTimeIf(timed)} AND ${personCompanyAndSchool}
     // Ordered by every property of the index, so the walk reads it in order and stops at the page.
     WITH p, u ORDER BY u.technology, u.person SKIP toInteger($skip) LIMIT ${pageNeed}
     RETURN collect(p) AS byTechnology
   }
   CALL (tf, cf) {
     WITH tf, cf WHERE tf IS NULL AND ${resolved}
     // A subquery of its own, so that the index is not read at all when the other branch answers.
     CALL (tf, cf) {
       MATCH (p:${Label.Person}) WHERE p.id IS NOT NULL AND ${personCompanyAndSchool}
       WITH p ORDER BY p.id SKIP toInteger($skip) LIMIT ${pageNeed}
       RETURN p
     }
     RETURN collect(p) AS byIndex
   }
   CALL (tf, cf) {
     WITH tf, cf WHERE $withTotal
       AND ($companyId IS NOT NULL OR $schoolId IS NOT NULL OR $timed) AND ${resolved}
     CALL (tf, cf) {
       // Only people have USES: the person at the other end is read for a company or school filter alone.
       WITH tf, cf WHERE tf IS NOT NULL
       CALL (tf, cf) {
         ${usesPassing(timed, 'p')}
         RETURN count(*) AS counted
       }
       RETURN counted
       UNION ALL
       // Everyone (each person has an id) when no technology is given.
       MATCH (p:${Label.Person}) WHERE p.id >= ${everyIdWhen('tf IS NULL')} AND ${personCompanyAndSchool}
       RETURN count(p) AS counted
     }
     RETURN sum(counted) AS counted
   }
   WITH tf, cf,
        CASE WHEN tf IS NULL THEN byIndex ELSE byTechnology END AS matched,
        CASE
          WHEN NOT $withTotal THEN null
          WHEN $companyId IS NOT NULL OR $schoolId IS NOT NULL OR $timed THEN counted
          WHEN $technologyId IS NOT NULL THEN users
          ELSE people
        END AS totalCount
   RETURN totalCount, [p IN matched | ${node('p')}] AS nodes, [x IN [
     CASE WHEN $companyId IS NOT NULL AND cf IS NULL THEN 'companyId' END,
     CASE WHEN $technologyId IS NOT NULL AND tf IS NULL THEN 'technologyId' END,
     ${missingIf('schoolId', Label.School)}
   ] WHERE x IS NOT NULL] AS missing`,
  // No filter: the index branch of the query above with every filter test true, and everyone as the total.
  (node) => `CALL () {
     MATCH (p:${Label.Person}) WHERE p.id IS NOT NULL
     WITH p ORDER BY p.id SKIP toInteger($skip) LIMIT toInteger($first) + 1
     RETURN collect(p) AS matched
   }
   RETURN CASE WHEN $withTotal THEN COUNT { (:${Label.Person}) } END AS totalCount,
     [p IN matched | ${node('p')}] AS nodes, [] AS missing`,
);

/**
 * The page and the total of one list: `filter` (a MATCH of `variable` with its WHERE) in the order
 * `order` (whose sort keys `rank`, a WITH, may compute), `$skip` then `$first` + 1 of them (one more
 * says whether a next page exists); their number only when `$withTotal` (else null), counted
 * without sorting. Binds `matched` (nodes) and `totalCount`. `imports` are the variables `filter` reads.
 */
const pageAndTotal = (variable: string, imports: string, filter: string, order: string, rank = '') => `
   CALL (${imports}) {
     ${filter}
     ${rank}
     WITH ${variable} ORDER BY ${order} SKIP toInteger($skip) LIMIT toInteger($first) + 1
     RETURN collect(${variable}) AS matched
   }
   CALL (${imports}) {
     WITH ${imports} WHERE $withTotal
     ${filter}
     RETURN count(${variable}) AS counted
   }
   WITH *, CASE WHEN $withTotal THEN counted END AS totalCount`;

/** Companies, by name. Filters: $parentId (direct parent), $technologyId (used in a role there), $normalised. */
export const companiesConnection = listQuery(
  'companies.connection',
  ({ node }) => `${resolveFilters}
   ${pageAndTotal(
     'c',
     'technologyId, parentId',
     `MATCH (c:${Label.Company})
     WHERE ($parentId IS NULL OR EXISTS { MATCH (c)-[:${RelType.PART_OF}]->(:${Label.Company} {id: parentId}) })
       AND ($technologyId IS NULL
            OR EXISTS { MATCH (c)<-[:${RelType.AT}]-(:${Label.Role})-[:${RelType.USED}]->(:${Label.Technology} {id: technologyId}) })
       AND ($normalised IS NULL OR coalesce(c.normalised, false) = $normalised)`,
     byName('c'),
   )}
   RETURN totalCount, [c IN matched | ${node('c')}] AS nodes, [x IN [
     ${unresolved('parentId')},
     ${unresolved('technologyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);

/**
 * Technologies, most used first (by how many people used them: their USES, which only people
 * have, so the relationship degree), then by name.
 * Filters: $category (any letter case), $personId (used by; with the time filters, so used),
 * $companyId (used in a role there or at a subsidiary), $normalised.
 */
export const technologiesConnection = listQuery(
  'technologies.connection',
  ({ node, timed }) => `${resolveFilters}
   ${pageAndTotal(
     't',
     'companyId',
     `MATCH (t:${Label.Technology})
     WHERE ($category IS NULL OR toLower(t.category) = toLower($category))
       AND ($normalised IS NULL OR coalesce(t.normalised, false) = $normalised)
       AND ($personId IS NULL OR EXISTS { MATCH (:${Label.Person} {id: $personId})-[u:${RelType.USES}]->(t) WHERE ${usedInTimeIf(timed)} })
       AND ($companyId IS NULL
            OR EXISTS { MATCH ${roleInCompanyGroup(`:${Label.Company} {id: companyId}`)}-[:${RelType.USED}]->(t) })`,
     `people DESC, ${byName('t')}`,
     `WITH t, COUNT { (t)<-[:${RelType.USES}]-() } AS people`,
   )}
   RETURN totalCount, [t IN matched | ${node('t')}] AS nodes, [x IN [
     ${missingIf('personId', Label.Person)},
     ${unresolved('companyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);

/** Projects, by name. Filters: $personId (in a role or on their own), $technologyId (any spelling). */
export const projectsConnection = listQuery(
  'projects.connection',
  ({ node }) => `${resolveFilters}
   ${pageAndTotal(
     'pr',
     'technologyId',
     `MATCH (pr:${Label.Project})
     WHERE ($personId IS NULL
            OR EXISTS { MATCH ${personWorkedOn(`:${Label.Person} {id: $personId}`, 'pr')[0]} }
            OR EXISTS { MATCH ${personWorkedOn(`:${Label.Person} {id: $personId}`, 'pr')[1]} })
       AND ($technologyId IS NULL OR EXISTS { MATCH (pr)-[:${RelType.USED}]->(:${Label.Technology} {id: technologyId}) })`,
     byName('pr'),
   )}
   RETURN totalCount, [pr IN matched | ${node('pr')}] AS nodes, [x IN [
     ${missingIf('personId', Label.Person)},
     ${unresolved('technologyId')}
   ] WHERE x IS NOT NULL] AS missing`,
);
