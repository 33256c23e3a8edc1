import { describe, expect, it } from 'vitest';
import { looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { findDates } from '../../../src/extract/dates.js';
import { findDegree, sectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import type { PartialDate } from '../../../src/resume/parse-partial-date.js';
import { extractText, positions, schools, seedCatalogue, technologiesByPosition } from './extract-text.js';

/** Session 13: national degree names, an education line among other lines, European section names, VMware. */

describe('degrees named in their own language or by their Indian abbreviation', () => {
  it('reads "Ingeniería en <field>" as the degree before "en" and the field after it', async () => {
    const result = await extractText(
      [
        'Lucía Ferrer',
        '',
        'EXPERIENCE',
        'Backend Developer — Mercado Libre, 2019 – Present',
        '- Go services on Kubernetes.',
        '',
        'EDUCATION',
        'Ingeniería en Sistemas de Información — Universidad Nacional de Rosario, 2013 – 2018',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidad Nacional de Rosario',
        studyType: 'Ingeniería',
        area: 'Sistemas de Información',
        startDate: '2013',
        endDate: '2018',
      },
    ]);
  });

  it('finds MCA and BCA as degrees, whole words in capitals only', () => {
    expect(findDegree('MCA, Bangalore University, 2012')).toEqual({ start: 0, end: 3, text: 'MCA' });
    expect(findDegree('BCA (Computer Applications), 2009')).toEqual({ start: 0, end: 3, text: 'BCA' });
    expect(findDegree('Worked with MCAD tooling')).toBeNull();
  });

  it('reads a school line that opens with MCA as a degree of that school', async () => {
    const result = await extractText(
      [
        'Anil Varma',
        '',
        'Experience',
        'QA Engineer, Infosys, 2014 – 2019',
        '',
        'Education',
        'MCA, Bangalore University, 2012',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Bangalore University',
        studyType: 'MCA',
        area: undefined,
        startDate: undefined,
        endDate: '2012',
      },
    ]);
  });
});

describe('a labelled education line among other lines', () => {
  it('reads "Education: <degree>, <school>, <year>" under an About me section as an education entry', async () => {
    const result = await extractText(
      [
        'Marta Lindgren',
        '',
        'About me',
        '',
        'I began my career at Klarna in 2015 as a backend developer, writing Java services.',
        '',
        'Education: BSc in Physics, Uppsala University, 2014.',
        '',
        'Stack: Java, Kotlin, PostgreSQL.',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Uppsala University',
        studyType: 'BSc',
        area: 'Physics',
        startDate: undefined,
        endDate: '2014',
      },
    ]);
    expect(result.resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual([
      'Java',
      'Kotlin',
      'PostgreSQL',
    ]);
  });

  it('reads an abbreviated label in a list ("- Edu: …") and never takes the label for the school', async () => {
    const result = await extractText(
      [
        'Tomás Prado - SRE',
        '',
        '- Globo - Site Reliability Engineer - 2019-now',
        '  - Terraform, Prometheus',
        '- Stone - Sysadmin - 2015-2019',
        '  - Linux, Bash',
        '',
        '- Edu: Bacharelado em Sistemas de Informação, UFRJ, 2011-2015',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'UFRJ',
        studyType: 'Bacharelado',
        area: 'Sistemas de Informação',
        startDate: '2011',
        endDate: '2015',
      },
    ]);
    expect(positions(result).map((position) => position.company)).toEqual(['Globo', 'Stone']);
  });

  it('leaves a labelled line that names no degree and no school where it is', async () => {
    const result = await extractText(
      [
        'Ola Berg',
        '',
        'Summary',
        'Education: ongoing, self-taught in Rust.',
        '',
        'Experience',
        'Developer, Spotify, 2020 – Present',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
  });
});

describe('section names of European CVs', () => {
  it.each([
    ['Berufserfahrung', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Experiência profissional', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Esperienza lavorativa', 'experience'],
    ['Werkervaring', 'experience'],
    ['Doświadczenie zawodowe', 'experience'],
    ['Arbetslivserfarenhet', 'experience'],
    ['Ausbildung', 'education'],
    ['Formación académica', 'education'],
    ['Formação acadêmica', 'education'],
    ['Formation', 'education'],
    ['Istruzione', 'education'],
    ['Opleiding', 'education'],
    ['Wykształcenie', 'education'],
    ['Utbildning', 'education'],
    ['Kenntnisse', 'skills'],
    ['Technische Fähigkeiten', 'skills'],
    ['Conocimientos técnicos', 'skills'],
    ['Compétences techniques', 'skills'],
    ['Umiejętności', 'skills'],
    ['Sprachen', 'languages'],
    ['Idiomas', 'languages'],
    ['Langues', 'languages'],
    ['Profil', 'summary'],
    ['Zusammenfassung', 'summary'],
    ['Projekte', 'projects'],
    ['Proyectos', 'projects'],
  ])('"%s" names the %s section', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });

  it('does not take an English sentence with those words for a heading', () => {
    expect(sectionKind('Formation of a new team')).toBeNull();
    expect(sectionKind('Profil der Firma und Produkte bei SAP')).toBeNull();
  });

  it('reads a German CV with German headings only: positions, school and skills', async () => {
    const result = await extractText(
      [
        'Jonas Keller',
        'jonas.keller@example.de',
        '',
        'BERUFSERFAHRUNG',
        '',
        'Senior Softwareentwickler, Zalando SE, 03/2019 – heute',
        '- Microservices in Kotlin und PostgreSQL',
        '',
        'Softwareentwickler, SAP SE, 09/2014 – 02/2019',
        '- Backend in Java mit Spring Boot',
        '',
        'AUSBILDUNG',
        '',
        'Technische Universität München, M.Sc. Informatik, 2012 – 2014',
        '',
        'KENNTNISSE',
        '',
        'Kotlin, Java, PostgreSQL, Kubernetes',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Zalando SE',
        title: 'Senior Softwareentwickler',
        startDate: '2019-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'SAP SE',
        title: 'Softwareentwickler',
        startDate: '2014-09',
        endDate: '2019-02',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Kotlin', 'PostgreSQL'],
      ['Java', 'Spring Boot'],
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'Technische Universität München',
        studyType: 'M.Sc.',
        area: 'Informatik',
        startDate: '2012',
        endDate: '2014',
      },
    ]);
    expect(result.resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual([
      'Kotlin',
      'Java',
      'PostgreSQL',
      'Kubernetes',
    ]);
  });
});

