import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts as texts } from './make-documents.js';

/**
 * An entry's head ending in its dates under a labelled list that fills its line: the reader's item model
 * fed directly, each item placed as a PDF places it (x from the left, `top` from the top of an A4 page,
 * half an em a character unless a width is given), so every expected line follows from the geometry.
 * The column's right edge is 330, the widest line's end.
 */
const item = pdfItem;

/** "Tools:" in bold before a plain list: the list line mixes two fonts. */
const toolsLine = (top: number, list: string) => [
  item('Tools:', 40, top, { font: 'bold', width: 30 }),
  item(list, 73, top, { width: 257 }),
];

describe('an entry head under a full list line', () => {
  const page = [
    item('EXPERIENCE', 40, 60, { size: 11, font: 'bold' }),
    item('Software Engineer II, Quill Labs | 2017 - 2020', 40, 80, { font: 'bold' }),
    item('Led the search index in Java and Kafka.', 40, 94),
    ...toolsLine(108, 'Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene'),
    item('Software Engineer, Harbor Systems | 2014 - 2017', 40, 122, { font: 'bold' }),
    item('Built the event bus in Clojure, run on a cluster of', 40, 136, { width: 290 }),
    item('Kubernetes nodes in three regions.', 40, 150),
  ];

  it('starts the head on a line of its own, where the list above it ran to the edge', () => {
    expect(texts(page)).toEqual([
      'EXPERIENCE',
      'Software Engineer II, Quill Labs | 2017 - 2020',
      'Led the search index in Java and Kafka.',
      'Tools: Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene',
      'Software Engineer, Harbor Systems | 2014 - 2017',
      'Built the event bus in Clojure, run on a cluster of Kubernetes nodes in three regions.',
    ]);
  });

  it('still joins a list that goes on under a line cut mid-phrase', () => {
    const lines = texts([
      item('SKILLS', 40, 60, { size: 11, font: 'bold' }),
      ...toolsLine(80, 'Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene,'),
      item('Elasticsearch, Redis, Airflow', 40, 94),
    ]);
    expect(lines).toEqual([
      'SKILLS',
      'Tools: Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene, Elasticsearch, Redis, Airflow',
    ]);
  });

  it('still joins a list cut mid-phrase whose last line ends in a date range', () => {
    const lines = texts([
      item('SKILLS', 40, 60, { size: 11, font: 'bold' }),
      ...toolsLine(80, 'Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene,'),
      item('Elasticsearch, Redis (2019 - 2021)', 40, 94),
    ]);
    expect(lines).toEqual([
      'SKILLS',
      'Tools: Java, Kafka, Beanstalkd, Delta Lake, Apache Lucene, Elasticsearch, Redis (2019 - 2021)',
    ]);
  });
});
