import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { extractText, schools, seedCatalogue, technologiesByPosition } from './extract-text.js';

// Session 35 (xtech35): a person's particulars, labelled lines and education entries read as technologies or
// schools. Documents written for these tests, of invented people.

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

describe("a person's particulars beside the skills", () => {
  it('names no skill in a row of labelled cells', async () => {
    const result = await extractText(
      [
        'Ilse Varga-Mbeki',
        'Graz',
        '',
        'Experience',
        'Engineer, Murtal Logistics, Jan 2020 - Mar 2023',
        '- Routing services in Go.',
        '',
        'Skills',
        'Languages: Go, Python',
        'Work permit: Settled status · Military service: Completed · Driving licence: B',
        'Körkort: B',
      ].join('\n'),
    );
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Languages', ['Go', 'Python']],
    ]);
  });
});

describe('a labelled line under a header whose last word is a letter', () => {
  it('starts afresh: its label is no word of a name the header began', async () => {
    const result = await extractText(
      [
        'Lívia Prates Moura',
        'Recife',
        '',
        'Experiência',
        '',
        'Porto Digital Sistemas Ltda – Recife – 03/2019 a atual',
        'Cargo: Analista de Sistemas',
        '• Serviços em Java e Kafka.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Porto Digital Sistemas Ltda',
        title: 'Analista de Sistemas',
        technologies: ['Java', 'Kafka'],
      },
    ]);
  });
});

describe("a word the catalogue flags joined to another in a body's name", () => {
  it('is a word of the name after "of" and a capitalised word', async () => {
    expect(await found('Università di Verona — Dipartimento di Fisica e Informatica')).toEqual([]);
  });

  it('is the technology in a list', async () => {
    expect(await found('Pipelines in Informatica and Python')).toEqual([
      'informatica=Informatica',
      'python=Python',
    ]);
  });
});

describe('education', () => {
  it('reads "Máster Universitario en …" as degree and field over its school on a line of its own', async () => {
    const result = await extractText(
      [
        'Nerea Olabarria Etxeberria',
        'Bilbao',
        '',
        'Experiencia',
        'Ingeniera de software, Deusto Robotics, enero 2020 - marzo 2023',
        '',
        'Formación',
        '',
        'Máster Universitario en Inteligencia Artificial',
        'Universidad del País Vasco',
        '2018 – 2020',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidad del País Vasco',
        studyType: 'Máster Universitario',
        area: 'Inteligencia Artificial',
        startDate: '2018',
        endDate: '2020',
      },
    ]);
  });

  it('makes no entry of a vocational baccalaureate', async () => {
    const result = await extractText(
      [
        'Reto Camenzind',
        'Luzern',
        '',
        'Experience',
        'Engineer, Pilatus Logistik AG, Jan 2020 - Mar 2023',
        '',
        'Education',
        '',
        'BSc in Computer Science, Lucerne University of Applied Sciences, 2015 – 2019',
        'Federal Vocational Baccalaureate (BMS), GIBB Bern, 2011 – 2015',
        'Berufsmaturität, Berufsbildungszentrum Luzern, 2011 – 2015',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Lucerne University of Applied Sciences',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: '2015',
        endDate: '2019',
      },
    ]);
  });
});
