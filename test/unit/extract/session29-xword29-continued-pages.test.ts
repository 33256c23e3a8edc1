import { describe, expect, it } from 'vitest';
import { continuedText, continuesOverleaf, repeatsAbove } from '../../../src/extract/continued.js';
import {
  extractBytes,
  extractText,
  resultRoleRows as roles,
  schools,
  technologiesByPosition,
} from './extract-text.js';
import { makeDocx } from './make-documents.js';

/** Session 29: a page break inside a job, marked by a heading or a job's header again, or a note at the page's foot. */

describe('continuedText', () => {
  it('takes the continuation mark off a heading or header repeated after a page break', () => {
    expect(continuedText('Experience (continued)')).toBe('Experience');
    expect(continuedText('WORK HISTORY (CONT’D)')).toBe('WORK HISTORY');
    expect(continuedText('Acme Ltd – Data Engineer (cont.)')).toBe('Acme Ltd – Data Engineer');
    expect(continuedText('Projects, continued')).toBe('Projects');
    expect(continuedText('Employment History – continued:')).toBe('Employment History');
    expect(continuedText('Berufserfahrung (Fortsetzung)')).toBe('Berufserfahrung');
    expect(continuedText('Orange – Chef de projet (suite)')).toBe('Orange – Chef de projet');
    expect(continuedText('Experiencia laboral (continuación)')).toBe('Experiencia laboral');
    expect(continuedText('Experiência profissional (continuação)')).toBe('Experiência profissional');
    expect(continuedText('Werkervaring (vervolg)')).toBe('Werkervaring');
    expect(continuedText('Doświadczenie zawodowe (ciąg dalszy)')).toBe('Doświadczenie zawodowe');
  });

  it('leaves lines with no continuation mark at their end', () => {
    expect(continuedText('Continued Education')).toBeNull();
    expect(continuedText('Continued the migration to Kubernetes.')).toBeNull();
    expect(continuedText('Acme Ltd, Suite 400')).toBeNull();
    expect(continuedText('Product Manager (G Suite)')).toBeNull();
    expect(continuedText('Software Engineer (Contract Management)')).toBeNull();
    expect(continuedText('Senior Engineer (Platform)')).toBeNull();
  });
});

describe('continuesOverleaf', () => {
  it('knows a note at the foot of a page that the text goes on', () => {
    expect(continuesOverleaf('Continued on next page')).toBe(true);
    expect(continuesOverleaf('(continued on page 2)')).toBe(true);
    expect(continuesOverleaf('– Continued overleaf –')).toBe(true);
    expect(continuesOverleaf('Fortsetzung auf der nächsten Seite')).toBe(true);
    expect(continuesOverleaf('Suite page suivante')).toBe(true);
    expect(continuesOverleaf('Continúa en la página siguiente')).toBe(true);
  });

  it('takes no sentence that goes on about something else for such a note', () => {
    expect(continuesOverleaf('Continued on next page load, the cache warms itself.')).toBe(false);
    expect(continuesOverleaf('Continued the work of the previous team')).toBe(false);
  });
});

describe('repeatsAbove', () => {
  it('holds when the repeated header’s first field is written above', () => {
    expect(repeatsAbove('Zopa Bank – Software Engineer', 'Zopa Bank, London\tMarch 2018 – August 2020')).toBe(
      true,
    );
    expect(repeatsAbove('Software Engineer, Zopa Bank', 'Software Engineer\nZOPA BANK')).toBe(true);
  });

  it('fails when nothing above names it', () => {
    expect(repeatsAbove('Monzo – Backend Engineer', 'Zopa Bank, London\tMarch 2018 – August 2020')).toBe(
      false,
    );
  });
});

describe('a text résumé whose page break falls inside a job', () => {
  const text = [
    'Tendai Moyo',
    'tendai.moyo@example.com',
    '',
    'EXPERIENCE',
    '',
    'Kestrel Payments, Leeds    April 2019 – Present',
    'Senior Backend Engineer',
    '• Card authorisation service in Kotlin on AWS.',
    '',
    'Continued on next page',
    '',
    'EXPERIENCE (CONTINUED)',
    '',
    'Kestrel Payments – Senior Backend Engineer (cont.)',
    '• Moved the settlement batch to Apache Flink.',
    '',
    'Aire Valley Council, Bradford    June 2015 – March 2019',
    'Developer',
    '• Planning portal in C# on SQL Server.',
  ].join('\n');

  it('keeps the job whole: one position, the bullets after the break its own', async () => {
    const result = await extractText(text);
    expect(roles(result)).toEqual([
      ['Kestrel Payments', 'Senior Backend Engineer', '2019-04', 'present'],
      ['Aire Valley Council', 'Developer', '2015-06', '2019-03'],
    ]);
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Kestrel Payments',
        title: 'Senior Backend Engineer',
        technologies: ['Kotlin', 'AWS', 'Apache Flink'],
      },
      { company: 'Aire Valley Council', title: 'Developer', technologies: ['C#', 'SQL Server'] },
    ]);
  });
});

describe('a Word résumé whose second page opens with "Employer – Title (continued)"', () => {
  it('reads the bullets under it as the job’s, no position of their own', async () => {
    const docx = await makeDocx([
      { paragraph: 'Rumbi Ncube', bold: true },
      { paragraph: 'rumbi.ncube@example.com' },
      { heading: 'Experience' },
      { paragraph: 'Harbour Insurance, Bristol\tJanuary 2020 – present', bold: true },
      { paragraph: 'QA Engineer' },
      { bullet: 'End-to-end suites in Cypress.' },
      { paragraph: 'Harbour Insurance – QA Engineer (continued)', bold: true },
      { bullet: 'Load tests in k6 before each renewal season.' },
      { paragraph: 'Severn Logistics, Gloucester\tMay 2016 – December 2019', bold: true },
      { paragraph: 'Test Analyst' },
      { bullet: 'Manual and Selenium regression tests.' },
    ]);
    const result = await extractBytes(docx, 'rumbi-ncube.docx');
    expect(roles(result)).toEqual([
      ['Harbour Insurance', 'QA Engineer', '2020-01', 'present'],
      ['Severn Logistics', 'Test Analyst', '2016-05', '2019-12'],
    ]);
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Cypress', 'k6']);
  });
});

describe('a heading with a continuation mark naming another section than the open one', () => {
  it('opens that section: "Education (continued)" after the work history', async () => {
    const text = [
      'Lerato Khumalo',
      'lerato.khumalo@example.com',
      '',
      'WORK HISTORY',
      '',
      'Data Engineer, Protea Analytics    March 2021 – Present',
      '• Pipelines in Python and Apache Airflow.',
      '',
      'EDUCATION (CONTINUED)',
      '',
      'BSc Computer Science, University of Cape Town, 2020',
    ].join('\n');
    const result = await extractText(text);
    expect(roles(result)).toEqual([['Protea Analytics', 'Data Engineer', '2021-03', 'present']]);
    expect(schools(result)).toEqual([
      {
        institution: 'University of Cape Town',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: undefined,
        endDate: '2020',
      },
    ]);
  });
});

describe('long lines', () => {
  it('are no repeated header nor a note, whatever they end with', () => {
    expect(continuedText(`${'word '.repeat(40)}(continued)`)).toBeNull();
    expect(continuesOverleaf(`Continued on next page${' '.repeat(100)}.`)).toBe(false);
  });
});
