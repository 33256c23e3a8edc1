import { type FieldNode, type OperationDefinitionNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type Operation, operations } from '../../../bench/compare/operations.js';

const named = (name: string) => operations.find((operation) => operation.name === name) as Operation;

/** The root field of an operation's document. */
function rootField(document: string): FieldNode {
  const [definition] = parse(document).definitions as OperationDefinitionNode[];
  return definition?.selectionSet.selections[0] as FieldNode;
}

describe('people-using-technology-since-page', () => {
  const counted = named('people-using-technology-since');
  const page = named('people-using-technology-since-page');
  const subjects = { people: ['p1'], technologies: ['kafka', 'go', 'react'] };

  it('asks the counted operation’s filter and page without totalCount', () => {
    const withCount = rootField(counted.ours);
    const pageOnly = rootField(page.ours);
    expect(pageOnly.arguments?.map((argument) => print(argument))).toEqual(
      withCount.arguments?.map((argument) => print(argument)),
    );
    const selected = (field: FieldNode) =>
      field.selectionSet?.selections.map((selection) => print(selection)) ?? [];
    expect(selected(withCount)).toContain('totalCount');
    expect(selected(pageOnly)).not.toContain('totalCount');
    expect(selected(pageOnly)).toEqual(selected(withCount).filter((selection) => selection !== 'totalCount'));
  });

  it('takes the same variables, variant by variant, and stays out of the mixed load', () => {
    for (const variant of [0, 1, 2, 3]) {
      expect(page.variables(subjects, variant)).toEqual(counted.variables(subjects, variant));
    }
    expect(page.variables(subjects, 1)).toEqual({ technologyId: 'go', first: 20 });
    expect(page.notMixed).toBe(true);
  });
});
