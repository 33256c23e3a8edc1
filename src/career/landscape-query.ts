import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { entityProjection } from '../graphql/entity-kind.js';

const { Person, Technology } = Label;
const { USES, USED } = RelType;

/**
 * The landscape's nodes and edges in one read. Nodes: technologies with at least `$minPeople`
 * people (USES relationships), the `$first` most used, then by name. Edges: for each pair of those
 * (source id < target id), the roles and projects that USED both; only pairs with one. Cost is
 * bounded by `$first`: each technology expands its users once.
 */
export const technologyLandscapeQuery = cypher(
  'technologyLandscape',
  `
  MATCH (t:Technology)
  WITH t, COUNT { (t)<-[:USES]-(:Person) } AS peopleCount
  WHERE peopleCount >= $minPeople
  ORDER BY peopleCount DESC, t.name, t.id
  LIMIT toInteger($first)
  WITH collect({ technology: ${entityProjection('t')}, peopleCount: peopleCount }) AS nodes,
       collect(t) AS shown, collect(t.id) AS shownIds
  CALL (shown, shownIds) {
    UNWIND shown AS source
    MATCH (source)<-[:USED]-(both)-[:USED]->(target:Technology)
    WHERE source.id < target.id AND target.id IN shownIds
    WITH source, target, count(DISTINCT both) AS weight
    ORDER BY weight DESC, source.id, target.id
    RETURN collect({ source: source.id, target: target.id, weight: weight }) AS edges
  }
  RETURN nodes, edges
  `,
);

/**
 * The landscape rolled up along the catalogue's broader links: `$into` maps a technology id to
 * `{ id, name }` of the technology it rolls up to (src/career/broader.ts `tops`); the others stand
 * for themselves. A group's people: those who use any of its technologies, once; `technology` is
 * its node when the graph has one (else null: the resolver takes the catalogue's record); `rolledUp`
 * the members merged into it. Edges join groups (a role or project using two technologies of one
 * group is no edge). Cost: every technology's users once, as the plain landscape.
 */
export const rolledUpLandscapeQuery = cypher(
  'technologyLandscapeRolledUp',
  `
  MATCH (t:${Technology})
  WITH coalesce($into[t.id], { id: t.id, name: t.name }) AS group, t
  WITH group, collect(t) AS members
  WITH group, members, size(COLLECT {
    UNWIND members AS m
    MATCH (m)<-[:${USES}]-(p:${Person})
    RETURN DISTINCT p
  }) AS peopleCount
  WHERE peopleCount >= $minPeople
  ORDER BY peopleCount DESC, group.name, group.id
  LIMIT toInteger($first)
  WITH collect({
    id: group.id,
    technology: head([m IN members WHERE m.id = group.id | ${entityProjection('m')}]),
    rolledUp: [m IN members WHERE m.id <> group.id | ${entityProjection('m')}],
    peopleCount: peopleCount
  }) AS nodes, collect({ id: group.id, members: members }) AS shown
  CALL (shown) {
    WITH shown, [g IN shown | g.id] AS shownIds
    UNWIND shown AS g
    UNWIND g.members AS member
    MATCH (member)<-[:${USED}]-(both)-[:${USED}]->(other:${Technology})
    WITH shownIds, g.id AS source, coalesce($into[other.id].id, other.id) AS target, both
    WHERE source < target AND target IN shownIds
    WITH source, target, count(DISTINCT both) AS weight
    ORDER BY weight DESC, source, target
    RETURN collect({ source: source, target: target, weight: weight }) AS edges
  }
  RETURN nodes, edges
  `,
);
