import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

/**
 * Session 16: the graph's School is the institution a person studied at. A faculty, department or school of
 * it named beside it is a unit of it, kept as the entry's area when the entry names no field, never as
 * part of the school's name; a college keeps its own name over the university it belongs to.
 */

const read = async (lines: string[], fileName = 'resume.txt') =>
  schools(await extractText(lines.join('\n'), fileName));

describe('a school and its faculty', () => {
  it('leaves a faculty named after a comma out of the school, and keeps the field the entry names', async () => {
    expect(
      await read([
        'Education',
        '',
        'Northmoor University, Faculty of Electrical Engineering',
        'MSc in Computer Science, 2014 – 2016',
        '',
        'Universidade de Vale Alto, Faculdade de Ciências (FCVA)',
        'Licenciatura em Matemática, 2010 – 2014',
      ]),
    ).toEqual([
      {
        institution: 'Northmoor University',
        studyType: 'MSc',
        area: 'Computer Science',
        startDate: '2014',
        endDate: '2016',
      },
      {
        institution: 'Universidade de Vale Alto',
        studyType: 'Licenciatura',
        area: 'Matemática',
        startDate: '2010',
        endDate: '2014',
      },
    ]);
  });

  it('keeps the faculty as the area when the entry names no field', async () => {
    expect(
      await read([
        'Education',
        '',
        'Ostrava Technical University, Faculty of Mechanical Engineering',
        'Ing., 2009',
      ]),
    ).toEqual([
      {
        institution: 'Ostrava Technical University',
        studyType: 'Ing.',
        area: 'Faculty of Mechanical Engineering',
        startDate: undefined,
        endDate: '2009',
      },
    ]);
  });

  it('takes the university after a faculty named first, on one line with the degree', async () => {
    expect(
      await read([
        'EDUCATION',
        'Bachelor of Science in Physics, Faculty of Natural Sciences, University of Eastbrook, 2012',
        'Master of Science in Data Science, Department of Statistics, Lakeside University, 2014',
      ]),
    ).toEqual([
      {
        institution: 'University of Eastbrook',
        studyType: 'Bachelor of Science',
        area: 'Physics',
        startDate: undefined,
        endDate: '2012',
      },
      {
        institution: 'Lakeside University',
        studyType: 'Master of Science',
        area: 'Data Science',
        startDate: undefined,
        endDate: '2014',
      },
    ]);
  });

  it('keeps a faculty on the line under its school in the same entry', async () => {
    expect(
      await read(['Education', '', 'University of Westmarch', 'School of Informatics', 'BSc, 2008 – 2011']),
    ).toEqual([
      {
        institution: 'University of Westmarch',
        studyType: 'BSc',
        area: 'School of Informatics',
        startDate: '2008',
        endDate: '2011',
      },
    ]);
  });

  it('reads a college and its town before the university it is part of as the university', async () => {
    expect(
      await read([
        'Education',
        '',
        'B.E. Mechanical Engineering — College of Engineering, Pallavur, Kaveri University — 2015',
      ]),
    ).toEqual([
      {
        institution: 'Kaveri University',
        studyType: 'B.E.',
        area: 'Mechanical Engineering',
        startDate: undefined,
        endDate: '2015',
      },
    ]);
  });

  it('reads a form field that names the faculty with its university', async () => {
    expect(
      await read([
        'Education and training',
        'Dates    September 2013 → June 2015',
        'Title of qualification awarded    Master of Science in Economics',
        'Name and type of organisation providing education and training    Riga Northern University, Faculty of Business',
      ]),
    ).toEqual([
      {
        institution: 'Riga Northern University',
        studyType: 'Master of Science',
        area: 'Economics',
        startDate: '2013-09',
        endDate: '2015-06',
      },
    ]);
    expect(
      await read([
        'Education',
        '',
        'School: Faculty of Law, University of Southvale',
        'Degree: LL.B.',
        'Graduation Date: 2011',
      ]),
    ).toEqual([
      {
        institution: 'University of Southvale',
        studyType: 'LL.B.',
        area: 'Faculty of Law',
        startDate: undefined,
        endDate: '2011',
      },
    ]);
  });
});
