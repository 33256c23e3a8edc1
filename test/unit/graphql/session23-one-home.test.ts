import { describe, expect, it } from 'vitest';
import {
  companyInGroup,
  companyInGroupFromMember,
  MAX_PARENT_DEPTH,
  personWorkedOn,
  roleInCompanyGroup,
  roleInCompanyGroupFromRole,
} from '../../../src/graph/model.js';
import { refreshRoleTenures } from '../../../src/graph/queries/role-tenures.js';
import { listBounds } from '../../../src/graphql/guard-rails/list-bounds.js';
import { entityTypes, type RelationContext } from '../../../src/graphql/translate/relations.js';

// Issue 9: "at a company, its subsidiaries included" is one walk (src/graph/model.ts), written
// from either end; a list's bound counts the walks its resolver makes (translate/relations.ts).
// These tests catch the copies drifting apart.

/**
 * A Cypher path pattern read from its other end: the same paths, `(a)-[:R]->(b)` read as
 * `(b)<-[:R]-(a)`. Only what these patterns hold: nodes and single relationship patterns.
 */
function reversed(pattern: string): string {
  const matches = [...pattern.matchAll(/\(([^()]*)\)|(<-|-)\[([^\]]*)\](->|-)/g)];
  // Every character of the pattern is in a part: nothing was skipped.
  expect(matches.map((match) => match[0]).join('')).toBe(pattern);
  return matches
    .map((match) =>
      match[1] !== undefined
        ? `(${match[1]})`
        : `${match[4] === '->' ? '<-' : '-'}[${match[3]}]${match[2] === '<-' ? '->' : '-'}`,
    )
    .reverse()
    .join('');
}

describe('the walk from a company to the roles at it or its subsidiaries', () => {
  it('is the same paths written from the role as from the company', () => {
    expect(reversed(roleInCompanyGroupFromRole('r', 'c'))).toBe(roleInCompanyGroup('c', 'r'));
    expect(reversed(roleInCompanyGroupFromRole('', 'c:Company'))).toBe(roleInCompanyGroup('c:Company'));
  });

  it('goes down PART_OF from zero steps to the catalogue’s depth, then to the roles AT the member', () => {
    expect(roleInCompanyGroup('c', 'r')).toBe(
      `(c)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)`,
    );
    expect(roleInCompanyGroup('c').startsWith(companyInGroup('c'))).toBe(true);
    expect(companyInGroup('c', 'f')).toBe(`(c)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(f:Company)`);
  });

  it('a company and the companies part of it are the same paths written from the member as from the group', () => {
    expect(reversed(companyInGroupFromMember('f:Company', 'c'))).toBe(companyInGroup('c', 'f'));
    expect(companyInGroupFromMember('c', 'top:Company')).toBe(
      `(c)-[:PART_OF*0..${MAX_PARENT_DEPTH}]->(top:Company)`,
    );
  });

  it("TENURE's walks over PART_OF are the model's, from the top company down and from the role's company up", () => {
    const forms = [companyInGroupFromMember('c', 'top:Company'), companyInGroup(':Company {id: companyId}')];
    for (const form of forms) expect(refreshRoleTenures.text).toContain(form);
    const rest = forms.reduce((text, form) => text.replaceAll(form, ''), refreshRoleTenures.text);
    // What is left names PART_OF once: the one-step check that the top company has no parent.
    expect(rest).not.toMatch(/\[:PART_OF\*/);
    expect(rest.match(/PART_OF/g)).toHaveLength(1);
  });

  it('a reader that skipped a part of a pattern would say so', () => {
    expect(() => reversed('(a)-[:R]->(b)-->(c)')).toThrow();
  });
});

describe('a person working on a project', () => {
  it('is through one of their roles or on their own, as the model draws it', () => {
    expect(personWorkedOn('p', 'pr')).toEqual([
      '(p)-[:HELD]->(:Role)-[:WORKED_ON]->(pr)',
      '(p)-[:WORKED_ON]->(pr)',
    ]);
  });

  it("is what a person's projects and a project's people both walk", () => {
    expect(entityTypes.Person.relations.projects?.walks('n')).toEqual(personWorkedOn('n', ':Project'));
    expect(entityTypes.Project.relations.people?.walks('n')).toEqual(personWorkedOn(':Person', 'n'));
  });
});

/** Every list relation of the entity types, as `Type.field` and the relation. */
const listRelations = Object.entries(entityTypes).flatMap(([type, { relations }]) =>
  Object.entries(relations)
    .filter(([, relation]) => relation.many)
    .map(([field, relation]) => ({ name: `${type}.${field}`, type, field, relation })),
);

/** A relation's Cypher from parent `n`, with its own variables (`v0`, `v1`, …) erased from node and relationship patterns. */
function walked(cypher: (context: RelationContext) => string): string {
  let next = 0;
  const text = cypher({
    from: 'n',
    fresh: () => `v${next++}`,
    project: (_part, variable) => `${variable} { .id }`,
    args: {},
  });
  return text.replace(/\((v\d+)(?=[:)])/g, '(').replace(/\[(v\d+)(?=:)/g, '[');
}

describe("a list relation's walks, which its bound counts", () => {
  it.each(listRelations)('$name: its Cypher matches each of them', ({ relation }) => {
    const walks = relation.walks('n');
    expect(walks.length).toBeGreaterThan(0);
    for (const walk of walks) expect(walked(relation.cypher)).toContain(`MATCH ${walk}`);
  });

  it('a relation whose Cypher walks elsewhere would fail the check', () => {
    const subsidiaries = entityTypes.Company.relations.subsidiaries;
    expect(subsidiaries?.walks('n')).toEqual(['(n)<-[:PART_OF]-(:Company)']);
    expect(walked(subsidiaries?.cypher ?? (() => ''))).not.toContain(
      `MATCH (n)<-[:PART_OF*1..${MAX_PARENT_DEPTH}]-(:Company)`,
    );
  });

  it('every list relation has a bound once the graph is measured', () => {
    // A measurement where every column is 7 and every kind has 100 nodes.
    const row = new Proxy({} as Record<string, number>, {
      get: (_, key) => (typeof key === 'string' && key.endsWith('_nodes') ? 100 : 7),
    });
    const bounds = listBounds(row);
    expect(
      Object.fromEntries(listRelations.map(({ name, type, field }) => [name, bounds.field(type, field)])),
    ).toEqual(Object.fromEntries(listRelations.map(({ name }) => [name, 7])));
  });
});