describe('VMware', () => {
  it('is the virtualisation platform (as Oracle is the database) when a bullet names it, attributed to the position it is under', async () => {
    const result = await extractText(
      [
        'Dana Reid',
        '',
        'Experience',
        'Systems Administrator, Acme Health, 2016 – 2020',
        '- Moved the file servers onto VMware and automated patching with Ansible.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Acme Health', title: 'Systems Administrator', technologies: ['VMware', 'Ansible'] },
    ]);
    expect((await seedCatalogue()).technologies.find('VMware')?.id).toBe('vmware-vsphere');
  });
});

describe('job titles of European CVs', () => {
  it.each([
    ['Senior Softwareentwickler', 2],
    ['Teamleiterin Backend', 0],
    ['Cloud-Architekt', 2],
    ['Ingeniero de Software', 2],
    ['Desarrolladora Backend Senior', 2],
    ['Engenheiro de Dados', 2],
    ['Développeur Full Stack', 2],
    ['Senior Ingénieur logiciel', 2],
    ['Sviluppatore Backend', 2],
    ['Analista de Sistemas', 2],
    ['Analyste-programmeur', 2],
    ['Programmeur analyste', 2],
    ['Jefe', 2],
    ['Software development in Java', 0],
    ['Mercado Libre', 0],
  ])('"%s" reads as a title with score %i', (text, score) => {
    expect(titleScore(text)).toBe(score);
  });

  it('reads a Spanish CV: title before the employer, the field after the role noun', async () => {
    const result = await extractText(
      [
        'Pablo Ortega',
        '',
        'Experiencia laboral',
        '',
        'Ingeniero de Software — Globant, 2018 – actualidad',
        '- APIs en Java y Spring Boot',
        '',
        'Desarrollador Backend — Despegar, 2015 – 2018',
        '- Servicios en Node.js y MongoDB',
        '',
        'Formación académica',
        '',
        'Ingeniería en Informática — Universidad de Buenos Aires, 2009 – 2014',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Globant',
        title: 'Ingeniero de Software',
        startDate: '2018',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Despegar',
        title: 'Desarrollador Backend',
        startDate: '2015',
        endDate: '2018',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Java', 'Spring Boot'],
      ['Node.js', 'MongoDB'],
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'Universidad de Buenos Aires',
        studyType: 'Ingeniería',
        area: 'Informática',
        startDate: '2009',
        endDate: '2014',
      },
    ]);
  });

  it('reads a French title under its employer and place, over its dates (employer | place, title | dates)', async () => {
    const result = await extractText(
      [
        'Claire Dubois',
        '',
        'EXPÉRIENCE PROFESSIONNELLE',
        '',
        'Cegid\tLyon',
        'Développeuse Full Stack\tmars 2019 – aujourd’hui',
        '- Interfaces en React et API en Node.js',
        '',
        'Transports Vidal (logistique)\tVénissieux',
        'Analyste-programmeur\tjuin 2014 – février 2019',
        '- Maintenance du système de dispatch en C# et SQL Server',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Cegid',
        title: 'Développeuse Full Stack',
        startDate: '2019-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Transports Vidal',
        title: 'Analyste-programmeur',
        startDate: '2014-06',
        endDate: '2019-02',
        current: undefined,
      },
    ]);
  });
});

