import { describe, expect, it } from 'vitest';
import { EXPERIENCE_HEAD, extractText, position, positions } from './extract-text.js';

/**
 * Session 35 (xfix35f): the audit of the entry-header brackets. Made-up people, employers and wording, so the answer
 * is known.
 */

describe('a bracket after a title holding dates', () => {
  const entry = (titleLine: string, after: string[] = []) =>
    [
      ...EXPERIENCE_HEAD,
      'Orvel Systems GmbH, Berlin',
      titleLine,
      ...after,
      '- Services in Kotlin.',
      '',
      'Halden AG, Hamburg',
      'Backend Engineer',
      'January 2015 – February 2018',
      '- Java.',
    ].join('\n');
  const older = position('Halden AG', 'Backend Engineer', '2015-01', '2018-02');

  it.each([
    // How the job was held, then its own range: the job's dates, no remark on the title.
    ['Data Engineer (contract from March 2019 to June 2020)', 'Data Engineer', '2019-03', '2020-06'],
    ['Werkstudent (Teilzeit ab Oktober 2019 bis März 2021)', 'Werkstudent', '2019-10', '2021-03'],
    // "al" closes an Italian range ("da … al …"): it says "to", not "since".
    ['Stagista (da gennaio al giugno 2019)', 'Stagista', '2019-01', '2019-06'],
    ['Consultant (freelance from 2018 to 2020)', 'Consultant', '2018', '2020'],
  ])('"%s" keeps its dates as the job\'s', async (line, title, start, end) => {
    expect(positions(await extractText(entry(line)))).toEqual([
      position('Orvel Systems GmbH', title, start, end),
      older,
    ]);
  });

  it('reads a role taken on inside the job as a remark when the dates follow on the next line', async () => {
    const text = entry('Software Engineer (team lead since 2023)', ['March 2019 – present']);
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems GmbH', 'Software Engineer', '2019-03', 'present'),
      older,
    ]);
  });
});

describe('a bracket after an employer', () => {
  const header = (employer: string) =>
    [
      ...EXPERIENCE_HEAD,
      `Senior Backend Engineer at ${employer}`,
      'March 2021 – present',
      ' * Payment services in Kotlin.',
      '',
      'Backend Engineer at Orvel Systems',
      'January 2018 – February 2021',
      ' * Batch jobs in Java.',
    ].join('\n');

  it.each([
    // The organisation named again, its brand or group sharing a word's start with the name: kept as written.
    ['Halden Freight Holdings AS (Haldy)', 'Halden Freight Holdings AS (Haldy)'],
    ['Norrvik Bank Corporation (Norrvik)', 'Norrvik Bank Corporation (Norrvik)'],
    // Its client, sector, office or place: left out.
    ['Goldman Sachs International (Investment Bank)', 'Goldman Sachs International'],
    ['Infosys Limited (Client Apple)', 'Infosys Limited'],
    ['Tata Consultancy Services (Client Site)', 'Tata Consultancy Services'],
    ['Capgemini Deutschland GmbH (Kunde Daimler)', 'Capgemini Deutschland GmbH'],
    ['Halden Freight Holdings (Head Office)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings (Fortune 500)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings (Series B Startup)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings (Private Equity)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings (Big Four)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings (Family Business)', 'Halden Freight Holdings'],
    ['Halden Freight Holdings Ltd (UK Branch)', 'Halden Freight Holdings Ltd'],
    ['Halden Freight Holdings Ltd (Subsidiary)', 'Halden Freight Holdings Ltd'],
    ['Halden Freight Holdings Ltd (Client Project)', 'Halden Freight Holdings Ltd'],
    ['Halden Freight Holdings Ltd (Northern Ireland)', 'Halden Freight Holdings Ltd'],
    ['Müller Maschinenbau GmbH (Hintertupfingen)', 'Müller Maschinenbau GmbH'],
  ])('"%s" is the employer "%s"', async (written, employer) => {
    expect(positions(await extractText(header(written)))).toEqual([
      position(employer, 'Senior Backend Engineer', '2021-03', 'present'),
      position('Orvel Systems', 'Backend Engineer', '2018-01', '2021-02'),
    ]);
  });
});
