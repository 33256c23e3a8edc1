import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { splitLines, withoutRunningHeaders } from '../../../src/extract/decode-text.js';
import { unframe } from '../../../src/extract/frames.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { EXPERIENCE_HEAD, extractText, roleRows, technologiesByPosition } from './extract-text.js';

/**
 * Session 21 (xtext): plain-text résumés as people save or paste them (dev-plain). Every input is constructed here
 * with invented people and employers; each expected answer is what the text says.
 */

const person = ['Tamsin Okoro', 'tamsin.okoro@example.com', ''];

/** The first date range `text` holds, as [from, to or 'present']. */
function range(text: string) {
  const found = findDates(text).find((date) => date.kind === 'range');
  if (!found) return null;
  const at = (date: { year: number; month: number | null } | null) =>
    date && `${date.year}${date.month === null ? '' : `-${String(date.month).padStart(2, '0')}`}`;
  return [at(found.from), found.ongoing ? 'present' : at(found.to)];
}

describe('a month word joined to its year by a slash or a hyphen', () => {
  it('reads "jan/2021" (Brazilian CVs) and "Jan-2019" (Indian CVs) as months, not as a range of their own', () => {
    expect(range('jan/2021 – atual')).toEqual(['2021-01', 'present']);
    expect(range('mar/2017 – dez/2020')).toEqual(['2017-03', '2020-12']);
    expect(range('Jan-2019 to Dec-2020')).toEqual(['2019-01', '2020-12']);
    expect(range('Aug-2021 to till date')).toEqual(['2021-08', 'present']);
  });

  it('reads a month word that is also English ("set", "out") joined to its year as the month', () => {
    expect(range('set/2019 – out/2021')).toEqual(['2019-09', '2021-10']);
  });

  it('reads the Polish month abbreviations', () => {
    expect(range('sty 2018 – lut 2021')).toEqual(['2018-01', '2021-02']);
    expect(range('wrz 2016 – gru 2017')).toEqual(['2016-09', '2017-12']);
  });
});

describe("a job's fields labelled in the languages of form-like CVs", () => {
  it('reads "Empresa:", "Cargo:" and "Período:" blocks as positions', async () => {
    const text = [
      ...person,
      'EXPERIÊNCIA PROFISSIONAL',
      '',
      'Empresa: Ipê Roxo Sistemas Ltda.',
      'Cargo: Analista Desenvolvedor',
      'Período: fev/2019 – atual',
      'Atividades: APIs em Go.',
      '',
      'Empresa: Jatobá Dados S.A.',
      'Cargo: Estagiário de Dados',
      'Período: mar/2017 – jan/2019',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Ipê Roxo Sistemas Ltda.', 'Analista Desenvolvedor', '2019-02', 'present'],
      ['Jatobá Dados S.A.', 'Estagiário de Dados', '2017-03', '2019-01'],
    ]);
  });

  it('reads "Organisation:" under a number and "Designation:" as the employer and the title', async () => {
    const text = [
      ...person,
      'PROFESSIONAL EXPERIENCE:',
      '',
      '1) Organisation: Kaveri Softech Pvt. Ltd., Mysuru',
      '   Designation: Test Lead',
      '   Duration: Feb-2020 to till date',
      '',
      '2) Organisation: Nilgiri Data Pvt. Ltd., Ooty',
      '   Designation: Test Engineer',
      '   Duration: Jun-2016 to Jan-2020',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Kaveri Softech Pvt. Ltd.', 'Test Lead', '2020-02', 'present'],
      ['Nilgiri Data Pvt. Ltd.', 'Test Engineer', '2016-06', '2020-01'],
    ]);
  });

  it('leaves a Spanish or Portuguese internship in brackets out of the title', async () => {
    const text = [
      ...person,
      'EXPERIENCIA',
      '',
      'Bodega Sur, Mendoza — Desarrollador Web (pasantía)',
      'agosto 2015 – febrero 2017',
      '',
      'Caju Labs, Recife — Desenvolvedor (estágio)',
      'março 2014 – julho 2015',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Bodega Sur', 'Desarrollador Web', '2015-08', '2017-02'],
      ['Caju Labs', 'Desenvolvedor', '2014-03', '2015-07'],
    ]);
  });
});

