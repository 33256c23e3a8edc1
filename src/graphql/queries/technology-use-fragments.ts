/**
 * Cypher fragments shared by the career questions: the ways a person "uses" a technology, with the
 * weight of each way (a role 3, a project 2, a listed skill 1). Built only from literal variable
 * names of our own query texts, never from input.
 */

/** How each kind of evidence weighs in `similarPeople`. */
export const useWeights = { role: 3, project: 2, skill: 1 } as const;

/**
 * A UNION subquery body returning `technology AS t, weight AS w` for every way person `person`
 * (bound) used a technology: in a role, in a project of a role, in their own project, as a skill.
 */
export function technologiesOfPerson(person: string, t = 't', w = 'w'): string {
  return `
    MATCH (${person})-[:HELD]->(:Role)-[:USED]->(${t}:Technology) RETURN ${t}, ${useWeights.role} AS ${w}
    UNION
    MATCH (${person})-[:HELD]->(:Role)-[:WORKED_ON]->(:Project)-[:USED]->(${t}:Technology) RETURN ${t}, ${useWeights.project} AS ${w}
    UNION
    MATCH (${person})-[:WORKED_ON]->(:Project)-[:USED]->(${t}:Technology) RETURN ${t}, ${useWeights.project} AS ${w}
    UNION
    MATCH (${person})-[:SKILLED_IN]->(${t}:Technology) RETURN ${t}, ${useWeights.skill} AS ${w}`;
}

/**
 * A UNION subquery body returning `person AS p, weight AS w` for every way someone used technology
 * `technology` (bound): the same four paths as `technologiesOfPerson`, walked from the other end.
 */
export function peopleOfTechnology(technology: string, p = 'p', w = 'w'): string {
  return `
    MATCH (${technology})<-[:USED]-(:Role)<-[:HELD]-(${p}:Person) RETURN ${p}, ${useWeights.role} AS ${w}
    UNION
    MATCH (${technology})<-[:USED]-(:Project)<-[:WORKED_ON]-(:Role)<-[:HELD]-(${p}:Person) RETURN ${p}, ${useWeights.project} AS ${w}
    UNION
    MATCH (${technology})<-[:USED]-(:Project)<-[:WORKED_ON]-(${p}:Person) RETURN ${p}, ${useWeights.project} AS ${w}
    UNION
    MATCH (${technology})<-[:SKILLED_IN]-(${p}:Person) RETURN ${p}, ${useWeights.skill} AS ${w}`;
}
