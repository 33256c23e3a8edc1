import { describe, expect, it } from 'vitest';

import { knownPlace } from '../../../src/catalogue/places.js';
import { EXPERIENCE_HEAD, educationOf, extractText, technologiesByPosition } from './extract-text.js';

/**
 * Session 23 (xnames): which segment of a header is the employer, the school, the title. Every document is built
 * here: the employers, schools and people are invented; the towns are real ones (the gazetteer's facts), chosen
 * because no time zone is named after them.
 */

/** A location's city, as the résumé gives it (a string, or an object with a city). */
function cityOf(location: string | { city?: string } | undefined): string | undefined {
  return typeof location === 'string' ? location : location?.city;
}

/** Each position of a document as [employer, title, the job's city, start]. */
async function placedRoles(text: string, fileName = 'resume.txt') {
  const result = await extractText(text, fileName);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [
      work.name,
      position.position,
      cityOf(work.location) ?? cityOf(position.location),
      position.startDate,
    ]),
  );
}

const underHead = (...lines: string[]) => placedRoles([...EXPERIENCE_HEAD, ...lines].join('\n'));

describe('a gazetteer tells a town from a name (item 1)', () => {
  it('knows towns no time zone is named after, in any case and without their accents', () => {
    for (const town of ['Nouadhibou', 'Brikama', 'Kumasi', 'Tamale', 'sokodé', 'SOKODE', 'Bobo-Dioulasso'])
      expect(knownPlace(town), town).toBe(true);
  });

  it('knows the cities the time zones name too', () => {
    expect(knownPlace('Lisbon')).toBe(true);
    expect(knownPlace('Paramaribo')).toBe(true);
  });

  it('does not take invented names, words of a header or villages below the threshold for places', () => {
    for (const name of ['Trelvo', 'Kelvar Biosciences', 'Software Engineer', 'Experience', 'Remote work', ''])
      expect(knownPlace(name), name).toBe(false);
  });
});

describe('a place where the employer should be (item 2)', () => {
  it('takes the acronym, not the town after it, for the employer ("Title – ACRONYM, Town")', async () => {
    expect(
      await underHead('Software Intern – KTX, Nouadhibou', 'Jun 2019 – Aug 2019', '- Wrote tools'),
    ).toEqual([['KTX', 'Software Intern', 'Nouadhibou', '2019-06']]);
    expect(await underHead('Lab Assistant — BRV, Tamale    2017 – 2018', '- Ran tests')).toEqual([
      ['BRV', 'Lab Assistant', 'Tamale', '2017'],
    ]);
  });

  it('reads a town that leads the header as the place ("Town | Employer | Title | dates")', async () => {
    expect(await underHead('Kumasi | Trelvo | Support Engineer | 2019 – 2021', '- Fixed things')).toEqual([
      ['Trelvo', 'Support Engineer', 'Kumasi', '2019'],
    ]);
  });

  it('reads "Title, Town" over the employer as the place, the employer on the next line', async () => {
    expect(
      await underHead(
        'Field Technician, Nouadhibou',
        'Sahel Cold Chain SARL',
        '2019 – 2021',
        '- Fixed things',
      ),
    ).toEqual([['Sahel Cold Chain SARL', 'Field Technician', 'Nouadhibou', '2019']]);
  });

  it('reads a town alone over "Title, Employer" as the place', async () => {
    expect(await underHead('Brikama', 'Junior Analyst, Trelvo', '2019 – 2021', '- Fixed things')).toEqual([
      ['Trelvo', 'Junior Analyst', 'Brikama', '2019'],
    ]);
  });

  it('does so in Markdown too', async () => {
    const text = [
      '# Ines Okafor',
      '',
      '## Experience',
      '',
      '### Data Intern · ZVK · Kumasi',
      '*2019 – 2020*',
      '',
      '- Wrote tools',
    ];
    expect(await placedRoles(text.join('\n'), 'resume.md')).toEqual([
      ['ZVK', 'Data Intern', 'Kumasi', '2019'],
    ]);
  });

  it('keeps a catalogue employer named like a town as the employer', async () => {
    expect(await underHead('Support Analyst, Orange, Kumasi', '2019 – 2021', '- x')).toEqual([
      ['Orange', 'Support Analyst', 'Kumasi', '2019'],
    ]);
  });
});

