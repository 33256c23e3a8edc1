import { describe, expect, it } from 'vitest';
import { findDegree, isInstitution } from '../../../src/extract/vocabulary.js';
import { extractText, positions, schools } from './extract-text.js';

/**
 * Session 31 (xedu31): schools and degrees the set unseen-22 missed, each written here with made-up people and schools
 * (other names, wording and countries than unseen-22's), so the answer is known.
 */

describe('degrees with their level code, national diplomas and NATED levels, Diplomado, a certificate in a field', () => {
  it.each([
    ['Sarjana (S1), Teknik Sipil', 'Sarjana (S1)'],
    ['Magister (S2), Manajemen', 'Magister (S2)'],
    ['Sarjana Terapan (D4), Akuntansi', 'Sarjana Terapan (D4)'],
    ['Diploma III (D3), Perhotelan', 'Diploma III (D3)'],
    ['Diploma IV Teknik Mesin', 'Diploma IV'],
    ['National Diploma: Civil Engineering', 'National Diploma'],
    ['N5 Mechanical Engineering', 'N5'],
    ['Diplomado en Gestión de Proyectos', 'Diplomado'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('a level code, an N with a number or a certificate with no field named the same way names none', () => {
    expect(findDegree('N6 bolts torqued to spec')).toBeNull();
    expect(findDegree('Certificate of Merit, 2019')).toBeNull();
    expect(findDegree('Certificate')).toBeNull();
    expect(findDegree('Diplomado')).toBeNull();
  });
});

describe('school words of upper-secondary and vocational schools', () => {
  it.each([
    'Katedralskolans gymnasiet',
    'Politeknik Negeri Malang',
    'Sekolah Menengah Atas Negeri 3 Yogyakarta',
    'III Liceum Ogólnokształcące w Gdyni',
    'Kadıköy Anadolu Lisesi',
    'Tampereen lyseon lukio',
  ])('"%s" names a school', (text) => {
    expect(isInstitution(text)).toBe(true);
  });

  it('the programme before the school ("Systemvetenskapliga programmet, … högskola") leaves the school its own name', async () => {
    const result = await extractText(
      [
        'Sofia Lindqvist',
        '',
        'Utbildning',
        '',
        '2015 – 2018 | Systemvetenskapliga programmet, Ystads högskola',
        // "… gymnasiet" (the definite form) is upper-secondary schooling: no entry (session 33's convention).
        '2012 – 2015 | Ekonomiprogrammet, Ystads gymnasiet',
        '',
        'Kompetenser',
        'Språk: Java, SQL',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Ystads högskola']);
  });
});

describe('a bootcamp named without a school word, over its programme', () => {
  it('"Codeworks" over "Full-Stack JavaScript Immersive" over its year is an entry of its own', async () => {
    const result = await extractText(
      [
        'Nikos Vlachos',
        '',
        'Education',
        '',
        'National Technical University of Athens',
        'Diploma, Mechanical Engineering',
        '2008 - 2014',
        'Thesis on turbine blade cooling.',
        '',
        'Codeworks',
        'Full-Stack JavaScript Immersive',
        '2018',
        '',
        'Skills',
        'JavaScript, Node.js',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.endDate])).toEqual([
      ['National Technical University of Athens', 'Diploma', '2014'],
      ['Codeworks', undefined, '2018'],
    ]);
  });

  it('a short line over a programme with no bootcamp word opens no entry of its own', async () => {
    const result = await extractText(
      [
        'Nikos Vlachos',
        '',
        'Education',
        '',
        'National Technical University of Athens',
        'Diploma, Mechanical Engineering',
        '2008 - 2014',
        'Exchange Term',
        'Fluid Dynamics Seminar',
        '',
        'Skills',
        'JavaScript, Node.js',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual([
      'National Technical University of Athens',
    ]);
  });
});

describe('education lines read where jobs are', () => {
  it('a degree and its school under a heading no section word names are studies, not a job', async () => {
    const result = await extractText(
      [
        '# Lerato Mokoena',
        '',
        '## Jobs',
        '',
        '- **Network Engineer** @ Vodacom — *Mar 2019 – now*',
        '',
        '## How I got here',
        '',
        '- **National Diploma: Electrical Engineering** — Vaal University of Technology (2012 – 2015)',
        '- **N6 Electrical Engineering** — Sedibeng TVET College (2009 – 2011)',
      ].join('\n'),
      'readme.md',
    );
    expect(positions(result).map((job) => job.company)).toEqual(['Vodacom']);
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Vaal University of Technology', 'National Diploma', 'Electrical Engineering'],
      ['Sedibeng TVET College', 'N6', 'Electrical Engineering'],
    ]);
  });

  it('"Education — degree, School" in a timeline of typed items is an education entry, not a job', async () => {
    const result = await extractText(
      [
        '# Oksana Hrytsenko',
        '',
        '## 2021',
        '',
        '**Position** — **Data Analyst** at **Ajax Systems**',
        '*Mar 2021 → Current · Kyiv*',
        '',
        '## 2019',
        '',
        '**Education** — **M.Sc., Applied Mathematics**, Taras Shevchenko National University of Kyiv',
        '*2017 → 2019 · Kyiv*',
      ].join('\n'),
      'story.md',
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Taras Shevchenko National University of Kyiv', 'M.Sc.'],
    ]);
    expect(positions(result).map((job) => job.company)).not.toContain(
      'Taras Shevchenko National University of Kyiv',
    );
  });

  it('a job bullet labelled "Education —" in a work section stays the job\'s', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Account Manager, Brightwell Learning, 2018 – 2022',
        '- Education — renewed the contract with Marlow University for three years',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([]);
  });
});

describe('a certificate programme named before its field', () => {
  const education = (lines: string[]) =>
    extractText(['Jordan Mireles', '', 'Education', '', ...lines, '', 'Skills', 'Python, SQL'].join('\n'));

  it('at a university is the degree "Certificate" and its field, the next degree its own entry', async () => {
    const result = await education([
      'Certificate in Data Analytics',
      'Northern Arizona University - Flagstaff, AZ',
      'January 2021 to August 2021',
      '',
      'Associate of Science in Biology',
      'Yavapai College - Prescott, AZ',
      '2015 to 2017',
    ]);
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Northern Arizona University', 'Certificate', 'Data Analytics'],
      ['Yavapai College', 'Associate of Science', 'Biology'],
    ]);
  });

  it('at a school of another kind names no degree', async () => {
    const result = await education(['Certificate in Welding Technology', 'Lakeshore Trade School', '2012']);
    expect(schools(result).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Lakeshore Trade School', undefined],
    ]);
  });
});

