import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** Session 10: how plain-text résumés set their sections and columns (constructed documents). */

describe('a heading set between rules', () => {
  it('opens its section, so certificates under it are no positions and the school is read', async () => {
    const text = [
      'TUNDE ADEYEMI',
      'Site Reliability Engineer | Abuja | tunde@adeyemi.example',
      '',
      '-------------------------------- EXPERIENCE --------------------------------',
      'ORBITPAY, Abuja                                          Jan 2020 - Present',
      'Senior Site Reliability Engineer',
      '- Ran the payment switch on Kubernetes.',
      '',
      '--------------------------------- EDUCATION --------------------------------',
      'Ahmadu Bello University - B.Eng., Electrical Engineering (2016)',
      '',
      '------------------------------- CERTIFICATIONS -----------------------------',
      'Certified Kubernetes Administrator (CKA), 2021',
      'AWS Certified Developer - Associate, 2019',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result)).toEqual([
      {
        company: 'ORBITPAY',
        title: 'Senior Site Reliability Engineer',
        startDate: '2020-01',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(result.resume.education?.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Ahmadu Bello University', 'B.Eng.'],
    ]);
  });
});

describe('a date, employer and title spaced wide on one line over bullets', () => {
  it('reads one column of entries, not a second column of titles', async () => {
    const text = [
      'CHEN JIE',
      'Data Engineer  |  Hangzhou  |  chen.jie@example.com',
      '',
      'WORK EXPERIENCE',
      '2021.04 - Now       Quanhai Logistics             Senior Data Engineer',
      '  - Streaming pricing pipeline on Flink and Kafka; results served from ClickHouse.',
      '  - Spark SQL warehouse jobs scheduled in Airflow for the finance reporting team.',
      '',
      '2018.07 - 2021.03   Lanting Retail                Data Engineer',
      '  - Built user behaviour ETL in Spark (Scala) over HDFS; dashboards in Superset.',
      '  - Maintained HBase tables for the recommendation and search ranking teams.',
      '',
      '2017.07 - 2017.12   Beiyun Cloud                  Big Data Intern',
      '  - Tested SQL functions.',
      '',
      'EDUCATION',
      '2014.09 - 2018.06   Zhejiang University           B.Eng. in Software Engineering',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      {
        company: 'Quanhai Logistics',
        title: 'Senior Data Engineer',
        startDate: '2021-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Lanting Retail',
        title: 'Data Engineer',
        startDate: '2018-07',
        endDate: '2021-03',
        current: undefined,
      },
      {
        company: 'Beiyun Cloud',
        title: 'Big Data Intern',
        startDate: '2017-07',
        endDate: '2017-12',
        current: undefined,
      },
    ]);
  });
});

describe('a list of technologies under a header', () => {
  it('is what the job used: a technology that is also a company names no employer', async () => {
    const text = [
      'Work history',
      '',
      '2013 - 2017    Systems Administrator, Harrowgate College',
      '               Red Hat Enterprise Linux, VMware, Puppet, Bash.',
      '2011 - 2013    IT Support Analyst, Wendle Stores Ltd, Leeds',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      {
        company: 'Harrowgate College',
        title: 'Systems Administrator',
        startDate: '2013',
        endDate: '2017',
        current: undefined,
      },
      {
        company: 'Wendle Stores Ltd',
        title: 'IT Support Analyst',
        startDate: '2011',
        endDate: '2013',
        current: undefined,
      },
    ]);
  });
});

describe('a place whose state code spells a legal form', () => {
  it('reads "Denver, CO" as the place beside an unknown employer, not as the employer', async () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Larkspur Clinics, Denver, CO\tApr 2019 – Present',
      'Senior Network Engineer',
      '• Designed the clinic network rollout.',
      '',
      'Piñon Health, Englewood, CO\tJun 2015 – Mar 2019',
      'Network Engineer',
      '• Wireless for twelve hospitals.',
    ].join('\n');
    const result = await extractText(text);
    expect(
      (result.resume.work ?? []).map((work) => [
        work.name,
        work.positions?.[0]?.position,
        work.positions?.[0]?.location,
      ]),
    ).toEqual([
      ['Larkspur Clinics', 'Senior Network Engineer', { city: 'Denver', region: 'CO' }],
      ['Piñon Health', 'Network Engineer', { city: 'Englewood', region: 'CO' }],
    ]);
  });
});