describe("the gazetteer replaces the time zones' cities where rules ask for a place (item 1)", () => {
  it('reads a town beside the title, the employer on the next line, as the place, not the team', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Senior Engineer | Brikama | Jun 2018 – Mar 2021',
        'Tarvo Systems',
        '- Built',
      ].join('\n'),
    );
    const [work] = result.resume.work ?? [];
    expect([work?.name, work?.positions?.[0]?.team, cityOf(work?.positions?.[0]?.location)]).toEqual([
      'Tarvo Systems',
      undefined,
      'Brikama',
    ]);
  });

  it('reads a town after the school as its place, not the field of study', async () => {
    expect(
      await educationOf('Bachelor of Engineering, Kelvar Institute of Technology, Suita, 2010 – 2014'),
    ).toEqual([
      {
        institution: 'Kelvar Institute of Technology',
        studyType: 'Bachelor of Engineering',
        area: undefined,
        startDate: '2010',
        endDate: '2014',
      },
    ]);
  });
});

describe('a country written with its article is a place (item 2)', () => {
  it('reads "Town, The Country" over the title as the place, not the employer', async () => {
    expect(
      await underHead('Brikama, The Gambia', 'Research Intern, Kelvar', '2015 – 2018', '- Ran surveys'),
    ).toEqual([['Kelvar', 'Research Intern', 'Brikama', '2015']]);
    expect(
      await underHead('Research Intern, Kelvar, Nassau, The Bahamas', '2015 – 2018', '- Ran surveys'),
    ).toEqual([['Kelvar', 'Research Intern', 'Nassau', '2015']]);
  });
});

describe('a unit named with the host it stands at is the employer, whole (item 2)', () => {
  it('keeps "Unit at Host" as one name after the title\'s comma, bar or line', async () => {
    expect(
      await underHead('Data Analyst, Grelling Unit at Ostrava Hospital', '2018 – 2021', '- Built reports'),
    ).toEqual([['Grelling Unit at Ostrava Hospital', 'Data Analyst', undefined, '2018']]);
    expect(
      await underHead(
        'Data Manager | Vaccine Trials Group at Norvik University | 2016 – 2018',
        '- Kept the records',
      ),
    ).toEqual([['Vaccine Trials Group at Norvik University', 'Data Manager', undefined, '2016']]);
    expect(
      await underHead(
        'Malaria Research Centre at Kelmor Institute',
        'Field Coordinator',
        '2012 – 2015',
        '- Ran sites',
      ),
    ).toEqual([['Malaria Research Centre at Kelmor Institute', 'Field Coordinator', undefined, '2012']]);
  });

  it('still splits "Title at Employer"', async () => {
    expect(await underHead('Data Analyst at Ostrava Hospital', '2018 – 2021', '- Built reports')).toEqual([
      ['Ostrava Hospital', 'Data Analyst', undefined, '2018'],
    ]);
  });
});

describe('employment-type words are neither employers nor part of titles (item 3)', () => {
  const roles = async (...lines: string[]) => (await underHead(...lines)).map((row) => row.slice(0, 2));

  it("drops how the job was held from the title before the employer's comma, whatever the words", async () => {
    for (const held of ['work-study', 'seasonal', 'apprenticeship', 'Permanent', 'fixed-term contract'])
      expect(
        await roles(`IT Support Technician (${held}), Halvard Systems`, '2018 – 2021', '- Fixed laptops'),
        held,
      ).toEqual([['Halvard Systems', 'IT Support Technician']]);
  });

  it('drops it from a title on a line of its own and under a dash', async () => {
    expect(
      await roles('Halvard Systems', 'IT Support Technician (work-study)', '2018 – 2021', '- x'),
    ).toEqual([['Halvard Systems', 'IT Support Technician']]);
    expect(await roles('Backend Developer (work study) — Halvard Systems — 2018 – 2021', '- x')).toEqual([
      ['Halvard Systems', 'Backend Developer'],
    ]);
  });

  it("never takes a contract's kind, in English or another language, for the employer", async () => {
    const cases: [string[], string, string][] = [
      [
        ['Backend Developer | Permanent employment', 'Halvard Systems', '2018 – 2021'],
        'Halvard Systems',
        'Backend Developer',
      ],
      [
        ['Halvard Systems — CDI', 'Développeur backend', '2018 – 2021'],
        'Halvard Systems',
        'Développeur backend',
      ],
      [
        ['Tarvo Sistemas | Tempo integral', 'Desenvolvedor', '2018 – 2021'],
        'Tarvo Sistemas',
        'Desenvolvedor',
      ],
      [
        ['Kelvar GmbH, Festanstellung', 'Softwareentwickler', '2018 – 2021'],
        'Kelvar GmbH',
        'Softwareentwickler',
      ],
      [['Corvo Datos · Jornada completa', 'Desarrollador', '2018 – 2021'], 'Corvo Datos', 'Desarrollador'],
      [
        ['Data Engineer', 'Halvard Systems · Fixed-term contract', '2018 – 2021'],
        'Halvard Systems',
        'Data Engineer',
      ],
    ];
    for (const [lines, employer, title] of cases)
      expect(await roles(...lines, '- Wrote services'), lines[0]).toEqual([[employer, title]]);
  });
});

