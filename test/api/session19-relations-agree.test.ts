import { buildASTSchema, concatAST, type GraphQLObjectType, getNamedType, isLeafType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Executor } from '../../src/db/Executor.js';
import { type EntityTypeName, entityTypes, isEntityTypeName } from '../../src/graphql/translate/relations.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { graphqlData } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Every relation field of every entity type has its Cypher in two homes: the compiler's
 * (src/graphql/translate/relations.ts), behind the entity root fields, and the per-request loaders'
 * (src/graphql/queries/entity-relations.ts), behind the entities that career fields such as
 * `experts` return. On the seed, each relation is asked both ways of the same entities, with every
 * stored field of the entities in its answer, and the answers must be equal, order included.
 */

const schema = buildASTSchema(concatAST(loadTypeDefs()));
const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;

/** Fields of `type` stored on its node or relationship: its leaves (fields with arguments are questions, not relations). */
function ownFields(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)))
    .map((field) => field.name)
    .join(' ');
}

/** The selection of a relation's value: the entities' own fields, and those of a wrapper (TechnologyUser, Education …). */
function valueSelection(type: GraphQLObjectType): string {
  if (isEntityTypeName(type.name)) return ownFields(type);
  return Object.values(type.getFields())
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      return `${field.name} { ${ownFields(named as GraphQLObjectType)} }`;
    })
    .join(' ');
}

/** The relation fields to ask: each relation, and a field's non-default arguments under an alias. */
function relationFields(
  type: EntityTypeName,
): { field: string; key: string; selection: string; loader: string }[] {
  return Object.keys(entityTypes[type].relations).flatMap((relation) => {
    const value = valueSelection(
      getNamedType(objectType(type).getFields()[relation]?.type) as GraphQLObjectType,
    );
    const loader = `${type.toLowerCase()}.${relation}`;
    if (type === 'Company' && relation === 'roles') {
      return [
        {
          field: relation,
          key: relation,
          selection: `roles { ${value} }`,
          loader: 'company.rolesWithSubsidiaries',
        },
        {
          field: 'roles(includeSubsidiaries: false)',
          key: 'own',
          selection: `own: roles(includeSubsidiaries: false) { ${value} }`,
          loader,
        },
      ];
    }
    return [{ field: relation, key: relation, selection: `${relation} { ${value} }`, loader }];
  });
}

/** One of the seed's people with the technologies they use (the ids `experts` and `gaps` take). */
interface Seeded {
  id: string;
  technologies: string[];
}

/** Where requests find entities of a type: each request's text (`inner` selected on every entity) and where in its answer they are. */
interface Source {
  requests: (people: Seeded[], inner: string) => { query: string; variables: Record<string, unknown> }[];
  paths: string[][];
}

/** `gaps` takes at most 50 technologies: one request per person and 50 of their technologies. */
function gapsRequests(people: Seeded[], selection: string) {
  return people.flatMap(({ id, technologies }) =>
    Array.from({ length: Math.ceil(technologies.length / 50) }, (_, i) => ({
      query: `query ($p: ID!, $t: [ID!]!) { gaps(personId: $p, technologies: $t) { ${selection} } }`,
      variables: { p: id, t: technologies.slice(i * 50, i * 50 + 50) },
    })),
  );
}

const expertsRequest = (people: Seeded[], selection: string) => [
  {
    query: `query ($t: [ID!]!) { experts(technologies: $t, first: ${people.length}) { ${selection} } }`,
    variables: { t: people.map((person) => person.technologies[0]) },
  },
];

/**
 * A list root: `first` is as small as the seed allows, since the cost limit multiplies by it
 * (`companies` and `projects` ask for more than the seed has).
 */
const list = (root: string, first: number, inner: string) => ({
  query: `{ ${root}(first: ${first}) { edges { node { ${inner} } } } }`,
  variables: {},
});

/** Entity roots by id, a few aliases per request (the cost limit). */
const ROOTS_PER_REQUEST = 5;
const rootAliases = Array.from({ length: ROOTS_PER_REQUEST }, (_, i) => [`e${i}`]);
function byIdRequests(root: string, ids: string[], inner: string) {
  return Array.from({ length: Math.ceil(ids.length / ROOTS_PER_REQUEST) }, (_, chunk) => ({
    query: `{ ${ids
      .slice(chunk * ROOTS_PER_REQUEST, (chunk + 1) * ROOTS_PER_REQUEST)
      .map((id, i) => `e${i}: ${root}(id: ${JSON.stringify(id)}) { id ${inner} }`)
      .join(' ')} }`,
    variables: {},
  }));
}

/** Through the per-request loaders: entities under the career questions `experts` and `gaps`. */
const LOADED: Record<EntityTypeName, Source> = {
  Person: {
    requests: (people, inner) => expertsRequest(people, `person { id ${inner} }`),
    paths: [['experts', 'person']],
  },
  Role: {
    requests: (people, inner) => gapsRequests(people, `roles { id ${inner} }`),
    paths: [['gaps', 'roles']],
  },
  Company: {
    requests: (people, inner) =>
      gapsRequests(people, `roles { company { id ${inner} up: parent { id ${inner} } } }`),
    paths: [
      ['gaps', 'roles', 'company'],
      ['gaps', 'roles', 'company', 'up'],
    ],
  },
  Technology: {
    requests: (people, inner) => gapsRequests(people, `technology { id ${inner} }`),
    paths: [['gaps', 'technology']],
  },
  Project: {
    requests: (people, inner) => gapsRequests(people, `projects { id ${inner} }`),
    paths: [['gaps', 'projects']],
  },
  School: {
    requests: (people, inner) => expertsRequest(people, `person { education { school { id ${inner} } } }`),
    paths: [['experts', 'person', 'education', 'school']],
  },
};

