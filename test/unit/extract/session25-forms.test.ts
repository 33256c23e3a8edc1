/**
 * Session 25 (xword25): positions written as forms, job-portal exports, labelled fields and employer taglines, in the
 * languages and formats résumés come in. Every input is constructed here (invented people and employers), never
 * copied from a fixture set.
 */
import { HeadingLevel, Packer, type Paragraph, type Table, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { entryLabel } from '../../../src/extract/entry-labels.js';
import { foldKey } from '../../../src/extract/fold.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import {
  blank,
  bullet,
  cell,
  heading,
  line,
  rightTab,
  run,
  styled,
  table,
  wordDocument,
} from '../../fixtures/documents/word-parts.js';
import { extractBytes, extractText, position, positions, schools } from './extract-text.js';

async function word(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(wordDocument('Ilse Varga', children)));
}

/** A Word table row of plain cells, as wide as each other. */
const textRow = (...texts: string[]) =>
  new TableRow({ children: texts.map((text) => cell([line(run(text))], Math.floor(100 / texts.length))) });

const technologies = (result: Awaited<ReturnType<typeof extractText>>) =>
  new Set(
    [
      ...(result.resume.skills ?? []).flatMap((group) => group.keywords ?? []),
      ...(result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).flatMap((held) => held.technologies ?? []),
      ),
    ].map((name) => name.toLowerCase()),
  );

describe('the fold every heading and label comparison goes through', () => {
  it('folds case, accents, Turkish İ and ı, ß and ligatures', () => {
    expect(foldKey('İŞ DENEYİMİ')).toBe('is deneyimi');
    expect(foldKey('Yabancı Dil')).toBe('yabanci dil');
    expect(foldKey('WYKSZTAŁCENIE')).toBe('wyksztalcenie');
    expect(foldKey('Berufstätigkeit')).toBe('berufstatigkeit');
    expect(foldKey('Straße')).toBe('strasse');
    expect(foldKey('ﬁnance')).toBe('finance');
    expect(foldKey('Œuvres')).toBe('oeuvres');
    expect(foldKey('Kỹ năng tin học')).toBe('ky nang tin hoc');
    expect(foldKey('Đơn vị')).toBe('don vi');
  });
});

describe('headings whose case folding is special, and computer-knowledge headings', () => {
  it.each([
    ['BİLGİSAYAR BİLGİSİ', 'skills'],
    ['Bilgisayar Becerileri', 'skills'],
    ['Computer Knowledge', 'skills'],
    ['COMPUTER LITERACY', 'skills'],
    ['Connaissances informatiques', 'skills'],
    ['Conhecimentos de Informática', 'skills'],
    ['Computerkenntnisse', 'skills'],
    ['Kỹ năng tin học', 'skills'],
    ['Kemahiran Komputer', 'skills'],
    ['Fields of Specialization', 'skills'],
    ['YABANCI DİL', 'languages'],
    ['Ngoại ngữ', 'languages'],
    ['İŞ DENEYİMİ', 'experience'],
    ['WYKSZTAŁCENIE', 'education'],
    ['HAKKIMDA', 'summary'],
  ])('%s is a heading of %s', (text, kind) => {
    expect(sectionKind(text)).toBe(kind);
  });

  it('reads a Turkish skills section headed in capitals with dotted İ', async () => {
    const result = await extractText(
      [
        'Deniz Aksoy',
        '',
        'İŞ DENEYİMİ',
        'Kıdemli Yazılım Mühendisi, Lodos Bilişim A.Ş.    03/2019 – Halen',
        '',
        'BİLGİSAYAR BİLGİSİ',
        'Programlama Dilleri: Kotlin, Rust',
        'Veritabanları: PostgreSQL, Redis',
      ].join('\n'),
    );
    const found = technologies(result);
    for (const name of ['kotlin', 'rust', 'postgresql', 'redis']) expect(found).toContain(name);
  });
});