describe('Nordic, Finnish, Indonesian, Nigerian and Spanish degrees by their own names', () => {
  it.each([
    ['Kandidatexamen i datavetenskap', 'Kandidatexamen'],
    ['Teknologie masterexamen i datateknik', 'Teknologie masterexamen'],
    ['Yrkeshögskoleexamen, Javautvecklare', 'Yrkeshögskoleexamen'],
    ['Bachelorgrad i informatikk', 'Bachelorgrad'],
    ['Datamatiker, Erhvervsakademi Sjælland', 'Datamatiker'],
    ['Professionsbachelor i webudvikling', 'Professionsbachelor'],
    ['Tradenomi (AMK), tietojenkäsittely', 'Tradenomi (AMK)'],
    ['Ahli Madya (A.Md.), Teknik Komputer', 'Ahli Madya (A.Md.)'],
    ['OND Computer Science', 'OND'],
    ['CFGS Administración de Sistemas Informáticos en Red', 'CFGS'],
    ['PGDCA, Computer Applications', 'PGDCA'],
    ['B.Voc in Software Development', 'B.Voc'],
    ['HNC Computing', 'HNC'],
    ['Foundation Degree in Web Development', 'Foundation Degree'],
    ["Ingénieur d'État en génie logiciel", "Ingénieur d'État"],
    ['Maîtrise en génie logiciel', 'Maîtrise'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('"OND" or "CFGS" alone, and the IB\'s diploma, name none', () => {
    expect(findDegree('OND')).toBeNull();
    expect(findDegree('CFGS')).toBeNull();
    expect(findDegree('IB Diploma, 2016')).toBeNull();
    expect(findDegree("Maîtrise d'ouvrage et recette")).toBeNull();
    expect(findDegree("Maîtrise de l'anglais")).toBeNull();
  });

  it('reads the degree and its field after "i" at a Danish academy and a Norwegian university', async () => {
    const result = await extractText(
      [
        'Rasmus Winther',
        '',
        'Uddannelse',
        '',
        '2014 – 2016  Datamatiker, Erhvervsakademi Dania',
        '2016 – 2018  Professionsbachelor i softwareudvikling, Erhvervsakademi Dania',
        '',
        'Kompetencer',
        'C#, SQL',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.endDate])).toEqual([
      ['Erhvervsakademi Dania', 'Datamatiker', '2016'],
      ['Erhvervsakademi Dania', 'Professionsbachelor', '2018'],
    ]);
  });
});

describe('school-leaving certificates of more countries, no entries of their own', () => {
  const education = (lines: string[]) =>
    extractText(['Sam Okello', '', 'Education', '', ...lines, '', 'Skills', 'Java, SQL'].join('\n'));

  it.each([
    ['Makerere College School — UACE, 2013'],
    ['Kibaha Secondary School — ACSEE, 2012'],
    ["Diocesan Boys' School", 'HKDSE, 2014'],
    ['Overseas School of Colombo — IB Diploma, 2015'],
    ['Preparatoria Benito Juárez, 2009 – 2012'],
    ['Gimnasia Ort School — Bagrut, 2011'],
  ])('"%s" under a university\'s degree is left out', async (...schoolLines) => {
    const result = await education([
      'Makerere University, BSc Computer Science, 2014 – 2017',
      '',
      ...schoolLines,
    ]);
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Makerere University']);
  });
});

describe('Baltic, Czech and Hungarian schools and degrees', () => {
  it.each([
    ['Magistras, programų sistemos', 'Magistras'],
    ['Magistrikraad, tarkvaratehnika', 'Magistrikraad'],
    ['Bakalaura grāds datorzinātnēs', 'Bakalaura grāds'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it.each([
    'Tallinna Tehnikaülikool',
    'Tallinna Ülikool',
    'Debreceni Tudományegyetem',
    'Budapesti Gazdasági Főiskola',
    'Vysoké učení technické v Ostravě',
    'Vysoká škola ekonomická v Praze',
    'Kauno kolegija',
  ])('"%s" names a school', (text) => {
    expect(isInstitution(text)).toBe(true);
  });

  it('an Estonian university over "Magistrikraad, …" is the entry\'s school', async () => {
    const result = await extractText(
      [
        'Mart Kask',
        '',
        'Haridus',
        'Tallinna Ülikool',
        'Magistrikraad, infoteadus, 2016 – 2018',
        'Oskused',
        'Keeled: Python, SQL',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Tallinna Ülikool', 'Magistrikraad', 'infoteadus'],
    ]);
  });
});

describe("a provider's short name before its programme", () => {
  it('"**HNG Backend Internship programme** — 2021" is an entry at HNG, the rest its area', async () => {
    const result = await extractText(
      [
        '# Tobi Adeyemi',
        '',
        '## Education',
        '',
        '**BSc Physics** — University of Ibadan, *2013 – 2017*',
        '',
        '**HNG Backend Internship programme** — 2021 (8 weeks, remote)',
        '',
        '## Skills',
        '',
        'Python, Django',
      ].join('\n'),
      'cv.md',
    );
    expect(
      schools(result).map((entry) => [entry.institution, entry.studyType, entry.area, entry.endDate]),
    ).toEqual([
      ['University of Ibadan', 'BSc', 'Physics', '2017'],
      ['HNG', undefined, 'Backend Internship programme', '2021'],
    ]);
  });
});
