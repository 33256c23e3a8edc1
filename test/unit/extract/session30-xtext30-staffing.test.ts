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
});
