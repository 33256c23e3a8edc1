import { describe, expect, it } from 'vitest';
import { broadTechnologies, type Operation, operations } from '../../../bench/compare/operations.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { currentMonth, monthText } from '../../../src/graph/months.js';
import { technologyEntry } from '../../support/technology-entry.js';

// Below js: node, express (through node), react (3). Below cloud: eks, s3 (2). Below k8s: eks (1),
// below node: express (1). Nothing below express, react, eks, s3, go.
const catalogue = new CatalogueIndex([
  technologyEntry('go'),
  technologyEntry('k8s'),
  technologyEntry('node', ['js']),
  technologyEntry('express', ['node']),
  technologyEntry('react', ['js']),
  technologyEntry('js'),
  technologyEntry('eks', ['k8s', 'cloud']),
  technologyEntry('cloud'),
  technologyEntry('s3', ['cloud']),
]);

const named = (name: string) => operations.find((operation) => operation.name === name) as Operation;

describe('broadTechnologies', () => {
  it('ranks by how many technologies lie below, at any depth, then by id, and leaves out those with none', () => {
    expect(broadTechnologies(catalogue, 10)).toEqual(['js', 'cloud', 'k8s', 'node']);
  });

  it('gives at most `count`', () => {
    expect(broadTechnologies(catalogue, 2)).toEqual(['js', 'cloud']);
    expect(broadTechnologies(catalogue, 0)).toEqual([]);
  });
});

describe('the roll-up operations', () => {
  const subjects = {
    people: ['p1'],
    technologies: ['kafka', 'go', 'react', 'rust'],
    broadTechnologies: ['aws', 'python', 'azure', 'gcp', 'javascript'],
  };

  it('ask experts rolled up over three broad technologies, a different three per variant', () => {
    const operation = named('experts-roll-up');
    expect(operation.ours).toContain('rollUp: true');
    expect(operation.ours).toContain('inferred via { id }');
    expect(operation.variables(subjects, 0)).toEqual({ technologies: ['aws', 'python', 'azure'] });
    expect(operation.variables(subjects, 1)).toEqual({ technologies: ['python', 'azure', 'gcp'] });
    expect(operation.variables(subjects, 2)).toEqual({ technologies: ['azure', 'gcp', 'javascript'] });
    expect(operation.variables(subjects, 3)).toEqual({ technologies: ['aws', 'python', 'azure'] });
  });

  it('fall back to the subject technologies for results saved before broad ones were picked', () => {
    const { broadTechnologies: _broad, ...older } = subjects;
    expect(named('experts-roll-up').variables(older, 1)).toEqual({ technologies: ['go', 'react', 'rust'] });
  });

  it('ask the rolled-up experts uncached too, with a month after this one, out of the mixed load', () => {
    const operation = named('experts-roll-up-uncached');
    expect(operation.notMixed).toBe(true);
    expect(operation.ours).toContain('rollUp: true');
    expect(operation.ours).toContain('asOf: $asOf');
    const variables = operation.variables(subjects, 0);
    expect(operation.uncached?.(variables, 0)).toEqual({
      technologies: ['aws', 'python', 'azure'],
      asOf: monthText(currentMonth() + 1),
    });
  });

  it('ask the landscape rolled up, with what each node merges, beside the plain one', () => {
    const rolled = named('technology-landscape-roll-up').ours;
    expect(rolled).toContain('technologyLandscape(first: 200, rollUp: true)');
    expect(rolled).toContain('rolledUp { id }');
    expect(named('technology-landscape').ours).not.toContain('rollUp');
  });
});
