import {
  buildASTSchema,
  concatAST,
  type GraphQLArgument,
  type GraphQLInputField,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { HOSTILE_REQUESTS, INJECTIONS, TEXT_ARGUMENTS } from '../../reliability/hostile-requests.js';

/**
 * Where injected text can enter: every argument and input field whose type is String or ID (or a
 * list of them), named as TEXT_ARGUMENTS names them.
 */
function textArguments(): string[] {
  const schema = buildASTSchema(concatAST(loadTypeDefs()));
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const names: string[] = [];
  const visit = (field: string, path: string[], input: GraphQLArgument | GraphQLInputField) => {
    const named = getNamedType(input.type);
    if (named.name === 'String' || named.name === 'ID') names.push(`${field}(${path.join('.')})`);
    if (!isInputObjectType(named)) return;
    for (const inner of Object.values(named.getFields())) visit(field, [...path, inner.name], inner);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const prefix = roots.has(type.name) ? '' : `${type.name}.`;
    for (const field of Object.values(type.getFields())) {
      for (const argument of field.args) visit(`${prefix}${field.name}`, [argument.name], argument);
    }
  }
  return names.sort();
}

it('the hostile requests inject into every text argument the schema has', () => {
  const derived = textArguments();
  // The derivation itself: arguments of root and nested fields, inside inputs and of mutations.
  expect(derived).toEqual(
    expect.arrayContaining([
      'person(id)',
      'people(filter.usedSince)',
      'experts(technologies)',
      'Person.timeline(asOf)',
      'Technology.adoption(asOf)',
      'importResumeDocument(document.content)',
    ]),
  );
  expect(TEXT_ARGUMENTS.map((row) => row.argument).sort()).toEqual(derived);
});

it('each text argument gets the first two injections, answered harmlessly', () => {
  for (const { argument } of TEXT_ARGUMENTS) {
    const cases = HOSTILE_REQUESTS.filter((hostile) => hostile.name.startsWith(`injection in ${argument}: `));
    expect(cases.map((hostile) => hostile.name)).toEqual(
      INJECTIONS.slice(0, 2).map((value) => `injection in ${argument}: ${value.slice(0, 24)}`),
    );
    expect(cases.every((hostile) => hostile.status === 200 && hostile.codes[0] === 'HARMLESS')).toBe(true);
  }
});
