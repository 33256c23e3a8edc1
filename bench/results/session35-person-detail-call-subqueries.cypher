MATCH (n0:Person {id: $id})
CALL (n0) {
  MATCH (n0)-[:HELD]->(n1:Role)
  WITH n1 ORDER BY n1.order, n1.id
  CALL (n1) { OPTIONAL MATCH (n1)-[:AT]->(n2:Company) RETURN n2 { .id, .name, .industry } AS pf0 LIMIT 1 }
  CALL (n1) { OPTIONAL MATCH (n1)-[:USED]->(n3:Technology) WITH DISTINCT n3 ORDER BY toLower(n3.name), n3.id RETURN collect(n3 { .id, .name, .category }) AS pf1 }
  CALL (n1) { OPTIONAL MATCH (n1)-[:WORKED_ON]->(n4:Project) WITH DISTINCT n4 ORDER BY toLower(n4.name), n4.id RETURN collect(n4 { .id, .name }) AS pf2 }
  RETURN collect(n1 { .id, .title, .team, .startDate, .endDate, .current, pf0: pf0, pf1: pf1, pf2: pf2 }) AS pf0
}
RETURN n0 { .id, .label, .headline, .location, pf0: pf0 } AS value
