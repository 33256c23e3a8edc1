import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../../src/graphql/context.js';
import { compiledExecutionPlugin } from '../../../src/server/compiled-execution-plugin.js';

/*
 * The plugin on a small schema of its own: which operations the compiled code answers (Apollo's
 * execution hooks do not start for them), and that every answer, errors included, is the one
 * graphql-js gives.
 */

const typeDefs = `#graphql
  interface Named { name: String! }
  type Person implements Named { id: ID! name: String! roles: [Role!]! }
  type Role implements Named { name: String! months: Int }
  type Query {
    person(id: ID!): Person
    named: [Named!]!
    broken: String
    strict: String!
  }
  type Mutation { rename(id: ID!, name: String!): Person }
`;

interface Calls {
  person: number;
  broken: number;
  executions: string[];
}

function server(calls: Calls, compiled: boolean) {
  const people: Record<
    string,
    { id: string; name: string; roles: { name: string; months: number | null }[] }
  > = {
    a: {
      id: 'a',
      name: 'Ada',
      roles: [
        { name: 'Engineer', months: 14 },
        { name: 'Lead', months: null },
      ],
    },
  };
  const counting: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async executionDidStart({ operation }) {
          calls.executions.push(operation?.name?.value ?? '');
        },
      };
    },
  };
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: {
      Named: { __resolveType: (value: { roles?: unknown }) => (value.roles ? 'Person' : 'Role') },
      Query: {
        person: async (_: unknown, { id }: { id: string }) => {
          calls.person += 1;
          return people[id] ?? null;
        },
        named: () => [people.a, people.a?.roles[0]],
        broken: () => {
          calls.broken += 1;
          throw new GraphQLError('No such thing: "x".', { extensions: { code: 'NOT_FOUND' } });
        },
        strict: () => null,
      },
      Mutation: {
        rename: (_: unknown, { id, name }: { id: string; name: string }) => {
          const person = people[id];
          if (person) person.name = name;
          return person ?? null;
        },
      },
    },
    plugins: compiled ? [counting, compiledExecutionPlugin()] : [counting],
  });
}

async function ask(compiled: boolean, query: string, variables: Record<string, unknown> = {}) {
  const calls: Calls = { person: 0, broken: 0, executions: [] };
  const apollo = server(calls, compiled);
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: {} as Context });
    return { response: { http: response.http.status, body: response.body }, calls };
  } finally {
    await apollo.stop();
  }
}

describe('compiledExecutionPlugin', () => {
  it('answers a query with nested lists, an interface and variables itself, as graphql-js does', async () => {
    const query = `query Detail($id: ID!, $withRoles: Boolean!) {
      person(id: $id) { id name roles @include(if: $withRoles) { name months } }
      named { __typename name ... on Role { months } }
    }`;
    const variables = { id: 'a', withRoles: true };
    const compiled = await ask(true, query, variables);
    expect(compiled.response).toEqual({
      http: undefined,
      body: {
        kind: 'single',
        singleResult: {
          data: {
            person: {
              id: 'a',
              name: 'Ada',
              roles: [
                { name: 'Engineer', months: 14 },
                { name: 'Lead', months: null },
              ],
            },
            named: [
              { __typename: 'Person', name: 'Ada' },
              { __typename: 'Role', name: 'Engineer', months: 14 },
            ],
          },
        },
      },
    });
    // Answered before Apollo's execution started, by one run of the resolvers.
    expect(compiled.calls).toEqual({ person: 1, broken: 0, executions: [] });
    const interpreted = await ask(false, query, variables);
    expect(JSON.stringify(compiled.response.body)).toBe(JSON.stringify(interpreted.response.body));
  });

  it('leaves an answer with a resolver error to graphql-js, which words and locates it', async () => {
    const query = 'query Broken { person(id: "a") { id } broken }';
    const compiled = await ask(true, query);
    const interpreted = await ask(false, query);
    expect(compiled.response).toEqual(interpreted.response);
    expect(compiled.response.body).toEqual({
      kind: 'single',
      singleResult: {
        data: { person: { id: 'a' }, broken: null },
        errors: [
          {
            message: 'No such thing: "x".',
            locations: [{ line: 1, column: 39 }],
            path: ['broken'],
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      },
    });
    // Run by the compiled code, then again by graphql-js.
    expect(compiled.calls).toEqual({ person: 2, broken: 2, executions: ['Broken'] });
  });

  it('leaves a null in a non-null field and a bad variable to graphql-js', async () => {
    for (const [query, variables] of [
      ['query Strict { strict }', {}],
      ['query Detail($id: ID!) { person(id: $id) { id } }', { id: { not: 'an id' } }],
    ] as const) {
      const compiled = await ask(true, query, variables);
      expect(compiled.response).toEqual((await ask(false, query, variables)).response);
      expect(
        (compiled.response.body as { singleResult: { errors?: unknown[] } }).singleResult.errors,
      ).toHaveLength(1);
    }
  });

  it('leaves mutations and introspection to graphql-js', async () => {
    const mutation = await ask(true, 'mutation Rename { rename(id: "a", name: "Ada L.") { name } }');
    expect(mutation.response.body).toEqual({
      kind: 'single',
      singleResult: { data: { rename: { name: 'Ada L.' } } },
    });
    expect(mutation.calls.executions).toEqual(['Rename']);
    const introspection = await ask(true, 'query Types { __type(name: "Role") { name } }');
    expect(introspection.response.body).toEqual({
      kind: 'single',
      singleResult: { data: { __type: { name: 'Role' } } },
    });
    expect(introspection.calls.executions).toEqual(['Types']);
  });
});
