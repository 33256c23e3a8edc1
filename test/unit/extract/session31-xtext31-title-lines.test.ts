import { describe, expect, it } from 'vitest';
import { features } from '../../../src/extract/header-parts.js';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { rolesUnderHead, seedCatalogue } from './extract-text.js';

/** Session 31: titles joined by a slash over "Employer - City, ST", and a university's teaching posts. */

describe('a title line of two posts joined by a slash', () => {
  it('reads "Title / Function (part-time)" over "Employer - City, ST" as the title, whatever organisation word it holds', async () => {
    expect(
      await rolesUnderHead(
        'Warehouse Associate / Systems Support (part-time)',
        'Costco Wholesale - Issaquah, WA',
        'May 2017 to April 2019',
        '',
        'Barista/Software Lab Aide',
        'Oregon State University - Corvallis, OR',
        'September 2015 to May 2017',
      ),
    ).toEqual([
      ['Costco Wholesale', 'Warehouse Associate / Systems Support', '2017-05', '2019-04'],
      ['Oregon State University', 'Barista/Software Lab Aide', '2015-09', '2017-05'],
    ]);
  });

  it('reads no slashed title where a later name is a known company, a legal form, a place, a name of its own or ends as an organisation', async () => {
    const catalogue = await seedCatalogue();
    const read = (text: string) => {
      const [line] = modelLines([{ text }]);
      const found = features(
        { line: line as DocLine, start: 0, end: text.length, text, index: 0, count: 1 },
        catalogue,
      );
      return found.title;
    };
    expect(read('Pharmacy Technician / Software Support')).toBe(2);
    expect(
      [
        'Software Engineer / Shopify',
        'Data Analyst / Northwind Ltd',
        'Cashier / Denver, CO',
        'Developer / Quillfeather Software',
        'Software Engineer / Northwind Logistics',
        'Software Engineer / Best Buy',
        'Sales Associate / Gap',
      ].map(read),
    ).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('a university teaching post', () => {
  it('reads demonstrators, graders, proctors and invigilators as titles', () => {
    expect(
      ['Lab Demonstrator', 'Postgraduate Demonstrator', 'Grader', 'Exam Proctor', 'Invigilator'].map(
        titleScore,
      ),
    ).toEqual([2, 2, 2, 2, 2]);
  });

  it('reads a student worker or employee as a title, a worker alone as none (a "Service Worker" is software)', () => {
    expect(
      ['Student Worker', 'Student Employee', 'Social Worker', 'Service Worker', 'Worker'].map(titleScore),
    ).toEqual([2, 2, 2, 0, 0]);
  });

  it('gives "Lab Demonstrator — University" the university as employer', async () => {
    expect(
      await rolesUnderHead(
        'Lab Demonstrator (part-time) — Trinity College Dublin',
        '2014 – 2016',
        '- First-year Java labs.',
      ),
    ).toEqual([['Trinity College Dublin', 'Lab Demonstrator', '2014', '2016']]);
  });
});
