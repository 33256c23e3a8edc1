import { buildASTSchema, concatAST, isEnumType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gapStatuses } from '../../../src/career/gaps.js';
import type { CypherQuery } from '../../../src/db/cypher-query.js';
import { Bookkeeping, Label, NODE_LABELS, RelType } from '../../../src/graph/model.js';
import { entityKinds, labelOfKind } from '../../../src/graphql/entity-kind.js';
import { unnormalisedNames } from '../../../src/graphql/mutations/import-resume.js';
import { resolvers } from '../../../src/graphql/resolvers/index.js';
import { entityTypes } from '../../../src/graphql/translate/relations.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';

// Issue 9: labels, relationship types and kinds each have one home (src/graph/model.ts,
// src/graph/node-kind.ts); these tests catch a text or a list that names them on its own.

/**
 * Every module that exports named queries: the loader's, the schema's, the API's, the server's, the career
 * questions' and the hand-written floors bench:compare measures the API against.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '../../../src/graph/**/*.ts',
    '../../../src/graphql/**/*.ts',
    '../../../src/career/*.ts',
    '../../../src/loader/*.ts',
    '../../../src/server/*.ts',
    '../../../bench/compare/operations.ts',
  ],
  { eager: true },
);

const isQuery = (value: unknown): value is CypherQuery =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CypherQuery).name === 'string' &&
  typeof (value as CypherQuery).text === 'string';

/** A list query builds its text per option (src/graphql/queries/connections.ts): every variant. */
interface WrittenQuery {
  name: string;
  write: (options: { timed?: boolean; unfiltered?: boolean }) => CypherQuery;
}
const isWritten = (value: unknown): value is WrittenQuery =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WrittenQuery).name === 'string' &&
  typeof (value as WrittenQuery).write === 'function';

function queriesOf(value: unknown, depth = 0): CypherQuery[] {
  if (isQuery(value)) return [value];
  if (isWritten(value)) {
    return [false, true].flatMap((timed) =>
      [false, true].map((unfiltered) => value.write({ timed, unfiltered })),
    );
  }
  if (depth > 3 || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => queriesOf(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return [];
  return Object.values(value).flatMap((item) => queriesOf(item, depth + 1));
}

const queries = [
  ...new Map(
    Object.values(modules)
      .flatMap((exports) => Object.values(exports).flatMap((value) => queriesOf(value)))
      .map((query) => [`${query.name}\n${query.text}`, query] as const),
  ).values(),
];

/** An index hint, `USING INDEX t:TENURE(…)`: it names a label or a relationship type. */
const INDEX_HINT = /\bUSING (?:TEXT |RANGE |POINT )?INDEX (?:SEEK )?\w+:(\w+)/g;

/**
 * Labels a text names: in node patterns `(n:Label` and in label tests `n:Label`, outside
 * relationship patterns and index hints.
 */
function labelsOf(text: string): string[] {
  const bare = text.replace(/\[[^\]]*\]/g, '[]').replace(INDEX_HINT, '');
  return [...bare.matchAll(/(?:\(|\b[a-z]\w*):([A-Z]\w*)/g)].map((match) => match[1] as string);
}

function hintsOf(text: string): string[] {
  return [...text.matchAll(INDEX_HINT)].map((match) => match[1] as string);
}

/** Relationship types a text names in its patterns: `[r:TYPE`, `[:A|B*0..5`. */
function typesOf(text: string): string[] {
  return [...text.matchAll(/\[\w*:([A-Za-z_|]+)/g)].flatMap((match) => (match[1] as string).split('|'));
}

describe("every named query's Cypher", () => {
  it('is found: the loader, schema, API and career queries', () => {
    const names = new Set(queries.map((query) => query.name));
    for (const name of [
      'loader.upsertNodes',
      'graph.deleteOrphans',
      'similarPeople',
      'people.connection',
      'experts',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(queries.map((query) => ({ name: query.name, text: query.text })))(
    '$name names only the labels and relationship types of src/graph/model.ts',
    ({ text }) => {
      // Bookkeeping labels (kept lists, versions, schema marks) are the model's too.
      const labels: string[] = [...Object.values(Label), ...Object.values(Bookkeeping)];
      const types: string[] = Object.values(RelType);
      expect(labelsOf(text).filter((label) => !labels.includes(label))).toEqual([]);
      expect(typesOf(text).filter((type) => !types.includes(type))).toEqual([]);
      expect(hintsOf(text).filter((name) => !labels.includes(name) && !types.includes(name))).toEqual([]);
    },
  );

  it('is checked by a rule that would see a label or type the model does not have', () => {
    expect(labelsOf('MATCH (p:Persn)-[:HELD]->(r:Role) WHERE x:Compny')).toEqual(['Persn', 'Role', 'Compny']);
    expect(typesOf('MATCH (a)-[u:USE]->(b)<-[:AT|PART_OFF*0..5]-(c)')).toEqual(['USE', 'AT', 'PART_OFF']);
    expect(hintsOf('MATCH ()-[t:TENURE]->() USING INDEX t:TENURES(group)')).toEqual(['TENURES']);
  });
});

describe('the kinds of node, as the API names them', () => {
  const schema = buildASTSchema(concatAST(loadTypeDefs()));
  const entity = schema.getType('Entity');
  if (!isInterfaceType(entity)) throw new Error('Entity is not an interface of the schema');
  const implementations = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => type.getInterfaces().includes(entity))
    .map((type) => type.name);
  const resolveType = (
    resolvers.Entity as { __resolveType: (entity: { id: string; kind: string }) => string }
  ).__resolveType;

  it('resolve each kind to the object type named as its label, and every object type is one kind', () => {
    const resolved = entityKinds.map((kind) => resolveType({ id: 'x', kind }));
    expect(resolved).toEqual(entityKinds.map((kind) => labelOfKind[kind]));
    expect([...resolved].sort()).toEqual([...implementations].sort());
  });

  it("are the compiler's entity types", () => {
    expect(Object.keys(entityTypes).sort()).toEqual([...NODE_LABELS].sort());
    for (const label of NODE_LABELS) expect(entityTypes[label].label).toBe(label);
  });

  it("name the kind of a name outside the catalogues (importResume's unnormalised) by its label", () => {
    const names = unnormalisedNames([
      { kind: 'Technology', name: 'Quarkz', id: 'quarkz', file: 'a.json', path: 'skills[0]' },
      { kind: 'Company', name: 'Acme Widgets', id: 'acme-widgets', file: 'a.json', path: 'work[0].name' },
    ]);
    expect(names.map((name) => name.kind)).toEqual(['TECHNOLOGY', 'COMPANY']);
    expect(names.map((name) => labelOfKind[name.kind])).toEqual([Label.Technology, Label.Company]);
  });
});

it("the gap statuses are the schema's GapStatus values, in its order (the staffing panel's summary order)", () => {
  const status = buildASTSchema(concatAST(loadTypeDefs())).getType('GapStatus');
  if (!isEnumType(status)) throw new Error('GapStatus is not an enum of the schema');
  expect(status.getValues().map((value) => value.name)).toEqual([...gapStatuses]);
});
