import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { didYouMean } from '../../../src/catalogue/did-you-mean.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import type { CompanyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry } from './constructed-catalogue.js';

/**
 * Session 26 (xmd26): a suggestion is a likely typo, never another word. Invented names where the rule is about
 * shape; the project's catalogue where the rule is about what the catalogue knows.
 */

describe('did you mean: one letter changed in a short name read from running text is another word', () => {
  const keys = ['go', 'lua', 'echo', 'nginx', 'meson', 'docker', 'python', 'dart', 'react', 'java', 'rust'];

  it('gives no strict suggestion for a short name one letter different from a key', () => {
    for (const written of ['ga', 'lue', 'ecto', 'nginz', 'mason'])
      expect(didYouMean(written, keys, { strict: true }), written).toBe(undefined);
  });

  it('still takes a letter dropped, doubled or two letters swapped in a short name, strict or not', () => {
    for (const strict of [true, false]) {
      expect(didYouMean('dockr', keys, { strict })).toBe('docker');
      expect(didYouMean('pyhon', keys, { strict })).toBe('python');
      expect(didYouMean('dartt', keys, { strict })).toBe('dart');
      expect(didYouMean('ngnix', keys, { strict })).toBe('nginx');
    }
  });

  it('still takes one letter changed in a longer name', () => {
    expect(didYouMean('pythin', keys, { strict: true })).toBe('python');
  });

  it('answers a name typed into a résumé file or a query with its likely typo fix (not strict)', () => {
    expect(didYouMean('reacr', keys)).toBe('react');
    expect(didYouMean('jsva', keys)).toBe('java');
    expect(didYouMean('rusr', keys)).toBe('rust');
  });
});

describe('did you mean: a name another index of the catalogue knows is itself', () => {
  const companies: CompanyEntry[] = [{ id: 'tallyworks', name: 'Tallyworks', aliases: [] }];
  const catalogue = {} as Catalogue;
  catalogue.technologies = new CatalogueIndex([technologyEntry('tallywork-ql', 'TallyworkQL')], {
    knownElsewhere: (name) => catalogue.companies.find(name) !== undefined,
  });
  catalogue.companies = new CatalogueIndex(companies);

  it('suggests nothing for a company the catalogue knows, and still for an unknown near spelling', () => {
    expect(catalogue.technologies.suggest('Tallyworks')).toBeUndefined();
    expect(catalogue.technologies.suggest('TallyworkQ')?.name).toBe('TallyworkQL');
  });

  it('the project catalogue does not correct known companies to technologies', async () => {
    const project = await loadCatalogue();
    for (const company of ['OpenAI', 'Workday', 'Agoda']) {
      expect(project.companies.find(company), company).toBeDefined();
      expect(project.technologies.suggest(company), company).toBeUndefined();
    }
    expect(project.technologies.suggest('Kubernets')?.name).toBe('Kubernetes');
    expect(project.technologies.suggest('Reacr')?.name).toBe('React');
    expect(project.technologies.suggest('Redus')?.name).toBe('Redis');
    expect(project.technologies.suggest('Redus', { strict: true })).toBeUndefined();
  });
});
