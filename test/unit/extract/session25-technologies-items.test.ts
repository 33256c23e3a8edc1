import { describe, expect, it } from 'vitest';
import { competency, conjoinedParts } from '../../../src/extract/skills.js';
import { extractText, seedCatalogue, technologiesByPosition } from './extract-text.js';

/**
 * Session 25: skills items as people write them in several languages: names joined by a conjunction, levels and uses
 * around a name, a group's label inside a run of groups or before one cell, and competencies that are no products.
 * Constructed résumés of invented people and employers, read by the whole extractor with the seed catalogue.
 */

const resume = (skills: string[], heading = 'Skills') =>
  [
    'Oriel Vantanakis',
    'oriel.v@example.org',
    '',
    'Experience',
    'Engineer, Quillmore Labs, Jan 2020 - Mar 2023',
    '- Maintained the billing service.',
    '',
    heading,
    ...skills,
  ].join('\n');

const keywords = async (skills: string[], heading?: string) => {
  const result = await extractText(resume(skills, heading));
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
};

const groups = async (skills: string[], heading?: string) => {
  const result = await extractText(resume(skills, heading));
  return (result.resume.skills ?? []).map((group) => [group.name, group.keywords ?? []]);
};

describe('names joined by a conjunction of any language are names of their own', () => {
  it.each([
    ['Spanish "y"', ['Kotlin y Swift'], ['Kotlin', 'Swift']],
    ['German "und"', ['Terraform und Ansible'], ['Terraform', 'Ansible']],
    ['French "et"', ['Django et PostgreSQL'], ['Django', 'PostgreSQL']],
    ['Portuguese and Italian "e"', ['Docker e Kubernetes'], ['Docker', 'Kubernetes']],
    ['Turkish "ve"', ['Python ve Go'], ['Python', 'Go']],
    ['Swedish "och"', ['React och TypeScript'], ['React', 'TypeScript']],
    ['Indonesian "dan"', ['Laravel dan MySQL'], ['Laravel', 'MySQL']],
    ['Vietnamese "và"', ['Java và Spring Boot'], ['Java', 'Spring Boot']],
    ['Polish "i"', ['Jenkins i GitLab CI'], ['Jenkins', 'GitLab CI']],
    ['Dutch "en"', ['Angular en RxJS'], ['Angular', 'RxJS']],
    ['an ampersand', ['Grafana & Prometheus'], ['Grafana', 'Prometheus']],
    ['a plus', ['Redis + Kafka'], ['Redis', 'Kafka']],
    ['three names, one line each', ['Unity y C#', 'Git y Mercurial'], ['Unity', 'C#', 'Git', 'Mercurial']],
    ['a version before the conjunction', ['Angular 17 y TypeScript'], ['Angular', 'TypeScript']],
    ['a level in brackets after the pair', ['Rust y C++ (básico)'], ['Rust', 'C++']],
  ])('%s', async (_, skills, expected) => {
    expect(await keywords(skills)).toEqual(expected);
  });

  it('a product joined to a name the catalogue lacks keeps both ("Kafka and Zorbleet")', async () => {
    expect(await keywords(['Kafka and Zorbleet'])).toEqual(['Kafka', 'Zorbleet']);
  });

  it('a phrase of common words stays whole and is no product ("Research & Development")', async () => {
    expect(await keywords(['Research & Development', 'Docker'])).toEqual(['Docker']);
  });

  it('a word that is also a preposition joins only names the catalogue knows ("Shaders en HLSL")', async () => {
    const catalogue = await seedCatalogue();
    const known = (name: string) => catalogue.technologies.find(name) !== undefined;
    expect(conjoinedParts('Shaders en HLSL', known)).toBeNull();
    expect(conjoinedParts('Vue en Nuxt', known)).toEqual([
      { start: 0, end: 3 },
      { start: 7, end: 11 },
    ]);
    expect(await keywords(['Shaders en HLSL'])).toEqual(['HLSL']);
  });

  it('a practice joins no other name ("API and Performance Testing" stays one item)', async () => {
    expect(await keywords(['API and Performance Testing', 'Kafka'])).toEqual([
      'API and Performance Testing',
      'Kafka',
    ]);
  });
});

describe('levels and uses around a name are no names', () => {
  it.each([
    ['Spanish level in brackets', ['Vue (básico)', 'Laravel (avanzado)'], ['Vue', 'Laravel']],
    [
      'a use in lower case in brackets',
      ['Photon (multijugador)', 'Mirror (networking)'],
      ['Photon', 'Mirror'],
    ],
    ['a community in brackets', ['Nextflow (nf-core contributor)'], ['Nextflow']],
    ['"some" before a name', ['Python, Bash, some Perl'], ['Python', 'Bash', 'Perl']],
    ['"basic" before a name', ['basic SQL, Go'], ['SQL', 'Go']],
    ['German "Grundkenntnisse in"', ['Grundkenntnisse in Rust, Java'], ['Rust', 'Java']],
    ['years in brackets', ['Studio 5000 (4 years)', 'Python (2 years)'], ['Studio 5000', 'Python']],
  ])('%s', async (_, skills, expected) => {
    expect(await keywords(skills)).toEqual(expected);
  });

  it('a capitalised name in brackets is a name ("AWS (Lambda, DynamoDB)")', async () => {
    expect(await keywords(['AWS (Lambda, DynamoDB)'])).toEqual(['AWS', 'Lambda', 'DynamoDB']);
  });
});

