import { describe, expect, it } from 'vitest';
import { sectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import { educationOf, extractBytes, extractText, resultRoleRows, roleRows } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 24 (issue 10): résumés written in other languages. Invented people and employers; each case is a general
 * convention of CVs in that language, written in several layouts.
 */

/** The technologies a résumé names anywhere (skills, positions, projects). */
function allTechnologies(result: Awaited<ReturnType<typeof extractText>>): string[] {
  return [
    ...(result.resume.skills ?? []).flatMap((group) => group.keywords ?? []),
    ...(result.resume.work ?? []).flatMap((work) =>
      (work.positions ?? []).flatMap((position) => position.technologies ?? []),
    ),
  ];
}

describe('a title in another language on its own line above "Employer, City"', () => {
  it.each([
    ['Polish', 'Starszy Programista Java', 'Doświadczenie zawodowe', 'obecnie'],
    ['Polish, feminine', 'Młodsza Analityczka Danych', 'Doświadczenie zawodowe', 'obecnie'],
    ['Polish, head alone', 'Kierownik Projektu IT', 'Doświadczenie zawodowe', 'obecnie'],
    ['Czech', 'Vývojář Java', 'Pracovní zkušenosti', 'současnost'],
    ['Romanian', 'Inginer Software Senior', 'Experiență profesională', 'prezent'],
    ['Turkish', 'Kıdemli Yazılım Mühendisi', 'İş Deneyimi', 'devam ediyor'],
    ['Hungarian', 'Szoftverfejlesztő', 'Szakmai tapasztalat', 'jelenleg'],
    ['German', 'Datenwissenschaftler', 'Berufserfahrung', 'heute'],
    ['Spanish', 'Director de Tecnología', 'Experiencia profesional', 'actualidad'],
    ['Portuguese', 'Especialista em Dados Pleno', 'Experiência profissional', 'atual'],
  ])('keeps the %s title "%s"', async (_language, title, heading, now) => {
    const rows = await roleRows(
      [
        'Marta Quellenberg',
        'marta.q@example.org',
        '',
        heading.toUpperCase(),
        '',
        `03.2019 – ${now}`,
        title,
        'Orvella Systems Sp. z o.o., Lubrin',
        '• Utrzymanie usług w Javie i PostgreSQL.',
        '',
        '01.2016 – 02.2019',
        title,
        'Kestrava Group, Lubrin',
        '• Raporty w SQL.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Orvella Systems Sp. z o.o.', title, '2019-03', 'present'],
      ['Kestrava Group', title, '2016-01', '2019-02'],
    ]);
  });

  it('keeps Polish and Turkish titles written on one line with their employer and dates', async () => {
    const result = await extractText(
      [
        '# Tomasz Wierzbicki',
        '',
        '## Doświadczenie zawodowe',
        '',
        '**Główna Specjalistka Sieci** — Velmar Telekom S.A., Gdańsk — 04.2020 – obecnie',
        '',
        '- Sieci w oparciu o Cisco i Juniper.',
        '',
        '**Yazılım Geliştirici** — Boğaziçi Yazılım A.Ş., İstanbul — 09.2017 – 03.2020',
        '',
        '- Java ve Spring ile servisler.',
      ].join('\n'),
      'cv.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Velmar Telekom S.A.', 'Główna Specjalistka Sieci', '2020-04', 'present'],
      ['Boğaziçi Yazılım A.Ş.', 'Yazılım Geliştirici', '2017-09', '2020-03'],
    ]);
  });
});

