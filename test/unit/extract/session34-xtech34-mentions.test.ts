import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { seedCatalogue } from './extract-text.js';

// Session 34 (xtech34): technology mentions the development sets showed missed or read wrongly. Sentences written for
// these tests, of invented work.

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

describe('names in their Czech and Slovak case forms', () => {
  it('reads the locative after "v" in Czech and in Slovak', async () => {
    expect(await found('hlídání front v Datadogu a Sentry')).toEqual(['datadog=Datadog', 'sentry=Sentry']);
    expect(await found('noční build v Jenkinsu')).toEqual(['jenkins=Jenkins']);
    expect(await found('skripty na import dat v Pythonu')).toEqual(['python=Python']);
    expect(await found('importné skripty v Pythone')).toEqual(['python=Python']);
    expect(await found('moduly v Terraforme pre dve prostredia')).toEqual(['terraform=Terraform']);
  });

  it('reads the instrumental after "s" and a name the catalogue writes in lower case', async () => {
    expect(await found('nasadenie s Kubernetesom a Helmom')).toEqual(['kubernetes=Kubernetes', 'helm=Helm']);
    expect(await found('jednotkové testy v pytestu')).toEqual(['pytest=pytest']);
  });

  it('needs a Czech or Slovak text: the endings are words of other languages', async () => {
    expect(await found('Wrote Pythonu as a joke name for the bot.')).toEqual([]);
    expect(await found('The Jenkinsu ticket queue was closed.')).toEqual([]);
  });

  it('leaves a short name in lower case, which an ordinary word may spell with that ending', async () => {
    expect(await found('změny v gitu')).toEqual([]);
  });
});
