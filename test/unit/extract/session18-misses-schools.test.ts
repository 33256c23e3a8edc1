import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

/** Session 18: a school's place after a comma is no part of its name; a degree named by a compound field is read whole. */

const header = ['Ines Okafor', 'ines.okafor@example.com', ''];

async function educationOf(...lines: string[]) {
  return schools(await extractText([...header, 'Education', '', ...lines].join('\n')));
}

describe('schools and their places', () => {
  it('leaves a major city out of a university named after its country ("University of Jordan, Amman")', async () => {
    expect(await educationOf('University of Ghana, Accra', 'BSc, Computer Science, 2011 – 2015')).toEqual([
      {
        institution: 'University of Ghana',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: '2011',
        endDate: '2015',
      },
    ]);
  });

  it('keeps a smaller place that may name its campus ("University of Nigeria, Nsukka")', async () => {
    const [entry] = await educationOf('University of Ghana, Legon', 'BSc, Computer Science, 2011 – 2015');
    expect(entry?.institution).toBe('University of Ghana, Legon');
  });

  it('keeps the campus of a university system named after a state ("University of California, Irvine")', async () => {
    const [entry] = await educationOf(
      'University of California, Irvine',
      'BSc, Computer Science, 2011 – 2015',
    );
    expect(entry?.institution).toBe('University of California, Irvine');
  });

  it('takes no place after the school for the field of the degree before it', async () => {
    const [entry] = await educationOf('Bachelor of Engineering, Osaka University, Osaka., 2012 – 2016');
    expect(entry).toMatchObject({ institution: 'Osaka University', studyType: 'Bachelor of Engineering' });
    expect(entry?.area).toBeUndefined();
  });
});

describe('degrees named by a compound field', () => {
  it('reads "Master of Information Science and Technology" whole', async () => {
    const [entry] = await educationOf(
      'Master of Information Science and Technology, Nagoya University, Nagoya., 2016 – 2018',
    );
    expect(entry).toMatchObject({
      institution: 'Nagoya University',
      studyType: 'Master of Information Science and Technology',
    });
  });

  it('reads "Bachelor of Computer Science and Engineering" whole, and leaves "Master of Science in Physics" at its field', async () => {
    expect(
      (
        await educationOf(
          'Bachelor of Computer Science and Engineering, Anna University, 2010 – 2014',
          '',
          'Master of Science in Physics, Lund University, 2014 – 2016',
        )
      ).map((entry) => [entry.studyType, entry.area]),
    ).toEqual([
      ['Bachelor of Computer Science and Engineering', undefined],
      ['Master of Science', 'Physics'],
    ]);
  });
});
