MATCH (n0:Person {id: $id})
   WITH n0, COLLECT { MATCH (n0)-[:HELD]->(n1:Role) WITH n1 WITH n1, COLLECT { MATCH (n1)-[:AT]->(n2:Company) WITH n2 LIMIT 1 WITH n2, COLLECT {
        MATCH (n2)<-[:PART_OF*0..5]-(:Company)<-[:AT]-(n4:Role)-[:USED]->(n3:Technology)
        WITH n3, count(DISTINCT n4) AS count
        ORDER BY count DESC, toLower(n3.name), n3.id
        RETURN { technology: n3 { .id }, count: count } } AS n5 RETURN n2 { .id, pf0: n5 } }[0] AS n6 ORDER BY n1.order, n1.id RETURN n1 { .id, pf0: n6 } } AS n7
   RETURN n0 { .id, pf0: n7 } AS value