describe('a group label inside a run of groups or before one cell names the group', () => {
  it('labels of any words before a colon inside one paragraph open groups', async () => {
    const found = await groups([
      'Languages:    Python, Bash.    Pipelines:    Snakemake, Airflow.    Compute: SLURM, Docker.',
    ]);
    expect(found).toEqual([
      ['Languages', ['Python', 'Bash']],
      ['Pipelines', ['Snakemake', 'Airflow']],
      ['Compute', ['SLURM', 'Docker']],
    ]);
  });

  it('a row label before one cell in a tab-separated table is the label ("Wireless<tab>LTE")', async () => {
    const found = await groups(
      ['Transport\tSONET, DWDM', 'Radio\tLTE', 'Tools\tAnsible, NetBox'],
      'Technical Skills',
    );
    expect(found).toEqual([
      ['Transport', ['SONET', 'DWDM']],
      ['Radio', ['LTE']],
      ['Tools', ['Ansible', 'NetBox']],
    ]);
  });

  it('a row label before one cell in a table with bars is the label', async () => {
    const found = await groups(['Mobile | Kotlin, Swift', 'Backoffice | Django'], 'Technical Skills');
    expect(found).toEqual([
      ['Mobile', ['Kotlin', 'Swift']],
      ['Backoffice', ['Django']],
    ]);
  });

  it('a technology with its time of use in the next cell stays the item ("Python<tab>5 years")', async () => {
    expect(await keywords(['Python\t5 years', 'Go\t3 years'])).toEqual(['Python', 'Go']);
  });
});

describe('competencies are no technologies, products named by common words are', () => {
  it.each([
    ['a gerund phrase', 'Hiring across Central America', true],
    ['a gerund phrase in lower case', 'Building teams', true],
    ['a field named by common words', 'Signal Processing', false],
    ['a product named by one common word ending in s', 'Canvas', false],
    ['a plural common noun, which may name a product ("Drools")', 'Payments', false],
    ['a product with a number', 'Studio 5000', false],
    ['a product of common words', 'Burp Suite Pro', false],
    ['a product of common plural words', 'Platform Events', false],
    ['a product named by one common word', 'Gazebo', false],
    ['a name of its own', 'Evidently', false],
    ['a model number', 'RTN 950', false],
  ])('%s: "%s"', (_, value, expected) => {
    expect(competency(value)).toBe(expected);
  });

  it('a core-competencies list gives only the products it names', async () => {
    expect(
      await keywords(
        [
          '• Team building',
          '• Recruiting across Eastern Europe',
          '• Vendor Management',
          '• Refunds & PCI DSS',
          '• Snowflake',
        ],
        'Core Competencies',
      ),
    ).toEqual(['Snowflake']);
  });
});

