import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueError } from '../../../src/catalogue/catalogue-error.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { lookupKey, looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { projectRoot } from '../../../src/config.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const technology = (name: string) => catalogue.technologies.find(name);
const company = (name: string) => catalogue.companies.find(name)?.id;

describe('the technology catalogue', () => {
  it('has the breadth of real résumés: thousands of technologies', () => {
    expect(catalogue.technologies.entries.length).toBeGreaterThanOrEqual(2500);
  });

  it('knows what a new résumé names beyond the seed (issue 10: gh-ost, FSDP, dbt, Iceberg, SwiftUI, Bitrise)', () => {
    const found = (name: string) => {
      const entry = technology(name);
      return entry && { id: entry.id, category: entry.category };
    };
    expect(found('gh-ost')).toEqual({ id: 'gh-ost', category: 'tool' });
    expect(found('FSDP')).toEqual({ id: 'fsdp', category: 'ml' });
    expect(found('Fully Sharded Data Parallel')).toEqual({ id: 'fsdp', category: 'ml' });
    expect(found('dbt')).toEqual({ id: 'dbt', category: 'big-data' });
    expect(found('Apache Iceberg')).toEqual({ id: 'iceberg', category: 'storage' });
    expect(found('Iceberg')).toEqual({ id: 'iceberg', category: 'storage' });
    expect(found('SwiftUI')).toEqual({ id: 'swiftui', category: 'framework' });
    expect(found('Bitrise')).toEqual({ id: 'bitrise', category: 'tool' });
    // PySpark is an alias of Spark, not an entry of its own
    expect(found('PySpark')).toEqual({ id: 'spark', category: 'big-data' });
  });

  it('takes languages from Linguist and web technologies from webappanalyzer', () => {
    // neither is curated: both come from the packages, with the package's spelling
    expect(technology('Idris')).toMatchObject({ id: 'idris', name: 'Idris', category: 'language' });
    expect(technology('Gatsby')?.id).toBe('gatsby'); // curated wins over webappanalyzer's "Gatsby"
    expect(technology('Docusaurus')).toMatchObject({ id: 'docusaurus', category: 'tool' });
    expect(technology('Moodle')).toMatchObject({ id: 'moodle', name: 'Moodle', category: 'platform' });
  });

  it('has no single-letter entry but C and R, and no package entry named by a common word', () => {
    const short = catalogue.technologies.entries.filter((entry) => entry.name.length === 1);
    expect(short.map((entry) => entry.id).sort()).toEqual(['c', 'r']);
    // Linguist's "Red", "Self" and "Clean" and webappanalyzer's "Moon" are left out
    for (const word of ['Red', 'Self', 'Clean', 'Moon', 'Chosen']) expect(technology(word)).toBeUndefined();
  });

  it('gives every spelling one entry', () => {
    const owners = new Map<string, string>();
    const shared: string[] = [];
    for (const entry of catalogue.technologies.entries) {
      for (const spelling of [entry.id, entry.name, ...entry.aliases]) {
        const owner = owners.get(lookupKey(spelling));
        if (owner !== undefined && owner !== entry.id)
          shared.push(`"${spelling}" of ${entry.id} and ${owner}`);
        owners.set(lookupKey(spelling), entry.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('marks names that are ordinary words or first names as ambiguous, by rule', () => {
    const ambiguous = (id: string) => catalogue.technologies.get(id)?.ambiguous ?? false;
    // words of the English word list, single letters, first names (Julia, Crystal)
    for (const id of ['go', 'spring', 'express', 'helm', 'raft', 'swift', 'rust', 'ruby', 'chef', 'puppet']) {
      expect(ambiguous(id), id).toBe(true);
    }
    for (const id of [
      'flask',
      'spark',
      'storm',
      'hive',
      'dart',
      'elm',
      'crystal',
      'julia',
      'c',
      'r',
      'make',
    ]) {
      expect(ambiguous(id), id).toBe(true);
    }
    for (const id of [
      'kubernetes',
      'postgresql',
      'kafka',
      'terraform',
      'cpp',
      'csharp',
      'nodejs',
      'aws-glue',
    ]) {
      expect(ambiguous(id), id).toBe(false);
    }
    // the curated override: a word whose ordinary sense résumés do not use
    expect(ambiguous('python')).toBe(false);
    // an alias that is a word is listed, the entry's name is not ambiguous
    expect(catalogue.technologies.get('aws-glue')?.ambiguousAliases).toEqual(['Glue']);
    expect(catalogue.technologies.get('ant')).toMatchObject({
      name: 'Apache Ant',
      ambiguousAliases: ['Ant'],
    });
    expect(catalogue.technologies.get('go')?.ambiguousAliases).toBeUndefined(); // Golang is no word
  });

  it('links a technology to the broader ones it is a kind or part of, where that is a fact', () => {
    const broader = (id: string) => catalogue.technologies.get(id)?.broader;
    expect(broader('react')).toEqual(['javascript']);
    expect(broader('eks')).toEqual(['kubernetes', 'aws']);
    expect(broader('gke')).toEqual(['kubernetes', 'gcp']);
    expect(broader('fsdp')).toEqual(['pytorch']);
    expect(broader('typescript')).toBeUndefined(); // compiles to JavaScript: not broader
    expect(broader('spark')).toBeUndefined(); // PySpark is an alias, not a narrower entry
  });

  it('has broader links that name existing technologies and never lead back', () => {
    const byId = new Map(catalogue.technologies.entries.map((entry) => [entry.id, entry]));
    const links = catalogue.technologies.entries.flatMap((entry) => entry.broader ?? []);
    expect(links.length).toBeGreaterThan(300);
    expect(links.filter((id) => !byId.has(id))).toEqual([]);
    for (const entry of catalogue.technologies.entries) {
      const seen = new Set<string>();
      const walk = (id: string): void => {
        expect(id, `a cycle through ${entry.id}`).not.toBe(entry.id);
        if (seen.has(id)) return;
        seen.add(id);
        for (const next of byId.get(id)?.broader ?? []) walk(next);
      };
      for (const next of entry.broader ?? []) walk(next);
    }
  });
});

describe('the company catalogue', () => {
  it('covers the large technology employers', () => {
    expect(catalogue.companies.entries.length).toBeGreaterThanOrEqual(300);
    for (const name of [
      'Infosys',
      'TCS',
      'ByteDance',
      'Meituan',
      'SAP',
      'ASML',
      'Qualcomm',
      'Accenture',
      'Vodafone',
    ]) {
      expect(company(name), name).toBeDefined();
    }
  });

  it('finds an employer whatever legal form the résumé appends', () => {
    expect(company('Siemens AG')).toBe('siemens');
    expect(company('SAP SE')).toBe('sap');
    expect(company('Infosys Pvt. Ltd.')).toBe('infosys');
    expect(company('Infosys Private Limited')).toBe('infosys');
    expect(company('Booking.com B.V.')).toBe('booking');
    expect(company('Huawei Technologies Co., Ltd.')).toBe('huawei');
    expect(company('Tata Consultancy Services Limited')).toBe('tcs');
    expect(company('Rakuten K.K.')).toBe('rakuten');
    expect(company('Capgemini S.A.')).toBe('capgemini');
    expect(company('Spotify AB (publ)')).toBe('spotify');
    expect(company('Nokia Oyj')).toBe('nokia');
    expect(company('Adyen N.V.')).toBe('adyen');
  });

  it('gives a subsidiary a résumé names as its employer its parent', () => {
    const parent = (id: string) => catalogue.companies.get(id)?.parent;
    expect(company('Instagram')).toBe('instagram');
    expect(parent('instagram')).toBe('meta');
    expect(company('AWS')).toBe('company-aws');
    expect(parent('company-aws')).toBe('amazon');
    // named like the technology GitHub: the company takes its kind as prefix (README, id space)
    expect(company('GitHub')).toBe('company-github');
    expect(parent('company-github')).toBe('microsoft');
    expect(parent('myntra')).toBe('flipkart');
    expect(parent('flipkart')).toBe('walmart');
  });
});

describe('validation of the technology catalogue', () => {
  async function technologiesIssues(technologies: unknown[]) {
    const dir = await mkdtemp(join(tmpdir(), 'career-graph-catalogue-'));
    await writeFile(join(dir, 'technologies.json'), JSON.stringify(technologies, null, 1));
    await writeFile(join(dir, 'companies.json'), '[]');
    const error = await loadCatalogue(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueError);
    return (error as CatalogueError).issues.map(({ path, found, expected }) => ({ path, found, expected }));
  }

  it('rejects a broader link to an unknown id or to the entry itself, and a cycle of broader links', async () => {
    expect(
      await technologiesIssues([
        { id: 'a', name: 'A lang', category: 'language', broader: ['b'] },
        { id: 'b', name: 'B lang', category: 'language', broader: ['c'] },
        { id: 'c', name: 'C lang', category: 'language', broader: ['a'] },
        { id: 'd', name: 'D lang', category: 'language', broader: ['d', 'nowhere'] },
      ]),
    ).toEqual([
      {
        path: '[3].broader[0]',
        found: '"d", the entry itself',
        expected: 'the id of another technology in this catalogue',
      },
      {
        path: '[3].broader[1]',
        found: '"nowhere"',
        expected: 'the id of another technology in this catalogue',
      },
      {
        path: '[2].broader[0]',
        found: 'a cycle of broader links: a → b → c → a',
        expected: 'broader links that never lead back',
      },
    ]);
  });

  it('rejects an ambiguous alias that is not an alias, ambiguous other than true and an unknown category', async () => {
    const issues = await technologiesIssues([
      { id: 'go', name: 'Go', category: 'language', aliases: ['Golang'], ambiguousAliases: ['Gopher'] },
      { id: 'rust', name: 'Rust', category: 'langage', ambiguous: false },
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '[1].category' }),
        expect.objectContaining({ path: '[1].ambiguous' }),
      ]),
    );
    // the schema stops the cross-field checks; a valid file reaches them
    expect(
      await technologiesIssues([
        { id: 'go', name: 'Go', category: 'language', aliases: ['Golang'], ambiguousAliases: ['Gopher'] },
      ]),
    ).toEqual([
      { path: '[0].ambiguousAliases[0]', found: '"Gopher"', expected: 'one of the aliases of this entry' },
    ]);
  });
});

describe('looseCompanyKey', () => {
  it('drops every common legal form, dotted or not, and stacked forms', () => {
    const cases: [string, string][] = [
      ['Siemens AG', 'siemens'],
      ['SAP SE', 'sap'],
      ['Infosys Pvt. Ltd.', 'infosys'],
      ['Infosys Pvt Ltd', 'infosys'],
      ['Booking.com B.V.', 'bookingcom'],
      ['Acme S.p.A.', 'acme'],
      ['Acme SpA', 'acme'],
      ['Acme S.à r.l.', 'acme'],
      ['Acme GmbH & Co. KG', 'acme'],
      ['Acme Co., Ltd.', 'acme'],
      ['Acme K.K.', 'acme'],
      ['Acme Sp. z o.o.', 'acme'],
      ['Acme Sdn. Bhd.', 'acme'],
      ['Acme S.A. de C.V.', 'acme'],
      ['Acme Holdings Pte. Ltd.', 'acmeholdings'],
      ['Acme A/S', 'acme'],
    ];
    expect(cases.map(([name]) => [name, looseCompanyKey(name)])).toEqual(cases);
  });

  it('keeps a name that is only a legal form, and strips nothing from a name without one', () => {
    expect(looseCompanyKey('Company')).toBeNull();
    expect(looseCompanyKey('AG')).toBeNull();
    expect(looseCompanyKey('Limited Brands')).toBeNull();
  });
});

describe('the committed catalogue files', () => {
  it('are JSON, one entry a line', async () => {
    for (const file of ['seed/technologies.json', 'seed/companies.json']) {
      const lines = (await readFile(join(projectRoot, file), 'utf8')).split('\n');
      expect(lines[0]).toBe('[');
      expect(lines.at(-2)).toBe(']');
      for (const line of lines.slice(1, -2)) expect(line.startsWith('{"id":'), `${file}: ${line}`).toBe(true);
    }
  });
});
