import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, seedCatalogue } from './extract-text.js';

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
    expect(await found('Cut solver runs from 40 s to 6 s for Pipe Stress models.')).toEqual([]);
    expect(await found('Built the company s Grave Risk register.')).toEqual([]);
    expect(await found('Plotted the z axis over Perla and Pythona samples.')).toEqual([]);
  });

  it('reads "z" with the genitive and "s" with the instrumental of a capitalised name as Czech', async () => {
    expect(await found('migrace dat z Jenkinsu')).toEqual(['jenkins=Jenkins']);
    expect(await found('přechod repozitářů z CVS do Gitu')).toEqual(['cvs=CVS', 'git=Git']);
    expect(await found('prechod repozitárov z CVS do Gitu')).toEqual(['cvs=CVS', 'git=Git']);
    expect(await found('integrace s Dockerem a Pythonem')).toEqual(['docker=Docker', 'python=Python']);
  });

  it('inflects a name the catalogue writes in lower case in Polish too', async () => {
    expect(await found('testy jednostkowe w pytestach')).toEqual(['pytest=pytest']);
  });

  it('leaves a short name in lower case, which an ordinary word may spell with that ending', async () => {
    expect(await found('změny v gitu')).toEqual([]);
  });
});

describe('the sections a CV ends on besides its skills', () => {
  it.each([
    'EGYÉB',
    'Egyéb információk',
    'Sonstiges',
    'DALŠÍ INFORMACE',
    'Ďalšie informácie',
    'Altre informazioni',
    'Záliby',
    'Expected salary',
    'Preferencia salarial',
    'Pretensión salarial',
  ])('%j heads a section of its own', (heading) => {
    expect(sectionKind(heading)).toBe('other');
  });

  it.each(['Salary', 'Salary History', 'Expected Skills', 'Expected Experience', 'Expected Publications'])(
    '%j heads no section: "expected" and "salary" are no section words',
    (heading) => {
      expect(sectionKind(heading)).toBeNull();
    },
  );

  it('keeps "Egyéb készségek" (other skills) a skills section', () => {
    expect(sectionKind('Egyéb készségek')).toBe('skills');
  });
});

const skillsOf = async (lines: string[]) => {
  const text = [
    'Ottilie Brennecke',
    'Rostock',
    '',
    'BERUFSERFAHRUNG',
    'Backend-Entwicklerin',
    'Warnow Werft, Rostock',
    '01/2019 – heute',
    '- Dienste in Go',
    '',
    'IT-KENNTNISSE',
    '',
    ...lines,
  ].join('\n');
  const result = await extractText(text);
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
};

describe('a skills list followed by a section of other things', () => {
  it('stops before "SONSTIGES" and its hobbies', async () => {
    expect(
      await skillsOf([
        'Go, Kafka, Terraform',
        '',
        'SONSTIGES',
        '',
        'Führerschein Klasse B. Hobbys: Segeln, Schach.',
      ]),
    ).toEqual(['Go', 'Kafka', 'Terraform']);
  });

  it('reads a cell of two levels side by side as no name', async () => {
    expect(
      await skillsOf(['Go        Experte', 'Kafka        Fortgeschritten Experte', 'Terraform']),
    ).toEqual(['Go', 'Kafka', 'Terraform']);
  });
});

const technologies = async (bullet: string) => {
  const result = await extractText(
    [
      'Wambui Kariuki-Ndegwa',
      'Nakuru',
      '',
      'Experience',
      'Engineer, Rift Valley Payments, Jan 2020 - Mar 2023',
      bullet,
    ].join('\n'),
  );
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).flatMap((position) => position.technologies ?? []),
  );
};

describe("a gateway in front of a product's APIs", () => {
  it("names no API used, while the product's API does", async () => {
    expect(await technologies('- Rate limits on the Tembo Pay API gateway, in Go.')).toEqual(['Go']);
    expect(await technologies('- Payouts through the Tembo Pay API, in Go.')).toEqual([
      'Tembo Pay API',
      'Go',
    ]);
  });
});

describe('a lone "s" in an English bullet (a unit, a possessive without its apostrophe)', () => {
  it('reads no Czech case form', async () => {
    expect(
      await technologies('- Cut solver runs from 40 s to 6 s for Pipe Stress models in Python.'),
    ).toEqual(['Python']);
    expect(await technologies('- Built the company s Grave Risk register in Excel.')).toEqual(['Excel']);
  });
});