describe('month names of European CVs', () => {
  it.each([
    ['janvier 2015 – février 2019', '2015-01', '2019-02'],
    ['juin 2014 – décembre 2016', '2014-06', '2016-12'],
    ['janeiro de 2018 – março de 2020', '2018-01', '2020-03'],
    ['enero de 2016 – setiembre de 2019', '2016-01', '2019-09'],
    ['gennaio 2016 - dicembre 2019', '2016-01', '2019-12'],
    ['maart 2017 – augustus 2021', '2017-03', '2021-08'],
    ['setembro 2012 – outubro 2014', '2012-09', '2014-10'],
  ])('reads "%s" as %s to %s', (text, start, end) => {
    const found = findDates(text);
    const month = (date: PartialDate | null) =>
      date ? `${date.year}-${String(date.month).padStart(2, '0')}` : null;
    expect(found.map((date) => [date.kind, month(date.from), month(date.to)])).toEqual([
      ['range', start, end],
    ]);
  });
});

describe("a position's place is no technology", () => {
  it('does not read "Istanbul" or "Cairo" in the place of a job as the test tool or the graphics library', async () => {
    const result = await extractText(
      [
        'Deniz Aksoy',
        '',
        '## Experience',
        '',
        '- **2021 – Present** · Frontend Engineer · Peak Games, Istanbul',
        '  - Screens in React; unit tests in Jest with Istanbul coverage reports.',
        '- **2018 – 2021** · Web Developer · Instabug, Cairo',
        '  - Vue.js dashboards.',
      ].join('\n'),
      'resume.md',
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Peak Games', title: 'Frontend Engineer', technologies: ['React', 'Jest', 'Istanbul'] },
      { company: 'Instabug', title: 'Web Developer', technologies: ['Vue.js'] },
    ]);
  });
});

describe('studies told in the sentences of a narrative résumé', () => {
  it('reads the school and the degree a sentence names, the degree also on the next line of its paragraph', async () => {
    const result = await extractText(
      [
        '# Sofia Lind',
        '',
        '## How it started',
        '',
        'In 2012 I joined **Klarna** as a backend developer, straight out of Lund University',
        '(M.Sc. in Computer Science, 2012). I wrote payment services in Java there.',
        '',
        'I had studied applied physics at KTH in Stockholm before that, and graduated with',
        'a BSc in 2009.',
        '',
        'Since 2018 I have been a staff engineer at **Spotify**, working on Scala pipelines.',
      ].join('\n'),
      'resume.md',
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Lund University',
        studyType: 'M.Sc.',
        area: undefined,
        startDate: undefined,
        endDate: undefined,
      },
      { institution: 'KTH', studyType: 'BSc', area: undefined, startDate: undefined, endDate: undefined },
    ]);
    expect(positions(result).map((position) => position.company)).toEqual(['Klarna', 'Spotify']);
  });

  it('reads no school from a sentence that names a school and no degree', async () => {
    const result = await extractText(
      [
        'About me',
        '',
        'I began my career at Shopify in 2015, after two years of research at McGill University.',
        'Since 2019 I have been a senior engineer at Stripe.',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
  });
});