describe('section headings of plain-text CVs', () => {
  it('names education by the singular "Educational Qualification" and "Academic Qualification"', () => {
    expect(sectionKind('EDUCATIONAL QUALIFICATION')).toBe('education');
    expect(sectionKind('Academic Qualification:')).toBe('education');
  });

  it('names skills by "Technical Proficiency" and the summary by "Objetivo"', () => {
    expect(sectionKind('Technical Proficiency')).toBe('skills');
    expect(sectionKind('OBJETIVO')).toBe('summary');
  });
});

describe("Word's Symbol and Wingdings bullets", () => {
  it('reads a private-use bullet (U+F0B7, U+F0A7) and its Latin-1 stand-ins ("§", "Ø") as list markers', () => {
    const lines = modelLines(
      [
        '\uf0b7 Built the fares engine',
        '\uf0a7\tRan the on-call rota',
        '§ Wrote the runbooks',
        'Ø Hired two',
        'Øyvind Lie',
      ].map((text) => ({ text })),
    );
    expect(lines.map((line) => [line.bullet, line.text])).toEqual([
      [true, 'Built the fares engine'],
      [true, 'Ran the on-call rota'],
      [true, 'Wrote the runbooks'],
      [true, 'Hired two'],
      [false, 'Øyvind Lie'],
    ]);
  });

  it('gives the technologies of such bullets to their position', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Staff Engineer | Kelpie Freight | Feb 2022 – Present',
      '\uf0b7 Fares engine in Rust',
    ].join('\n');
    expect(technologiesByPosition(await extractText(text))[0]?.technologies).toContain('Rust');
  });
});

describe('a running header after a page break in text copied from a PDF', () => {
  const pages = [
    'Tamsin Okoro',
    'tamsin.okoro@example.com',
    '',
    'EXPERIENCE',
    '',
    'Brannock Tickets',
    'Senior Engineer | Jun 2018 – Jan 2022',
    '- Checkout in React with a Node.js backend on',
    'Page 1 of 2',
    '\f',
    'Tamsin Okoro – Curriculum Vitae',
    'Amazon DynamoDB.',
  ];

  it('blanks the line naming the person that opens a later page, keeping the line numbers', () => {
    const text = pages.join('\n');
    const lines = withoutRunningHeaders(text, splitLines(text));
    expect(lines).toHaveLength(splitLines(text).length);
    expect(lines).not.toContain('Tamsin Okoro – Curriculum Vitae');
    expect(lines[0]).toBe('Tamsin Okoro');
  });

  it('keeps a line naming the person that no page break comes before', () => {
    const text = ['Tamsin Okoro', '', 'SUMMARY', 'Tamsin Okoro Consulting Ltd is my company.'].join('\n');
    expect(withoutRunningHeaders(text, splitLines(text))).toEqual(splitLines(text));
  });

  it('finds a page break by its form feed alone', () => {
    const text = ['Tamsin Okoro', 'EXPERIENCE', 'Brannock Tickets\fTamsin Okoro, CV', 'Senior Engineer'].join(
      '\n',
    );
    expect(withoutRunningHeaders(text, splitLines(text))).toEqual([
      'Tamsin Okoro',
      'EXPERIENCE',
      'Brannock Tickets',
      '',
      'Senior Engineer',
    ]);
  });

  it("gives the bullet's technology on the next page to its position", async () => {
    const result = await extractText(pages.join('\n'));
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Brannock Tickets',
        title: 'Senior Engineer',
        technologies: ['React', 'Node.js', 'Amazon DynamoDB'],
      },
    ]);
  });
});

describe('a grid table drawn in ASCII', () => {
  const table = [
    '+----------------+--------------------------+--------------------+',
    '| Period         | Role / Company           | Stack              |',
    '+----------------+--------------------------+--------------------+',
    '| 2020 - present | Platform Lead            | Kotlin, Ktor,      |',
    '|                | Tern Harbour Apps        | PostgreSQL         |',
    '+----------------+--------------------------+--------------------+',
    '| 2017 - 2020    | Android Developer        | Java               |',
    '|                | Gannet Mobile            |                    |',
    '+----------------+--------------------------+--------------------+',
  ];

  it("reads each row's lines into its first line, a cell's hand-broken lines apart and its wrapped ones joined", () => {
    const lines = unframe(table.map((text) => ({ text })));
    expect(lines).toHaveLength(table.length);
    expect(lines[3]?.text).toBe(
      '| 2020 - present | Platform Lead · Tern Harbour Apps | Kotlin, Ktor, PostgreSQL |',
    );
    expect(lines[4]).toEqual({ text: '', rule: true });
  });

  it('leaves a grid whose cells hold lists as it is: a page of text laid out in a grid', () => {
    const page = [
      '+----------------+------------------------------------+',
      '| Period         | Duties                             |',
      '+----------------+------------------------------------+',
      '| 2020/04 - now  | Platform Lead, Ledger team         |',
      '|                | - Owner of the payment services    |',
      '+----------------+------------------------------------+',
    ];
    expect(unframe(page.map((text) => ({ text }))).map((line) => line.text)).toEqual(page);
  });

  it('reads the table as the work history, with no heading above it', async () => {
    const text = [...person, ...table].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Tern Harbour Apps', 'Platform Lead', '2020', 'present'],
      ['Gannet Mobile', 'Android Developer', '2017', '2020'],
    ]);
    expect(technologiesByPosition(await extractText(text))[0]?.technologies).toEqual([
      'Kotlin',
      'Ktor',
      'PostgreSQL',
    ]);
  });
});