describe('labels of a position block', () => {
  it.each([
    ['Firma: Lodos Bilişim A.Ş.', 'employer', 'Lodos Bilişim A.Ş.'],
    ['FİRMA ADI: Lodos Bilişim', 'employer', 'Lodos Bilişim'],
    ['Empresa: Ferretería Lumbre', 'employer', 'Ferretería Lumbre'],
    ["Nom de l'entreprise : Atelier Brume", 'employer', 'Atelier Brume'],
    ['Arbeitgeber\tKlinkhof GmbH', 'employer', 'Klinkhof GmbH'],
    ['Datore di lavoro: Vetri Serra', 'employer', 'Vetri Serra'],
    ['Werkgever | Duinzicht BV', 'employer', 'Duinzicht BV'],
    ['Nazwa firmy: Wrzos Sp. z o.o.', 'employer', 'Wrzos Sp. z o.o.'],
    ['Angajator: Brădet SRL', 'employer', 'Brădet SRL'],
    ['Nama Perusahaan: PT Sinar Kencana', 'employer', 'PT Sinar Kencana'],
    ['Tên công ty: Công ty Sao Mai', 'employer', 'Công ty Sao Mai'],
    ['Name of employer: Kestrel Freight', 'employer', 'Kestrel Freight'],
    ['Pozisyon: Gömülü Yazılım Mühendisi', 'title', 'Gömülü Yazılım Mühendisi'],
    ['UNVAN: Yazılım Mühendisi', 'title', 'Yazılım Mühendisi'],
    ['Puesto: Analista de Datos', 'title', 'Analista de Datos'],
    ['Stanowisko: Programista', 'title', 'Programista'],
    ['Jabatan: Analis Data', 'title', 'Analis Data'],
    ['Chức vụ: Kỹ sư phần mềm', 'title', 'Kỹ sư phần mềm'],
    ['Ruolo: Sviluppatrice', 'title', 'Sviluppatrice'],
    ['Tarih: Eylül 2021 – Halen', 'dates', 'Eylül 2021 – Halen'],
    ['Okres zatrudnienia: 03.2018 – 08.2021', 'dates', '03.2018 – 08.2021'],
    ['Periode: Januari 2018 – Desember 2020', 'dates', 'Januari 2018 – Desember 2020'],
    ['Thời gian: 03/2019 - hiện tại', 'dates', '03/2019 - hiện tại'],
    ['Şehir: İzmir', 'location', 'İzmir'],
    ['Company Location : Gulberg, Lahore', 'location', 'Gulberg, Lahore'],
    ['Departman: Ar-Ge', 'team', 'Ar-Ge'],
    ['Abteilung: Vertrieb', 'team', 'Vertrieb'],
  ])('%s', (text, field, value) => {
    const found = entryLabel(text);
    expect(found).toMatchObject({ field, value });
    expect(text.slice(found?.at, (found?.at ?? 0) + value.length)).toBe(value);
  });

  it.each([
    'Job Function: Software & Data',
    'Industry: Retail',
    'Görev ve Sorumluluklar:',
    'Data: PostgreSQL, BigQuery',
    'Tarih: yaz dönemi',
  ])('%s is no field of a position', (text) => {
    expect(entryLabel(text)).toBeNull();
  });
});

