import { describe, expect, it } from 'vitest';
import { toldRoles } from '../../../src/extract/promotions.js';
import { extractText, resultRoleRows as roles, technologiesByPosition } from './extract-text.js';

/** Session 28: a promotion from one title to another told in a bullet; a client or a kind of engagement bracketed. */

describe('toldRoles: "Promoted from X to Y in <date>"', () => {
  it('reads both titles, split at the date, the text the later title’s', () => {
    expect(toldRoles('• Promoted from Graduate Engineer to Process Engineer in August 2018.')).toEqual({
      earlier: { title: 'Graduate Engineer', from: null, to: { year: 2018, month: 8, day: null } },
      later: { title: 'Process Engineer', from: { year: 2018, month: 8, day: null }, to: null },
      at: 0,
      laterOnly: true,
    });
  });

  it('tells no role when either side is no title', () => {
    expect(toldRoles('Promoted from the help desk to the platform team in 2018.')).toBeNull();
    expect(toldRoles('Promoted from Junior Buyer to a bigger budget in 2017.')).toBeNull();
  });

  it('tells no role when the date names no month', () => {
    expect(toldRoles('Promoted from Consultant to Senior Consultant in 2018.')).toBeNull();
  });

  it('tells no role when the sentence runs on after the date', () => {
    expect(toldRoles('Promoted from Analyst to Lead Analyst in 2019 and ran the data team.')).toBeNull();
  });
});

describe('a labelled job block whose bullet tells a promotion from one title to another', () => {
  const text = [
    'Zanele Dube',
    'zanele.dube@example.co.za',
    '',
    'EMPLOYMENT HISTORY',
    '',
    'Company: Karoo Freight (Pty) Ltd',
    'Position: Process Engineer',
    'Period: February 2016 – Present',
    'Duties:',
    '• Built the plant scheduling service in Python and PostgreSQL.',
    '• Promoted from Graduate Engineer to Process Engineer in August 2018.',
    'Reason for leaving: N/A',
  ].join('\n');

  it('gives two positions split at the month told', async () => {
    expect(roles(await extractText(text))).toEqual([
      ['Karoo Freight (Pty) Ltd', 'Process Engineer', '2018-08', 'present'],
      ['Karoo Freight (Pty) Ltd', 'Graduate Engineer', '2016-02', '2018-08'],
    ]);
  });

  it('puts the entry’s technologies on the later title only', async () => {
    expect(technologiesByPosition(await extractText(text))).toEqual([
      {
        company: 'Karoo Freight (Pty) Ltd',
        title: 'Process Engineer',
        technologies: ['Python', 'PostgreSQL'],
      },
      { company: 'Karoo Freight (Pty) Ltd', title: 'Graduate Engineer', technologies: [] },
    ]);
  });
});

describe('a labelled block whose title field names the titles held in turn, each dated', () => {
  it('gives each title its own dates, over the block’s period', async () => {
    const text = [
      'EMPLOYMENT HISTORY',
      '',
      'Company: Karoo Freight (Pty) Ltd',
      'Position: Graduate Developer (2015 – 2016), then Software Developer (2016 – 2020)',
      'Period: January 2015 – March 2020',
      '• Built the plant scheduling service in Python.',
    ].join('\n');
    expect(roles(await extractText(text))).toEqual([
      ['Karoo Freight (Pty) Ltd', 'Graduate Developer', '2015', '2016'],
      ['Karoo Freight (Pty) Ltd', 'Software Developer', '2016', '2020'],
    ]);
  });

  it('keeps a bracket that is more than a date in the title', async () => {
    const text = [
      'EMPLOYMENT HISTORY',
      '',
      'Company: Karoo Freight (Pty) Ltd',
      'Position: Software Developer (Payments, 2016 – 2020)',
      'Period: January 2015 – March 2020',
    ].join('\n');
    expect(roles(await extractText(text))).toEqual([
      ['Karoo Freight (Pty) Ltd', 'Software Developer (Payments, 2016 – 2020)', '2015-01', '2020-03'],
    ]);
  });
});

describe('a client or a kind of engagement in brackets after the title', () => {
  it.each([
    ['Senior Consultant (seconded to the Revenue Commissioners)', 'Senior Consultant'],
    ['Java Developer (on assignment at Ulster Bank)', 'Java Developer'],
    ['Lead Developer (contracted to Telstra)', 'Lead Developer'],
    ['Software Developer (gedetacheerd bij ASML)', 'Software Developer'],
    ['Tester (gedetacheerde bij de Belastingdienst)', 'Tester'],
    ['Ingénieure DevOps (détachée chez Airbus)', 'Ingénieure DevOps'],
    ['SAP Consultant (deployed at Shell)', 'SAP Consultant'],
    ['IT Intern (Learnership)', 'IT Intern'],
    ['Stagista (tirocinio curriculare)', 'Stagista'],
  ])('reads "%s" as the title "%s"', async (written, title) => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        written,
        'Northwind Labs, Cork',
        '2019 - 2021',
        '',
        'Analyst',
        'Acme, Galway',
        '2017 - 2019',
      ].join('\n'),
    );
    expect(roles(result).map((row) => row[1])).toEqual([title, 'Analyst']);
  });

  it('keeps a bracket that names what the job was about', async () => {
    const result = await extractText(
      ['EXPERIENCE', '', 'Data Engineer (Payments Platform)', 'Northwind Labs, Cork', '2019 - 2021'].join(
        '\n',
      ),
    );
    expect(roles(result).map((row) => row[1])).toEqual(['Data Engineer (Payments Platform)']);
  });
});
