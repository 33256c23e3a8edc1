import { describe, expect, it } from 'vitest';
import { isHumanLanguage } from '../../../src/extract/vocabulary.js';
import { extractText, seedCatalogue, skillsOf, technologiesByPosition } from './extract-text.js';

/**
 * Session 20: technologies and their attribution as documents nobody tuned on write them. Every input is built
 * here with invented names; the expected answers are what a reader takes from it.
 */

/** A résumé with one position whose bullets are `bullets` and a skills section of `skills` under `heading`. */
function resume(bullets: string[], skills: string[], heading = 'Skills'): string {
  return [
    'Ilse Varga',
    'ilse.varga@example.org',
    '',
    'Experience',
    '',
    'Software Engineer | Brindle Metering | Apr 2018 – Present',
    ...bullets.map((bullet) => `- ${bullet}`),
    '',
    heading,
    ...skills,
  ].join('\n');
}

async function positionTechnologies(bullets: string[], skills: string[] = []) {
  return technologiesByPosition(await extractText(resume(bullets, skills)))[0]?.technologies;
}

describe('a practice, a method or a field is no technology', () => {
  it('records none beside the things a bullet names', async () => {
    expect(
      await positionTechnologies([
        'Split the billing monolith into microservices in Go with Kafka between them.',
        'Brought TDD and CI/CD on Jenkins to the team.',
      ]),
    ).toEqual(['Go', 'Kafka', 'Jenkins']);
  });

  it("keeps what a position's labelled list of its technologies names, practices included", async () => {
    expect(await positionTechnologies(['Technologies: Microservices, Kafka, Go'])).toEqual([
      'Microservices',
      'Kafka',
      'Go',
    ]);
  });

  it('drops the practices a skills list names and keeps its things', async () => {
    expect(await skillsOf('Methods: Microservices, TDD, CI/CD, Kafka, GitOps')).toEqual([
      { name: 'Methods', keywords: ['Kafka'] },
    ]);
  });

  it('keeps protocols, algorithms and architectures, which are things a system implements or runs on', async () => {
    expect(
      await positionTechnologies([
        'Exposed the tariff engine over REST and called the legacy billing over SOAP, in Java.',
        'A replicated log on Raft, written in Rust for x86 and ARM boards.',
      ]),
    ).toEqual(['REST', 'SOAP', 'Java', 'Raft', 'Rust', 'x86', 'ARM']);
  });
});

describe('embedded names the catalogue knows', () => {
  it('reads Zephyr, STM32 and AVR as the technologies they are, and embedded Linux as Linux', async () => {
    const catalogue = await seedCatalogue();
    const id = (name: string) => catalogue.technologies.find(name)?.id;
    expect([id('Zephyr'), id('STM32'), id('Atmel AVR')]).toEqual(['zephyr-rtos', 'stm32', 'avr']);
    expect(
      await positionTechnologies(['Meter firmware on STM32 with Zephyr; a gateway on Embedded Linux.']),
    ).toEqual(['STM32', 'Zephyr', 'Linux']);
  });

  it('keeps "Embedded Linux" whole at the head of a list, not a group named "Embedded"', async () => {
    expect(await skillsOf('Embedded Linux, Yocto, U-Boot', 'Mobile Safari, WebKit')).toEqual([
      { name: 'Skills', keywords: ['Embedded Linux', 'Yocto', 'U-Boot', 'Mobile Safari', 'WebKit'] },
    ]);
  });
});

