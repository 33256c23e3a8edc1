import { describe, expect, it } from 'vitest';
import { broaderLinks } from '../../../src/career/broader.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry } from '../../support/technology-entry.js';

// js ← node ← express; js ← react; k8s ← eks → cloud (eks lists k8s first); cloud ← s3.
const catalogue = new CatalogueIndex([
  technologyEntry('js'),
  technologyEntry('node', ['js']),
  technologyEntry('express', ['node']),
  technologyEntry('react', ['js']),
  technologyEntry('k8s'),
  technologyEntry('cloud'),
  technologyEntry('eks', ['k8s', 'cloud']),
  technologyEntry('s3', ['cloud']),
]);
const links = broaderLinks(catalogue);
const ids = (entries: readonly TechnologyEntry[]) => entries.map((item) => item.id);

describe('broaderLinks', () => {
  it('reads broader in the catalogue order and narrower by id, one step', () => {
    expect(ids(links.broader('eks'))).toEqual(['k8s', 'cloud']);
    expect(ids(links.narrower('js'))).toEqual(['node', 'react']);
    expect(ids(links.narrower('cloud'))).toEqual(['eks', 's3']);
    expect(ids(links.broader('js'))).toEqual([]);
    expect(ids(links.narrower('unknown'))).toEqual([]);
  });

  it('lists everything below a technology at any depth, by id', () => {
    expect(links.below('js')).toEqual(['express', 'node', 'react']);
    expect(links.below('k8s')).toEqual(['eks']);
    expect(links.below('express')).toEqual([]);
  });

  it('rolls each technology up its first broader link to the top; one top each', () => {
    expect(links.top('express')?.id).toBe('js');
    expect(links.top('eks')?.id).toBe('k8s');
    expect(links.top('js')?.id).toBe('js');
    expect(new Map([...links.tops()].map(([id, top]) => [id, top.id]))).toEqual(
      new Map([
        ['node', 'js'],
        ['express', 'js'],
        ['react', 'js'],
        ['eks', 'k8s'],
        ['s3', 'cloud'],
      ]),
    );
  });

  it('computes the links once per catalogue', () => {
    expect(broaderLinks(catalogue)).toBe(links);
  });
});
