MATCH (n0:Person {id: $id})
   RETURN n0 { .id, pf0: COLLECT { MATCH (n0)-[:HELD]->(n1:Role) WITH n1 ORDER BY n1.order, n1.id RETURN n1 { .id, pf0: COLLECT { MATCH (n1)-[:AT]->(n2:Company) RETURN n2 { .id, pf0: COLLECT {
        MATCH (n2)<-[:PART_OF*0..5]-(:Company)<-[:AT]-(:Role)-[:USED]->(n3:Technology)
        WITH DISTINCT n3
        WITH n3, size(COLLECT { MATCH (n2)<-[:PART_OF*0..5]-(:Company)<-[:AT]-(n4:Role)-[:USED]->(n3:Technology) RETURN DISTINCT n4 }) AS count
        ORDER BY count DESC, toLower(n3.name), n3.id
        RETURN { technology: n3 { .id }, count: count } } } LIMIT 1 }[0] } } } AS value