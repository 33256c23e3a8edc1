/**
 * A named Cypher text. The name shows in logs and errors; the text never contains user input,
 * which always travels as parameters.
 */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): CypherQuery {
  return { name, text };
}
