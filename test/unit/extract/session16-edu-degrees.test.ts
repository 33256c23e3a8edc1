import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { extractText, schools } from './extract-text.js';

/** Session 16: degrees as résumés in several languages write them, each as the degree's own words. */

describe('degree names', () => {
  it.each([
    // An honours degree is the degree.
    ['BSc Honours in Applied Mathematics', 'BSc Honours'],
    ['B.Sc. (Hons) Computing', 'B.Sc. (Hons)'],
    ['BA Hons English Literature', 'BA Hons'],
    ['BEng (Hons), Electronic Engineering', 'BEng (Hons)'],
    // A degree named after its field has no "in".
    ['Bachelor of Engineering Science in Mechatronics', 'Bachelor of Engineering Science'],
    // National degrees: France's, Spain's and Latin America's, Poland's glossed titles.
    ["Diplôme national d'ingénieur en informatique", "Diplôme national d'ingénieur"],
    ['BTS SIO (Services informatiques aux organisations)', 'BTS SIO'],
    ['DUT GEII, IUT de Nantes', 'DUT GEII'],
    ['BUT MMI', 'BUT MMI'],
    ['DUT Informatique', 'DUT'],
    ['Ingeniero en Informática', 'Ingeniero'],
    ['Ingeniera en Telecomunicaciones', 'Ingeniera'],
    ['Licenciado en Ciencias de la Computación', 'Licenciado'],
    ['Máster en Ingeniería del Software', 'Máster'],
    ['Técnico Superior en Desarrollo de Aplicaciones Web', 'Técnico Superior'],
    ['Master of Science (mgr inż.), Computer Science', 'Master of Science (mgr inż.)'],
    ['Bachelor of Engineering (inż.), Automatic Control', 'Bachelor of Engineering (inż.)'],
    // Set in capitals on a line whose dates are not.
    ['DIPL.-ING. IN ELEKTROTECHNIK    Okt. 2003 - Jun. 2009', 'DIPL.-ING.'],
    ['MASTER OF SCIENCE in Data Science, 2019', 'MASTER OF SCIENCE'],
  ])('reads %j as the degree %j', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it.each([
    ['But I moved on to data work in 2019'],
    ['Ingeniero de datos en Mercado Libre'],
    ['Scrum MASTERY workshop'],
  ])('finds no degree in %j', (text) => {
    expect(findDegree(text)).toBeNull();
  });
});

describe('degrees in education sections', () => {
  it('reads honours, national and capitalised degrees with their fields', async () => {
    const result = await extractText(
      [
        'Education',
        '',
        'BSc Honours in Statistics, University of Harare West, 2016',
        'Ingeniero en Informática, Universidad de Castilla Norte, 2003 – 2009',
        'Eastfield University of Technology    Linz, Austria',
        'DIPL.-ING. IN INFORMATIK    Oct. 2004 - Jun. 2010',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'University of Harare West',
        studyType: 'BSc Honours',
        area: 'Statistics',
        startDate: undefined,
        endDate: '2016',
      },
      {
        institution: 'Universidad de Castilla Norte',
        studyType: 'Ingeniero',
        area: 'Informática',
        startDate: '2003',
        endDate: '2009',
      },
      {
        institution: 'Eastfield University of Technology',
        studyType: 'DIPL.-ING.',
        area: 'INFORMATIK',
        startDate: '2004-10',
        endDate: '2010-06',
      },
    ]);
  });
});
