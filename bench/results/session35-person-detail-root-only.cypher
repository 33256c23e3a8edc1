MATCH (n0:Person {id: $id}) RETURN n0 { .id, .label } AS value