describe('positions written as blocks of labelled fields', () => {
  it('reads Turkish blocks, dates in Turkish months and "Halen"', async () => {
    const result = await extractText(
      [
        'Deniz Aksoy',
        '',
        'İŞ DENEYİMİ',
        '',
        'Firma: Lodos Bilişim A.Ş.',
        'Pozisyon: Kıdemli Yazılım Mühendisi',
        'Tarih: Mart 2020 – Halen',
        'Departman: Ödeme Sistemleri',
        'Şehir: İzmir',
        'Görev ve Sorumluluklar:',
        '• Kotlin ile ödeme servisleri.',
        '',
        'Firma: Poyraz Yazılım',
        'Pozisyon: Yazılım Mühendisi',
        'Tarih: 06/2016 – 02/2020',
        'Şehir: Ankara',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Lodos Bilişim A.Ş.', 'Kıdemli Yazılım Mühendisi', '2020-03', 'present'),
      position('Poyraz Yazılım', 'Yazılım Mühendisi', '2016-06', '2020-02'),
    ]);
    const first = result.resume.work?.[0]?.positions?.[0];
    expect(first?.team).toBe('Ödeme Sistemleri');
  });

  it('reads Spanish blocks set in Markdown bold labels', async () => {
    const result = await extractText(
      [
        '# Lucía Ferrer',
        '',
        '## Experiencia',
        '',
        '**Empresa:** Ferretería Lumbre',
        '**Cargo:** Desarrolladora Backend',
        '**Periodo:** marzo 2019 – actualidad',
        '**Ciudad:** Valencia',
        '',
        '**Empresa:** Conservas Albahaca',
        '**Cargo:** Programadora',
        '**Periodo:** enero 2015 – febrero 2019',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      position('Ferretería Lumbre', 'Desarrolladora Backend', '2019-03', 'present'),
      position('Conservas Albahaca', 'Programadora', '2015-01', '2019-02'),
    ]);
  });

  it('reads Indonesian blocks in Word paragraphs, each opened by the employer label with no blank line between', async () => {
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Pengalaman Kerja', HeadingLevel.HEADING_1),
      line(run('Nama Perusahaan: PT Sinar Kencana')),
      line(run('Jabatan: Analis Data')),
      line(run('Periode: Januari 2018 – Desember 2020')),
      line(run('Lokasi: Bandung')),
      line(run('Nama Perusahaan: CV Damar Jaya')),
      line(run('Jabatan: Staf IT')),
      line(run('Periode: Juli 2015 – Desember 2017')),
    ]);
    const result = await extractBytes(bytes, 'cv.docx');
    expect(positions(result)).toEqual([
      position('PT Sinar Kencana', 'Analis Data', '2018-01', '2020-12'),
      position('CV Damar Jaya', 'Staf IT', '2015-07', '2017-12'),
    ]);
  });

  it('reads an English form as a Word table of labels and values', async () => {
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Employment Record', HeadingLevel.HEADING_1),
      table([
        textRow('Name of employer', 'Kestrel Freight Ltd'),
        textRow('Designation', 'Logistics Analyst'),
        textRow('Duration', 'April 2017 – March 2021'),
        textRow('Location', 'Karachi'),
      ]),
      blank(),
      table([
        textRow('Name of employer', 'Oriel Textiles'),
        textRow('Designation', 'Data Entry Officer'),
        textRow('Duration', 'May 2014 – March 2017'),
      ]),
    ]);
    const result = await extractBytes(bytes, 'cv.docx');
    expect(positions(result)).toEqual([
      position('Kestrel Freight Ltd', 'Logistics Analyst', '2017-04', '2021-03'),
      position('Oriel Textiles', 'Data Entry Officer', '2014-05', '2017-03'),
    ]);
  });

  it('reads Polish blocks in plain text, the next employer label opening the next position', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'DOŚWIADCZENIE ZAWODOWE',
        'Pracodawca: Wrzos Sp. z o.o.',
        'Stanowisko: Programista Java',
        'Okres: 09.2019 – obecnie',
        'Pracodawca: Bursztyn Soft',
        'Stanowisko: Młodszy Programista',
        'Okres: 07.2016 – 08.2019',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Wrzos Sp. z o.o.', 'Programista Java', '2019-09', 'present'),
      position('Bursztyn Soft', 'Młodszy Programista', '2016-07', '2019-08'),
    ]);
  });

  it('makes no position of a references block or of a job board export’s metadata', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'WORK EXPERIENCE',
        'Warehouse Supervisor',
        'Harrow Depot',
        'Feb 2019 - Currently working here',
        'Job Function: Logistics',
        'Industry: Retail',
        '',
        'REFERENCES',
        'Name: Tomas Wexley',
        'Organization: Lindqvist Haulage',
        'Designation: Operations Manager',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Harrow Depot', 'Warehouse Supervisor', '2019-02', 'present'),
    ]);
  });
});

