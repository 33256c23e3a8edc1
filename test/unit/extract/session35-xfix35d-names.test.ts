import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { extractText, schools, seedCatalogue, technologiesByPosition } from './extract-text.js';

// Session 35 (xfix35d): technologies session 35's rules lost in ordinary lines (a name hyphened to capitals, a name
// after "en" or a body's "of", a name wrapped onto a line that opens like a label), JSF where it names an aircraft,
// and Catalonia's master's degree. Lines written for these tests, of invented people and work.

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

const positionOf = async (...lines: string[]) =>
  technologiesByPosition(
    await extractText(['Marta Quiroga Lenz', 'Valencia', '', 'Experience', ...lines].join('\n')),
  );

describe('a name hyphened to capitals the catalogue lacks', () => {
  it('is still that name', async () => {
    expect(await found('Tuned PHP-FPM pools')).toEqual(['php=PHP']);
    expect(await found('SAP-MM and SAP-SD rollouts')).toEqual(['sap-platform=SAP', 'sap-platform=SAP']);
    expect(await found('SQL-DBA duties')).toEqual(['sql=SQL']);
  });
});

describe('a flagged name after a capitalised word and a conjunction', () => {
  it('is the technology in a sentence in title case', async () => {
    expect(await found('Desarrollo de Aplicaciones en Swift para iOS')).toEqual(['swift=Swift', 'ios=iOS']);
    expect(await found('Desarrollo de Microservicios en Go')).toEqual(['go=Go']);
    expect(await found('Migración de Servicios y Go')).toEqual(['go=Go']);
    expect(await found('Sviluppo di Microservizi e Go')).toEqual(['go=Go']);
    expect(await found('Led the rewrite of Billing and Go services')).toEqual(['go=Go']);
  });

  it("is the technology of a position's bullet", async () => {
    expect(
      await positionOf(
        'Ingeniera de software, Turia Movilidad, enero 2020 - marzo 2023',
        '- Desarrollo de Aplicaciones en Swift para iOS',
      ),
    ).toEqual([
      { company: 'Turia Movilidad', title: 'Ingeniera de software', technologies: ['Swift', 'iOS'] },
    ]);
  });

  it("is a word of a faculty's or a department's name", async () => {
    expect(await found('Faculty of Physics and Informatics')).toEqual([]);
    expect(await found('Università di Pisa — Dipartimento di Matematica e Informatica')).toEqual([]);
    expect(await found('Faculteit der Wiskunde en Informatica')).toEqual([]);
  });
});

describe('a name wrapped onto a line that opens like a label', () => {
  it('is one name over the two lines', async () => {
    expect(
      await positionOf(
        'Frontend Engineer, Albufera Analytics, Jan 2020 - Mar 2023',
        'Rebuilt the reporting screens of the customer portal using Angular',
        'Material: forms, tables and charts.',
      ),
    ).toEqual([
      { company: 'Albufera Analytics', title: 'Frontend Engineer', technologies: ['Angular Material'] },
    ]);
    expect(
      await positionOf(
        'Platform Engineer, Albufera Analytics, Jan 2020 - Mar 2023',
        'Moved the batch workloads from virtual machines onto Azure Kubernetes',
        'Service: cut costs by a third.',
      ),
    ).toEqual([
      {
        company: 'Albufera Analytics',
        title: 'Platform Engineer',
        technologies: ['Azure Kubernetes Service'],
      },
    ]);
  });
});

describe("a person's particulars in a skills row's later cell", () => {
  it('name no skill, the cells before them keep theirs', async () => {
    const result = await extractText(
      [
        'Marta Quiroga Lenz',
        'Valencia',
        '',
        'Experience',
        'Engineer, Turia Movilidad, Jan 2020 - Mar 2023',
        '- Routing services in Go.',
        '',
        'Skills',
        'Languages: Go, Python · Military service: Completed',
      ].join('\n'),
    );
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Languages', ['Go', 'Python']],
    ]);
  });
});

describe('"JSF"', () => {
  it('is the aircraft programme in prose that lists no technology beside it', async () => {
    expect(await found('Avionics software for the F-35 JSF program in Ada')).toEqual(['ada=Ada']);
  });

  it('is JavaServer Faces listed beside other technologies', async () => {
    expect(await found('Java EE, JSF, Oracle')).toEqual([
      'java=Java EE',
      'javaserver-faces=JSF',
      'oracle-database=Oracle',
    ]);
  });
});

describe("Catalonia's master's degree", () => {
  it('reads "Màster Universitari en …" as degree and field', async () => {
    const result = await extractText(
      [
        'Jordi Puigvert Casals',
        'Girona',
        '',
        'Experiència',
        'Enginyer de programari, Empordà Dades, gener 2020 - març 2023',
        '',
        'Formació',
        '',
        'Màster Universitari en Ciència de Dades, Universitat de Girona, 2018 – 2020',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universitat de Girona',
        studyType: 'Màster Universitari',
        area: 'Ciència de Dades',
        startDate: '2018',
        endDate: '2020',
      },
    ]);
  });
});