describe('a header set as a sentence: names, then the dates, then a period', () => {
  it('reads "Title, Employer. YYYY – YYYY." as a position, the period no part of the employer', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Lead Analyst, Marram Systems Ltd. 2020 – present.',
      'Built the pricing models in Python.',
      '',
      'Analyst, Sandpiper Freight. 2016 – 2020.',
      'Reports in SQL.',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Marram Systems Ltd.', 'Lead Analyst', '2020', 'present'],
      ['Sandpiper Freight', 'Analyst', '2016', '2020'],
    ]);
  });

  it('keeps a sentence with a range in its words a sentence of the position above', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Lead Analyst | Marram Systems | 2016 – present',
      'Ran the pricing review from 2019 – 2020.',
    ].join('\n');
    expect(await roleRows(text)).toEqual([['Marram Systems', 'Lead Analyst', '2016', 'present']]);
  });
});

describe('a career told in a cover-letter paragraph', () => {
  const told = (text: string) => roleRows([...person, 'ABOUT', '', text].join('\n'));

  it('reads a second employer joined by "and at" with its years in brackets', async () => {
    expect(
      await told(
        'Before that I worked at Plover Analytics (2017-2021) as a backend developer and at Wren Logistics (2014-2017) as a junior developer.',
      ),
    ).toEqual([
      ['Plover Analytics', 'backend developer', '2017', '2021'],
      ['Wren Logistics', 'junior developer', '2014', '2017'],
    ]);
  });

  it('reads "first as a developer and from 2018 as team lead" as two positions at the employer', async () => {
    expect(
      await told('In 2016 I moved to Plover Analytics, first as a developer and from 2018 as team lead.'),
    ).toEqual([
      ['Plover Analytics', 'developer', '2016', '2018'],
      ['Plover Analytics', 'team lead', '2018', undefined],
    ]);
  });

  it('ends a sentence at a legal form before a word that opens one, and reads "where I still work" as ongoing', async () => {
    expect(
      await told(
        'After graduating in 2012 I spent four years as a QA engineer at Wren Logistics Ltd. In 2016 I moved to Plover Analytics as a developer. I left Plover in 2021 to join Heron Mutual as an engineering manager, where I still work.',
      ),
    ).toEqual([
      ['Wren Logistics Ltd', 'QA engineer', '2012', '2016'],
      ['Plover Analytics', 'developer', '2016', '2021'],
      ['Heron Mutual', 'engineering manager', '2021', 'present'],
    ]);
  });
});

describe('a header hard-wrapped between the end month and its year', () => {
  it('reads "March 2016 - December" over "2018" as one range', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Wren Logistics Limited, Leeds, United Kingdom, January 2019 -',
      'present',
      'Senior Software Engineer',
      '',
      'Plover Analytics, York, United Kingdom, March 2016 - December',
      '2018',
      'Software Engineer',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Wren Logistics Limited', 'Senior Software Engineer', '2019-01', 'present'],
      ['Plover Analytics', 'Software Engineer', '2016-03', '2018-12'],
    ]);
  });

  it('still reads "Jan – Mar 2020" and a month alone in running words as before', () => {
    expect(range('Jan – Mar 2020')).toEqual(['2020-01', '2020-03']);
    expect(findDates('Joined in March 2016 and left in December').map((date) => date.kind)).toEqual([
      'single',
    ]);
  });
});