describe('an employer line over a one-line description of the employer', () => {
  it('in Word: the bold employer, a plain tagline, then bold "Title<TAB>dates" rows', async () => {
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Professional Experience', HeadingLevel.HEADING_1),
      styled('Kestrel Pay — Tallinn', { bold: true }),
      line(run('Card issuing platform for fintechs in the Baltics')),
      rightTab(run('Engineering Lead\t2019 – Present', { bold: true })),
      bullet('Led the ledger team.'),
      styled('Brightwater Foods — Tartu', { bold: true }),
      line(run('Regional grocery chain with forty stores')),
      rightTab(run('Senior Developer\t2015 – 2019', { bold: true })),
      bullet('Built the loyalty app.'),
      rightTab(run('Developer\t2012 – 2015', { bold: true })),
      bullet('Kept the tills running.'),
    ]);
    expect(positions(await extractBytes(bytes, 'cv.docx'))).toEqual([
      position('Kestrel Pay', 'Engineering Lead', '2019', 'present'),
      position('Brightwater Foods', 'Senior Developer', '2015', '2019'),
      position('Brightwater Foods', 'Developer', '2012', '2015'),
    ]);
  });

  it('in Markdown: a heading, its tagline, then a bold title and dates', async () => {
    const result = await extractText(
      [
        '# Ilse Varga',
        '',
        '## Experience',
        '',
        '### Northwind Logistics',
        'Freight forwarding for UK retailers',
        '',
        '**Platform Engineer** | 2018 – 2022',
        '- Moved the tracking service to Kubernetes.',
        '',
        '### Harbour Analytics',
        'Small consultancy serving port authorities',
        '',
        '**Data Engineer** | 2014 – 2018',
        '- Wrote the berth planning reports.',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      position('Northwind Logistics', 'Platform Engineer', '2018', '2022'),
      position('Harbour Analytics', 'Data Engineer', '2014', '2018'),
    ]);
  });

  it('in plain text, in Spanish, the employer and its place over the tagline', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCIA PROFESIONAL',
        '',
        'Banco Ejemplar — Quito',
        'Banco comercial más grande del país',
        'Desarrollador Senior        2014 – 2019',
        '  - Banca en línea en Java.',
        '',
        'Cooperativa Andina — Cuenca',
        'Cooperativa de ahorro con doce oficinas',
        'Desarrollador        2010 – 2014',
        '  - Reportes de cartera.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Banco Ejemplar', 'Desarrollador Senior', '2014', '2019'),
      position('Cooperativa Andina', 'Desarrollador', '2010', '2014'),
    ]);
  });

  it('keeps a title set in sentence case under the employer as the title', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCE',
        '',
        'Quillon Labs',
        'Senior software engineer        2019 – 2023',
        '  - Wrote the billing service.',
        '',
        'Marlow Systems',
        'Software engineer        2015 – 2019',
        '  - Kept the batch jobs running.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Quillon Labs', 'Senior software engineer', '2019', '2023'),
      position('Marlow Systems', 'Software engineer', '2015', '2019'),
    ]);
  });
});

describe('numbered entry headers with the employer on the next line', () => {
  it('reads days in every common shape and job portals’ ongoing words', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'Employment History',
        '',
        '1. Senior Engineer, Network Automation (June 1, 2021 - Continuing)',
        'Kestrel Telecom Ltd.',
        'Company Location : Gulshan, Dhaka',
        'Department: Technology',
        '',
        '2. Engineer, Core Operations (1st March 2017 - 31st May 2021)',
        'Lindqvist Networks Limited',
        'Department: Core Network',
        '',
        '3. Support Engineer (01.06.2015 - 28.02.2017)',
        'Oriel Radio Ltd.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Kestrel Telecom Ltd.', 'Senior Engineer', '2021-06-01', 'present'),
      position('Lindqvist Networks Limited', 'Engineer', '2017-03-01', '2021-05-31'),
      position('Oriel Radio Ltd.', 'Support Engineer', '2015-06-01', '2017-02-28'),
    ]);
  });
});

