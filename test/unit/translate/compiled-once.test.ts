import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from '../../../src/graphql/translate/compiled-once.js';

/*
 * The compiled-query cache: an output is reused only for the same field nodes, schema and variant,
 * and the same values of the variables the compilation read.
 */

const schema = buildSchema('type Query { a: Int }');

/** A compilation that reads `reads` of the variables and counts its runs. */
function counting(reads: string[]) {
  let runs = 0;
  return {
    runs: () => runs,
    compile: (variables: Record<string, unknown>) => {
      runs += 1;
      return { seen: reads.map((name) => variables[name]), run: runs };
    },
  };
}

describe('compiling a root field once per operation', () => {
  it('reuses the output while the variables it read keep their values, whatever the others are', () => {
    const nodes = [{}];
    const counter = counting(['skip']);
    const first = compiledOnce(schema, nodes, 'v', { skip: true, id: 'a' }, counter.compile);
    const again = compiledOnce(schema, nodes, 'v', { skip: true, id: 'b' }, counter.compile);
    expect(again).toBe(first);
    expect(counter.runs()).toBe(1);
    const other = compiledOnce(schema, nodes, 'v', { skip: false, id: 'a' }, counter.compile);
    expect(other).toEqual({ seen: [false], run: 2 });
    expect(compiledOnce(schema, nodes, 'v', { skip: false, id: 'c' }, counter.compile)).toBe(other);
    expect(counter.runs()).toBe(2);
  });

  it('tells a variable not given from one given as null', () => {
    const nodes = [{}];
    const counter = counting(['all']);
    compiledOnce(schema, nodes, 'v', {}, counter.compile);
    expect(compiledOnce(schema, nodes, 'v', { all: null }, counter.compile)).toEqual({
      seen: [null],
      run: 2,
    });
  });

  it('keeps apart other field nodes, other sets of them, other variants and other schemas', () => {
    const [one, two] = [{}, {}];
    const counter = counting([]);
    compiledOnce(schema, [one], 'v', {}, counter.compile);
    compiledOnce(schema, [two], 'v', {}, counter.compile);
    compiledOnce(schema, [one, two], 'v', {}, counter.compile);
    compiledOnce(schema, [one], 'w', {}, counter.compile);
    compiledOnce(buildSchema('type Query { b: Int }'), [one], 'v', {}, counter.compile);
    expect(counter.runs()).toBe(5);
    compiledOnce(schema, [one, two], 'v', {}, counter.compile);
    expect(counter.runs()).toBe(5);
  });
});