describe('skills headings that name no section word by word are skills headings', () => {
  const withHeading = (heading: string, rows: string[]) =>
    [
      'Selin Arkadaşoğlu',
      'selin.a@example.org',
      '',
      'Experience',
      'Engineer, Pelinsu Makine, Jan 2019 - Mar 2024',
      '- Firmware for the dosing pumps.',
      '',
      heading,
      ...rows,
    ].join('\n');

  it.each([
    ['Turkish, in capitals with a dotted İ', 'BİLGİSAYAR BİLGİSİ'],
    ['Turkish, plural', 'Bilgisayar Bilgileri'],
    ['Portuguese', 'Conhecimentos de Informática'],
    ['Dutch', 'Computervaardigheden'],
    ['Vietnamese', 'Kỹ năng tin học'],
    ['Indonesian', 'Keahlian Komputer'],
    ['a job portal specialisation table', 'Specialization:'],
    ['areas of expertise', 'Areas of Expertise'],
  ])('%s: "%s"', async (_, heading) => {
    const result = await extractText(withHeading(heading, ['Diller: C, Rust', 'Araçlar: Git, Zephyr']));
    const found = (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
    expect(found).toEqual([
      ['Diller', ['C', 'Rust']],
      ['Araçlar', ['Git', 'Zephyr']],
    ]);
  });

  it("a specialisation table's header row names no skill", async () => {
    const result = await extractText(
      withHeading('Specialization:', [
        'Fields of Specialization | Description',
        'Fieldbus | Modbus, PROFIBUS',
        'Radio Access | BTS3900, NetAct',
      ]),
    );
    const found = (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
    expect(found).toEqual([
      ['Fieldbus', ['Modbus', 'PROFIBUS']],
      ['Radio Access', ['BTS3900', 'NetAct']],
    ]);
  });
});

describe("a skills keyword made of a common word is a position's technology where a sentence names it", () => {
  const withJob = (bullets: string[]) =>
    [
      'Ilse Vanterpool',
      'ilse.v@example.org',
      '',
      'Experience',
      'Robotics Engineer, Tormund Dynamics, Feb 2021 - Present',
      ...bullets,
      '',
      'Skills',
      'Tools: Gazebo, ROS 2, Pebble',
    ].join('\n');
  const ofJob = async (bullets: string[]) =>
    technologiesByPosition(await extractText(withJob(bullets)))[0]?.technologies ?? [];

  it.each([
    ['inside a sentence', ['- Simulated the arm in Gazebo before every release.'], ['Gazebo']],
    ['after a comma in a list', ['- Stack: Python, Gazebo and MoveIt.'], ['Python', 'Gazebo']],
    [
      'two keywords in one sentence',
      ['- Logged runs to Pebble and replayed them in Gazebo.'],
      ['Pebble', 'Gazebo'],
    ],
  ])('%s', async (_, bullets, expected) => {
    expect(await ofJob(bullets)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['at a sentence start', ['- Pebble counters were replaced with a new design.']],
    ['as a word of another name', ['- Hosted the team offsite at the Gazebo Room in Leeds.']],
    ['in lower case', ['- Built a gazebo for the garden robot demo.']],
  ])('not %s', async (_, bullets) => {
    const found = await ofJob(bullets);
    expect(found).not.toContain('Gazebo');
    expect(found).not.toContain('Pebble');
  });
});

describe('a level after a name in the language of the résumé is no part of the name', () => {
  it.each([
    ['Spanish', ['Python avanzado', 'SQL básico'], ['Python', 'SQL']],
    ['Portuguese', ['Java avançado', 'Docker intermediário'], ['Java', 'Docker']],
    ['French', ['Kotlin confirmé', 'Rust débutant'], ['Kotlin', 'Rust']],
    ['German', ['Go fortgeschritten', 'C# Grundkenntnisse'], ['Go', 'C#']],
    ['Polish', ['Excel zaawansowany', 'PHP podstawowy'], ['Excel', 'PHP']],
    ['Turkish', ['Git temel', 'Linux ileri'], ['Git', 'Linux']],
    ['Indonesian', ['Laravel mahir', 'Flutter dasar'], ['Laravel', 'Flutter']],
  ])('%s', async (_, skills, expected) => {
    expect(await keywords(skills)).toEqual(expected);
  });
});

describe('a community heading after the skills ends them', () => {
  it.each(['COMMUNITY', 'Community Involvement', 'Board & Community'])('"%s"', async (heading) => {
    const result = await extractText(
      resume(['Tools: Ansible, NetBox', '', heading, 'Volunteer IT help at the Brackwater public library.']),
    );
    const found = (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect(found).toEqual(['Ansible', 'NetBox']);
  });
});

describe("the résumé's own employer named in a position's text is no technology", () => {
  it.each([
    [
      'a lead-in naming the employer',
      ['Android Engineer, Paystack, May 2019 - Dec 2022', '- Paystack: the merchant app in Kotlin.'],
    ],
    [
      'the employer with its legal form',
      ['Engineer, Razorpay Software Pvt. Ltd., 2018 - 2021', '- Razorpay checkout SDK in Kotlin.'],
    ],
  ])('%s', async (_, experience) => {
    const result = await extractText(
      ['Nnamdi Okafor-Reyes', 'nnamdi.or@example.org', '', 'Experience', ...experience].join('\n'),
    );
    const found = technologiesByPosition(result)[0]?.technologies ?? [];
    expect(found).toContain('Kotlin');
    expect(found.filter((name) => /paystack|razorpay/iu.test(name))).toEqual([]);
  });

  it("an employer's other name in the company catalogue is its own product, no technology", async () => {
    const result = await extractText(
      [
        'Nnamdi Okafor-Reyes',
        'nnamdi.or@example.org',
        '',
        'Experience',
        'Data Scientist, Mercado Libre, 2020 - 2023',
        '- Fraud scoring for Mercado Pago with TensorFlow.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['TensorFlow']);
  });

  it('a payment product integrated at another employer is one', async () => {
    const result = await extractText(
      [
        'Nnamdi Okafor-Reyes',
        'nnamdi.or@example.org',
        '',
        'Experience',
        'Engineer, Kwara Mart, 2019 - 2022',
        '- Checkout with Paystack and Kotlin.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Paystack', 'Kotlin']);
  });
});