describe('job portals’ education and training tables', () => {
  it('takes the institute column as the school, leaves school-leaving rows and the header row out', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'Academic Qualification',
        'Exam Title | Concentration/Major | Institute | Result | Pas.Year | Duration',
        'B.Sc. in Civil Engineering | Structures | Rajshahi University of Engineering & Technology | CGPA:3.5 out of 4 | 2016 | 4 Years',
        'HSC | Science | Karnaphuli College | GPA:5 out of 5 | 2011 | 2 Years',
        'SSC | Science | Meghna Model High School | GPA:5 out of 5 | 2009 | 2 Years',
      ].join('\n'),
    );
    const found = schools(result).map((entry) => entry.institution);
    expect(found).toEqual(['Rajshahi University of Engineering & Technology']);
  });

  it('never takes a column label of a Markdown table for a school', async () => {
    const result = await extractText(
      [
        '# Ilse Varga',
        '',
        '## Education',
        '',
        '| Years | School | What |',
        '|---|---|---|',
        '| 2012 – 2016 | University of Tarvik | B.Sc. in Physics |',
      ].join('\n'),
      'cv.md',
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual(['University of Tarvik']);
  });

  it('leaves out a Turkish lise row and a Kenyan KCSE entry', async () => {
    const turkish = await extractText(
      [
        'Deniz Aksoy',
        '',
        'EĞİTİM BİLGİLERİ',
        'Yıl | Okul | Bölüm | Derece',
        '2012 – 2016 | Karadeniz Teknik Üniversitesi | Bilgisayar Mühendisliği | Lisans',
        '2008 – 2012 | Trabzon Anadolu Lisesi | Sayısal | Lise',
      ].join('\n'),
    );
    expect(schools(turkish).map((entry) => entry.institution)).toEqual(['Karadeniz Teknik Üniversitesi']);
    const kenyan = await extractText(
      [
        'Ilse Varga',
        '',
        'EDUCATION',
        'University of Eldama',
        'Bachelors, Statistics',
        'Sep 2014 - Dec 2018',
        '',
        'Kisumu Boys School',
        'KCSE',
        'Jan 2010 - Nov 2013',
      ].join('\n'),
    );
    expect(schools(kenyan).map((entry) => entry.institution)).toEqual(['University of Eldama']);
  });

  it('takes no school from a Word table’s header row', async () => {
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Education', HeadingLevel.HEADING_1),
      table([
        textRow('Degree', 'Institute', 'Year'),
        textRow('M.Sc. in Data Science', 'Tarvik Institute of Technology', '2019'),
      ]),
    ]);
    const result = await extractBytes(bytes, 'cv.docx');
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Tarvik Institute of Technology']);
  });
});

describe('"Field | Description" specialisation tables', () => {
  it('reads the descriptions as skills, in text and in a Word table', async () => {
    const text = await extractText(
      [
        'Ilse Varga',
        '',
        'Specialization',
        'Fields of Specialization | Description',
        'Automation | Python, Ansible, Terraform',
        'Databases | PostgreSQL, Redis',
      ].join('\n'),
    );
    for (const name of ['python', 'ansible', 'terraform', 'postgresql', 'redis'])
      expect(technologies(text)).toContain(name);
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Areas of Specialisation', HeadingLevel.HEADING_1),
      table([
        textRow('Area', 'Description'),
        textRow('Cloud', 'Kubernetes, Helm'),
        textRow('Data', 'Kafka, ClickHouse'),
      ]),
    ]);
    const docx = await extractBytes(bytes, 'cv.docx');
    for (const name of ['kubernetes', 'helm', 'kafka', 'clickhouse'])
      expect(technologies(docx)).toContain(name);
  });
});

describe('rows whose title closes with how the job was held', () => {
  it.each(['(contract)', '(freelance)', '(part-time)', '(internship)'])(
    'a bracket %s after the title keeps the employer in its column',
    async (bracket) => {
      const result = await extractText(
        [
          'Ilse Varga',
          '',
          'EXPERIENCE',
          '',
          'Senior Engineer | Quillon Labs | Leeds, UK | 04/2021 - Present',
          '  - Built the billing service.',
          '',
          `Web Developer ${bracket} | Marlow Outfitters | Remote | 09/2019 - 03/2021`,
          '  - Moved the store to a new platform.',
          '',
          'Support Analyst | Harrow Depot | York, UK | 01/2017 - 08/2019',
          '  - Kept the tills running.',
        ].join('\n'),
      );
      expect(positions(result).map((held) => [held.company, held.title])).toEqual([
        ['Quillon Labs', 'Senior Engineer'],
        ['Marlow Outfitters', 'Web Developer'],
        ['Harrow Depot', 'Support Analyst'],
      ]);
    },
  );
});