describe('a school followed by its town (item 4)', () => {
  const institutions = async (...lines: string[]) =>
    (await educationOf(...lines)).map((entry) => entry.institution);

  it('leaves out a major city or a town after a university named for a place that is no state or country', async () => {
    expect(
      await institutions('University of Tamale, Bolgatanga', 'BSc Computer Science, 2010 – 2014'),
    ).toEqual(['University of Tamale']);
    expect(await institutions('BSc Computer Science, University of Kumasi, Nouadhibou, 2010 – 2014')).toEqual(
      ['University of Kumasi'],
    );
    expect(
      await institutions('2010 – 2014    American University of Eastern Kelmoria, Dakar', 'BSc Economics'),
    ).toEqual(['American University of Eastern Kelmoria']);
  });

  it('keeps a town after a university named for a place no gazetteer knows, which may be its campus', async () => {
    expect(await institutions('University of Tarvik, Brikama', 'BSc Computer Science, 2010 – 2014')).toEqual([
      'University of Tarvik, Brikama',
    ]);
  });

  it("keeps a state system's campus and a generic name's town", async () => {
    expect(
      await institutions('University of California, Berkeley', 'BSc Computer Science, 2010 – 2014'),
    ).toEqual(['University of California, Berkeley']);
    expect(
      await institutions('University of Computer Studies, Tamale', 'BSc Computer Science, 2010 – 2014'),
    ).toEqual(['University of Computer Studies, Tamale']);
  });
});

describe('a unit inside an institution names the institution (item 5)', () => {
  it('takes the university after a school, an institute or a faculty for the school of a degree', async () => {
    const cases: [string, string][] = [
      ['Norvik School of Business, Universidade Norvik de Lisboa', 'Universidade Norvik de Lisboa'],
      ['Instituto Superior Tarvo, Universidade de Kelmor', 'Universidade de Kelmor'],
      ['Kelmor Institute of Hydraulics, Università di Tarvo', 'Università di Tarvo'],
    ];
    for (const [line, school] of cases)
      expect(
        (await educationOf(line, 'MSc Finance, 2010 – 2014')).map((entry) => entry.institution),
        line,
      ).toEqual([school]);
  });

  it('takes the university for the employer of an academic appointment', async () => {
    const roles = async (...lines: string[]) => (await underHead(...lines)).map((row) => row.slice(0, 2));
    expect(
      await roles(
        'Research Fellow, Department of Marine Biology, Faculty of Science, University of Tarvik    2015 – 2018',
        '- Ran the lab',
      ),
    ).toEqual([['University of Tarvik', 'Research Fellow']]);
    expect(
      await roles(
        'Postdoctoral Researcher, Institute of Tropical Diseases, University of Kelmor',
        '2015 – 2018',
        '- x',
      ),
    ).toEqual([['University of Kelmor', 'Postdoctoral Researcher']]);
    expect(
      await roles(
        'Lecturer | Norvik School of Business, Universidade Norvik de Lisboa | 2019 – 2022',
        '- Taught',
      ),
    ).toEqual([['Universidade Norvik de Lisboa', 'Lecturer']]);
  });

  it('keeps a school named in two languages over a dash as its first form', async () => {
    expect(
      (
        await educationOf(
          'Tarvik Hogeschool – Tarvik University of Applied Sciences',
          'BSc Informatics, 2010 – 2014',
        )
      ).map((entry) => entry.institution),
    ).toEqual(['Tarvik Hogeschool']);
  });
});

describe('names with a second form (item 6)', () => {
  const institutions = async (...lines: string[]) =>
    (await educationOf(...lines)).map((entry) => entry.institution);

  it('names a school written "SHORT (Full name)" by its short name', async () => {
    expect(await institutions('KHT (Kelvar Hochschule für Technik)', 'MSc Informatik, 2010 – 2014')).toEqual([
      'KHT',
    ]);
    expect(await institutions('MSc Informatik, TUN (Tarvo Universidad Nacional), 2010 – 2014')).toEqual([
      'TUN',
    ]);
  });

  it('keeps the full name written first, its short name in brackets after it', async () => {
    expect(await institutions('Kelvar Hochschule für Technik (KHT)', 'MSc Informatik, 2010 – 2014')).toEqual([
      'Kelvar Hochschule für Technik (KHT)',
    ]);
  });

  it('keeps an acronym that leads the name', async () => {
    expect(await institutions('OST Ostkantonale Fachhochschule', 'BSc Informatik, 2010 – 2014')).toEqual([
      'OST Ostkantonale Fachhochschule',
    ]);
    expect(await institutions('BSc Informatik | HSK Hochschule Kelvar | 2010 – 2014')).toEqual([
      'HSK Hochschule Kelvar',
    ]);
  });
});

