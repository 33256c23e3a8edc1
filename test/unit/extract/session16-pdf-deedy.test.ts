import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts } from './make-documents.js';

/**
 * Deedy's two minipages: a narrow left column (Education, Skills) beside a wide right one (Experience),
 * both opening with a section's name on one baseline, under a centred name and contact line that runs
 * across the gutter; the left column's school set justified in capitals, so "UNIVERSIDAD" and "DE"
 * stand 60 pt apart, left of the gutter. The reader's item model fed directly, each item placed as
 * pdflatex places it (x from the left, `top` from the top of an A4 page, widths given), so every
 * expected line follows from the geometry written here. The right column starts at x = 235.7.
 */
const item = pdfItem;
const texts = pdfTexts;

const page = [
  item('Ana Torres', 250, 88, { size: 24.8, width: 130, font: 'name' }),
  item('ana.torres@example.com — +1 415 555 0100 — San Francisco', 178, 108, { size: 9, width: 256 }),
  item('Education', 35.4, 149, { size: 14.3, width: 75, font: 'heading' }),
  item('UNIVERSIDAD', 35.4, 169.4, { size: 12, width: 97.8, font: 'caps' }),
  item('DE', 194.9, 169.4, { size: 12, width: 19.1, font: 'caps' }),
  item('GUADALAJARA', 35.4, 183.3, { size: 12, width: 106.7, font: 'caps' }),
  item('B.S. in Computer Engineering', 35.4, 194.3, { size: 9, width: 137.6 }),
  item('2012 – 2016 — Guadalajara', 35.4, 203.7, { size: 8, width: 113.7 }),
  item('Skills', 35.4, 281.7, { size: 14.3, width: 43.5, font: 'heading' }),
  item('TypeScript, Ruby, Java, SQL', 35.4, 302.3, { size: 8, width: 110 }),
  item('Experience', 235.7, 149, { size: 14.3, width: 81.7, font: 'heading' }),
  item('STRIPE', 235.7, 167.8, { size: 12, width: 49.9, font: 'caps' }),
  item('— Software Engineer', 293.9, 167.8, { size: 9, width: 102.1 }),
  item('Jan 2022 – Present — San Francisco, CA', 235.7, 177.3, { size: 8, width: 169.8 }),
  item('Dashboard for connected accounts in React and TypeScript.', 260.6, 180.8, { size: 8, width: 230 }),
  item('AIRBNB', 235.7, 203.9, { size: 12, width: 54.8, font: 'caps' }),
  item('— Software Engineer', 298.9, 203.9, { size: 9, width: 102.1 }),
  item('Jul 2019 – Dec 2021 — San Francisco, CA', 235.6, 213.4, { size: 8, width: 172.6 }),
  item('Host calendar sync with Java services and MySQL.', 260.6, 219.9, { size: 8, width: 200 }),
  item('GLOBANT', 235.6, 235.8, { size: 12, width: 68.3, font: 'caps' }),
  item('— Web Developer', 312.4, 235.8, { size: 9, width: 85.4 }),
  item('Jun 2016 – Jun 2019 — Guadalajara, Mexico', 235.6, 245.3, { size: 8, width: 183.3 }),
  item('Client sites in Angular and Node.js.', 260.6, 251.7, { size: 8, width: 150 }),
];

describe('two columns of sections side by side', () => {
  it('are read one after the other, not line by line across the gutter', () => {
    const lines = texts(page);
    const experience = lines.indexOf('Experience');
    expect(lines.slice(0, 2)).toEqual([
      'Ana Torres',
      'ana.torres@example.com — +1 415 555 0100 — San Francisco',
    ]);
    expect(lines.slice(2, experience)).toEqual([
      'Education',
      'UNIVERSIDAD    DE',
      'GUADALAJARA',
      'B.S. in Computer Engineering',
      '2012 – 2016 — Guadalajara',
      'Skills',
      'TypeScript, Ruby, Java, SQL',
    ]);
    expect(lines.slice(experience)).toEqual([
      'Experience',
      'STRIPE    — Software Engineer',
      'Jan 2022 – Present — San Francisco, CA',
      'Dashboard for connected accounts in React and TypeScript.',
      'AIRBNB    — Software Engineer',
      'Jul 2019 – Dec 2021 — San Francisco, CA',
      'Host calendar sync with Java services and MySQL.',
      'GLOBANT    — Web Developer',
      'Jun 2016 – Jun 2019 — Guadalajara, Mexico',
      'Client sites in Angular and Node.js.',
    ]);
  });
});