describe('"Title at Employer" in the words other languages write for "at"', () => {
  it.each([
    ['Softwareentwickler bei Nordhafen Logistik GmbH, Kiel', 'Nordhafen Logistik GmbH', 'Softwareentwickler'],
    ['Développeur Java chez Brelan SAS, Rennes', 'Brelan SAS', 'Développeur Java'],
    ['Sviluppatore Backend presso Lagunare S.r.l., Venezia', 'Lagunare S.r.l.', 'Sviluppatore Backend'],
    ['Applicatieontwikkelaar bij Polderdata B.V., Delft', 'Polderdata B.V.', 'Applicatieontwikkelaar'],
    ['Systemutvecklare hos Norrsken AB, Umeå', 'Norrsken AB', 'Systemutvecklare'],
  ])('reads "%s"', async (header, employer, title) => {
    const rows = await roleRows(
      [
        '# Ana Prado',
        '',
        '## Experience',
        '',
        header,
        '02.2019 – 02.2022',
        '',
        '- SQL Server, Power BI.',
      ].join('\n'),
      'cv.md',
    );
    expect(rows).toEqual([[employer, title, '2019-02', '2022-02']]);
  });

  it.each([
    [
      'Desarrollador Backend en Quimbaya Software S.A.S., Pereira',
      'Quimbaya Software S.A.S.',
      'Desarrollador Backend',
    ],
    ['Analista de Dados na Cerrado Alimentos Ltda., Goiânia', 'Cerrado Alimentos Ltda.', 'Analista de Dados'],
    ['Programista Java w Drevna Soft Sp. z o.o., Lubrin', 'Drevna Soft Sp. z o.o.', 'Programista Java'],
    ['Inginer Software la Ardelean Data S.R.L., Cluj', 'Ardelean Data S.R.L.', 'Inginer Software'],
  ])(
    'reads "%s": "at" that could name a field, before an employer with its legal form',
    async (header, employer, title) => {
      const rows = await roleRows(
        [
          '# Ana Prado',
          '',
          '## Experience',
          '',
          header,
          '02.2019 – 02.2022',
          '',
          '- SQL Server, Power BI.',
        ].join('\n'),
        'cv.md',
      );
      expect(rows).toEqual([[employer, title, '2019-02', '2022-02']]);
    },
  );

  it('keeps "Ingeniero en Sistemas" a title naming its field, not a title at "Sistemas"', async () => {
    const rows = await roleRows(
      [
        '# Ana Prado',
        '',
        '## Experience',
        '',
        'Ingeniero en Sistemas, Quimbaya Software, Pereira',
        '02.2019 – 02.2022',
      ].join('\n'),
      'cv.md',
    );
    expect(rows).toEqual([['Quimbaya Software', 'Ingeniero en Sistemas', '2019-02', '2022-02']]);
  });
});

describe('a title over "Employer, City" in a Word table whose left column holds the dates', () => {
  it.each([
    ['Romanian', 'Experiență profesională', 'Dezvoltator Full Stack', 'Inginer Software Junior', 'prezent'],
    ['Czech', 'Pracovní zkušenosti', 'Starší vývojář Java', 'Programátor', 'dosud'],
    [
      'Polish',
      'Doświadczenie zawodowe',
      'Starsza Programistka SAP ABAP',
      'Młodsza Programistka SAP ABAP',
      'obecnie',
    ],
  ])('keeps the %s titles', async (_language, heading, newer, older, now) => {
    const content = await makeDocx([
      { paragraph: 'Irina Vâlcescu-Horak', bold: true },
      { paragraph: 'irina.vh@example.org' },
      { heading, level: 1 },
      {
        table: [
          [[`03.2021 – ${now}`], [newer, 'Ardelean Data S.R.L., Cluj', '• Servicii în Java și Angular.']],
          [['07.2017 – 02.2021'], [older, 'Somes Soft S.R.L., Cluj', '• Rapoarte în SQL.']],
        ],
      },
    ]);
    const result = await extractBytes(content, 'cv.docx');
    expect(resultRoleRows(result)).toEqual([
      ['Ardelean Data S.R.L.', newer, '2021-03', 'present'],
      ['Somes Soft S.R.L.', older, '2017-07', '2021-02'],
    ]);
  });
});

