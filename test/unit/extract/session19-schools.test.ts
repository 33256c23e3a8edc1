import { describe, expect, it } from 'vitest';
import { educationResume, extractText, schools } from './extract-text.js';

/**
 * Session 19: schools and degrees as résumés nobody tuned on write them. Every input is built here; the expected
 * answers are what a reader takes from it.
 */

/** The education entries of a résumé with one position and `lines` under "Education". */
async function educationOf(...lines: string[]) {
  return schools(await extractText(educationResume(...lines))).map(
    ({ institution, studyType, area, startDate, endDate }) => ({
      institution,
      studyType,
      area,
      startDate,
      endDate,
    }),
  );
}

describe('school names', () => {
  it('reads Malay and Indonesian universities, whose last word may be a country or a region', async () => {
    expect(
      await educationOf(
        'B.Eng., Universiti Teknologi Malaysia, 2016',
        '',
        'Universitas Gadjah Mada',
        'S.Kom., 2014',
      ),
    ).toEqual([
      {
        institution: 'Universiti Teknologi Malaysia',
        studyType: 'B.Eng.',
        area: undefined,
        startDate: undefined,
        endDate: '2016',
      },
      {
        institution: 'Universitas Gadjah Mada',
        studyType: 'S.Kom.',
        area: undefined,
        startDate: undefined,
        endDate: '2014',
      },
    ]);
  });

  // Dates in a left column, or after the school (where ", April" is the date's month, not a campus).
  it.each([
    [
      'April 2010   Entered Hokuto University, School of Engineering',
      'March 2014   Graduated from Hokuto University, School of Engineering',
    ],
    [
      'Entered Hokuto University, School of Engineering, April 2010',
      'Graduated from Hokuto University, School of Engineering, March 2014',
    ],
  ])(
    'reads a Japanese-style history, entered then graduated, as one entry: "%s"',
    async (entered, graduated) => {
      expect(await educationOf(entered, graduated)).toEqual([
        {
          institution: 'Hokuto University',
          studyType: undefined,
          area: 'School of Engineering',
          startDate: '2010-04',
          endDate: '2014-03',
        },
      ]);
    },
  );

  it('takes no article into the name of a school a sentence names', async () => {
    const [entry] = await educationOf('I earned a BSc at the University of Eastmarch in 2015.');
    expect(entry?.institution).toBe('University of Eastmarch');
    expect(entry?.studyType).toBe('BSc');
  });

  it('keeps a "Bachillerato en …" taken at a university, though a Bachillerato alone leaves school', async () => {
    expect(
      await educationOf(
        'Bachillerato en Ingeniería Informática, Universidad de Costa Rica, 2012',
        '',
        'Bachillerato, Colegio San Martín, 2007',
      ),
    ).toEqual([
      {
        institution: 'Universidad de Costa Rica',
        studyType: 'Bachillerato',
        area: 'Ingeniería Informática',
        startDate: undefined,
        endDate: '2012',
      },
    ]);
  });
});

describe('degrees as the document writes them', () => {
  it('keeps "Bachelor of <field>" whole when the field is a run of field words', async () => {
    const found = await educationOf(
      'Bachelor of Software Engineering, Universiti Teknologi Sarawak, 2016',
      '',
      'Master of Computer Engineering, Technical University of Eastmarch, 2018',
    );
    expect(found.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Universiti Teknologi Sarawak', 'Bachelor of Software Engineering', undefined],
      ['Technical University of Eastmarch', 'Master of Computer Engineering', undefined],
    ]);
  });

  // The golds write the honours with the degree and the field as the area ("BSc (Hons)", "Computer Science").
  it('keeps the honours written after the field with the degree ("BSc Engineering (Hons)")', async () => {
    const [entry] = await educationOf('Ss. Peter and Paul University — BSc Engineering (Hons), 2010');
    expect([entry?.institution, entry?.studyType, entry?.area]).toEqual([
      'Ss. Peter and Paul University',
      'BSc (Hons)',
      'Engineering',
    ]);
  });

  it('reads the national degrees of Romania, Chile, Latin America and French-speaking Africa', async () => {
    const found = await educationOf(
      'Universitatea Tehnică din Cluj-Napoca — Inginer Dipl.-Ing., 2011',
      '',
      'Universidad de Valparaíso — Ingeniería Civil en Computación, 2013',
      '',
      'Especialización en Ciencia de Datos, Universidad de los Andes, 2019',
      '',
      "École Nationale Supérieure Polytechnique de Yaoundé — Diplôme d'ingénieur de conception, 2015",
    );
    expect(found.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Universitatea Tehnică din Cluj-Napoca', 'Inginer Dipl.-Ing.', undefined],
      ['Universidad de Valparaíso', 'Ingeniería Civil', 'Computación'],
      ['Universidad de los Andes', 'Especialización', 'Ciencia de Datos'],
      ['École Nationale Supérieure Polytechnique de Yaoundé', "Diplôme d'ingénieur de conception", undefined],
    ]);
  });

  it('still stops a degree at "in" and keeps a spelled-out degree the catalogue of fields does not reach', async () => {
    const found = await educationOf(
      'Bachelor of Science in Physics, Technical University of Eastmarch, 2010',
      '',
      'Master of Business Administration, Westbay Business School, 2018',
    );
    expect(found.map((entry) => [entry.studyType, entry.area])).toEqual([
      ['Bachelor of Science', 'Physics'],
      ['Master of Business Administration', undefined],
    ]);
  });
});
