import type { GraphQLSchema } from 'graphql';

/*
 * What the compiler made of a root field, kept for the next request of the same operation: Apollo
 * keeps each parsed document, so the field's AST nodes come back with every such request, and the
 * compiler's output depends only on those nodes (with their document's fragments), the schema and
 * the variables it reads (`@skip`, `@include`, arguments below the root). Those it read are
 * recorded, so a request whose values of them differ compiles afresh.
 */

/** Outputs kept per set of read variables: a document whose arguments take many values compiles each afresh beyond this. */
const MAX_OUTPUTS = 64;

interface Compilations<T> {
  /** The variables one compilation read, by name, in the order it read them. */
  reads: readonly string[];
  /** Outputs by the values of `reads`. */
  outputs: Map<string, T>;
}

interface Level {
  next: WeakMap<object, Level>;
  byVariant?: Map<string, Compilations<unknown>[]>;
}

const bySchema = new WeakMap<object, Level>();

/** The values of `names` in `variables`, a variable not given told apart from one given as null. */
function signature(names: readonly string[], variables: Record<string, unknown>): string {
  return JSON.stringify(names.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])));
}

/** The compilations kept for exactly these field nodes of `schema`, under `variant`. */
function compilationsOf<T>(
  schema: GraphQLSchema,
  nodes: readonly object[],
  variant: string,
): Compilations<T>[] {
  const step = (map: WeakMap<object, Level>, key: object): Level => {
    const known = map.get(key);
    if (known) return known;
    const added: Level = { next: new WeakMap() };
    map.set(key, added);
    return added;
  };
  let level = step(bySchema, schema);
  for (const node of nodes) level = step(level.next, node);
  level.byVariant ??= new Map();
  const known = level.byVariant.get(variant);
  if (known) return known as Compilations<T>[];
  const added: Compilations<T>[] = [];
  level.byVariant.set(variant, added as Compilations<unknown>[]);
  return added;
}

/**
 * `compile(variables)` for the root field selected by `nodes` of `schema`, `variant` naming what
 * else decides the output (the root field's kind); from an earlier request when the variables it
 * reads have the same values.
 */
export function compiledOnce<T>(
  schema: GraphQLSchema,
  nodes: readonly object[],
  variant: string,
  variables: Record<string, unknown>,
  compile: (variables: Record<string, unknown>) => T,
): T {
  const compilations = compilationsOf<T>(schema, nodes, variant);
  for (const { reads, outputs } of compilations) {
    const output = outputs.get(signature(reads, variables));
    if (output !== undefined) return output;
  }
  const reads: string[] = [];
  const recorded = new Proxy(variables, {
    get(target, name, receiver) {
      if (typeof name === 'string' && !reads.includes(name)) reads.push(name);
      return Reflect.get(target, name, receiver);
    },
  });
  const output = compile(recorded);
  const key = signature(reads, variables);
  const same = compilations.find((known) => known.reads.join('\n') === reads.join('\n'));
  if (!same) compilations.push({ reads, outputs: new Map([[key, output]]) });
  else if (same.outputs.size < MAX_OUTPUTS) same.outputs.set(key, output);
  return output;
}
