import { describe, expect, it } from 'vitest';
import { readTextColumns } from '../../../src/extract/text-columns.js';
import { extractText, positions } from './extract-text.js';

/** Layouts plain text takes when engineers save or paste a résumé, with made-up names so the answer is known. */
const lines = (...text: string[]) => text.map((line) => ({ text: line }));

describe('two columns laid out with spaces (pdftotext -layout)', () => {
  const sidebarLeft = [
    'ANA PEREIRA',
    '',
    'CONTACT                        EXPERIENCE',
    'ana@example.com',
    'Porto, Portugal                Lumen Analytics                         Mar 2021 – Present',
    '                               Data Engineer',
    'SKILLS                         • Streaming jobs in Kafka for billing',
    'Python                         • Warehouse models in dbt',
    'Scala',
    'SQL                            Corvo Labs                              Jun 2017 – Feb 2021',
    'Airflow                        Junior Developer',
    '                               • Batch jobs in Scala',
  ];

  it('reads the sidebar, then the experience beside it, each character in its column', () => {
    expect(readTextColumns(lines(...sidebarLeft)).map((line) => line.text)).toEqual([
      'ANA PEREIRA',
      '',
      'CONTACT',
      'ana@example.com',
      'Porto, Portugal',
      '',
      'SKILLS',
      'Python',
      'Scala',
      'SQL',
      'Airflow',
      '',
      '',
      '                               EXPERIENCE',
      '                               Lumen Analytics                         Mar 2021 – Present',
      '                               Data Engineer',
      '                               • Streaming jobs in Kafka for billing',
      '                               • Warehouse models in dbt',
      '                               Corvo Labs                              Jun 2017 – Feb 2021',
      '                               Junior Developer',
      '                               • Batch jobs in Scala',
    ]);
  });

  it('keeps the sidebar’s words out of the positions', async () => {
    expect(positions(await extractText(sidebarLeft.join('\n')))).toEqual([
      {
        company: 'Lumen Analytics',
        title: 'Data Engineer',
        startDate: '2021-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Corvo Labs',
        title: 'Junior Developer',
        startDate: '2017-06',
        endDate: '2021-02',
        current: undefined,
      },
    ]);
  });

  it('leaves one column alone: a date column, dates pushed right, labels before their values', () => {
    const oneColumn = lines(
      '2022 – now       Senior Engineer, Lumen Analytics',
      '                 Streaming jobs in Kafka.',
      '2019 – 2022      Data Engineer, Corvo Labs',
      '2017 – 2019      Analyst, Banco Azul',
      'Corvo Labs, Porto                                   Jun 2017 – Feb 2021',
      'Banco Azul, Lisbon                                  Jan 2015 – May 2017',
      'Languages:       Python, Scala',
      'Databases:       PostgreSQL, Redis',
      'Cloud:           AWS, GCP',
      'Tools:           Airflow, dbt',
    );
    expect(readTextColumns(oneColumn)).toEqual(oneColumn);
  });
});

describe('a profile copied from LinkedIn', () => {
  it('reads titles under one employer, "Company · Full-time" and durations as no names', async () => {
    const result = await extractText(
      [
        'Experience',
        'Northwind',
        'Full-time · 5 yrs 2 mos',
        'Oslo, Norway',
        'Staff Engineer',
        'Jan 2022 - Present · 2 yrs 11 mos',
        'Oslo, Norway · Hybrid',
        'Led the storage migration.',
        'Senior Engineer',
        'Sep 2019 - Dec 2021 · 2 yrs 4 mos',
        'Built the event pipeline.',
        'Software Engineer',
        'Bramble · Internship',
        'Aug 2018 - Aug 2019 · 1 yr 1 mo',
        'Bergen',
        'Test tooling.',
        'Platform Engineer',
        'Full-time',
        'Jun 2017 - Jul 2018 · 1 yr 2 mos',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Northwind',
        title: 'Staff Engineer',
        startDate: '2022-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Northwind',
        title: 'Senior Engineer',
        startDate: '2019-09',
        endDate: '2021-12',
        current: undefined,
      },
      {
        company: 'Bramble',
        title: 'Software Engineer',
        startDate: '2018-08',
        endDate: '2019-08',
        current: undefined,
      },
      {
        company: 'Bramble',
        title: 'Platform Engineer',
        startDate: '2017-06',
        endDate: '2018-07',
        current: undefined,
      },
    ]);
  });
});
