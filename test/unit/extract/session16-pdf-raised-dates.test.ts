import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts } from './make-documents.js';

/**
 * awesome-cv's entry head: "Employer" in bold with its city flush right on the same baseline, over the
 * title with its dates flush right, the dates smaller and raised 9.5 pt above the title's baseline (so
 * they share no baseline with any other text). The reader's item model fed directly, each item placed
 * as pdflatex places it (x from the left, `top` from the top of an A4 page, widths given), so every
 * expected line follows from the geometry written here. The right margin is at x = 555.
 */
const item = pdfItem;
const flushRight = (text: string, top: number, width: number, font: string) =>
  item(text, 555 - width, top, { width, font });

function entry(top: number, employer: string, city: string, title: string, dates: string, bullet: string) {
  return [
    item(employer, 40, top, { size: 10.9, font: 'bold', width: employer.length * 6 }),
    flushRight(city, top, city.length * 5, 'italic'),
    flushRight(dates, top + 13.6, dates.length * 4.6, 'italic'),
    item(title, 40, top + 23.1, { font: 'caps', width: title.length * 5.6 }),
    item('•', 40, top + 31.1, { width: 5 }),
    item(bullet, 49, top + 31.1, { width: bullet.length * 4.6 }),
  ];
}

const texts = pdfTexts;

describe('dates raised off the baseline of the title beside them', () => {
  it('stay with their entry: the right-hand places and dates are no column read after the page', () => {
    const lines = texts([
      item('Experience', 40, 172, { size: 14.3, font: 'heading' }),
      ...entry(
        190,
        'Dynatrace',
        'Linz, Austria',
        'Senior Software Engineer',
        'Feb 2020 – Present',
        'Trace ingest in Rust.',
      ),
      ...entry(
        247.4,
        'Bitpanda',
        'Vienna, Austria',
        'Software Engineer',
        'Jun 2017 – Jan 2020',
        'Wallets in Java.',
      ),
      ...entry(
        304.8,
        'Frequentis',
        'Vienna, Austria',
        'Junior Software Developer',
        'Mar 2015 – May 2017',
        'Tests in C#.',
      ),
      item('Skills', 40, 362, { size: 14.3, font: 'heading' }),
      item('Java, Rust, C#, SQL, PostgreSQL, ClickHouse, Kafka', 40, 378, { width: 230 }),
    ]);
    expect(lines).toEqual([
      'Experience',
      'Dynatrace    Linz, Austria',
      'Feb 2020 – Present',
      'Senior Software Engineer',
      '• Trace ingest in Rust.',
      'Bitpanda    Vienna, Austria',
      'Jun 2017 – Jan 2020',
      'Software Engineer',
      '• Wallets in Java.',
      'Frequentis    Vienna, Austria',
      'Mar 2015 – May 2017',
      'Junior Software Developer',
      '• Tests in C#.',
      'Skills',
      'Java, Rust, C#, SQL, PostgreSQL, ClickHouse, Kafka',
    ]);
  });
});