describe('job portal exports that stack title, employer and dates', () => {
  it('opens an entry at each stack, whatever the title’s words', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'WORK EXPERIENCE',
        'Annotation Team Lead',
        'Ostby Data',
        'Jan 2021 - Feb 2023',
        'Location: Nairobi',
        'Description:',
        '  Led the review of labelled images.',
        '',
        'Image Tagger',
        'Ostby Data',
        'Aug 2019 - Dec 2020',
        'Location: Nairobi',
        'Description:',
        '  Tagged street scenes.',
        '',
        'Picker Packer',
        'Harrow Depot',
        'Mar 2018 - Jul 2019',
      ].join('\n'),
    );
    expect(positions(result).map((held) => [held.company, held.title, held.startDate])).toEqual([
      ['Ostby Data', 'Annotation Team Lead', '2021-01'],
      ['Ostby Data', 'Image Tagger', '2019-08'],
      ['Harrow Depot', 'Picker Packer', '2018-03'],
    ]);
  });

  it('in Word paragraphs with the employer first, a known title voting for the unknown one', async () => {
    const bytes = await word([
      styled('Ilse Varga', { bold: true }),
      heading('Experience', HeadingLevel.HEADING_1),
      line(run('Ostby Data')),
      line(run('Data Analyst')),
      line(run('Aug 2019 - Dec 2020')),
      blank(),
      line(run('Harrow Depot')),
      line(run('Picker Packer')),
      line(run('Mar 2018 - Jul 2019')),
    ]);
    const result = await extractBytes(bytes, 'cv.docx');
    expect(positions(result).map((held) => [held.company, held.title, held.startDate])).toEqual([
      ['Ostby Data', 'Data Analyst', '2019-08'],
      ['Harrow Depot', 'Picker Packer', '2018-03'],
    ]);
  });
});

describe('one label for both ends of the dates', () => {
  it.each([
    ['From – To: 03/2018 – 08/2021', '03/2018 – 08/2021'],
    ['Desde/Hasta: 2015 – 2019', '2015 – 2019'],
    ['Von - Bis: 04.2012 – 09.2016', '04.2012 – 09.2016'],
    ['Od – do: 2019 – obecnie', '2019 – obecnie'],
  ])('%s', (text, value) => {
    expect(entryLabel(text)).toMatchObject({ field: 'dates', value });
  });

  it('reads it in a block of labelled fields', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCE',
        '',
        'Company: Quillon Labs',
        'Position: QA Engineer',
        'From – To: 03/2018 – 08/2021',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Quillon Labs', 'QA Engineer', '2018-03', '2021-08')]);
  });
});

describe('blocks of fields with no blank line between them', () => {
  it('opens the next position where a title label comes again, in English and in Turkish capitals', async () => {
    const english = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCE',
        'Position: QA Engineer',
        'Company: Quillon Labs',
        'Dates: 03/2018 - 08/2021',
        'Position: Tester',
        'Company: Marlow Systems',
        'Dates: 01/2015 - 02/2018',
      ].join('\n'),
    );
    expect(positions(english)).toEqual([
      position('Quillon Labs', 'QA Engineer', '2018-03', '2021-08'),
      position('Marlow Systems', 'Tester', '2015-01', '2018-02'),
    ]);
    const turkish = await extractText(
      [
        'Deniz Aksoy',
        '',
        'DENEYİM',
        'POZİSYON: Yazılım Uzmanı',
        'ŞİRKET: Lodos Bilişim',
        'TARİH: 2018 - 2021',
        'POZİSYON: Stajyer',
        'ŞİRKET: Poyraz Yazılım',
        'TARİH: 2017 - 2017',
      ].join('\n'),
    );
    expect(positions(turkish)).toEqual([
      position('Lodos Bilişim', 'Yazılım Uzmanı', '2018', '2021'),
      position('Poyraz Yazılım', 'Stajyer', '2017', '2017'),
    ]);
  });

  it('keeps a consultant’s engagements, each with its role, inside the dated position above them', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCE',
        'Senior Consultant, Quillon Advisory    2015 - 2020',
        'Client: Marlow Bank',
        'Role: Tech Lead',
        '- Built the payments gateway in Java.',
        'Client: Harrow Foods',
        'Role: Developer',
        '- Built the stock service in Go.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Quillon Advisory', 'Senior Consultant', '2015', '2020')]);
  });
});