/** Through the compiled root fields: every entity of the type on the seed. */
const COMPILED: Record<EntityTypeName, Source> = {
  Person: {
    requests: (people, inner) => [list('people', people.length, `id ${inner}`)],
    paths: [['people', 'edges', 'node']],
  },
  Role: {
    requests: (people, inner) => [list('people', people.length, `roles { id ${inner} }`)],
    paths: [['people', 'edges', 'node', 'roles']],
  },
  Company: {
    requests: (_, inner) => [list('companies', 100, `id ${inner}`)],
    paths: [['companies', 'edges', 'node']],
  },
  Technology: {
    requests: (people, inner) =>
      byIdRequests('technology', [...new Set(people.flatMap((person) => person.technologies))], inner),
    paths: rootAliases,
  },
  Project: {
    requests: (_, inner) => [list('projects', 100, `id ${inner}`)],
    paths: [['projects', 'edges', 'node']],
  },
  School: {
    requests: (people, inner) => [list('people', people.length, `education { school { id ${inner} } }`)],
    paths: [['people', 'edges', 'node', 'education', 'school']],
  },
};

const CASES = (Object.keys(LOADED) as EntityTypeName[]).flatMap((type) =>
  relationFields(type).map((relation) => ({ type, ...relation })),
);

let server: TestServer;
let people: Seeded[];

beforeAll(async () => {
  server = await startTestServer();
  const data = await graphqlData<{
    people: { edges: { node: { id: string; technologies: { technology: { id: string } }[] } }[] };
  }>(server.url, '{ people(first: 100) { edges { node { id technologies { technology { id } } } } } }');
  people = data.people.edges.map(({ node }) => ({
    id: node.id,
    technologies: node.technologies.map(({ technology }) => technology.id),
  }));
  expect(people.length).toBeGreaterThanOrEqual(3);
  expect(people.every((person) => person.technologies.length > 0)).toBe(true);
});
afterAll(() => server?.close());

/** The entities `source` reaches, by id (each id once; the same entity reached twice must read the same), and the queries run. */
async function entitiesOf(
  source: Source,
  inner: string,
): Promise<{ byId: Map<string, unknown>; names: string[] }> {
  const names: string[] = [];
  const read = Executor.prototype.read;
  vi.spyOn(Executor.prototype, 'read').mockImplementation(function (this: Executor, query, params) {
    names.push(query.name);
    return read.call(this, query, params);
  });
  const byId = new Map<string, unknown>();
  try {
    for (const { query, variables } of source.requests(people, inner)) {
      const data = await graphqlData(server.url, query, variables);
      for (const path of source.paths) {
        for (const { id, ...fields } of at(data, path) as { id: string }[]) {
          const entity = { id, ...without(fields, ['up']) };
          if (byId.has(id)) expect(entity, `${id} read twice`).toEqual(byId.get(id));
          byId.set(id, entity);
        }
      }
    }
  } finally {
    vi.restoreAllMocks();
  }
  return { byId, names };
}

/** The values at `path` in `value`, lists flattened, nulls left out. */
function at(value: unknown, path: string[]): unknown[] {
  let nodes: unknown[] = [value];
  for (const field of path) {
    nodes = nodes.flatMap((node) => {
      const next = (node as Record<string, unknown>)[field];
      return Array.isArray(next) ? next : [next];
    });
    nodes = nodes.filter((node) => node != null);
  }
  return nodes;
}

/** `entity` without `fields` the source adds to reach further entities (`up`, a company's parent). */
function without(entity: object, fields: string[]): object {
  return Object.fromEntries(Object.entries(entity).filter(([field]) => !fields.includes(field)));
}

describe('the compiled root fields and the loaders give every relation alike', () => {
  it.each(CASES.map((c) => [`${c.type}.${c.field}`, c] as const))(
    '%s',
    async (_name, { type, key, selection, loader }) => {
      const compiled = await entitiesOf(COMPILED[type], selection);
      // One compiled query per root field, and no loader.
      expect(compiled.names.filter((name) => !name.startsWith('translate.'))).toEqual([]);
      const loaded = await entitiesOf(LOADED[type], selection);
      expect(loaded.names).toContain(loader);

      expect(loaded.byId.size).toBeGreaterThan(0);
      let nonEmpty = 0;
      for (const [id, entity] of loaded.byId) {
        expect(entity, `${type} ${id} under a career question`).toEqual(compiled.byId.get(id));
        const value = (entity as Record<string, unknown>)[key];
        if (Array.isArray(value) ? value.length > 0 : value != null) nonEmpty += 1;
      }
      // The seed gives the relation something to compare.
      expect(nonEmpty).toBeGreaterThan(0);
    },
  );
});
