import { describe, expect, it } from 'vitest';
import { extractBytes, position, positions, schools } from './extract-text.js';
import { column, makePdf, pdfItem, pdfTexts } from './make-documents.js';

/**
 * Audit of session 16 on ordinary English résumés built with pdf-lib (Helvetica, 10 pt body unless a
 * size is given), each line placed where the test says.
 */
describe('a school name over a short line in a sidebar', () => {
  it('keeps the city and the honour under a school that is itself the sidebar’s widest line', async () => {
    // Sidebar at x = 30, main column at 215. "Georgia Institute of Technology" ends at x ≈ 167, past every
    // other sidebar line ("Python, C++, ROS, Linux, Git" ends at ≈ 160): no edge shows it was cut.
    const pdf = await makePdf([
      [
        { text: 'Chris Young', x: 215, top: 50, size: 22, bold: true },
        { text: 'chris@example.com', x: 215, top: 75 },
        { text: 'Education', x: 30, top: 110, size: 12, bold: true },
        ...column(30, 130, [
          'Georgia Institute of Technology',
          'Atlanta',
          'B.S. in Computer Science',
          '2012 - 2016',
          'University of Pennsylvania',
          "Dean's List",
          'M.S. in Robotics',
          '2016 - 2018',
        ]),
        { text: 'Skills', x: 30, top: 260, size: 12, bold: true },
        ...column(30, 280, ['Python, C++, ROS, Linux, Git', 'TypeScript, React, Node']),
        { text: 'Experience', x: 215, top: 110, size: 12, bold: true },
        ...column(215, 130, [
          'Robotics Engineer, Boston Dynamics',
          'Jan 2018 - Present',
          '- Built perception pipelines for legged robots.',
          'Intern, iRobot',
          'Jun 2017 - Aug 2017',
          '- Navigation testing.',
        ]),
      ],
    ]);
    expect(schools(await extractBytes(pdf, 'sidebar.pdf'))).toEqual([
      {
        institution: 'Georgia Institute of Technology',
        studyType: 'B.S.',
        area: 'Computer Science',
        startDate: '2012',
        endDate: '2016',
      },
      {
        institution: 'University of Pennsylvania',
        studyType: 'M.S.',
        area: 'Robotics',
        startDate: '2016',
        endDate: '2018',
      },
    ]);
  });

  // The reader's item model fed directly (widths given, as in session16-pdf-school-wrap.test.ts): the
  // dates line ends at x = 535.8, the column's edge.
  const studies = (school: string, schoolWidth: number, next: string, datesWidth: number) => [
    pdfItem('Studies', 402.7, 322.6, { size: 11, width: 46.6, font: 'bold' }),
    pdfItem('B.S. in Statistics', 402.7, 345.8, { size: 9, width: 83.6, font: 'bold' }),
    pdfItem(school, 402.7, 360.1, { size: 9, width: schoolWidth }),
    pdfItem(next, 402.7, 372.1, { size: 9 }),
    pdfItem('September 2006 -- June 2010', 402.7, 386.3, { size: 9, width: datesWidth, font: 'italic' }),
  ];

  it('keeps an honour apart from a school that ran to the edge', () => {
    expect(pdfTexts(studies('Indian Institute of Technology', 132.8, "Dean's List", 133.1))).toEqual([
      'Studies',
      'B.S. in Statistics',
      'Indian Institute of Technology',
      "Dean's List",
      'September 2006 -- June 2010',
    ]);
  });

  it('keeps the word under a school that runs past every other line of the column', () => {
    // The dates line ends at 502.7, the school at 535.5: the school is the widest line.
    expect(pdfTexts(studies('Indian Institute of Technology', 132.8, 'Bombay', 100))).toEqual([
      'Studies',
      'B.S. in Statistics',
      'Indian Institute of Technology',
      'Bombay',
      'September 2006 -- June 2010',
    ]);
  });
});

describe('employers set larger than the section heading', () => {
  it('reads them as the section’s entries, not as a name banner ending the section', async () => {
    // An 11 pt "EXPERIENCE" over employers at 20 pt (the page's largest type; the name is 18 pt), each
    // after a gap in the one column of the page.
    const pdf = await makePdf([
      [
        { text: 'Mia Chen', x: 50, top: 50, size: 18, bold: true },
        { text: 'mia@example.com', x: 50, top: 72 },
        { text: 'EXPERIENCE', x: 50, top: 105, size: 11, bold: true },
        { text: 'Stripe', x: 50, top: 130, size: 20, bold: true },
        ...column(50, 150, [
          'Senior Engineer    2020 - Present',
          '- Payments infrastructure.',
          '- Ledger service.',
        ]),
        { text: 'Shopify', x: 50, top: 210, size: 20, bold: true },
        ...column(50, 230, ['Engineer    2017 - 2020', '- Checkout.', '- Storefront APIs.']),
        { text: 'EDUCATION', x: 50, top: 290, size: 11, bold: true },
        ...column(50, 310, ['University of Waterloo, BMath in Computer Science, 2013 - 2017']),
      ],
    ]);
    const result = await extractBytes(pdf, 'large-employers.pdf');
    expect(positions(result)).toEqual([
      position('Stripe', 'Senior Engineer', '2020', 'present'),
      position('Shopify', 'Engineer', '2017', '2020'),
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'University of Waterloo',
        studyType: 'BMath',
        area: 'Computer Science',
        startDate: '2013',
        endDate: '2017',
      },
    ]);
  });
});
