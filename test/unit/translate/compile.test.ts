import { buildASTSchema, type FieldNode, type GraphQLSchema, Kind, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../../src/db/cypher-query.js';
import { Label, RelType } from '../../../src/graph/model.js';
import { type ListQuery, peopleConnection } from '../../../src/graphql/queries/connections.js';
import {
  attach,
  PREFETCHED,
  type PrefetchedRecord,
  ROLE_LABEL_COMPANY,
} from '../../../src/graphql/translate/compile.js';
import type { EntityTypeName } from '../../../src/graphql/translate/relations.js';
import {
  connectionQuery,
  connectionRow,
  type EntityLookup,
  entityQuery,
} from '../../../src/graphql/translate/root-fields.js';
import type { SelectionSource } from '../../../src/graphql/translate/selection.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { parsedDocument } from '../../support/parsed-document.js';

/*
 * The Cypher the compiler writes for a root field's selection, read as text: what it matches,
 * what it projects, and that nothing of the request but parameters reaches it.
 */

let schema: GraphQLSchema;

beforeAll(() => {
  schema = buildASTSchema({
    kind: Kind.DOCUMENT,
    definitions: loadTypeDefs().flatMap((doc) => doc.definitions),
  });
});

/** The first root field of `document` and what the compiler reads of the request. */
function request(document: string, variableValues: Record<string, unknown> = {}) {
  const { selections, fragments } = parsedDocument(document);
  const root = selections[0] as FieldNode;
  const source: SelectionSource = { schema, fragments, variableValues };
  return { root, source };
}

function compileOne(document: string, lookup: EntityLookup, variables: Record<string, unknown> = {}) {
  const { root, source } = request(document, variables);
  return entityQuery(lookup, source, [root.selectionSet]);
}

const person: EntityLookup = { type: 'Person', by: 'id' };

/** The labels of node patterns and the types of relationship patterns in a Cypher text: `(n:Label`, `[r:TYPE`. */
function labelsAndTypes(text: string): string[] {
  return [...text.matchAll(/[([]\w*:(\w+)/g)].map((match) => match[1] as string);
}

describe('the one query of an entity root field', () => {
  it('matches the person by the $id parameter and reads roles, company and technologies in nested subqueries', () => {
    const { query } = compileOne(
      '{ person(id: "p") { id headline roles { title company { name } technologies { name } } } }',
      person,
    );
    expect(query.name).toBe('translate.person');
    expect(query.text).toMatch(/^MATCH \(n0:Person \{id: \$id\}\)/);
    expect(query.text).toContain('COLLECT { MATCH (n0)-[:HELD]->(n1:Role) WITH n1 ORDER BY n1.order, n1.id');
    expect(query.text).toContain('(n1)-[:AT]->(n2:Company)');
    expect(query.text).toContain('(n1)-[:USED]->(n3:Technology)');
    // One MATCH of the root, every relation inside it: no second statement, no UNWIND of keys.
    expect(query.text).not.toContain('UNWIND');
    expect(query.text.match(/RETURN .* AS value/gs)).toHaveLength(1);
  });

  it('projects only the properties the selection reads, and every property for a field it does not know', () => {
    const known = compileOne('{ person(id: "p") { headline roles { months } } }', person).query.text;
    expect(known).toContain('n0 { .id, .headline, ');
    expect(known).toContain('n1 { .id, .startMonth, .endMonth, .current }');
    expect(known).not.toContain('.summary');
    expect(known).not.toContain('.*');
    const { root, source } = request('{ person(id: "p") { id } }');
    const extended = buildASTSchema(
      parse(
        `${loadTypeDefs()
          .map((doc) => doc.loc?.source.body)
          .join('\n')}\nextend type Person { extra: String }`,
      ),
    );
    const unknown = entityQuery(person, { ...source, schema: extended }, [
      parse('{ person(id: "p") { extra } }').definitions.flatMap((d) =>
        d.kind === Kind.OPERATION_DEFINITION
          ? [(d.selectionSet.selections[0] as FieldNode).selectionSet]
          : [],
      )[0],
    ]).query.text;
    expect(root.name.value).toBe('person');
    expect(unknown).toContain('n0 { .* }');
  });

  it('writes nothing of the request into the text: aliases, literals and variables stay out', () => {
    const hostile = "x'}) DETACH DELETE n0 //";
    const { query } = compileOne(
      `query Q($sub: Boolean) {
        technology(id: "${hostile.replace(/"/g, '\\"')}") {
          zzAlias: projects { yyAlias: name }
          users { person { roles { id } } }
        }
        c: company(id: "acme") { roles(includeSubsidiaries: $sub) { id } }
      }`,
      { type: 'Technology', by: 'technology' },
      { sub: false },
    );
    expect(query.text).not.toContain(hostile);
    expect(query.text).not.toContain('DETACH');
    expect(query.text).not.toContain('zzAlias');
    expect(query.text).not.toContain('yyAlias');
    expect(query.text).toContain('$technology.exact');
  });

  it('uses only the labels and relationship types of the graph model', () => {
    const everything = `{ company(id: "c") {
      parent { id } subsidiaries { id } people { education { school { alumni { person { id } } } } skills { technology { id } } }
      roles { label person { employers { id } technologies { roles { id } projects { id } technology { id } } projects { id } } }
      technologies { technology { users { person { id } } companies { company { id } } projects { people { id } roles { id } technologies { id } } } }
    } }`;
    const { query } = compileOne(everything, { type: 'Company', by: 'company' });
    const allowed = new Set<string>([...Object.values(Label), ...Object.values(RelType)]);
    const used = labelsAndTypes(query.text);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('follows fragments on the type and on its interfaces, and leaves out what @skip and @include drop', () => {
    const document = `query Q($skip: Boolean!, $include: Boolean!) {
      person(id: "p") { ...Parts ... on Entity { label } education @include(if: $include) { degree } }
    }
    fragment Parts on Person { roles @skip(if: $skip) { id } ... on Company { name } }`;
    const shown = compileOne(document, person, { skip: false, include: true }).query.text;
    expect(shown).toContain(`:${RelType.HELD}]`);
    expect(shown).toContain(`:${RelType.STUDIED_AT}]`);
    // The person's own properties: `label` through the interface, `name` of Company not at all.
    expect(shown).toContain('n0 { .id, .label, pf0: ');
    const hidden = compileOne(document, person, { skip: true, include: false }).query.text;
    expect(hidden).not.toContain(`:${RelType.HELD}]`);
    expect(hidden).not.toContain(`:${RelType.STUDIED_AT}]`);
  });

  it('reads roles of subsidiaries unless includeSubsidiaries is false', () => {
    const lookup: EntityLookup = { type: 'Company', by: 'company' };
    const withSubsidiaries = compileOne('{ company(id: "c") { roles { id } } }', lookup).query.text;
    expect(withSubsidiaries).toContain(`<-[:${RelType.PART_OF}*0..`);
    const own = compileOne(
      'query Q($all: Boolean) { company(id: "c") { roles(includeSubsidiaries: $all) { id } } }',
      lookup,
      {
        all: false,
      },
    ).query.text;
    expect(own).not.toContain(RelType.PART_OF);
  });

  it("reads a role's company for its label even when the request does not select the company", () => {
    const { query, compiled } = compileOne('{ person(id: "p") { roles { label } } }', person);
    expect(query.text).toContain(`(n1)-[:${RelType.AT}]->(n2:Company) RETURN n2 { .id, .name } LIMIT 1 }[0]`);
    expect(compiled.plan.relations[0]?.parts.get('')?.relations.map((r) => r.responseKey)).toEqual([
      ROLE_LABEL_COMPANY,
    ]);
  });

  it("aggregates counted relations in a WITH before the projection, the root's and nested ones through the relations above them", () => {
    // Neo4j refuses count() inside a map projection; in a WITH item of its own it is one pass.
    const root = compileOne('{ company(id: "c") { name technologies { technology { name } count } } }', {
      type: 'Company',
      by: 'id',
    }).query.text;
    const [matched, carried, returned] = root.split(/\n\s*(?=WITH n0, |RETURN n0 )/);
    expect(matched).toBe('MATCH (n0:Company {id: $id})');
    expect(carried).toMatch(
      /^WITH n0, COLLECT \{[\s\S]*WITH n1, count\(DISTINCT n2\) AS count[\s\S]*\} AS (n\d+)$/,
    );
    const variable = /AS (n\d+)$/.exec(carried ?? '')?.[1];
    expect(returned).toBe(`RETURN n0 { .id, .name, pf0: ${variable} } AS value`);

    // Each level binds the value below it in a WITH of its own, so no projection holds an aggregate.
    const nested = compileOne(
      '{ person(id: "p") { headline roles { title company { name technologies { count } } } } }',
      person,
    ).query.text;
    const projections = [...nested.matchAll(/RETURN (n\d+ \{[^}]*\})/g)].map((match) => match[1]);
    expect(projections).toEqual([
      'n2 { .id, .name, pf0: n5 }',
      'n1 { .id, .title, pf0: n6 }',
      'n0 { .id, .headline, pf0: n7 }',
    ]);
    expect(nested).toContain('WITH n3, count(DISTINCT n4) AS count');
    expect(nested).toMatch(/WITH n2 LIMIT 1 WITH n2, COLLECT \{/);
    expect(nested).toMatch(/\} AS n5 RETURN n2 /);
    expect(nested).toMatch(/\}\[0\] AS n6 ORDER BY n1\.order, n1\.id RETURN n1 /);
    expect(nested).toMatch(
      /^MATCH \(n0:Person \{id: \$id\}\)\n\s*WITH n0, COLLECT \{[\s\S]*\} AS n7\n\s*RETURN n0 /,
    );

    // Without counted relations below it, a relation stays in the projection, as before.
    const plain = compileOne('{ person(id: "p") { roles { company { name } } } }', person).query.text;
    expect(plain).not.toContain('WITH n0,');
    expect(plain).toMatch(/^MATCH \(n0:Person \{id: \$id\}\)\n\s*RETURN n0 \{/);
  });

  it('projects the nodes of a list in the list query itself, from the nodes the list query returns', () => {
    const { root, source } = request(
      '{ people(first: 50) { edges { node { id roles { id } } } totalCount } }',
    );
    const written: { node: string; timed: boolean | undefined; unfiltered: boolean | undefined }[] = [];
    const base: ListQuery = {
      name: 'people.connection',
      write: ({ node = (v) => `${v} { .* }`, timed, unfiltered }) => {
        written.push({ node: node('p'), timed, unfiltered });
        return cypher(
          'people.connection',
          `MATCH (p:Person) RETURN 0 AS totalCount, [${node('p')}] AS nodes, [] AS missing`,
        );
      },
    };
    const fieldSelections = root.selectionSet?.selections.flatMap((edges) =>
      edges.kind === Kind.FIELD && edges.name.value === 'edges'
        ? (edges.selectionSet?.selections ?? []).flatMap((node) =>
            node.kind === Kind.FIELD && node.name.value === 'node' ? [node.selectionSet] : [],
          )
        : [],
    );
    const { query } = connectionQuery(
      'Person' as EntityTypeName,
      base,
      { timed: false, unfiltered: true },
      source,
      fieldSelections ?? [],
    );
    // The nodes themselves, not maps of them: the compiler projects each once.
    expect(written).toEqual([{ node: 'p', timed: false, unfiltered: true }]);
    expect(query.name).toBe('translate.people.connection');
    expect(query.text).toContain(
      'CALL () {\n   MATCH (p:Person) RETURN 0 AS totalCount, [p] AS nodes, [] AS missing\n   }',
    );
    expect(query.text).toContain(
      'UNWIND CASE WHEN nodes = [] THEN [null] ELSE range(0, size(nodes) - 1) END AS n0\n',
    );
    expect(query.text).toContain('WITH totalCount, missing, n0, nodes[n0] AS n1\n');
    expect(query.text).toContain('RETURN totalCount, missing, n0 AS at, n1 { .id, ');
    expect(query.text).toContain(`(n1)-[:${RelType.HELD}]->(n2:Role)`);
  });
});

describe("the people list's query for no filter", () => {
  it('reads the page from the id index alone, without the filters, and is written only when no filter is given', () => {
    const all = peopleConnection.write({ node: (p) => p, unfiltered: true });
    expect(all.name).toBe('people.connection.all');
    expect(all.text).toContain('MATCH (p:Person) WHERE p.id IS NOT NULL');
    expect(all.text).toContain('RETURN CASE WHEN $withTotal THEN COUNT { (:Person) } END AS totalCount');
    for (const filter of ['$technology', '$company', '$schoolId', 'USES', 'STUDIED_AT']) {
      expect(all.text).not.toContain(filter);
    }
    const filtered = peopleConnection.write({ node: (p) => p, unfiltered: false });
    expect(filtered.name).toBe('people.connection');
    expect(filtered.text).toContain('$schoolId');
    // A time filter qualifies the technology filter: never the query for no filter.
    expect(peopleConnection.write({ node: (p) => p, unfiltered: true, timed: true }).name).toBe(
      'people.connection.timed',
    );
    expect(all.text.length).toBeLessThan(filtered.text.length / 5);
  });
});

describe('attaching what the query read to the records', () => {
  it('moves each relation under its response key, finished, and leaves the record its own fields', () => {
    const { compiled } = compileOne(
      '{ person(id: "p") { first: roles { id } employers { id } later: roles { title } } }',
      person,
    );
    const company = (id: string) => ({ id });
    // As the database sends them: without kinds, which attach gives every entity.
    const row = {
      id: 'p',
      pf0: [{ id: 'r1' }],
      // In document order; the finishing step puts the current employer first.
      pf1: [
        {
          company: company('old'),
          current: false,
          lastMonth: 10,
          firstOrder: 0,
          lastOrder: 0,
          oldestFirst: false,
        },
        {
          company: company('now'),
          current: true,
          lastMonth: 20,
          firstOrder: 1,
          lastOrder: 1,
          oldestFirst: false,
        },
      ],
      pf2: [{ id: 'r1', title: 'Engineer' }],
    } as unknown as PrefetchedRecord;
    attach(compiled.plan, row);
    expect(Object.keys(row)).toEqual(['id', 'kind']);
    const values = row[PREFETCHED];
    expect([...(values?.keys() ?? [])]).toEqual(['first', 'employers', 'later']);
    expect(values?.get('first')).toEqual([{ id: 'r1', kind: 'ROLE' }]);
    expect(values?.get('employers')).toEqual([
      { id: 'now', kind: 'COMPANY' },
      { id: 'old', kind: 'COMPANY' },
    ]);
    expect(values?.get('later')).toEqual([{ id: 'r1', kind: 'ROLE', title: 'Engineer' }]);
  });

  it('removes the relation columns wherever the database put them among the fields', () => {
    const { compiled } = compileOne('{ person(id: "p") { id label roles { id } projects { id } } }', person);
    // Columns first, between and after the fields: every order a map can come back in.
    const row = {
      pf1: [{ id: 'x' }],
      id: 'p',
      pf0: [{ id: 'r1' }],
      label: 'Ada',
    } as unknown as PrefetchedRecord;
    attach(compiled.plan, row);
    expect(Object.keys(row)).toEqual(['id', 'label', 'kind']);
    expect(row).toEqual({ id: 'p', label: 'Ada', kind: 'PERSON' });
    expect(row[PREFETCHED]?.get('roles')).toEqual([{ id: 'r1', kind: 'ROLE' }]);
    expect(row[PREFETCHED]?.get('projects')).toEqual([{ id: 'x', kind: 'PROJECT' }]);
  });
});

describe("reading a list's page back from its rows", () => {
  it('puts each node at its place, whatever order the rows come in, and keeps the total and the misses', () => {
    const rows = [
      { totalCount: 3, missing: [], at: 1, node: { id: 'b' } },
      { totalCount: 3, missing: [], at: 0, node: { id: 'a' } },
      { totalCount: 3, missing: [], at: 2, node: { id: 'c' } },
    ];
    expect(connectionRow(rows)).toEqual({
      totalCount: 3,
      missing: [],
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    });
  });

  it('reads an empty page from its one row without a node', () => {
    const rows = [{ totalCount: null, missing: ['technologyId'], at: null, node: null }];
    expect(connectionRow(rows)).toEqual({ totalCount: null, missing: ['technologyId'], nodes: [] });
  });

  it('has no page without rows', () => {
    expect(connectionRow([])).toBeUndefined();
  });
});