describe('how skills lists set their names and items apart', () => {
  it('reads a group name before a leader of dots', async () => {
    expect(
      await skillsOf(
        'Languages ....... C, C++, Rust',
        'Build & Test ........ CMake, Ninja',
        'Boards … STM32, ESP32',
      ),
    ).toEqual([
      { name: 'Languages', keywords: ['C', 'C++', 'Rust'] },
      { name: 'Build & Test', keywords: ['CMake', 'Ninja'] },
      { name: 'Boards', keywords: ['STM32', 'ESP32'] },
    ]);
  });

  it('reads each Markdown code span as an item, a letter or a pair with a slash included', async () => {
    const result = await extractText(
      [
        '# Ilse Varga',
        '',
        '## Experience',
        '',
        '### Firmware Engineer, Brindle Metering, 2019 – 2023',
        '',
        'Meter firmware in C.',
        '',
        '## Skills',
        '',
        '`C` `Rust` `Vellumix` `FLIB/QUORN` `KiCad` `Zig` `Nim` `Odin` `Hare` `Gleam`',
      ].join('\n'),
      'resume.md',
    );
    expect(result.resume.skills?.map((group) => group.keywords)).toEqual([
      ['C', 'Rust', 'Vellumix', 'FLIB/QUORN', 'KiCad', 'Zig', 'Nim', 'Odin', 'Hare', 'Gleam'],
    ]);
  });

  it('splits at a dash between spaces where the line is a list', async () => {
    expect(await skillsOf('Java — Spring, Hibernate', 'Python – Django, Celery')).toEqual([
      { name: 'Skills', keywords: ['Java', 'Spring', 'Hibernate', 'Python', 'Django', 'Celery'] },
    ]);
  });

  it('reads a name that is also an ordinary word as the name of the list it heads', async () => {
    expect(
      await skillsOf(
        'Languages    Python, Scala',
        'Processing    Spark, Airflow',
        'Tools: Git',
        'Processing',
        'Flink, Beam, Kafka',
      ),
    ).toEqual([
      { name: 'Languages', keywords: ['Python', 'Scala'] },
      { name: 'Processing', keywords: ['Spark', 'Airflow'] },
      { name: 'Tools', keywords: ['Git'] },
      { name: 'Processing', keywords: ['Flink', 'Beam', 'Kafka'] },
    ]);
  });

  it('opens the next group at its label after a full stop on the same line', async () => {
    expect(await skillsOf('Outils : Cypress, Jira, Git. Langages : JavaScript, Python.')).toEqual([
      { name: 'Outils', keywords: ['Cypress', 'Jira', 'Git'] },
      { name: 'Langages', keywords: ['JavaScript', 'Python'] },
    ]);
  });

  it('reads two names joined by "&" on a line of their own as two items', async () => {
    expect(await skillsOf('Kotlin', 'Coroutines & Flow', 'Room')).toEqual([
      { name: 'Skills', keywords: ['Kotlin', 'Coroutines', 'Flow', 'Room'] },
    ]);
  });

  it('reads a kind of list as no item, "Platform" as "Platforms"', async () => {
    expect(await skillsOf('Kubernetes, Helm, Platform')).toEqual([
      { name: 'Skills', keywords: ['Kubernetes', 'Helm'] },
    ]);
  });
});

describe('names the catalogue lacks in a skills list', () => {
  it('keeps a one-word product that ends as an abstract noun does, and drops qualities', async () => {
    expect(await skillsOf('Cadence, Element, Scalability, Governance, Resilience, Kotlin')).toEqual([
      { name: 'Skills', keywords: ['Cadence', 'Element', 'Kotlin'] },
    ]);
  });

  it('drops a common word written in lower case, no product name, and keeps one the word list lacks', async () => {
    expect(await skillsOf('pairing, htop, Gradle')).toEqual([
      { name: 'Skills', keywords: ['htop', 'Gradle'] },
    ]);
  });

  it('reads no group name that ends on "and"', async () => {
    expect((await skillsOf('API and Performance Testing, Gradle')).map((group) => group.name)).toEqual([
      'Skills',
    ]);
  });

  it('keeps the names of a list with a year in it, and drops the year', async () => {
    expect(await skillsOf('Quarkite, Zorblax (2019)', 'Tools: Codewind, Slint, 2021')).toEqual([
      { name: 'Skills', keywords: ['Quarkite', 'Zorblax'] },
      { name: 'Tools', keywords: ['Codewind', 'Slint'] },
    ]);
  });

  it('still leaves out a signature or an availability line under the list', async () => {
    expect(
      await skillsOf('Quarkite, Zorblax', 'München, im November 2026', 'Available from March 2024'),
    ).toEqual([{ name: 'Skills', keywords: ['Quarkite', 'Zorblax'] }]);
  });

  it('takes a language name in another language that is an English word for a spoken language only with others', () => {
    expect(isHumanLanguage('Fries')).toBe(false);
    expect(isHumanLanguage('Pools')).toBe(false);
    expect(isHumanLanguage('Engels')).toBe(true);
    expect(isHumanLanguage('Verhandlungssicheres Englisch')).toBe(true);
  });
});

