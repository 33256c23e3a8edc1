import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

describe('positions told in sentences', () => {
  it('reads each way a narrative names an employer, with no title where it names none', async () => {
    const result = await extractText(
      [
        'About Me',
        '',
        'I began my career in Amadeus, a travel company. I was a C++ developer initially and then moved to the cloud team.',
        '',
        'Then I joined Oracle Cloud Infra Network Dataplane team, a tier-0 service team.',
        '',
        'Now at NVIDIA, I work on a workflow engine.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Amadeus',
        title: 'C++ developer',
        startDate: undefined,
        endDate: undefined,
        current: undefined,
      },
      { company: 'Amadeus', title: undefined, startDate: undefined, endDate: undefined, current: undefined },
      {
        company: 'Oracle Cloud Infra',
        title: undefined,
        startDate: undefined,
        endDate: undefined,
        current: undefined,
      },
      { company: 'NVIDIA', title: undefined, startDate: undefined, endDate: undefined, current: true },
    ]);
    expect(result.resume.work?.map((work) => work.positions?.map((position) => position.team))).toEqual([
      [undefined, 'cloud team'],
      ['Network Dataplane'],
      [undefined],
    ]);
  });

  it('takes a title said later in the sentence, an end that many years after the start, an employer in lower case before its capitals', async () => {
    const result = await extractText(
      [
        'About me',
        'I started my career in March 2009 at Globex in Accra, where I spent two years as a QA engineer on billing.',
        'In 2011 I joined Initech, where I spent four years on payments.',
        'In 2015 I joined xAI as a Staff Engineer.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Globex',
        title: 'QA engineer',
        startDate: '2009-03',
        endDate: '2011-03',
        current: undefined,
      },
      { company: 'Initech', title: undefined, startDate: '2011', endDate: '2015', current: undefined },
      { company: 'xAI', title: 'Staff Engineer', startDate: '2015', endDate: undefined, current: undefined },
    ]);
  });

  it('reads the dates a sentence gives: since, from … to, in … until, promotions', async () => {
    const result = await extractText(
      [
        'About me',
        'I started my career in June 2012 at Acme Corp as a Junior Developer, and stayed until May 2014.',
        'From 2014 to 2017 I worked at Initech as a Senior SRE.',
        'In 2017 I joined Globex as a Backend Engineer. In March 2019 I was promoted to Staff Engineer, a role I held until 2020.',
        'Since 2020 I have been a staff engineer at Hooli.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Acme Corp',
        title: 'Junior Developer',
        startDate: '2012-06',
        endDate: '2014-05',
        current: undefined,
      },
      { company: 'Initech', title: 'Senior SRE', startDate: '2014', endDate: '2017', current: undefined },
      {
        company: 'Globex',
        title: 'Backend Engineer',
        startDate: '2017',
        endDate: '2019-03',
        current: undefined,
      },
      {
        company: 'Globex',
        title: 'Staff Engineer',
        startDate: '2019-03',
        endDate: '2020',
        current: undefined,
      },
      { company: 'Hooli', title: 'staff engineer', startDate: '2020', endDate: undefined, current: true },
    ]);
  });

  it('gives each position the technologies named from its sentence to the next position', async () => {
    const result = await extractText(
      [
        'About me',
        'I began my career at Acme Corp, writing Java. Later I used Kafka there. Then I joined Initech, where I wrote Go and Terraform.',
      ].join('\n'),
    );
    expect(result.resume.work?.map((work) => [work.name, work.positions?.[0]?.technologies])).toEqual([
      ['Acme Corp', ['Java', 'Kafka']],
      ['Initech', ['Go', 'Terraform']],
    ]);
  });

  it('reads no employer from "worked with" a technology or "moved to" one', async () => {
    const result = await extractText(
      ['About me', 'Day to day I worked with Python and Redis. We moved to Kubernetes last year.'].join('\n'),
    );
    expect(result.resume.work).toBeUndefined();
    expect(result.warnings.map((warning) => warning.code)).toContain('NO_EXPERIENCE');
  });

  it('reads education told in a sentence', async () => {
    const result = await extractText(
      [
        'Education',
        'I studied Physics at Peking University from September 2013 to June 2017 and graduated with a BSc.',
      ].join('\n'),
    );
    expect(result.resume.education?.map(({ source: _, ...rest }) => rest)).toEqual([
      {
        institution: 'Peking University',
        area: 'Physics',
        studyType: 'BSc',
        startDate: '2013-09',
        endDate: '2017-06',
      },
    ]);
  });
});
