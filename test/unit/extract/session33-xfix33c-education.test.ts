import { describe, expect, it } from 'vitest';
import { educationOf } from './extract-text.js';

/**
 * Session 33 (xfix33c): the audit of xedu33's rules, each case with made-up people's schools and wording so the
 * answer is known.
 */

const rows = (entries: Awaited<ReturnType<typeof educationOf>>) =>
  entries.map((entry) => [entry.institution, entry.studyType, entry.area, entry.startDate, entry.endDate]);

describe('a named college under a dated university line', () => {
  it('a medical college over its own degree and dates opens the next entry', async () => {
    const entries = await educationOf(
      '',
      'University of Texas at Austin, BS Biology, 2008 – 2012',
      'Baylor College of Medicine',
      'MD, 2012 – 2016',
    );
    expect(entries.map((entry) => [entry.institution, entry.startDate, entry.endDate])).toEqual([
      ['University of Texas at Austin', '2008', '2012'],
      ['Baylor College of Medicine', '2012', '2016'],
    ]);
  });

  it('a law college over "Juris Doctor, years" opens the next entry', async () => {
    const entries = await educationOf(
      '',
      'Rutgers University, B.A. Political Science, Sept 2006 – May 2010',
      'Brooklyn College of Law',
      'Juris Doctor, 2011 – 2014',
    );
    expect(entries.map((entry) => [entry.institution, entry.startDate, entry.endDate])).toEqual([
      ['Rutgers University', '2006-09', '2010-05'],
      ['Brooklyn College of Law', '2011', '2014'],
    ]);
  });

  it('a college over a line that opens with a degree opens the next entry (dashes between the parts)', async () => {
    const entries = await educationOf(
      '',
      'Marquette University — BS Physics — 2009 – 2013',
      'Medical College of Wisconsin',
      'PhD Biophysics — 2013 – 2018',
    );
    expect(entries.map((entry) => [entry.institution, entry.startDate, entry.endDate])).toEqual([
      ['Marquette University', '2009', '2013'],
      ['Medical College of Wisconsin', '2013', '2018'],
    ]);
  });

  it("a college with no note, over a line of honours, stays the dated university's", async () => {
    const entries = await educationOf(
      '',
      'Lakeshore State University, BS Accounting, Aug 2011 – May 2015',
      'Whitcombe College of Business',
      "Dean's List, six semesters",
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Lakeshore State University']);
  });

  it("a college with a note after its name stays the university's even over the next degree", async () => {
    const entries = await educationOf(
      '',
      'Granite Peak University, BS Finance, Aug 2009 – May 2013',
      'Halvorsen College of Business, concentration in Risk Management',
      'MBA, Ashbury University, 2015 – 2017',
    );
    expect(rows(entries)).toEqual([
      ['Granite Peak University', 'BS', 'Finance', '2009-08', '2013-05'],
      ['Ashbury University', 'MBA', undefined, '2015', '2017'],
    ]);
  });
});

describe('a sub-heading over a "… course" line', () => {
  it('"Online Learning" over "Deep Learning course" names no school', async () => {
    const entries = await educationOf(
      '',
      'Northbrook University, BSc Computing, 2014 – 2018',
      '',
      'Online Learning',
      'Deep Learning course',
      'Jan 2019 – Mar 2019',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Northbrook University']);
  });

  it('"Erasmus Exchange" over "Study abroad programme" names no school', async () => {
    const entries = await educationOf(
      '',
      'Universidade do Minho, Licenciatura em Economia, 2013 – 2016',
      '',
      'Erasmus Exchange',
      'Study abroad programme',
      '2016',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Universidade do Minho']);
  });

  it('a short name that looks like a brand over its "… course" is still its school', async () => {
    const entries = await educationOf(
      '',
      'Byte42',
      'Web application course',
      'Oct 2021 – Feb 2022',
      '',
      'CodeHarbor',
      'Data analytics programme',
      'Mar 2022 – Jun 2022',
      '',
      'Trellon',
      'UX design course',
      'Sep 2022 – Nov 2022',
    );
    expect(entries.map((entry) => [entry.institution, entry.startDate, entry.endDate])).toEqual([
      ['Byte42', '2021-10', '2022-02'],
      ['CodeHarbor', '2022-03', '2022-06'],
      ['Trellon', '2022-09', '2022-11'],
    ]);
  });
});

describe('the label before the field of study in Slovak, Czech and Polish', () => {
  it('"špecializácia", "specializace" and "specjalizacja" are no part of the field', async () => {
    const entries = await educationOf(
      '',
      '2013 – 2018    Žilinská univerzita v Žiline',
      'Fakulta riadenia a informatiky',
      'Ing., špecializácia Počítačové siete',
      '',
      '2010 – 2013    Vysoké učení technické v Brně',
      'Fakulta informačních technologií',
      'Bc., specializace Kybernetická bezpečnost',
      '',
      '2005 – 2010    Politechnika Gdańska',
      'Mgr., specjalizacja Systemy wbudowane',
    );
    expect(entries.map((entry) => [entry.institution, entry.area])).toEqual([
      ['Žilinská univerzita v Žiline', 'Počítačové siete'],
      ['Vysoké učení technické v Brně', 'Kybernetická bezpečnost'],
      ['Politechnika Gdańska', 'Systemy wbudowane'],
    ]);
  });
});
