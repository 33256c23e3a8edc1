import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueError } from '../../../src/catalogue/catalogue-error.js';
import { didYouMean } from '../../../src/catalogue/did-you-mean.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { lookupKey, looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { TECHNOLOGY_CATEGORIES } from '../../../src/catalogue/types.js';
import { projectRoot } from '../../../src/config.js';

describe('lookupKey', () => {
  it('ignores case, spaces, punctuation and accents but keeps + and #', () => {
    expect(lookupKey('Node.js')).toBe(lookupKey('node JS'));
    expect(lookupKey('CI/CD')).toBe(lookupKey('CICD'));
    expect(lookupKey('Grid’5000')).toBe(lookupKey("Grid'5000"));
    expect(lookupKey('Café')).toBe('cafe');
    expect(new Set([lookupKey('C'), lookupKey('C++'), lookupKey('C#')]).size).toBe(3);
  });

  it('drops legal suffixes for the loose company key', () => {
    expect(looseCompanyKey('Baidu Inc.')).toBe('baidu');
    expect(looseCompanyKey('Acme Holdings, Ltd')).toBe('acmeholdings');
    expect(looseCompanyKey('Baidu')).toBeNull();
  });
});

describe('didYouMean', () => {
  it('suggests a close spelling and nothing for a far one', () => {
    const keys = ['kubernetes', 'kafka', 'react', 'django', 'go'];
    expect(didYouMean('kubernets', keys)).toBe('kubernetes');
    expect(didYouMean('djanog', keys)).toBe('django');
    expect(didYouMean('cassandra', keys)).toBeUndefined();
    expect(didYouMean('js', keys)).toBeUndefined();
  });
});

describe('the seed catalogues', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await loadCatalogue();
  });

  it('map the documents’ spellings onto canonical entries', () => {
    const technology = (name: string) => catalogue.technologies.find(name)?.id;
    expect(technology('Kubenetes')).toBe('kubernetes');
    expect(technology('Kubernete')).toBe('kubernetes');
    expect(technology('k8s')).toBe('kubernetes');
    expect(technology('golang')).toBe('go');
    expect(technology('Postgres')).toBe('postgresql');
    expect(technology('apache kafka')).toBe('kafka');
    expect(technology('C++')).toBe('cpp');
    expect(technology('C')).toBe('c');
    const company = (name: string) => catalogue.companies.find(name)?.id;
    expect(company('Microsoft(China) limited')).toBe('microsoft');
    expect(company('Microsoft Corporation')).toBe('microsoft');
    expect(company('Baidu Inc.')).toBe('baidu');
    expect(company('Alibaba Cloud Computing (Aliyun) Inc.')).toBe('alibaba-cloud');
    expect(catalogue.companies.get('uber-atg')?.parent).toBe('uber');
    expect(catalogue.companies.get('oracle-cloud-infrastructure')?.parent).toBe('oracle');
    expect(catalogue.companies.get('alibaba-cloud')?.parent).toBe('alibaba');
  });

  it('give an ambiguous or wrong spelling no entry, or its own', () => {
    const technology = (name: string) => catalogue.technologies.find(name)?.id;
    expect(technology('Torch')).toBeUndefined(); // the Lua framework, not PyTorch
    expect(technology('TF')).toBeUndefined(); // TensorFlow or Terraform
    expect(technology('MapReduce')).toBeUndefined(); // the programming model, not only Hadoop's
    expect(technology('Hadoop MapReduce')).toBe('hadoop');
    expect(technology('Trino')).toBe('trino'); // a fork of Presto, not Presto
    expect(technology('PrestoDB')).toBe('presto');
    expect(technology('ELK')).toBe('elastic-stack'); // Elasticsearch + Logstash + Kibana
    expect(technology('Shell')).toBe('shell'); // any Unix shell, not Bash
    expect(technology('Bash')).toBe('bash');
    expect(catalogue.technologies.get('raft')?.category).toBe('algorithm'); // a consensus algorithm, no practice
    // 002:80, 002:67, 002:98, 001:9
    expect(technology('Slack')).toBe('slack');
    expect(technology('allocator-simulator')).toBe('allocator-simulator');
    expect(technology('Typed Clojure')).toBe('core-typed');
    expect(technology('ETL')).toBe('etl');
    const company = (name: string) => catalogue.companies.find(name)?.id;
    expect(company('Google Summer of Code')).toBeUndefined(); // a programme, not a company (002:96)
    expect(company('GSoC')).toBeUndefined();
    expect(company('Google')).toBe('google');
  });

  it('use only the categories TECHNOLOGY_CATEGORIES and the curated file’s header list, and every one of them', async () => {
    const curated = await readFile(join(projectRoot, 'seed/technologies.curated.yaml'), 'utf8');
    const header = curated.slice(
      curated.indexOf('# Categories'),
      curated.indexOf('\n\n', curated.indexOf('# Categories')),
    );
    const listed = [...header.matchAll(/^# {3}([a-z-]+) {2,}/gm)].map((match) => match[1]);
    expect(listed).toEqual([...TECHNOLOGY_CATEGORIES]);
    const used = new Set(catalogue.technologies.entries.map((entry) => entry.category));
    expect([...used].sort()).toEqual([...TECHNOLOGY_CATEGORIES].sort());
  });

  it('share no id with a person, role or project of the seed résumés (node ids are unique across kinds)', async () => {
    const dir = join(projectRoot, 'seed/resumes');
    const seedIds: string[] = [];
    type Project = { id?: string };
    type Position = { id?: string; projects?: Project[] };
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.yaml'))) {
      const resume = parse(await readFile(join(dir, file), 'utf8')) as {
        id: string;
        work?: (Position & { positions?: Position[] })[];
        projects?: Project[];
      };
      seedIds.push(resume.id);
      for (const work of resume.work ?? []) {
        for (const position of work.positions ?? [work]) {
          if (position.id) seedIds.push(position.id);
          for (const project of position.projects ?? []) if (project.id) seedIds.push(project.id);
        }
      }
      for (const project of resume.projects ?? []) if (project.id) seedIds.push(project.id);
    }
    expect(seedIds).toContain('typed-clojure');
    const catalogueIds = new Set([
      ...catalogue.technologies.entries.map((entry) => entry.id),
      ...catalogue.companies.entries.map((entry) => entry.id),
    ]);
    expect(seedIds.filter((id) => catalogueIds.has(id))).toEqual([]);
  });

  it('suggest the entry a misspelling is closest to', () => {
    expect(catalogue.technologies.find('Kuberntes')).toBeUndefined();
    expect(catalogue.technologies.suggest('Kuberntes')?.id).toBe('kubernetes');
    expect(catalogue.technologies.suggest('Zzyzx')).toBeUndefined();
  });
});

