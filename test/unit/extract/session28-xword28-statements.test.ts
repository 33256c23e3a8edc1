import { describe, expect, it } from 'vitest';
import { extractText, resultRoleRows as roles, technologiesByPosition } from './extract-text.js';

/** Session 28: the levels of one job told in one line; statements after the résumé that name where they happened. */

describe('the levels held in one job, told in one undated line', () => {
  it.each([
    'Associate, then Senior Associate',
    'Analyst, and then Consultant',
    'Junior Engineer, then Engineer.',
  ])('reads "%s" under a dated title as no position', async (levels) => {
    const text = [
      'EXPERIENCE',
      'Data Engineer',
      'Tasman Advisory, Wellington | February 2018 to February 2022',
      levels,
      '• Built SSIS packages on SQL Server.',
      'Graduate Analyst',
      'Ministry of Health, Wellington | February 2017 to January 2018',
    ].join('\n');
    const result = await extractText(text);
    expect(roles(result)).toEqual([
      ['Tasman Advisory', 'Data Engineer', '2018-02', '2022-02'],
      ['Ministry of Health', 'Graduate Analyst', '2017-02', '2018-01'],
    ]);
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['SSIS', 'SQL Server']);
  });

  it('keeps a dated title under another at one employer', async () => {
    const text = [
      'EXPERIENCE',
      'Tasman Advisory, Wellington | 2015 – 2022',
      'Senior Consultant, 2019 – 2022',
      'Consultant, 2015 – 2019',
    ].join('\n');
    expect(roles(await extractText(text)).map((row) => row[1])).toEqual(['Senior Consultant', 'Consultant']);
  });
});

describe('a statement in the first person after the résumé that names where it happened', () => {
  const resume = [
    'Hemi Walker',
    'hemi.walker@example.co.nz',
    '',
    'EXPERIENCE',
    'Senior Data Engineer',
    'Department of Internal Affairs, Wellington | March 2022 to present',
    '• Pipelines in Databricks.',
    'Data Engineer',
    'Tasman Advisory Australia, Sydney | February 2018 to February 2022',
    '• Reports in Power BI.',
    '',
    'SELECTION CRITERIA',
  ];
  const technologies = async (...statement: string[]) =>
    technologiesByPosition(await extractText([...resume, ...statement].join('\n'))).map(
      (position) => position.technologies,
    );

  it('puts the technologies of a response on the position at the employer it names, short name or not', async () => {
    expect(
      await technologies(
        'Situation: In my current role at Internal Affairs the nightly load failed. Action: I added checks with Great Expectations.',
        'At Tasman Advisory I moved the reports to Azure Synapse.',
      ),
    ).toEqual([
      ['Databricks', 'Great Expectations'],
      ['Power BI', 'Azure Synapse'],
    ]);
  });

  it('leaves a line that is no first-person statement, or names no employer of the positions, alone', async () => {
    expect(
      await technologies(
        '"Counterfactual evaluation at Tasman Advisory", PyData 2023, on Kafka',
        'I worked alongside teams at the Reserve Bank on Snowflake standards.',
      ),
    ).toEqual([['Databricks'], ['Power BI']]);
  });
});
