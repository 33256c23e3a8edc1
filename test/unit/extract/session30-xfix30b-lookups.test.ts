import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { extractText, positions, seedCatalogue } from './extract-text.js';

// Audit 30b: "<title> in <employer>" asks whether the employer is a technology by its whole name, as before the
// version and bracket steps of CatalogueIndex.resolve: a company written with its short name in brackets stays the
// employer.

describe('extractText: "<title> in <employer> (<short name>)"', () => {
  it('keeps the employer whole and the title before "in"', async () => {
    const text = [
      'Tomasz Wierzbicki',
      '',
      'EXPERIENCE',
      '',
      'Cloud Engineer in Amazon Web Services (AWS), Seattle  2019 – 2021',
      '• Ran the billing pipelines.',
    ].join('\n');
    const result = await extractText(text);
    expect(result.resume.work?.map((work) => work.name)).toEqual(['Amazon Web Services']);
    expect(
      positions(result).map((position) => [position.title, position.startDate, position.endDate]),
    ).toEqual([['Cloud Engineer', '2019', '2021']]);
  });
});

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

// Audit 30b: ä and ö say nothing of Finnish (German, Swedish, Estonian, Hungarian and Turkish write them); its small
// words do, and a name with an ending only Finnish puts on a word is inflected in any text.

describe('a Finnish text is told by its words, never by ä and ö', () => {
  it('keeps a misspelt name in a Swedish list and reads no German plural as an inflected name', async () => {
    expect(await found('Verktyg (Göteborg): Kafka, Postgress, Kubernetes')).toEqual([
      'kafka=Kafka',
      'postgresql=Postgress',
      'kubernetes=Kubernetes',
    ]);
    expect(await found('Hobbys: Perlen sammeln und Radfahren in Köln.')).toEqual([]);
    expect(await found('Tööriistad (Tõnu): Jenkins, Dockre, Ansible')).toContain('docker=Dockre');
  });

  it('reads a short ending in a text with a Finnish small word', async () => {
    expect(await found('Rajapinta tehty Pythonilla ja Reactin komponentit.')).toEqual([
      'python=Python',
      'react=React',
    ]);
    expect(await found('Käyttöliittymä sekä Reactin komponentit.')).toEqual(['react=React']);
    expect(await found('Reactin komponentit.')).toEqual([]);
  });

  it('reads a local-case ending on a name with no small word around it', async () => {
    expect(await found('Rajapinnat Pythonilla.')).toEqual(['python=Python']);
    expect(await found('Testit ajettiin Jenkinsissä')).toEqual(['jenkins=Jenkins']);
    expect(await found('Dokumentation der Schnittstellen, Proben mit der Kapelle.')).toEqual([]);
  });
});
