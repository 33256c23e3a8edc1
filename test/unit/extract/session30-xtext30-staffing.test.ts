import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

describe("a staffing agency's contractor résumé (session 30)", () => {
  it('reads "Client: Employer, City, ST" with the dates flush right as the position\'s employer and dates', async () => {
    const result = await extractText(
      [
        'ANIL RAGHAVENDRA',
        'Sr. Salesforce Developer | Dallas, TX',
        '',
        'PROFESSIONAL EXPERIENCE',
        '',
        'Client: Southwest Airlines, Dallas, TX                        Apr 2022 - Till Date',
        'Role: Sr. Salesforce Developer (Contract via Insight Global)',
        'Responsibilities:',
        '* Built Lightning Web Components for the loyalty desk.',
        'Environment: Salesforce, JavaScript, Jenkins',
        '',
        'Client: Texas Instruments, Plano, TX                          Jan 2019 - Mar 2022',
        'Role: Salesforce Developer',
        'Responsibilities:',
        '* Order management flows on Salesforce.',
        'Environment: Salesforce, Git',
        '',
        'Wipro Limited, Bengaluru, India                                Jun 2014 - Dec 2018',
        'Role: Developer / Senior Developer',
        'Environment: Java, Oracle',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Southwest Airlines',
        title: 'Sr. Salesforce Developer',
        startDate: '2022-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Texas Instruments',
        title: 'Salesforce Developer',
        startDate: '2019-01',
        endDate: '2022-03',
        current: undefined,
      },
      {
        company: 'Wipro Limited',
        title: 'Developer / Senior Developer',
        startDate: '2014-06',
        endDate: '2018-12',
        current: undefined,
      },
    ]);
  });

  it('reads no technology in the agency a contract was held through', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'Client: Duke Energy, Charlotte, NC                        May 2021 - Present',
        'Role: Salesforce Developer (Contract via Apex Systems)',
        'Environment: Salesforce, Java',
      ].join('\n'),
    );
    const work = result.resume.work ?? [];
    expect(work.map((job) => job.name)).toEqual(['Duke Energy']);
    expect(work[0]?.positions?.[0]?.technologies).toEqual(['Salesforce', 'Java']);
  });

  it("keeps a client with its dates after a single space under a consultant's dated header as that job's engagement", async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Senior Consultant, Thoughtworks    2018 – 2023',
        '',
        'Client: ANZ Bank 2019 – 2021',
        'Role: Tech Lead',
        '',
        'Client: Telstra 2021 – 2023',
        'Role: Developer',
      ].join('\n'),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['Thoughtworks']);
  });

  it('reads a "PROJECT EXPERIENCE" section of client records as the positions when no other section lists them', async () => {
    const result = await extractText(
      [
        'PRIYA SUNDARAM',
        'Senior Data Analyst',
        '',
        'PROJECT EXPERIENCE',
        '',
        'Client      : Nationwide, Columbus, OH',
        'Duration    : Mar 2020 – Present',
        'Role        : Senior Data Analyst (C2C via Kforce)',
        'Environment : Tableau, Snowflake',
        '',
        'Employer    : HCL Technologies, Chennai, India',
        'Duration    : Jul 2015 – Feb 2020',
        'Role        : Data Analyst',
        'Environment : SQL Server, Power BI',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Nationwide',
        title: 'Senior Data Analyst',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'HCL Technologies',
        title: 'Data Analyst',
        startDate: '2015-07',
        endDate: '2020-02',
        current: undefined,
      },
    ]);
  });

  it('keeps a "Project Experience" section beside the positions as projects', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'Infosys, Pune    Jun 2016 – Present',
        'Technology Lead',
        '',
        'PROJECT EXPERIENCE',
        '',
        'Client      : Nationwide',
        'Duration    : Mar 2020 – Present',
        'Role        : Module lead',
      ].join('\n'),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['Infosys']);
  });
});
