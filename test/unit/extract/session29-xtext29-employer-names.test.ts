import { describe, expect, it } from 'vitest';
import { instituteOfParent } from '../../../src/extract/header-parts.js';
import { EXPERIENCE_HEAD, extractBytes, extractText } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 29 (xtext29): an institute named with the academy, society or council it belongs to is one employer, and
 * "Title, Unit -- Employer" (ASCII dashes, as plain text and reStructuredText write them) names the unit and the
 * employer. The employers, institutes and people are invented; the cities are real.
 */

/** Each position of a document as [employer, title, team]. */
async function roles(text: string, fileName = 'resume.txt') {
  const result = await extractText(text, fileName);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [work.name, position.position, position.team]),
  );
}

const underHead = (...lines: string[]) => roles([...EXPERIENCE_HEAD, ...lines].join('\n'));

describe('an institute named with its parent body', () => {
  it('tells a parent academy, society or council from a place by the shape of the part after the comma', () => {
    expect(instituteOfParent('Institute of Marine Chemistry', 'Estonian Academy of Sciences')).toBe(true);
    expect(instituteOfParent('Institut für Bodenkunde', 'Leibniz-Gesellschaft')).toBe(true);
    expect(instituteOfParent('Centre for Soil Studies', 'Council of Agricultural Research')).toBe(true);
    expect(instituteOfParent('Kovar Institute of Optics', 'Royal Optical Society')).toBe(true);
    // A place, a university (its unit: see unitOfUniversity) or a name with no institute's word is no such pair.
    expect(instituteOfParent('Institute of Marine Chemistry', 'Tallinn')).toBe(false);
    expect(instituteOfParent('Institute of Marine Chemistry', 'Tartu University')).toBe(false);
    expect(instituteOfParent('Norvale Analytics', 'Estonian Academy of Sciences')).toBe(false);
    expect(instituteOfParent('Senior Research Scientist', 'Estonian Academy of Sciences')).toBe(false);
  });

  it('keeps the whole name after a title, in a header, with the city after it left out', async () => {
    expect(
      await underHead(
        'Research Engineer, Institute of Marine Chemistry, Estonian Academy of Sciences, Tallinn    2016 – 2019',
        '- Wrote the sampling software',
      ),
    ).toEqual([
      ['Institute of Marine Chemistry, Estonian Academy of Sciences', 'Research Engineer', undefined],
    ]);
    expect(
      await underHead(
        'Data Steward -- Institut für Bodenkunde, Leibniz-Gesellschaft',
        '2018 - 2021',
        '- Curated',
      ),
    ).toEqual([['Institut für Bodenkunde, Leibniz-Gesellschaft', 'Data Steward', undefined]]);
  });

  it('reads the same in a Word document, its employer on a line of its own under the title', async () => {
    const docx = await makeDocx([
      { heading: 'Ines Okafor' },
      { heading: 'Experience', level: 2 },
      { paragraph: 'Scientific Programmer', bold: true },
      { paragraph: 'Institute of Soil Physics, Slovak Academy of Sciences, Bratislava    2017 – 2020' },
      { bullet: 'Wrote the field sensors’ import tools' },
      { paragraph: 'Data Engineer', bold: true },
      { paragraph: 'Norvale Analytics, Bratislava    2020 – 2023' },
      { bullet: 'Built the reporting warehouse' },
    ]);
    const { resume } = await extractBytes(docx, 'cv.docx');
    expect(
      (resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position]),
      ),
    ).toEqual([
      ['Institute of Soil Physics, Slovak Academy of Sciences', 'Scientific Programmer'],
      ['Norvale Analytics', 'Data Engineer'],
    ]);
  });

  it('still reads an employer and its city apart, and an institute of a university as its unit', async () => {
    expect(
      await underHead('Data Engineer, Norvale Analytics, Tallinn    2019 – 2022', '- Built things'),
    ).toEqual([['Norvale Analytics', 'Data Engineer', undefined]]);
    expect(
      await underHead(
        'Research Engineer, Institute of Marine Chemistry, University of Kelmor    2016 – 2019',
        '- Sampled',
      ),
    ).toEqual([['University of Kelmor', 'Research Engineer', 'Institute of Marine Chemistry']]);
  });
});

describe('"Title, Unit -- Employer" in plain text', () => {
  const resume = (dash: string) =>
    [
      'Experience',
      '==========',
      '',
      `Platform Engineer, Build Systems ${dash} Orvanta`,
      '--------------------------------------------',
      '',
      '*Oslo · 2021-05 – present*',
      '',
      '- Bazel remote caching for the monorepo.',
      '',
      `Backend Developer ${dash} Kestrel Freight AS`,
      '-------------------------------------------',
      '',
      '*Bergen · 2018-01 – 2021-04*',
      '',
      '- Order services in Kotlin.',
    ].join('\n');

  it('takes the name after an ASCII dash for the employer and the name after the comma for the unit', async () => {
    for (const dash of ['--', '-', '---'])
      expect(await roles(resume(dash)), dash).toEqual([
        ['Orvanta', 'Platform Engineer', 'Build Systems'],
        ['Kestrel Freight AS', 'Backend Developer', undefined],
      ]);
  });

  it('reads the name across the dash as the employer where every entry names a unit and no employer is known', async () => {
    const text = resume('--').replace(
      'Backend Developer -- Kestrel Freight AS',
      'Backend Developer, Orders -- Kestrel Freight',
    );
    expect(await roles(text)).toEqual([
      ['Orvanta', 'Platform Engineer', 'Build Systems'],
      ['Kestrel Freight', 'Backend Developer', 'Orders'],
    ]);
    expect(
      await underHead(
        'Staff Engineer, Checkout | Pindal Pay    2021 – 2023',
        '- Built',
        '',
        'Developer, Search – Marlow Freight    2018 – 2021',
        '- Built',
      ),
    ).toEqual([
      ['Pindal Pay', 'Staff Engineer', 'Checkout'],
      ['Marlow Freight', 'Developer', 'Search'],
    ]);
  });

  it('leaves a town after the dash the place, the name after the comma the employer', async () => {
    const text = resume('--').replace(
      'Platform Engineer, Build Systems -- Orvanta',
      'Platform Engineer, Orvanta -- Bergen',
    );
    expect((await roles(text))[0]).toEqual(['Orvanta', 'Platform Engineer', undefined]);
  });
});