describe('a form’s row holding two labelled fields', () => {
  it('reads a Word table of label and value cells, two fields a row', async () => {
    const bytes = await word([
      styled('Deniz Aksoy', { bold: true }),
      heading('İŞ DENEYİMİ', HeadingLevel.HEADING_1),
      table([
        textRow('Firma', 'Lodos Bilişim', 'Tarih', '2018 – 2021'),
        textRow('Pozisyon', 'Yazılım Uzmanı', 'Şehir', 'İzmir'),
      ]),
      blank(),
      table([
        textRow('Firma', 'Poyraz Yazılım', 'Tarih', '2016 – 2018'),
        textRow('Pozisyon', 'Stajyer', 'Şehir', 'Ankara'),
      ]),
    ]);
    const result = await extractBytes(bytes, 'cv.docx');
    expect(positions(result)).toEqual([
      position('Lodos Bilişim', 'Yazılım Uzmanı', '2018', '2021'),
      position('Poyraz Yazılım', 'Stajyer', '2016', '2018'),
    ]);
    expect(result.resume.work?.map((work) => work.positions?.[0]?.location)).toEqual([
      { city: 'İzmir' },
      { city: 'Ankara' },
    ]);
  });

  it('reads two "Label: value" fields set apart by a gap on one line', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EXPERIENCE',
        'Company: Quillon Labs    Position: QA Engineer',
        'Period: 03/2018 - 08/2021    Location: Leeds',
        '',
        'Company: Marlow Systems    Position: Tester',
        'Period: 01/2015 - 02/2018    Location: York',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Quillon Labs', 'QA Engineer', '2018-03', '2021-08'),
      position('Marlow Systems', 'Tester', '2015-01', '2018-02'),
    ]);
  });
});

describe('school-leaving rows of an education table', () => {
  it('leaves out A and O level rows, the O read as a word, not a bullet', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'EDUCATION',
        'Degree | Institute | Year | Result',
        'B.Sc. in Physics | University of Tarvik | 2015 | First Class',
        'A Level | Tarvik Grammar School | 2011 | AAB',
        'O Level | Tarvik Grammar School | 2009 | 8 As',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual(['University of Tarvik']);
  });
});

describe('a data file’s keys for the two ends of the dates', () => {
  it.each([
    ["date_start: '2020-03-01'", 'from'],
    ['start_date: 2020-03', 'from'],
    ['End_Date: 2021-06', 'to'],
    ["date_end: ''", 'to'],
  ])('%s', (text, field) => {
    expect(entryLabel(text)?.field).toBe(field);
  });

  it('reads entries of a site generator’s front matter, an empty end the position still held', async () => {
    const result = await extractText(
      [
        '---',
        'title: Ilse Varga',
        '---',
        '',
        '## Experience',
        '',
        '- title: Data Engineer',
        '  company: Quillon Labs',
        "  date_start: '2021-04-01'",
        "  date_end: ''",
        '- title: Analyst',
        '  company: Marlow Systems',
        "  date_start: '2017-09-01'",
        "  date_end: '2021-03-31'",
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      position('Quillon Labs', 'Data Engineer', '2021-04-01', 'present'),
      position('Marlow Systems', 'Analyst', '2017-09-01', '2021-03-31'),
    ]);
  });
});
