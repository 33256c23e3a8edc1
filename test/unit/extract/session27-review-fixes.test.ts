/**
 * Session 27's review of the session's merged extractor rules: headers a new rule read as no position, on
 * constructed input (invented people, real employers where the rule is about a known name), each pinned here.
 */
import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

const resume = (...experience: string[]) =>
  ['Maren Okafor', 'maren@example.org', '', 'EXPERIENCE', '', ...experience].join('\n');

describe('a bracket after a word of how the job was held names the employer', () => {
  it('reads "Self-employed (Kestrel Consulting Ltd)" and "Contract (Acme Ltd)" as positions at the bracket', async () => {
    const result = await extractText(
      resume(
        'Contract (Harrowgate Analytics Ltd) | Data Engineer | Jan 2023 – Present',
        '- Built ingestion jobs in Python.',
        '',
        'Self-employed (Kestrel Consulting Ltd) | Developer | Jan 2019 – Dec 2022',
        '- Delivered web shops for local retailers.',
      ),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Harrowgate Analytics Ltd',
        title: 'Data Engineer',
        startDate: '2023-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Kestrel Consulting Ltd',
        title: 'Developer',
        startDate: '2019-01',
        endDate: '2022-12',
        current: undefined,
      },
    ]);
  });
});

describe('two employers on the line under a title are the employer line, not a list of tools', () => {
  it('keeps "Salesforce · Heroku" as a position', async () => {
    const result = await extractText(
      resume('Platform Engineer', 'Salesforce · Heroku', 'Mar 2020 – Jun 2023', '- Ran the build fleet.'),
    );
    expect(
      positions(result).map((position) => [position.title, position.startDate, position.endDate]),
    ).toEqual([['Platform Engineer', '2020-03', '2023-06']]);
    expect(positions(result)[0]?.company).toMatch(/Salesforce|Heroku/u);
  });
});

describe('"Home Office" is an employer, "Homeoffice" a way of working', () => {
  it('keeps a position at the UK Home Office', async () => {
    const result = await extractText(
      resume('Senior Developer, Home Office | 2019 – 2022', '- Moved case management to the cloud.'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Home Office',
        title: 'Senior Developer',
        startDate: '2019',
        endDate: '2022',
        current: undefined,
      },
    ]);
  });
});

describe('a national service scheme in brackets after an employer is how the job was held', () => {
  it('keeps "Ghana Revenue Authority (National Service)" and "… Ministry of Health (NYSC)" as positions', async () => {
    const result = await extractText(
      resume(
        'Ghana Revenue Authority (National Service) | IT Support Officer | Sep 2017 – Aug 2018',
        '- Imaged laptops for regional offices.',
        '',
        'Lagos State Ministry of Health (NYSC) | Help Desk Analyst | Mar 2016 – Feb 2017',
        '- Kept the clinic records system running.',
      ),
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Ghana Revenue Authority', 'IT Support Officer'],
      ['Lagos State Ministry of Health', 'Help Desk Analyst'],
    ]);
  });
});

describe('the bracket, label and list rules of a job, rewritten to be linear in a line, read as before', () => {
  const blanks = ' '.repeat(2_000);

  it('takes the title before "(apprenticeship)" after a run of blanks', async () => {
    const result = await extractText(
      resume(
        'Employer: Quillfern Labs',
        `Role: Junior Web Developer${blanks}(apprenticeship)`,
        'Dates: Jan 2020 – Dec 2021',
      ),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Quillfern Labs',
        title: 'Junior Web Developer',
        startDate: '2020-01',
        endDate: '2021-12',
        current: undefined,
      },
    ]);
  });

  it('reads a tools line with blanks around its separators as the technologies of the job above', async () => {
    const result = await extractText(
      resume('Acme Ltd | Data Engineer | 2019 – 2022', `Python${blanks},${blanks}Kafka${blanks}|  Airflow`),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['Acme Ltd']);
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toEqual(
      expect.arrayContaining(['Python', 'Kafka', 'Airflow']),
    );
  });
});
