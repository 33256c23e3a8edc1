import { describe, expect, it } from 'vitest';
import { type PdfItem, pdfLines } from '../../../src/extract/read-pdf.js';
import { pdfItem as item } from './make-documents.js';

/**
 * The audit of session 14's PDF rules: ordinary English résumés that read differently after it. Built
 * as session14-pdf.test.ts builds its pages (x from the left, `top` from the top of an A4 page, half an
 * em a character unless a width is given), so every expected line follows from the geometry here.
 */
const texts = (pages: PdfItem[][]) => pdfLines(pages).map((line) => line.text);

/** A main column beside the sidebar, on baselines of its own: the page reads as two columns. */
const mainColumn = [
  item('EXPERIENCE', 200, 105, { size: 11, font: 'bold' }),
  item('Data Engineer, Vistula Payments, Kraków', 200, 125, { font: 'bold' }),
  item('May 2018 – Present', 200, 139),
  item('Streaming ledger in Kafka and Flink for card payments.', 200, 153),
];

/** A sidebar's education entry: a school wrapped over two lines, the second the widest of the sidebar. */
const sidebar = (third: string) => [
  item('EDUCATION', 20, 100, { size: 11, font: 'bold' }),
  item('Technical University of', 20, 120),
  item('Munich, School of Informatics', 20, 133),
  item(third, 20, 146),
  item('2012 – 2016', 20, 159),
];

const education = (page: PdfItem[]) => {
  const lines = texts([page]).filter((line) => line !== '');
  return lines.slice(0, lines.indexOf('EXPERIENCE'));
};

describe('the line under a school wrapped over two lines of a sidebar', () => {
  it('keeps a degree under the school a line of its own', () => {
    expect(education([...sidebar('Master of Science'), ...mainColumn])).toEqual([
      'EDUCATION',
      'Technical University of Munich, School of Informatics',
      'Master of Science',
      '2012 – 2016',
    ]);
  });

  it('keeps a degree of two words, and a country, apart as well', () => {
    expect(education([...sidebar('MSc Informatics'), ...mainColumn])).toEqual([
      'EDUCATION',
      'Technical University of Munich, School of Informatics',
      'MSc Informatics',
      '2012 – 2016',
    ]);
    expect(education([...sidebar('Germany'), ...mainColumn])).toEqual([
      'EDUCATION',
      'Technical University of Munich, School of Informatics',
      'Germany',
      '2012 – 2016',
    ]);
  });

  it("still joins the last word of a name cut twice (the session's case)", () => {
    // "Sciences" would not have fitted after "Computer and Emerging", the sidebar's widest line.
    const page = [
      item('EDUCATION', 20, 100, { size: 11, font: 'bold' }),
      item('FAST National University of', 20, 120),
      item('Computer and Emerging', 20, 133, { width: 130 }),
      item('Sciences', 20, 146),
      item('BS Computer Science', 20, 159),
      ...mainColumn,
    ];
    expect(education(page)).toEqual([
      'EDUCATION',
      'FAST National University of Computer and Emerging Sciences',
      'BS Computer Science',
    ]);
  });
});

describe('prose wrapped onto a line set wholly in bold', () => {
  it('joins a sentence cut at "using" to the emphasised phrase that ends it', () => {
    expect(
      texts([
        [
          item('Reduced checkout latency by a third using', 200, 100),
          item('Redis Cluster and read replicas.', 200, 114, { font: 'bold' }),
          item('Next bullet in plain text here.', 200, 140),
        ],
      ]),
    ).toEqual([
      'Reduced checkout latency by a third using Redis Cluster and read replicas.',
      '',
      'Next bullet in plain text here.',
    ]);
  });

  it('joins prose cut mid-phrase, or ended by a sentence set in bold, and keeps a bold title under a finished line apart', () => {
    // The column's right edge is 400: the next line's first word would not have fitted after any
    // line 350 wide.
    const column = [
      item('Experience', 50, 80, { size: 12, font: 'bold' }),
      item('Backend Engineer', 50, 100, { font: 'bold' }),
      item('Zalando, Berlin', 50, 114),
      item('Reduced checkout latency by a third using', 50, 128, { width: 350 }),
      item('Redis Cluster and read replicas.', 50, 142, { font: 'bold' }),
      item('Cut the nightly import from six hours to forty minutes via', 50, 156, { width: 350 }),
      item('Apache Spark on Kubernetes', 50, 170, { font: 'bold' }),
      item('Moved the session store of the shop from Memcached onto', 50, 184, { width: 350 }),
      item('Amazon ElastiCache for Redis.', 50, 198, { font: 'bold' }),
      item('Search ranking services in Python and Django on AWS with Celery', 50, 212, { width: 350 }),
      item('Junior Developer', 50, 226, { font: 'bold' }),
      item('Wolters Kluwer, Warsaw', 50, 240),
    ];
    expect(texts([column]).filter((line) => line !== '')).toEqual([
      'Experience',
      'Backend Engineer',
      'Zalando, Berlin',
      'Reduced checkout latency by a third using Redis Cluster and read replicas.',
      'Cut the nightly import from six hours to forty minutes via Apache Spark on Kubernetes',
      'Moved the session store of the shop from Memcached onto Amazon ElastiCache for Redis.',
      'Search ranking services in Python and Django on AWS with Celery',
      'Junior Developer',
      'Wolters Kluwer, Warsaw',
    ]);
  });
});
