import { describe, expect, it } from 'vitest';
import { extractText, seedCatalogue, skillsOf, technologiesByPosition } from './extract-text.js';

/**
 * Session 19: technologies and skills lists written as documents nobody tuned on write them. Every input is
 * built here; the expected answers are what a reader takes from it.
 */

/** A résumé with one position whose bullets are `bullets` and a skills section of `skills`. */
function resume(bullets: string[], skills: string[]): string {
  return [
    'Marta Quill',
    'marta.quill@example.org',
    '',
    'Experience',
    '',
    'Backend Engineer | Ostrava Freight | Mar 2019 – Present',
    ...bullets.map((bullet) => `- ${bullet}`),
    '',
    'Skills',
    ...skills,
  ].join('\n');
}

async function catalogueIds(keywords: readonly string[]) {
  const catalogue = await seedCatalogue();
  return keywords.map((keyword) => catalogue.technologies.find(keyword)?.id ?? `name:${keyword}`);
}

describe('REST and the other names résumés write in several ways', () => {
  it('reads REST in the spellings skills lists use, plural, with a noun, in Spanish order and beside SOAP', async () => {
    const [group] = await skillsOf(
      'APIs: REST APIs, RESTful services, APIs REST, REST/SOAP, REST web services',
    );
    expect(group?.name).toBe('APIs');
    expect(await catalogueIds(group?.keywords ?? [])).toEqual([
      'rest',
      'rest',
      'rest',
      'rest',
      'soap',
      'rest',
    ]);
  });

  it('gives a position the REST its skills list names, and no REST for "the rest of the team"', async () => {
    const result = await extractText(
      resume(['Built REST APIs in Go for the rest of the team.'], ['Backend: Go, REST, PostgreSQL']),
    );
    const [position] = technologiesByPosition(result);
    expect(await catalogueIds(position?.technologies ?? [])).toEqual(['rest', 'go']);
    const other = await extractText(
      resume(['Handed the rest of the work to the team in Go.'], ['Go, Kafka']),
    );
    expect(await catalogueIds(technologiesByPosition(other)[0]?.technologies ?? [])).toEqual(['go']);
  });

  it('reads an assembly language named after its instruction set as Assembly, not as the architecture', async () => {
    const [group] = await skillsOf('Languages: C, ARM assembly, AVR assembly, MIPS assembly');
    expect(await catalogueIds(group?.keywords ?? [])).toEqual(['c', 'assembly', 'assembly', 'assembly']);
    const result = await extractText(resume(['Bootloader in ARM assembly and C.'], ['C, Rust']));
    expect(await catalogueIds(technologiesByPosition(result)[0]?.technologies ?? [])).toEqual([
      'assembly',
      'c',
    ]);
  });
});

describe('skills lines whose group name has no colon', () => {
  it('reads a group name set off by a gap of two spaces or a tab, as table cells read as text', async () => {
    expect(
      await skillsOf(
        'Languages  Python, Go',
        'Cloud  AWS, GCP',
        'OS   Zephyr, FreeRTOS',
        'Hardware\tSTM32, AVR',
        'Reporting  Power BI',
      ),
    ).toEqual([
      { name: 'Languages', keywords: ['Python', 'Go'] },
      { name: 'Cloud', keywords: ['AWS', 'GCP'] },
      { name: 'OS', keywords: ['Zephyr', 'FreeRTOS'] },
      { name: 'Hardware', keywords: ['STM32', 'AVR'] },
      { name: 'Reporting', keywords: ['Power BI'] },
    ]);
  });

  it('reads a group name of group words before its list with one space, when a known name opens the list', async () => {
    expect(
      await skillsOf('Tools GCC, CMake', 'Protocols CAN, Modbus', 'Programmiersprachen Go, Kotlin, Java'),
    ).toEqual([
      { name: 'Tools', keywords: ['GCC', 'CMake'] },
      { name: 'Protocols', keywords: ['CAN', 'Modbus'] },
      { name: 'Programmiersprachen', keywords: ['Go', 'Kotlin', 'Java'] },
    ]);
  });

  it('keeps a list whose first item only starts with a group word ("Data Science, ML" names no group "Data")', async () => {
    const groups = await skillsOf('Machine Learning PyTorch, TensorFlow', 'Big Data Hadoop, Spark');
    expect(groups).toEqual([
      { name: 'Machine Learning', keywords: ['PyTorch', 'TensorFlow'] },
      { name: 'Big Data', keywords: ['Hadoop', 'Spark'] },
    ]);
    const list = await skillsOf('Kafka Streams, Flink');
    expect(list).toEqual([{ name: 'Skills', keywords: ['Kafka Streams', 'Flink'] }]);
  });

  it('reads a group name before a dash ("Data — SQL, Spark", "Languages - C++, C#")', async () => {
    expect(
      await skillsOf('Data — SQL, Spark', 'Languages - C++, C#', 'Engines – Unreal Engine, Unity'),
    ).toEqual([
      { name: 'Data', keywords: ['SQL', 'Spark'] },
      { name: 'Languages', keywords: ['C++', 'C#'] },
      { name: 'Engines', keywords: ['Unreal Engine', 'Unity'] },
    ]);
  });

  it("takes a skills table's header row and its row labels read as cells for no keywords", async () => {
    expect(
      await skillsOf('Area    Technologies', 'Type | Name | Years', 'Cloud / Infra| GCP, Kubernetes | 6'),
    ).toEqual([{ name: 'Skills', keywords: ['GCP', 'Kubernetes'] }]);
  });

  it('opens a group named after a separator inside the line ("… · Tools: Git, Docker")', async () => {
    expect(await skillsOf('Languages: Python, Go · Tools: Git, Docker')).toEqual([
      { name: 'Languages', keywords: ['Python', 'Go'] },
      { name: 'Tools', keywords: ['Git', 'Docker'] },
    ]);
  });

  it('drops a version after a name the catalogue knows ("Java 17" is Java)', async () => {
    expect(await skillsOf('Java 17, Oracle 19c, Unreal Engine 5, Quarkite 3')).toEqual([
      { name: 'Skills', keywords: ['Java', 'Oracle', 'Unreal Engine', 'Quarkite 3'] },
    ]);
  });
});

