import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { onlyVersions, versionless, withoutVersion } from '../../../src/catalogue/versions.js';
import { FactKeys } from '../../../src/eval/score.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';
import { technologyEntry } from './constructed-catalogue.js';

// Issue 10: a version after a known technology ("Java 17", ".NET 8") names that technology, for the loader, the
// scorer and the extractor alike; a name the catalogue knows with its number keeps it.

describe('withoutVersion', () => {
  it('drops a trailing version after a space: numbers, dotted, with letters, a v, a plus', () => {
    expect(withoutVersion('Java 17')).toBe('Java');
    expect(withoutVersion('Python 3.11')).toBe('Python');
    expect(withoutVersion('.NET 8')).toBe('.NET');
    expect(withoutVersion('Oracle 19c')).toBe('Oracle');
    expect(withoutVersion('Vue v3')).toBe('Vue');
    expect(withoutVersion('Java 11+')).toBe('Java');
    expect(withoutVersion('Java SE 17')).toBe('Java SE');
    expect(withoutVersion('Python 3.x')).toBe('Python');
  });

  it('keeps a number glued to the name, a name that is only a number, and a name with no version', () => {
    expect(withoutVersion('Web3')).toBe('Web3');
    expect(withoutVersion('2019')).toBe('2019');
    expect(withoutVersion('Kotlin')).toBe('Kotlin');
    expect(withoutVersion('Node.js')).toBe('Node.js');
  });

  it('versionless is null where nothing trails; onlyVersions tells a text of versions alone', () => {
    expect(versionless('Angular 15')).toBe('Angular');
    expect(versionless('  PHP 8.2 ')).toBe('PHP');
    expect(versionless('Kotlin')).toBeNull();
    expect(onlyVersions(' 17')).toBe(true);
    expect(onlyVersions(' v2 12c')).toBe(true);
    expect(onlyVersions(' and 17')).toBe(false);
  });
});

describe('CatalogueIndex.resolve with versionless', () => {
  const entries = [
    technologyEntry('java', 'Java', ['Java SE']),
    technologyEntry('dotnet', '.NET'),
    technologyEntry('python', 'Python', ['Python 3']),
    technologyEntry('vxworks', 'VxWorks'),
    technologyEntry('vxworks-653', 'VxWorks 653'),
    technologyEntry('web3', 'Web3'),
  ];
  const index = new CatalogueIndex(entries, { versionless });
  const plain = new CatalogueIndex(entries);

  it('finds the technology a versioned spelling names', () => {
    expect(index.resolve('Java 17')?.id).toBe('java');
    expect(index.resolve('Java SE 21')?.id).toBe('java');
    expect(index.resolve('.NET 6')?.id).toBe('dotnet');
    expect(index.resolve('Python 3.12')?.id).toBe('python');
    expect(index.resolve('VxWorks 7')?.id).toBe('vxworks');
  });

  it('keeps a name the catalogue knows with its number, and finds nothing for an unknown name with a version', () => {
    expect(index.resolve('VxWorks 653')?.id).toBe('vxworks-653');
    expect(index.resolve('Python 3')?.id).toBe('python');
    expect(index.resolve('Web3')?.id).toBe('web3');
    expect(index.resolve('Frobnicator 2')).toBeUndefined();
  });

  it('is off without the option (companies: "Channel 4" is no version of "Channel")', () => {
    expect(plain.resolve('Java 17')).toBeUndefined();
  });
});

describe('the loaded catalogue', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await loadCatalogue();
  });

  const text = `id: mirela-ostrowska
work:
  - name: Quillfeather Systems
    position: Engineer
    startDate: 2021-01
    current: true
    technologies: [Java 17, .NET 8, Python 3.11, Node.js 20, Angular 15, HoloLens 2]
`;

  it('loads a versioned name as its technology, as the scorer counts it', () => {
    const document = validateResume(parseResumeText('mirela-ostrowska.yaml', text));
    const plan = planResumeGraph(normaliseResume(document, 'mirela-ostrowska.yaml'), catalogue);
    const expected = ['angular', 'dotnet', 'hololens-2', 'java', 'nodejs', 'python'];
    expect(plan.edges.roleUsed.map((edge) => edge.to).sort()).toEqual(expected);
    expect(plan.unnormalised.filter((name) => name.kind === 'Technology')).toEqual([]);
    const facts = new FactKeys(catalogue).facts(document);
    expect([...facts.technologies].sort()).toEqual(expected.map((id) => `technology:${id}`));
  });

  it('gives the loader the technology the mention matcher reads in running text', () => {
    const matcher = createMentionMatcher(catalogue.technologies);
    for (const written of ['Java 17', 'Python 3.11', 'Node.js 20', 'Angular 15']) {
      const [mention] = matcher.find(`Migrated the services to ${written} last year.`);
      expect(mention?.technologyId).toBe(catalogue.technologies.resolve(written)?.id);
    }
  });
});

describe('CatalogueIndex.resolve of a name with another spelling in brackets', () => {
  const index = new CatalogueIndex(
    [
      technologyEntry('aws', 'Amazon Web Services', ['AWS']),
      technologyEntry('gcp', 'Google Cloud Platform', ['GCP']),
      technologyEntry('spark', 'Apache Spark', ['Spark']),
      technologyEntry('scala', 'Scala'),
      technologyEntry('java', 'Java'),
    ],
    { versionless },
  );

  it('finds the entry both spellings name', () => {
    expect(index.resolve('Amazon Web Services (AWS)')?.id).toBe('aws');
    expect(index.resolve('Google Cloud Platform ( GCP )')?.id).toBe('gcp');
    expect(index.resolve('Java 17 (Java)')?.id).toBe('java');
  });

  it('finds nothing where the bracket names another entry, nothing or more than one', () => {
    expect(index.resolve('Spark (Scala)')).toBeUndefined();
    expect(index.resolve('Frobnicator (AWS)')).toBeUndefined();
    expect(index.resolve('AWS (Frobnicator)')).toBeUndefined();
    expect(index.resolve('AWS (AWS, GCP)')).toBeUndefined();
  });
});