describe('section headings in other languages', () => {
  /**
   * A résumé in one language: an experience section, a skills section, then the sections `tail` gives, with no blank
   * line between them (as a Word CV's paragraphs read).
   */
  function resume(experience: string, skills: string, tail: readonly string[]): string {
    return [
      'Ilona Varga-Pietrzak',
      'ilona.vp@example.org',
      '',
      experience,
      '2018 – 2023',
      'Backend Developer, Drevna Soft, Lubrin',
      '- Services in Go and PostgreSQL.',
      '',
      skills,
      'Go, PostgreSQL, Docker',
      ...tail,
    ].join('\n');
  }

  it.each([
    [
      'Polish',
      'DOŚWIADCZENIE ZAWODOWE',
      'UMIEJĘTNOŚCI',
      ['JĘZYKI OBCE', 'angielski – C1, niemiecki – B1', 'ZAINTERESOWANIA', 'żeglarstwo, szachy, fotografia'],
    ],
    [
      'Portuguese',
      'EXPERIÊNCIA PROFISSIONAL',
      'COMPETÊNCIAS',
      ['IDIOMAS', 'Inglês (avançado), Espanhol (básico)', 'INTERESSES', 'Xadrez, Ciclismo, Fotografia'],
    ],
    [
      'German',
      'BERUFSERFAHRUNG',
      'KENNTNISSE',
      ['SPRACHEN', 'Englisch (fließend), Polnisch (Grundkenntnisse)', 'HOBBYS', 'Segeln, Schach, Fotografie'],
    ],
    [
      'French',
      'EXPÉRIENCE PROFESSIONNELLE',
      'COMPÉTENCES',
      [
        'LANGUES',
        'Anglais (courant), Espagnol (notions)',
        "CENTRES D'INTÉRÊT",
        'Voile, Échecs, Photographie',
      ],
    ],
    [
      'Turkish',
      'İŞ DENEYİMİ',
      'YETENEKLER',
      ['YABANCI DİLLER', 'İngilizce (ileri), Almanca (orta)', 'HOBİLER', 'Yelken, Satranç, Fotoğrafçılık'],
    ],
    [
      'Romanian',
      'EXPERIENȚĂ PROFESIONALĂ',
      'COMPETENȚE',
      ['LIMBI STRĂINE', 'Engleză (avansat), Franceză (mediu)', 'INTERESE', 'Navigație, Șah, Fotografie'],
    ],
  ])(
    'reads a %s CV: spoken languages and interests are no technologies',
    async (_language, experience, skills, tail) => {
      const result = await extractText(resume(experience, skills, tail));
      expect(resultRoleRows(result)).toEqual([['Drevna Soft', 'Backend Developer', '2018', '2023']]);
      expect(new Set(allTechnologies(result))).toEqual(new Set(['Go', 'PostgreSQL', 'Docker']));
    },
  );

  it.each([
    ['Polish', 'DANE OSOBOWE', 'CERTYFIKATY', 'Oracle Certified Professional: Java SE 11 Developer (2021)'],
    [
      'Portuguese',
      'DADOS PESSOAIS',
      'CERTIFICADOS',
      'Oracle Certified Professional: Java SE 11 Developer (2021)',
    ],
    [
      'Spanish',
      'DATOS PERSONALES',
      'CERTIFICACIONES',
      'Oracle Certified Professional: Java SE 11 Developer (2021)',
    ],
    [
      'German',
      'PERSÖNLICHE DATEN',
      'ZERTIFIKATE',
      'Oracle Certified Professional: Java SE 11 Developer (2021)',
    ],
    [
      'Turkish',
      'KİŞİSEL BİLGİLER',
      'SERTİFİKALAR',
      'Oracle Certified Professional: Java SE 11 Developer (2021)',
    ],
    [
      'Dutch',
      'PERSOONLIJKE GEGEVENS',
      'CERTIFICATEN',
      'Oracle Certified Professional: Java SE 11 Developer (2021)',
    ],
  ])(
    'reads a %s CV: personal data and certificates are sections of their own',
    async (_language, personal, certificates, certificate) => {
      const result = await extractText(
        resume('Experience', 'Skills', [
          personal,
          'Data urodzenia / Nascimento: 07.02.1991',
          'Vivo Lubrin',
          certificates,
          certificate,
        ]),
      );
      expect(resultRoleRows(result)).toEqual([['Drevna Soft', 'Backend Developer', '2018', '2023']]);
      expect(new Set(allTechnologies(result))).toEqual(new Set(['Go', 'PostgreSQL', 'Docker']));
    },
  );
});

