import {
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

/*
 * Reading a selection without graphql-js's type predicates: they test `instanceof`, and the schema
 * a resolver sees may come from the other copy of graphql (its CommonJS build), so only names,
 * AST kinds and the schema's own methods are used here.
 */

/** What the compiler reads of a resolver's `info`: the request's document and variables. */
export interface SelectionSource {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** What a resolver's `info` gives the compiler: the request's own selection of its field. */
export function sourceOf(info: GraphQLResolveInfo): SelectionSource {
  return { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
}

/** One response key of a selection: its field and every node that selects it (merged, as GraphQL does). */
export interface SelectedField {
  responseKey: string;
  name: string;
  nodes: FieldNode[];
}

/**
 * The fields `selectionSets` select on an object of `type`, grouped by response key in the order
 * GraphQL answers them: through inline fragments and named fragments whose type condition the
 * type meets, without those `@skip`ped or not `@include`d.
 */
export function collectFields(
  source: SelectionSource,
  type: GraphQLObjectType,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): SelectedField[] {
  const fields = new Map<string, SelectedField>();
  const visited = new Set<string>();
  const condition = (node: { directives?: readonly DirectiveNode[] | undefined }, name: string) => {
    const directive = node.directives?.find((d) => d.name.value === name);
    const argument = directive?.arguments?.find((a) => a.name.value === 'if');
    return argument === undefined ? undefined : argumentValue(argument.value, source.variableValues);
  };
  const included = (node: { directives?: readonly DirectiveNode[] | undefined }) =>
    condition(node, 'skip') !== true && condition(node, 'include') !== false;
  const applies = (typeCondition: string | undefined) => {
    if (typeCondition === undefined || typeCondition === type.name) return true;
    const conditionType = source.schema.getType(typeCondition);
    // Interfaces and unions resolve types; object types do not.
    return (
      conditionType !== undefined &&
      'resolveType' in conditionType &&
      source.schema.isSubType(conditionType as GraphQLAbstractType, type)
    );
  };
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const responseKey = selection.alias?.value ?? selection.name.value;
          const known = fields.get(responseKey);
          if (known) known.nodes.push(selection);
          else fields.set(responseKey, { responseKey, name: selection.name.value, nodes: [selection] });
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(selection.typeCondition?.name.value)) walk(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = source.fragments[selection.name.value];
          if (!fragment || visited.has(fragment.name.value)) break;
          visited.add(fragment.name.value);
          if (applies(fragment.typeCondition.name.value)) walk(fragment.selectionSet);
          break;
        }
      }
    }
  };
  for (const selectionSet of selectionSets) walk(selectionSet);
  return [...fields.values()];
}

/** The sub-selections of every node of a field, for collecting the fields below it. */
export function subSelections(field: Pick<SelectedField, 'nodes'>): (SelectionSetNode | undefined)[] {
  return field.nodes.map((node) => node.selectionSet);
}

/** A literal or a variable's value (`undefined` for a variable the request did not give). */
function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  return node.kind === Kind.VARIABLE ? variables[node.name.value] : valueFromASTUntyped(node, variables);
}

/**
 * The arguments of a selected field of `type`, defaults applied, as its resolver gets them (the
 * request is valid: graphql-js has checked it before any resolver runs).
 */
export function argumentsOf(
  source: SelectionSource,
  type: GraphQLObjectType,
  field: SelectedField,
): Record<string, unknown> {
  const definition = type.getFields()[field.name];
  const [node] = field.nodes;
  const values: Record<string, unknown> = {};
  for (const argument of definition?.args ?? []) {
    const given = node?.arguments?.find((a) => a.name.value === argument.name);
    const value = given === undefined ? undefined : argumentValue(given.value, source.variableValues);
    if (value !== undefined) values[argument.name] = value;
    else if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
  }
  return values;
}

/** The object type a field's type names, lists and non-nulls unwrapped; undefined for other kinds. */
export function namedObjectType(type: unknown): GraphQLObjectType | undefined {
  let named = type as { ofType?: unknown } | undefined;
  while (named?.ofType) named = named.ofType as { ofType?: unknown };
  return named && 'getFields' in named && 'getInterfaces' in named ? (named as GraphQLObjectType) : undefined;
}
