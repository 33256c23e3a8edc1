import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import {
  EXPERIENCE_HEAD,
  extractText,
  roleRows,
  rolesUnderHead,
  schools,
  seedCatalogue,
  skillGroups,
  technologiesByPosition,
} from './extract-text.js';

/**
 * Session 20 (xauditfix2): the audit's findings on the session's extractor. Every input is the audit's own
 * constructed text (invented names); each expected answer is what the text says.
 */

const person = ['Jane Roe', 'jane.roe@example.com', ''];

/** roleRows of a résumé of `person` with `text` under an "ABOUT ME" heading. */
const told = (text: string) => roleRows([...person, 'ABOUT ME', '', text].join('\n'));

/** A résumé with one position whose bullets are `bullets`, and `after` below it. */
const resume = (bullets: string[], after: string[] = []) =>
  [
    ...EXPERIENCE_HEAD,
    'Firmware Engineer | Brindle Metering | Apr 2018 – Present',
    ...bullets.map((bullet) => `- ${bullet}`),
    '',
    ...after,
  ].join('\n');

const positionTechnologies = async (...bullets: string[]) =>
  technologiesByPosition(await extractText(resume(bullets)))[0]?.technologies;

describe('a helping word inside the employer or the title is no help given (finding 1)', () => {
  it('keeps a position at an employer whose name holds a helping word', async () => {
    expect(
      await told('I joined Helping Hands Ltd in 2015 as a software developer and stayed until 2019.'),
    ).toEqual([['Helping Hands Ltd', 'software developer', '2015', '2019']]);
    expect(
      (await told('I joined Coaching Works in 2015 as a backend developer.')).map((row) => row.slice(0, 3)),
    ).toEqual([['Coaching Works', 'backend developer', '2015']]);
  });

  it('keeps "volunteer coordinator", a title whose first word qualifies its noun', async () => {
    expect(
      await told('In 2018 I joined Quarry Labs as a volunteer coordinator, a paid post I held until 2021.'),
    ).toEqual([['Quarry Labs', 'volunteer coordinator', '2018', '2021']]);
  });
});

describe('a name after a hyphen (finding 2)', () => {
  it('reads a catalogued name after a hyphen, and no capitalised run before it', async () => {
    // "MS-SQL" is a spelling of Microsoft SQL Server ("MS SQL"), read whole.
    expect(await positionTechnologies('Ran MS-SQL and T-SQL stored procedures')).toEqual(['MS-SQL', 'T-SQL']);
    expect(await positionTechnologies('Wrote ESP32-Arduino firmware')).toEqual(['ESP32', 'Arduino']);
    expect(await positionTechnologies('Built Node-RED flows for IoT-MQTT devices')).toContain('MQTT');
    const catalogue = await seedCatalogue();
    const named = await positionTechnologies('Ran Apache-Kafka clusters and Azure-Kubernetes workloads');
    expect(named?.map((name) => catalogue.technologies.find(name)?.id)).toEqual([
      'kafka',
      'azure',
      'kubernetes',
    ]);
  });

  it('still reads no name in the tail of a part number ("Cortex-M3" is no M3DB)', async () => {
    expect(await positionTechnologies('Ported the scheduler to a Cortex-M3 in C')).not.toContain('M3DB');
  });
});

describe('a heading whose last word is "projects" (finding 3)', () => {
  it('names a projects section, whatever words come before', () => {
    for (const heading of [
      'School Projects',
      'University Projects',
      'Capstone Projects',
      'SCHOOL PROJECTS',
    ]) {
      expect(sectionKind(heading), heading).toBe('projects');
    }
    expect(sectionKind('I worked on several projects')).toBeNull();
  });

  it('is no school under the education above it', async () => {
    for (const heading of ['School Projects', 'University Projects']) {
      const result = await extractText(
        resume(
          ['Wrote the meter firmware in C'],
          [
            'Education',
            'Brackley College, BSc Biology, 2012 - 2015',
            '',
            heading,
            'Built a weather station with Arduino',
          ],
        ),
      );
      expect(schools(result).map((school) => school.institution)).toEqual(['Brackley College']);
    }
  });
});

describe('catalogue data: FPGA, UML and the Serverless Framework (finding 4)', () => {
  it('files FPGA as hardware and UML as a (modelling) language, and knows the Serverless Framework', async () => {
    const catalogue = await seedCatalogue();
    expect(catalogue.technologies.find('FPGA')?.category).toBe('hardware');
    expect(catalogue.technologies.find('UML')?.category).toBe('language');
    expect(catalogue.technologies.find('Serverless Framework')?.name).toBe('Serverless Framework');
    expect(catalogue.technologies.find('Serverless')?.category).toBe('practice');
  });

  it('keeps FPGA in a hardware list and in a bullet', async () => {
    const groups = skillGroups(
      await extractText(
        ['Tomasz Wren', 'tomasz.wren@example.org', '', 'Skills', 'Hardware: STM32, Arduino, FPGA'].join('\n'),
      ),
    );
    expect(groups.flatMap((group) => group.keywords ?? [])).toEqual(['STM32', 'Arduino', 'FPGA']);
    expect(await positionTechnologies('Programmed FPGA boards in Verilog on Xilinx Vivado')).toEqual([
      'FPGA',
      'Verilog',
      'Xilinx Vivado',
    ]);
  });

  it('keeps UML and reads the Serverless Framework as the product', async () => {
    expect(await positionTechnologies('Designed the UML models in Enterprise Architect')).toContain('UML');
    const serverless = await positionTechnologies(
      'Built the Serverless Framework deployment for 40 Lambda functions',
    );
    expect(serverless).toContain('Serverless Framework');
    expect(serverless).not.toContain('Serverless');
  });
});

describe('"started out … at X …, and I joined Y in 2016 as …" (finding 5)', () => {
  it('reads both positions of the sentence', async () => {
    const rows = await told(
      'I started out in 2012 on the service desk at Ferrow Health as a support analyst, and I joined Quarry Labs in ' +
        '2016 as a developer.',
    );
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['Ferrow Health', 'support analyst', '2012'],
      ['Quarry Labs', 'developer', '2016'],
    ]);
    expect(rows[0]?.[3]).toBe('2016');
  });
});

describe('titles or employers joined by arrows that are not each a dated title (finding 7)', () => {
  it('keeps the newest title of an arrow chain dated as a whole, whichever way the arrows point', async () => {
    expect(
      await rolesUnderHead(
        'Quillmoor Retail',
        'Junior Developer -> Developer -> Senior Developer, 2014 - 2021',
      ),
    ).toEqual([['Quillmoor Retail', 'Senior Developer', '2014', '2021']]);
    expect(
      await rolesUnderHead(
        'Quillmoor Retail',
        'Senior Developer ← Developer ← Junior Developer, 2014 - 2021',
      ),
    ).toEqual([['Quillmoor Retail', 'Senior Developer', '2014', '2021']]);
  });

  it('reads employers joined by an arrow, each dated, as two employers, no arrow in a name', async () => {
    const rows = await rolesUnderHead(
      'Backend Developer',
      'Quillmoor Retail (2016 - 2018) -> Tallow Systems (2018 - 2021)',
    );
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Quillmoor Retail', '2016', '2018'],
      ['Tallow Systems', '2018', '2021'],
    ]);
  });

  it('leaves a date range written with an arrow alone', async () => {
    expect(await rolesUnderHead('Quillmoor Retail', 'Senior Developer, Jan 2015 → Mar 2019')).toEqual([
      ['Quillmoor Retail', 'Senior Developer', '2015-01', '2019-03'],
    ]);
  });
});