describe('degrees named in two words or with a compound field', () => {
  it.each([
    ['magister inżynier informatyki', 'magister inżynier'],
    ['Magister Inżynier, Informatyka', 'Magister Inżynier'],
    ['Ingeniero Técnico en Informática de Sistemas', 'Ingeniero Técnico'],
    ['Ingeniera Superior en Telecomunicación', 'Ingeniera Superior'],
    ['Licențiat în Informatică', 'Licențiat'],
    ['Bachelor of Information Technology Engineering', 'Bachelor of Information Technology Engineering'],
    ['Master of Computer Science Engineering', 'Master of Computer Science Engineering'],
    ['Diplom-Ingenieur Elektrotechnik', 'Diplom-Ingenieur'],
  ])('keeps "%s" as the degree "%s"', async (degree, studyType) => {
    const [entry] = await educationOf(`${degree}, Politechnika Vessmarska, 2012 – 2016`);
    expect(entry?.studyType).toBe(studyType);
    expect(entry?.institution).toBe('Politechnika Vessmarska');
  });

  it('reads "kierunek: …, tytuł zawodowy: …" under the school as the field and the degree', async () => {
    const result = await extractText(
      [
        'Ewa Borowiecka',
        'ewa.b@example.org',
        '',
        'Doświadczenie zawodowe',
        '2018 – 2023',
        'Programistka Java',
        'Drevna Soft Sp. z o.o., Lubrin',
        '',
        'Wykształcenie',
        '2016 – 2018',
        'Politechnika Vessmarska, Wydział Elektroniki',
        'kierunek: Automatyka i Robotyka, tytuł zawodowy: magister inżynier',
        '2012 – 2016',
        'Politechnika Vessmarska, Wydział Elektroniki',
        'kierunek: Automatyka i Robotyka, tytuł zawodowy: inżynier',
      ].join('\n'),
    );
    expect((result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Politechnika Vessmarska', 'magister inżynier'],
      ['Politechnika Vessmarska', 'inżynier'],
    ]);
  });
});

describe('a remark on the title in brackets', () => {
  it.each([
    [
      'Analista de BI Pleno (promovida a Sênior em 2021) — Mercados Cerrado, Goiânia',
      'Analista de BI Pleno',
      'Mercados Cerrado',
    ],
    ['Data Analyst (promoted to Senior in 2021) — Cerrado Foods, Lyon', 'Data Analyst', 'Cerrado Foods'],
    ['Data Analyst (promoted to Senior in 2021), Cerrado Foods, Lyon', 'Data Analyst', 'Cerrado Foods'],
    [
      'Datenanalyst (2021 zum Senior befördert) — Nordhafen Logistik GmbH, Kiel',
      'Datenanalyst',
      'Nordhafen Logistik GmbH',
    ],
    ['Analityk Danych (awansowana w 2021), Drevna Soft, Lubrin', 'Analityk Danych', 'Drevna Soft'],
    [
      'Desarrollador Java (ascendido a Senior en 2020) | Quimbaya Software, Pereira',
      'Desarrollador Java',
      'Quimbaya Software',
    ],
  ])('reads "%s" as the title "%s" at "%s"', async (header, title, employer) => {
    const rows = await roleRows(
      [
        '# Ana Prado',
        '',
        '## Experience',
        '',
        header,
        '02.2019 – 02.2022',
        '',
        '- SQL Server, Power BI.',
      ].join('\n'),
      'cv.md',
    );
    expect(rows).toEqual([[employer, title, '2019-02', '2022-02']]);
  });
});

describe('the vocabulary behind these readings', () => {
  it.each([
    ['JĘZYKI OBCE', 'languages'],
    ['Yabancı Diller', 'languages'],
    ['Limbi străine', 'languages'],
    ['Competências linguísticas', 'languages'],
    ['ZAINTERESOWANIA', 'other'],
    ['İlgi Alanları', 'other'],
    ["Centres d'intérêt", 'other'],
    ['Dados pessoais', 'other'],
    ['Kişisel Bilgiler', 'other'],
    ['Referenzen', 'other'],
    ['Podsumowanie zawodowe', 'summary'],
    ['Sobre mim', 'summary'],
    ['Umiejętności techniczne', 'skills'],
    ['Teknik Beceriler', 'skills'],
    ['Competențe', 'skills'],
    ['Pracovní zkušenosti', 'experience'],
    ['Szakmai tapasztalat', 'experience'],
    ['İş Deneyimi', 'experience'],
  ])('"%s" heads a section of %s', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });

  it.each(['Prometheus and Alertmanager', 'Midcounties Co-op', 'Wrocław', 'Daten und Analysen'])(
    '"%s" reads as no title',
    (text) => {
      expect(titleScore(text)).toBe(0);
    },
  );
});
