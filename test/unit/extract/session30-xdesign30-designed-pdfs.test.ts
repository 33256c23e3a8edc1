import { describe, expect, it } from 'vitest';
import { extractBytes, extractText, position, positions } from './extract-text.js';
import { pdfItem as item, makePdf, type PdfText, pdfTexts } from './make-documents.js';

/**
 * Session 30 (xdesign30): designed PDF templates. A sidebar beside a timeline whose section names stand further out
 * than its dates (Overleaf's "Hipster CV", AltaCV); an employer in capitals with a unit after a comma and its place
 * flush right (Resume Worded).
 */

describe('PDF: a sidebar beside a timeline whose section names stand left of its dates', () => {
  const heading = { size: 13 };
  const small = { size: 8.5 };
  // The sidebar ends before x 150; the main column's names start at 205, its dates at 228, its events at 300.
  const page = [
    item('Mirela', 20, 60, { size: 20 }),
    item('Experience', 205, 62, heading),
    item('Dumitrescu', 20, 84, { size: 20 }),
    item('2020 – now', 240, 84, small),
    item('QA Engineer in Endava', 300, 84),
    item('Cluj-Napoca · hybrid', 300, 98, small),
    item('Contact', 20, 112, { size: 10 }),
    item('Test automation for a bank in Java and Selenium.', 310, 112),
    item('mirela.d@example.org', 20, 126, small),
    item('2016 – 2020', 232, 140, small),
    item('Support Engineer in Emag', 300, 140),
    item('Skills', 20, 150, { size: 10 }),
    item('Cluj-Napoca', 300, 154, small),
    item('Java · Selenium · Jira', 20, 164, small),
    item('Ticket triage; wrote SQL reports for the team.', 310, 168),
    item('Education', 205, 196, heading),
    item('2012 – 2016', 232, 214, small),
    item('BSc in Computer Science', 300, 214),
    item('Babes-Bolyai University, Cluj-Napoca', 300, 228, small),
  ];

  it('reads the sidebar whole, then each section with its dates on the rows they date', () => {
    expect(pdfTexts(page)).toEqual([
      'Mirela',
      'Dumitrescu',
      'Contact',
      'mirela.d@example.org',
      'Skills',
      'Java · Selenium · Jira',
      'Experience',
      '2020 – now    QA Engineer in Endava',
      'Cluj-Napoca · hybrid',
      'Test automation for a bank in Java and Selenium.',
      '2016 – 2020    Support Engineer in Emag',
      'Cluj-Napoca',
      'Ticket triage; wrote SQL reports for the team.',
      'Education',
      '2012 – 2016    BSc in Computer Science',
      'Babes-Bolyai University, Cluj-Napoca',
    ]);
  });

  it('takes the positions from the timeline, and never the name in the sidebar for an employer', async () => {
    const texts: PdfText[] = [
      { text: 'Mirela', x: 20, top: 60, size: 20 },
      { text: 'Experience', x: 205, top: 62, size: 13, bold: true },
      { text: 'Dumitrescu', x: 20, top: 84, size: 20 },
      { text: '2020 – now', x: 240, top: 84, size: 8.5 },
      { text: 'QA Engineer in Endava', x: 300, top: 84, bold: true },
      { text: 'Cluj-Napoca · hybrid', x: 300, top: 98, size: 8.5 },
      { text: 'Contact', x: 20, top: 112, bold: true },
      { text: 'Test automation for a bank in Java and Selenium.', x: 310, top: 112 },
      { text: 'mirela.d@example.org', x: 20, top: 126, size: 8.5 },
      { text: '2016 – 2020', x: 232, top: 140, size: 8.5 },
      { text: 'Support Engineer in Emag', x: 300, top: 140, bold: true },
      { text: 'Cluj-Napoca', x: 300, top: 154, size: 8.5 },
      { text: 'Ticket triage; wrote SQL reports for the team.', x: 310, top: 168 },
      { text: 'Education', x: 205, top: 196, size: 13, bold: true },
      { text: '2012 – 2016', x: 232, top: 214, size: 8.5 },
      { text: 'BSc in Computer Science', x: 300, top: 214, bold: true },
      { text: 'Babes-Bolyai University, Cluj-Napoca', x: 300, top: 228, size: 8.5 },
    ];
    const result = await extractBytes(await makePdf([texts]), 'cv.pdf');
    expect(positions(result)).toEqual([
      position('Endava', 'QA Engineer', '2020', 'present'),
      position('Emag', 'Support Engineer', '2016', '2020'),
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Babes-Bolyai University']);
  });
});

describe('an employer in capitals with a unit after a comma and its place flush right', () => {
  it('reads a university named with its department as the employer over the dated title', async () => {
    const result = await extractText(
      [
        'ODILE MARCHETTI',
        '',
        'EXPERIENCE',
        '',
        'SHOPIFY                                                        Ottawa, ON',
        'Senior Data Analyst, Merchant Insights                         Apr 2021 – Present',
        'Built the merchant cohort dashboards in Looker.',
        'UNIVERSITY OF OTTAWA, DEPARTMENT OF MATHEMATICS AND STATISTICS    Ottawa, ON',
        'Research Assistant, Applied Probability Group                  Sep 2017 – Mar 2021',
        'Simulation studies in R for queueing models.',
        'OTTAWA HOSPITAL RESEARCH INSTITUTE, CLINICAL EPIDEMIOLOGY LAB   Ottawa, ON',
        'Data Coordinator                                               May 2015 – Aug 2017',
        'Cleaned trial data in SAS.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('SHOPIFY', 'Senior Data Analyst', '2021-04', 'present'),
      position('UNIVERSITY OF OTTAWA', 'Research Assistant', '2017-09', '2021-03'),
      position('OTTAWA HOSPITAL RESEARCH INSTITUTE', 'Data Coordinator', '2015-05', '2017-08'),
    ]);
  });

  it('leaves a long line of capitals that is no name with a unit in the text above it', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'SHOPIFY                                                        Ottawa, ON',
        'Senior Data Analyst                                            Apr 2021 – Present',
        'Built the merchant cohort dashboards in Looker.',
        'WON THE COMPANY HACK DAYS TWICE WITH THE SAME TEAM OF FOUR       Ottawa, ON',
        'Data Analyst                                                   May 2018 – Mar 2021',
        'Ad-hoc analyses.',
      ].join('\n'),
    );
    expect(positions(result).map((found) => found.company)).toEqual(['SHOPIFY', 'SHOPIFY']);
  });
});
