import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

/** Session 18 audit: the field of study written after the school is read; only the school's place is not. */

const header = ['Ines Okafor', 'ines.okafor@example.com', ''];

async function educationOf(...lines: string[]) {
  return schools(await extractText([...header, 'Education', '', ...lines].join('\n')));
}

describe('the field of study after the school', () => {
  it('reads "Degree, School, Field, dates" with its field', async () => {
    expect(
      (
        await educationOf(
          'Bachelor of Science, Stanford University, Computer Science, 2010 – 2014',
          '',
          'Master of Science, ETH Zurich, Robotics, 2014 – 2016',
        )
      ).map((entry) => [entry.institution, entry.studyType, entry.area]),
    ).toEqual([
      ['Stanford University', 'Bachelor of Science', 'Computer Science'],
      ['ETH Zurich', 'Master of Science', 'Robotics'],
    ]);
  });

  it('reads a field after the school when the dates close the line in brackets', async () => {
    const [entry] = await educationOf('Bachelor of Arts, University of Toronto, Economics (2010 – 2014)');
    expect(entry).toMatchObject({ studyType: 'Bachelor of Arts', area: 'Economics' });
  });

  it("takes no part repeating the school's place name, or a city, for the field", async () => {
    expect(
      (
        await educationOf(
          'Bachelor of Engineering, Kyoto University, Kyoto., 2012 – 2016',
          '',
          'Master of Engineering, Waseda University, Tokyo, 2016 – 2018',
        )
      ).map((entry) => [entry.institution, entry.area]),
    ).toEqual([
      ['Kyoto University', undefined],
      ['Waseda University', undefined],
    ]);
  });

  it('keeps a field that shares a field word with the school ("University of Science and Technology")', async () => {
    const [entry] = await educationOf(
      'Master of Engineering, Hong Kong University of Science and Technology, Computer Science, 2014 – 2016',
    );
    expect(entry?.area).toBe('Computer Science');
  });
});