describe('what a skills section names that is no technology', () => {
  it('reads a group of certificates as no technologies, whatever they certify', async () => {
    expect(
      await skillsOf(
        'Certifications: CKA, AWS Certified Developer, CIPP/E',
        'Licences & Certificates: PMP',
        'Cloud: AWS',
      ),
    ).toEqual([{ name: 'Cloud', keywords: ['AWS'] }]);
  });

  it('drops a section heading the layout put among the items', async () => {
    expect(await skillsOf('Kotlin, Strengths, Gradle, Experience')).toEqual([
      { name: 'Skills', keywords: ['Kotlin', 'Gradle'] },
    ]);
  });

  it('reads "Software" alone as the heading of the programs an engineer uses', async () => {
    const result = await extractText(
      resume(['Seismic assessments.'], ['Analysis: ETABS, SAP2000', 'Drafting: Revit, AutoCAD'], 'Software'),
    );
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Analysis', ['ETABS', 'SAP2000']],
      ['Drafting', ['Revit', 'AutoCAD']],
    ]);
  });

  it('reads "Things I\'m good with" as the skills section it heads', async () => {
    const result = await extractText(
      resume(['Billing services.'], ['Cloud: AWS, Terraform, Helm'], "Things I'm good with"),
    );
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Cloud', ['AWS', 'Terraform', 'Helm']],
    ]);
  });
});

describe('names in running text', () => {
  it('takes no name from the tail of a hyphenated word', async () => {
    expect(
      await positionTechnologies([
        'Drivers for the Quellon-M3 boards in Rust.',
        'Traced calls with AWS X-Ray.',
      ]),
    ).toEqual(['Rust', 'AWS X-Ray']);
  });

  it('reads the tags a position lists as its technologies, each in its brackets', async () => {
    expect(await positionTechnologies(['Tags: [c#] [asp.net-core] [sql-server] [rabbitmq]'])).toEqual([
      'c#',
      'asp.net-core',
      'sql-server',
      'rabbitmq',
    ]);
  });

  it('reads a month written as a technology is ("avr." in French) as the month of a date', async () => {
    const result = await extractText(
      [
        'Ilse Varga',
        '',
        'Expérience',
        '',
        'Développeuse | Brindle Metering | avr. 2019 – présent',
        '- Facturation en Go.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Go']);
  });

  it('reads CAN, the bus, in running text, and not the verb', async () => {
    expect(await positionTechnologies(['Diagnostics over CAN for the body controller.'])).toEqual(['CAN']);
    expect(await positionTechnologies(['We can ship the body controller in Rust.'])).toEqual(['Rust']);
    // "CAN bus" names a thing, so the names listed beside it are things too.
    expect(await positionTechnologies(['Bus drivers (SPI, CAN, DMA) for the meter.'])).toEqual([
      'SPI',
      'CAN',
      'DMA',
    ]);
  });

  it('knows the former and longer names of widely used products', async () => {
    const catalogue = await seedCatalogue();
    const id = (name: string) => catalogue.technologies.find(name)?.id;
    expect([id('Oracle WebLogic'), id('IBM WebSphere MQ'), id('Xbox Series X|S')]).toEqual([
      'weblogic',
      'ibm-mq',
      'xbox',
    ]);
  });

  it('reads a season before a year as a date, no technology ("Spring 2025")', async () => {
    const result = await extractText(
      [
        resume(['Billing services in Go.'], ['Go, React']),
        '',
        'Projects',
        'Hoplist | React, PostGIS    Spring 2025',
        "A map of the city's hop gardens.",
      ].join('\n'),
    );
    expect(result.resume.projects?.map((project) => project.technologies)).toEqual([['React', 'PostGIS']]);
  });

  it('takes no word in another case than the name\'s from the end of a phrase ("bare metal" is no Metal)', async () => {
    expect(await positionTechnologies(['Clusters on bare metal; GitLab CI pipelines.'])).toEqual([
      'GitLab CI',
    ]);
  });

  it('reads a name in capitals as the name at the start of a sentence, where a capital alone proves nothing', async () => {
    expect(
      await positionTechnologies([
        'REST integration with the policy system.',
        'SOAP services for the card issuer.',
        'Rest days were spent on call.',
      ]),
    ).toEqual(['REST', 'SOAP']);
  });
});