describe('spoken languages in the languages CVs are written in', () => {
  it('takes lines of languages and levels in German, Dutch, French, Spanish, Italian and Portuguese for no technology', async () => {
    expect(
      await skillsOf(
        'Go, Kafka',
        'Deutsch (Muttersprache), Englisch (fließend)',
        'Nederlands (moedertaal), Engels (vloeiend)',
        'Français — langue maternelle, Anglais — courant',
        'Español (nativo), Inglés (avanzado)',
        'Italiano (madrelingua), Inglese (fluente)',
        'Português (nativo), Inglês (fluente)',
        'Mandarin (native), English (CET-6)',
      ),
    ).toEqual([{ name: 'Skills', keywords: ['Go', 'Kafka'] }]);
  });

  it('drops a group named as spoken languages, and keeps "Languages" of programming languages', async () => {
    expect(
      await skillsOf(
        'Sprachen: Deutsch, Englisch (C1)',
        'Langues  Français, Anglais',
        'Idiomas: Castellano, Catalán',
        'Languages: Python, Go, Rust',
      ),
    ).toEqual([{ name: 'Languages', keywords: ['Python', 'Go', 'Rust'] }]);
  });
});

describe('what a skills list names that is no technology', () => {
  it('leaves out practices written as phrases of common words and abstract nouns', async () => {
    expect(
      await skillsOf(
        'Manual testing, Load testing, Unit testing, Rate limiting, Observability practice, Accessibility, Machine learning, Kafka',
      ),
    ).toEqual([{ name: 'Skills', keywords: ['Kafka'] }]);
  });

  it('leaves out a phrase ending in a kind of work, keeping the technology it names', async () => {
    expect(await skillsOf('Usability testing, Journey mapping, Android development, Figma')).toEqual([
      { name: 'Skills', keywords: ['Android', 'Figma'] },
    ]);
  });

  it('keeps names that are things, though made of common words or written in lower case after the first', async () => {
    expect(await skillsOf('Raft, ARM assembly, Linux kernel, Security, Apache Beam')).toEqual([
      { name: 'Skills', keywords: ['Raft', 'ARM assembly', 'Linux kernel', 'Security', 'Apache Beam'] },
    ]);
  });

  it('takes the place and date a list is signed with for no technology', async () => {
    expect(await skillsOf('Go, Kotlin, Docker', '', 'München, im November 2026')).toEqual([
      { name: 'Skills', keywords: ['Go', 'Kotlin', 'Docker'] },
    ]);
  });
});

describe('technologies named outside positions and skills lists', () => {
  it('keeps what an opening line, a headline and a summary name as skills named after where they stand', async () => {
    const result = await extractText(
      [
        'Orla Brennick',
        'orla.brennick@example.org',
        '',
        'Backend engineer, eleven years in, mostly JVM and event streaming.',
        '',
        'Profile',
        'I design payment services, mostly in Scala on the JVM, and I run them on Kubernetes.',
        '',
        'Experience',
        '',
        'Senior Engineer | Corrib Payments | Jan 2020 – Present',
        '- Ledger services in Kotlin.',
        '',
        'Skills',
        'Kotlin, Kubernetes, PostgreSQL',
      ].join('\n'),
    );
    const groups = (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
    expect(groups).toEqual([
      ['Skills', ['Kotlin', 'Kubernetes', 'PostgreSQL']],
      ['Introduction', ['JVM']],
      ['Profile', ['Scala']],
    ]);
  });

  it('takes no practice, no ordinary word written as a name, no stray label and nothing unvouched for', async () => {
    const result = await extractText(
      [
        'Orla Brennick',
        'orla.brennick@example.org',
        'Certs: CKA, AWS SAA',
        '',
        'Summary',
        'I go to great lengths for microservices that rest on solid ground near Crystal Drive; Swift decisions.',
        '',
        'Experience',
        '',
        'Senior Engineer | Corrib Payments | Jan 2020 – Present',
        '- Ledger services in Kotlin.',
      ].join('\n'),
    );
    expect(result.resume.skills ?? []).toEqual([]);
  });
});

describe('a narrative résumé', () => {
  it('gives its technologies to the positions its sentences tell, and its employers to no skills group', async () => {
    const result = await extractText(
      [
        'Ines Carvalho',
        'ines.carvalho@example.org',
        '',
        'About me',
        'I began my career in 2012 at Oracle, where I wrote PL/SQL for the billing team. In 2016 I joined Farfetch as a backend engineer, building Go services on Kubernetes.',
      ].join('\n'),
    );
    expect(result.resume.skills ?? []).toEqual([]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['PL/SQL'],
      ['Go', 'Kubernetes'],
    ]);
  });
});