describe('a city between the title and the dates', () => {
  it('reads a city a time zone is named after as where the job was, not as its team', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Plover Analytics',
      'Senior Engineer | Dublin | Jun 2018 – Jan 2022',
      '- Checkout in React.',
    ].join('\n');
    const work = (await extractText(text)).resume.work?.[0];
    expect(work?.positions?.[0]?.team).toBeUndefined();
    expect(JSON.stringify(work?.positions?.[0]?.location)).toContain('Dublin');
  });
});

describe('German and French job forms', () => {
  it('reads "Zeitraum:", "Arbeitgeber:" and "Position:" blocks', async () => {
    const text = [
      'Lena Vogt',
      'lena.vogt@example.de',
      '',
      'BERUFSERFAHRUNG',
      '',
      'Zeitraum: 03/2019 – heute',
      'Arbeitgeber: Rheinwerk Systeme GmbH, Köln',
      'Position: Senior Entwicklerin',
      '',
      'Zeitraum: 09/2015 – 02/2019',
      'Arbeitgeber: Mosel Daten AG, Trier',
      'Position: Entwicklerin',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Rheinwerk Systeme GmbH', 'Senior Entwicklerin', '2019-03', 'present'],
      ['Mosel Daten AG', 'Entwicklerin', '2015-09', '2019-02'],
    ]);
  });

  it('reads "Entreprise :", "Poste :" and "Période :" blocks, a space before each colon', async () => {
    const text = [
      'Claire Martin',
      'claire.martin@example.fr',
      '',
      'EXPÉRIENCE PROFESSIONNELLE',
      '',
      'Entreprise : Loire Logiciels SAS',
      'Poste : Développeuse senior',
      "Période : janv. 2020 – aujourd'hui",
      '',
      'Entreprise : Garonne Data',
      'Poste : Développeuse',
      'Période : sept. 2016 – déc. 2019',
    ].join('\n');
    expect(await roleRows(text)).toEqual([
      ['Loire Logiciels SAS', 'Développeuse senior', '2020-01', 'present'],
      ['Garonne Data', 'Développeuse', '2016-09', '2019-12'],
    ]);
  });
});

describe('a career told in a summary or a profile paragraph', () => {
  const told = (heading: string, text: string) => roleRows([...person, heading, '', text].join('\n'));

  it('reads "Currently a Title at Employer (years). Previously Title at Employer (years) and Title at Employer (years)."', async () => {
    expect(
      await told(
        'Summary',
        'Backend engineer with 9 years of experience. Currently a Staff Engineer at Heron Mutual (2021–present). Previously Backend Engineer at Plover Analytics (2016–2021) and Junior Developer at Wren Logistics (2014–2016).',
      ),
    ).toEqual([
      ['Heron Mutual', 'Staff Engineer', '2021', 'present'],
      ['Plover Analytics', 'Backend Engineer', '2016', '2021'],
      ['Wren Logistics', 'Junior Developer', '2014', '2016'],
    ]);
  });

  it('reads "I then joined X … and stayed for five years" from the end of the position before', async () => {
    expect(
      await told(
        'My story',
        'My first job out of university was at Wren Logistics, where I was a junior developer from 2014 to 2016. I then joined Plover Analytics as a backend engineer and stayed for five years. Since 2021 I have been a staff engineer at Heron Mutual.',
      ),
    ).toEqual([
      ['Wren Logistics', 'junior developer', '2014', '2016'],
      ['Plover Analytics', 'backend engineer', '2016', '2021'],
      ['Heron Mutual', 'staff engineer', '2021', 'present'],
    ]);
  });

  it('reads "I was a developer with X" and "Today I lead the … team at X"', async () => {
    expect(
      await told(
        'Profile',
        'From 2014 to 2016 I was a junior developer with Wren Logistics in Leeds. Between 2016 and 2021 I worked for Plover Analytics as a backend engineer. Today I lead the payments platform team at Heron Mutual.',
      ),
    ).toEqual([
      ['Wren Logistics', 'junior developer', '2014', '2016'],
      ['Plover Analytics', 'backend engineer', '2016', '2021'],
      ['Heron Mutual', undefined, undefined, 'present'],
    ]);
  });
});

describe('"with" after a placement', () => {
  it('keeps "spent three years placed with US product teams" no employer', async () => {
    expect(
      await roleRows(
        [
          ...person,
          'About me',
          '',
          'In 2015 I joined Marram Labs as a software engineer and spent three years placed with US product teams.',
        ].join('\n'),
      ),
    ).toEqual([['Marram Labs', 'software engineer', '2015', '2018']]);
  });
});