describe('a Danish CV', () => {
  it('reads Danish headings, compound titles, "nu" as ongoing and "Cand.polyt. i <field>"', async () => {
    const result = await extractText(
      [
        'METTE HOLM',
        'Aalborg, Danmark  |  mette.holm@example.dk',
        '',
        'ERHVERVSERFARING',
        '',
        '2020 - nu         Systemudvikler, Jysk A/S, Aalborg',
        '                  - Webshop i Java og PostgreSQL.',
        '',
        '2017 - 2020       IT-konsulent, KMD A/S, Aarhus',
        '                  - Integrationer i C# og .NET.',
        '',
        'UDDANNELSE',
        '',
        '2015 - 2017       Cand.polyt. i softwareteknologi, Aalborg Universitet',
        '',
        'KOMPETENCER',
        '',
        'Java, C#, PostgreSQL',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      { company: 'Jysk A/S', title: 'Systemudvikler', startDate: '2020', endDate: undefined, current: true },
      { company: 'KMD A/S', title: 'IT-konsulent', startDate: '2017', endDate: '2020', current: undefined },
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'Aalborg Universitet',
        studyType: 'Cand.polyt.',
        area: 'softwareteknologi',
        startDate: '2015',
        endDate: '2017',
      },
    ]);
    expect(result.resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual([
      'Java',
      'C#',
      'PostgreSQL',
    ]);
  });
});

describe('legal forms after a comma in a header', () => {
  it('keeps the Czech and Slovak "spol. s r.o." with the name it follows, and drops it from the lookup key', async () => {
    const result = await extractText(
      [
        'Jana Kralova',
        '',
        'Experience',
        'Developer — Acme Software, spol. s r.o.\t01/2014 – 02/2016',
        '- Go services.',
      ].join('\n'),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['Acme Software, spol. s r.o.']);
    expect(looseCompanyKey('Acme Software, spol. s r.o.')).toBe('acmesoftware');
  });
});

describe('several roles under one employer', () => {
  it("reads the name after a title's comma as its unit when the employer line above holds the title's dates", async () => {
    const result = await extractText(
      [
        'Lena Adler',
        '',
        'EXPERIENCE',
        'Norda Bank — Oslo\tSep 2019 – Present',
        'Senior Data Analyst, Retail Analytics (2022 – present)',
        '• Churn models in Python.',
        'Data Analyst (2019 – 2022)',
        '• Dashboards in Tableau.',
        '',
        'Fjord Insurance — Bergen\tJan 2016 – Aug 2019',
        'Reporting Specialist',
        '• Reports in SQL.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Norda Bank',
        title: 'Senior Data Analyst',
        startDate: '2022',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Norda Bank',
        title: 'Data Analyst',
        startDate: '2019',
        endDate: '2022',
        current: undefined,
      },
      {
        company: 'Fjord Insurance',
        title: 'Reporting Specialist',
        startDate: '2016-01',
        endDate: '2019-08',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.team).toBe('Retail Analytics');
  });
});

describe('an event history kept as a Markdown table', () => {
  it('reads "Present" in a row whose year and month cells are empty as the last position still held', async () => {
    const result = await extractText(
      [
        '# Lin Wei',
        '',
        '## Career history',
        '',
        '| Year | Month | Event |',
        '|------|-------|-------|',
        '| 2013 | 7 | Joined Acer Inc. as Firmware Engineer |',
        '| 2016 | 2 | Resigned from Acer Inc. |',
        '| 2016 | 3 | Joined Realtek Semiconductor Corp. as Senior Firmware Engineer |',
        '|      |   | Present |',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Acer Inc.',
        title: 'Firmware Engineer',
        startDate: '2013-07',
        endDate: '2016-02',
        current: undefined,
      },
      {
        company: 'Realtek Semiconductor Corp.',
        title: 'Senior Firmware Engineer',
        startDate: '2016-03',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('since and ongoing in the languages of European CVs', () => {
  it.each([
    ['seit 04/2021', '2021-04'],
    ['depuis 2019', '2019-null'],
    ['desde marzo 2020', '2020-03'],
    ['mayo 2021 – a la fecha', '2021-05'],
  ])('reads "%s" as a range open from %s', (text, start) => {
    expect(
      findDates(text).map((date) => [
        date.kind,
        `${date.from?.year}-${date.from?.month === null ? 'null' : String(date.from?.month).padStart(2, '0')}`,
        date.to,
        date.ongoing,
      ]),
    ).toEqual([['range', start, null, true]]);
  });

  it('reads Pasante as a title', () => {
    expect(titleScore('Pasante de Desarrollo')).toBe(2);
  });
});
