import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

/**
 * Session 25 (xpdf25): a degree spelled out as "<level> of <subject> in <field>" runs up to its field's "in", the
 * associate's degrees of US community colleges among them; a date column on the left of an education entry leaves
 * school, degree and field as they are, and a remark in brackets after the degree is no field. Invented schools.
 */

const read = async (entries: string) =>
  schools(await extractText(`Pat Doe\npat@example.org\n\nEDUCATION\n\n${entries}\n`)).map(
    ({ institution, studyType, area }) => [institution, studyType, area],
  );

describe('degrees "X of Y in Z"', () => {
  it('reads the associate degrees whole, in each wording, their field after "in"', async () => {
    expect(
      await read(`Associate of Applied Science in Industrial Instrumentation Technology
Bayou Technical College - Lafayette, LA
August 2015 to May 2017

Associate of Arts in Liberal Studies, Pinecrest Community College, 2012 – 2014

Associate in Applied Science, Electronics Technology
Lakeshore Community College, 2010

Associate of Science in Nursing — Red Prairie College (2008–2010)`),
    ).toEqual([
      ['Bayou Technical College', 'Associate of Applied Science', 'Industrial Instrumentation Technology'],
      ['Pinecrest Community College', 'Associate of Arts', 'Liberal Studies'],
      ['Lakeshore Community College', 'Associate in Applied Science', 'Electronics Technology'],
      ['Red Prairie College', 'Associate of Science', 'Nursing'],
    ]);
  });

  it('reads bachelors and masters so written the same way', async () => {
    expect(
      await read(`Bachelor of Technology in Mechanical Engineering, Vellore Ridge Institute of Technology, 2010 – 2014

Master of Arts in Linguistics, University of Oxenford, 2016 – 2017

Bachelor of Science in Information Systems
Harlow State University, 2005 – 2009`),
    ).toEqual([
      ['Vellore Ridge Institute of Technology', 'Bachelor of Technology', 'Mechanical Engineering'],
      ['University of Oxenford', 'Master of Arts', 'Linguistics'],
      ['Harlow State University', 'Bachelor of Science', 'Information Systems'],
    ]);
  });

  it('reads an entry with its years on the left, a remark in brackets after the degree left out', async () => {
    expect(
      await read(`2014–2016    MSc Bioinformatics (part-time, with Distinction), Tawe University
Dissertation: outbreak typing schemes for hospital pathogens
2009–2012    BSc (Hons) Biomedical Science, Cardiff Bay University`),
    ).toEqual([
      ['Tawe University', 'MSc', 'Bioinformatics'],
      ['Cardiff Bay University', 'BSc (Hons)', 'Biomedical Science'],
    ]);
  });
});
