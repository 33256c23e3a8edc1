import { describe, expect, it } from 'vitest';
import { holdsContact } from '../../../src/extract/preamble.js';
import { extractText } from './extract-text.js';

/**
 * Session 33: lines a skills section runs into that name no skills: a header's name, title and contact lines after a
 * one-skill-a-line list, a person's particulars, references and a job portal's footer. Constructed résumés of invented
 * people and employers, read by the whole extractor with the seed catalogue.
 */

const resume = (skills: string[], heading = 'Skills') =>
  [
    'Ysolde Marrantine',
    'Bristol, UK',
    '',
    'Experience',
    'Engineer, Quillmore Labs, Jan 2020 - Mar 2023',
    '- Maintained the billing service in Go.',
    '',
    heading,
    ...skills,
  ].join('\n');

const keywords = async (skills: string[], heading?: string) => {
  const result = await extractText(resume(skills, heading));
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
};

describe('holdsContact: a line with an e-mail, a phone number or a web address', () => {
  it.each([
    ['an e-mail', 'Aberdeen  |  ysolde@fastmail.co.uk', true],
    ['a phone number with a country code', 'Galway · +353 87 555 0142', true],
    ['a local phone number in groups', 'Mr. T. Oyelaran – Lead, Kestrel Ltd – 0917 555 2207', true],
    ['a profile address', 'linkedin.com/in/ysoldem', true],
    ['a web address with its scheme', 'https://ysolde.dev', true],
    ['a list of names', 'Node.js, ASP.NET/C#, Vue.js', false],
    ['a range of years', 'Zorblax 2019 - 2021', false],
    ['a version', 'Python 3.11, Java 17', false],
  ])('%s', (_, text, expected) => {
    expect(holdsContact(text)).toBe(expected);
  });
});

describe('a skills section keeps its names and drops the lines that say who someone is', () => {
  it("a header's name, title and contact lines after the list, a blank line between", async () => {
    const skills = [
      'Go',
      'Kafka',
      'Zorbleet',
      '',
      'Ysolde Marrantine',
      'Platform Engineer',
      'Bristol · +44 7700 900123',
    ];
    expect(await keywords(skills)).toEqual(['Go', 'Kafka', 'Zorbleet']);
  });

  it('a list line just above the contact line keeps its names', async () => {
    expect(await keywords(['Go, Kafka, Zorbleet', 'ysolde@fastmail.co.uk'])).toEqual([
      'Go',
      'Kafka',
      'Zorbleet',
    ]);
  });

  it('references of three lines each: name, post and employer, then a phone or an e-mail', async () => {
    const skills = [
      'Tools: Git, Zorbleet',
      '',
      'Engr. Dario Quintanal',
      'Delivery Lead, Brackwater Systems',
      '0917 555 4410',
      '',
      'Ms. Liesl Armbruster',
      'Instructor, Northvale College',
      'liesl.armbruster@northvale.example',
    ];
    expect(await keywords(skills)).toEqual(['Git', 'Zorbleet']);
  });

  it.each([
    ['colons', ['Age: 29', 'Civil Status: Married', 'Religion: Roman Catholic', 'Citizenship: Filipino']],
    ['bars', ['Sex | Female', 'Marital Status | Single', 'State of Origin | Ogun State']],
    ['Spanish and German fields', ['Estado civil: Soltera', 'Nacionalidad: Peruana', 'Familienstand: ledig']],
  ])("a person's particulars as rows labelled with %s", async (_, rows) => {
    expect(await keywords(['Languages: Kotlin, Zorbleet', ...rows])).toEqual(['Kotlin', 'Zorbleet']);
  });

  it.each([
    ['Spanish', ['Perfil creado en Computrabajo · Actualizado hace 5 días']],
    ['Portuguese', ['Perfil público criado em vagas.com.br', 'Atualizado há 2 semanas']],
    ['English', ['Profile created on Jobvane · Updated 5 days ago']],
  ])("a job portal's footer in %s after a list of one name a line", async (_, footer) => {
    expect(await keywords(['Kotlin', 'Zorbleet', '', ...footer])).toEqual(['Kotlin', 'Zorbleet']);
  });

  it('a name of three words with one lower-case word stays a name ("NVMe over Fabrics")', async () => {
    expect(await keywords(['Storage: NVMe over Fabrics, Zorbleet Data Fabric'])).toEqual([
      'NVMe over Fabrics',
      'Zorbleet Data Fabric',
    ]);
  });
});

describe('levels and spoken languages in the languages the CV is written in', () => {
  it('a Slovak level after a dash, with its qualifier ("mierne pokročilý")', async () => {
    const skills = ['Kotlin – pokročilý', 'Zorbleet – mierne pokročilý', 'Docker – začiatočník'];
    expect(await keywords(skills, 'Počítačové znalosti')).toEqual(['Kotlin', 'Zorbleet', 'Docker']);
  });

  it('Swedish, Danish and Norwegian languages with their levels', async () => {
    const skills = [
      'Tools: Git, Zorbleet',
      'Svenska – modersmål · Engelska – flytande · Tyska – grundläggande',
      'Dansk – flydende · Norsk – grunnleggende',
    ];
    expect(await keywords(skills)).toEqual(['Git', 'Zorbleet']);
  });
});