describe('loadCatalogue', () => {
  async function catalogueDir(technologies: unknown[], companies: unknown[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'career-graph-catalogue-'));
    await writeFile(join(dir, 'technologies.json'), JSON.stringify(technologies, null, 1));
    await writeFile(join(dir, 'companies.json'), JSON.stringify(companies, null, 1));
    return dir;
  }

  it('rejects a spelling shared by two entries, an unknown parent and an id used by both kinds', async () => {
    const dir = await catalogueDir(
      [
        { id: 'go', name: 'Go', category: 'language', aliases: ['golang'] },
        { id: 'golang-tools', name: 'Go tools', category: 'tool', aliases: ['Golang'] },
        { id: 'acme', name: 'Acme DB', category: 'database' },
      ],
      [
        { id: 'acme', name: 'Acme' },
        { id: 'acme-labs', name: 'Acme Labs', parent: 'acme-corp' },
      ],
    );
    const error = await loadCatalogue(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).issues).toEqual([
      expect.objectContaining({
        path: '[1].aliases[0]',
        found: expect.stringContaining('"Golang", which also names entry 0'),
      }),
      expect.objectContaining({ path: '[1].parent', found: '"acme-corp"' }),
      expect.objectContaining({ found: 'the company id "acme", also a technology id' }),
    ]);
  });

  it('rejects unknown fields and missing ones', async () => {
    const dir = await catalogueDir([{ id: 'go', name: 'Go', kind: 'language' }], [{ name: 'Acme' }]);
    const error = (await loadCatalogue(dir).catch((caught: unknown) => caught)) as CatalogueError;
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '[0].kind', found: 'the unknown field "kind"' }),
        expect.objectContaining({ path: '[0].category', found: 'nothing (the field is missing)' }),
        expect.objectContaining({ path: '[0].id', found: 'nothing (the field is missing)' }),
      ]),
    );
  });
});