describe('long names with elided articles (item 7)', () => {
  const roles = async (...lines: string[]) => (await underHead(...lines)).map((row) => row.slice(0, 2));

  it('reads a public body named in sentence case with its particles over a line of dates, whole', async () => {
    expect(
      await roles(
        "Analyst, Agence nationale de la sûreté des réseaux d'énergie",
        '2015 – 2018',
        '- Audited networks',
      ),
    ).toEqual([["Agence nationale de la sûreté des réseaux d'énergie", 'Analyst']]);
    expect(
      await roles(
        "Analista — Istituto regionale per la tutela dell'ambiente costiero",
        '2015 – 2018',
        '- Built maps',
      ),
    ).toEqual([["Istituto regionale per la tutela dell'ambiente costiero", 'Analista']]);
  });
});

describe('a public body named in sentence case on a line of its own over the title (item 7)', () => {
  const roles = async (...lines: string[]) => (await underHead(...lines)).map((row) => row.slice(0, 2));
  const body = "Agence régionale de la protection des données d'entreprise";

  it('reads it as the employer over the title, with its place or its acronym after it', async () => {
    expect(await roles(`${body}, Rennes`, 'Analyste', '2015 – 2018', '- Audits')).toEqual([
      [body, 'Analyste'],
    ]);
    expect(await roles(`${body} (ARPDE)`, 'Analyste sécurité', '2015 – 2018', '- Audits')).toEqual([
      [body, 'Analyste sécurité'],
    ]);
    expect(
      await roles(
        "Istituto regionale per la tutela dell'ambiente costiero",
        'Analista dati',
        '2016 – 2019',
        '- Mappe',
      ),
    ).toEqual([["Istituto regionale per la tutela dell'ambiente costiero", 'Analista dati']]);
  });

  it('reads it in bold or as a Markdown heading', async () => {
    expect(await roles(`**${body}**`, 'Analyste', '2015 – 2018', '- Audits')).toEqual([[body, 'Analyste']]);
    const markdown = [
      '# Jeanne Morel',
      '',
      '## Expérience',
      '',
      `### ${body}`,
      '**Analyste** · 2015 – 2018',
      '',
      '- Audits',
    ];
    expect((await placedRoles(markdown.join('\n'), 'resume.md')).map((row) => row.slice(0, 2))).toEqual([
      [body, 'Analyste'],
    ]);
  });
});

describe('a name wrapped before an elided article is joined (item 7)', () => {
  const roles = async (...lines: string[]) => (await underHead(...lines)).map((row) => row.slice(0, 2));

  it('joins the wrapped words to the employer, whichever line the title is on', async () => {
    expect(
      await roles(
        'Analyste, Agence régionale de la protection des données',
        "d'entreprise",
        '2015 – 2018',
        '- Audits',
      ),
    ).toEqual([["Agence régionale de la protection des données d'entreprise", 'Analyste']]);
    expect(
      await roles(
        'Istituto regionale per la tutela',
        "dell'ambiente costiero",
        'Analista dati',
        '2016 – 2019',
        '- Mappe',
      ),
    ).toEqual([["Istituto regionale per la tutela dell'ambiente costiero", 'Analista dati']]);
  });

  it('traces the joined name to its first line', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Analyste, Agence régionale de la protection des données',
        "d'entreprise",
        '2015 – 2018',
        '- Audits',
      ].join('\n'),
    );
    const employer = result.facts.find((fact) => fact.path === 'work[0].name');
    expect(employer?.line).toBe(EXPERIENCE_HEAD.length + 1);
    expect(employer?.column).toBe('Analyste, '.length);
    expect(employer?.endColumn).toBe('Analyste, Agence régionale de la protection des données'.length);
  });
});

describe("the employer's place and short name are no technologies of the job", () => {
  const technologies = async (...lines: string[]) =>
    technologiesByPosition(await extractText([...EXPERIENCE_HEAD, ...lines].join('\n'))).map((row) => [
      row.company,
      row.technologies,
    ]);

  it('reads the town after an employer with a legal form as the place', async () => {
    expect(
      await technologies(
        'Backend Developer',
        'N.V. Energie Bouw Sipaliwini (EBS), Lisbon',
        '2019 – 2021',
        '- Built services in Java',
      ),
    ).toEqual([['N.V. Energie Bouw Sipaliwini', ['Java']]]);
  });

  it("reads the short name in brackets after the employer as the employer's", async () => {
    expect(
      await technologies(
        'Backend Developer',
        'Energie Bouw Sipaliwini (EBS)',
        '2019 – 2021',
        '- Built services in Java',
      ),
    ).toEqual([['Energie Bouw Sipaliwini', ['Java']]]);
  });
});
