import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Context } from '../graphql/context.js';

/*
 * Queries executed by code compiled once per document (graphql-jit) instead of by graphql-js's
 * interpreter, which builds a resolve info, coerces arguments and re-checks the field's type for
 * every field of the answer: on a page of 50 people (about 7,000 fields) that was half of the
 * server's CPU. Same resolvers, same schema, same answer. Only answers without errors are taken
 * from the compiled code: an answer with errors is left to graphql-js, which runs the operation
 * again, so every error reads, is located and is coded exactly as graphql-js and Apollo make it
 * (reads only, and the second run shares the request's deadline and loaders). Mutations,
 * introspection and anything the compiler refuses run on graphql-js as before.
 */

type Compiled = CompiledQuery<unknown, Record<string, unknown>>;

/** Compiled operations by document (Apollo keeps each parsed document) and operation name; null: not compiled. */
const compiledByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Compiled | null>>>();

/**
 * A query whose root selects plain fields only, none of them introspection: the operations the
 * compiled code is trusted with.
 */
function compilable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === 'Field' &&
        (!selection.name.value.startsWith('__') || selection.name.value === '__typename'),
    )
  );
}

function compiledFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
): Compiled | null {
  let byDocument = compiledByDocument.get(schema);
  if (!byDocument) {
    byDocument = new WeakMap();
    compiledByDocument.set(schema, byDocument);
  }
  let byName = byDocument.get(document);
  if (!byName) {
    byName = new Map();
    byDocument.set(document, byName);
  }
  const key = operationName ?? '';
  const known = byName.get(key);
  if (known !== undefined) return known;
  let compiled: Compiled | null = null;
  if (compilable(operation)) {
    try {
      const made = compileQuery(schema, document, operationName);
      compiled = isCompiledQuery(made) ? (made as Compiled) : null;
    } catch {
      // What the compiler cannot handle, graphql-js can.
      compiled = null;
    }
  }
  byName.set(key, compiled);
  return compiled;
}

/**
 * Runs each query through its compiled code and answers it when that answer has no errors; must
 * come after the plugins whose `responseForOperation` refuses or queues an operation.
 */
export function compiledExecutionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ request, document, operation, schema, contextValue }) {
          if (!operation) return null;
          const compiled = compiledFor(schema, document, operation, request.operationName);
          if (!compiled) return null;
          // Anything the compiled code throws is graphql-js's to answer: a hook that throws skips
          // willSendResponse, where the guard rails give back the turns this operation holds.
          const result = await Promise.resolve()
            .then(() => compiled.query(undefined, contextValue, request.variables ?? {}))
            .catch(() => null);
          if (!result || result.errors?.length || result.data === undefined) return null;
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data as Record<string, unknown> | null } },
          };
          return response;
        },
      };
    },
  };
}
