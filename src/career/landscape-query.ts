import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { entityProjection } from '../graphql/entity-kind.js';
import { byName } from '../graphql/queries/cypher-order.js';

const { Person, Technology } = Label;
const { USES, USED } = RelType;

/*
 * Co-use without walking pairs in Cypher: each role or project that USED two or more of the shown
 * nodes yields the set of those nodes (as positions in `nodes`), identical sets counted once with
 * their number, and src/career/landscape.ts `coUseEdges` turns the sets into weighted pairs. The
 * read is each shown technology's USED relationships once; expanding every role's USED again per
 * technology it used (the pairs in Cypher) cost about 15 times the database hits at 10,000 people.
 */

/**
 * Subquery binding `uses` from `shown`, the technologies of each shown node (one, or a rolled-up
 * group's members): per set of nodes some role or project USED together (two or more, as positions
 * in `shown`), how many roles and projects USED exactly that set.
 */
const coUseSets = `CALL (shown) {
    UNWIND range(0, size(shown) - 1) AS position
    UNWIND shown[position] AS member
    MATCH (member)<-[:${USED}]-(both)
    WITH both, collect(DISTINCT position) AS members
    WHERE size(members) > 1
    WITH members, count(*) AS count
    RETURN collect({ members: members, count: count }) AS uses
  }`;

/**
 * The landscape's nodes and co-use in one read. Nodes: technologies with at least `$minPeople`
 * people (USES relationships, which only people have), the `$first` most used, then by name.
 * `uses`: coUseSets, positions in `nodes`. Cost is bounded by `$first`: each shown technology
 * expands its USED relationships once.
 */
export const technologyLandscapeQuery = cypher(
  'technologyLandscape',
  `
  MATCH (t:${Technology})
  WITH t, COUNT { (t)<-[:${USES}]-() } AS peopleCount
  WHERE peopleCount >= $minPeople
  ORDER BY peopleCount DESC, ${byName('t')}
  LIMIT toInteger($first)
  WITH collect({ technology: ${entityProjection('t')}, peopleCount: peopleCount }) AS nodes,
       collect([t]) AS shown
  ${coUseSets}
  RETURN nodes, uses
  `,
);

/**
 * The landscape rolled up along the catalogue's broader links: `$into` maps a technology id to
 * `{ id, name }` of the technology it rolls up to (src/career/broader.ts `tops`); the others stand
 * for themselves. A group's people: those who use any of its technologies, once; `technology` is
 * its node when the graph has one (else null: the resolver takes the catalogue's record); `rolledUp`
 * the members merged into it. `uses` as in technologyLandscapeQuery, over groups: a role or project
 * using two technologies of one group counts the group once (no edge). Cost: every technology's
 * users once, as the plain landscape.
 */
export const rolledUpLandscapeQuery = cypher(
  'technologyLandscapeRolledUp',
  `
  MATCH (t:${Technology})
  WITH coalesce($into[t.id], { id: t.id, name: t.name }) AS group, t
  WITH group, collect(t) AS members
  WITH group, members, members[0] AS single
  WITH group, members, CASE size(members)
    WHEN 1 THEN COUNT { (single)<-[:${USES}]-() }
    ELSE size(COLLECT {
      UNWIND members AS m
      MATCH (m)<-[:${USES}]-(p:${Person})
      RETURN DISTINCT p
    })
  END AS peopleCount
  WHERE peopleCount >= $minPeople
  ORDER BY peopleCount DESC, ${byName('group')}
  LIMIT toInteger($first)
  WITH collect({
    id: group.id,
    technology: head([m IN members WHERE m.id = group.id | ${entityProjection('m')}]),
    rolledUp: [m IN members WHERE m.id <> group.id | ${entityProjection('m')}],
    peopleCount: peopleCount
  }) AS nodes, collect(members) AS shown
  ${coUseSets}
  RETURN nodes, uses
  `,
);
