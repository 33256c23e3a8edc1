import { describe, expect, it } from 'vitest';
import {
  educationResume,
  extractText,
  schools,
  seedCatalogue,
  skillGroups,
  skillsOf,
} from './extract-text.js';

/**
 * Session 19: the findings of the audit of the skills, degree and language rules (notes/audit-x.md). Every input
 * is built here; the expected answers are what a reader takes from it.
 */

async function catalogueIds(keywords: readonly string[]) {
  const catalogue = await seedCatalogue();
  return keywords.map((keyword) => catalogue.technologies.find(keyword)?.id ?? `name:${keyword}`);
}

/** A résumé with `top` under the name, one position at `employer`, and `skills` under "Skills". */
function resume(top: string[], employer: string, skills: string[]): string {
  return [
    'Marta Quill',
    'marta.quill@example.org',
    ...top,
    '',
    'Experience',
    '',
    `Backend Engineer | ${employer} | Mar 2019 – Present`,
    '- Built billing services.',
    '',
    'Skills',
    ...skills,
  ].join('\n');
}

/** The catalogue ids of every skills keyword of a résumé, whatever group holds it. */
async function allSkillIds(text: string) {
  const groups = skillGroups(await extractText(text));
  return catalogueIds(groups.flatMap((group) => group.keywords ?? []));
}

/** The education entries of a résumé with one position and `lines` under "Education", as [studyType, area]. */
async function degreesOf(...lines: string[]) {
  return schools(await extractText(educationResume(...lines))).map((entry) => [
    entry.institution,
    entry.studyType,
    entry.area,
  ]);
}

describe('catalogued products written in lower case after the first word', () => {
  it('keeps them as technologies, not as practices', async () => {
    const [group] = await skillsOf(
      'Spring boot, Ruby on rails, Visual studio code, React native, Unreal engine, Unity engine, Android studio',
    );
    expect(await catalogueIds(group?.keywords ?? [])).toEqual([
      'spring',
      'rails',
      'vscode',
      'react-native',
      'unreal-engine',
      'unity',
      'android-studio',
    ]);
  });

  it('still drops a concept written the same way', async () => {
    const [group] = await skillsOf('Go, Machine learning, Deep learning, Kafka');
    expect(await catalogueIds(group?.keywords ?? [])).toEqual(['go', 'kafka']);
  });
});

describe('employers named in a headline or summary', () => {
  it('does not record the employer of "Senior Engineer at Twilio" as a technology', async () => {
    const ids = await allSkillIds(
      resume(['Senior Engineer at Twilio', ''], 'Ostrava Freight', ['Go, Kafka']),
    );
    expect(ids).not.toContain('twilio');
    expect(ids).toEqual(expect.arrayContaining(['go', 'kafka']));
  });

  it("does not record the résumé's own employers, named in its summary, as technologies", async () => {
    const text = [
      'Marta Quill',
      'marta.quill@example.org',
      '',
      'Summary',
      'Eight years at GitLab and Twilio building Kafka pipelines.',
      '',
      'Experience',
      '',
      'Backend Engineer | GitLab | Mar 2019 – Present',
      '- Built billing services.',
      'Backend Engineer | Twilio | Jan 2016 – Feb 2019',
      '- Built messaging services.',
      '',
      'Skills',
      'Go, PostgreSQL',
    ].join('\n');
    const ids = await allSkillIds(text);
    expect(ids).not.toContain('gitlab');
    expect(ids).not.toContain('twilio');
    expect(ids).toEqual(expect.arrayContaining(['kafka', 'go', 'postgresql']));
  });
});

describe('"Bachelor/Master of <subject> <field>"', () => {
  it('keeps the subject with the degree and the field as its area', async () => {
    expect(
      await degreesOf(
        'Master of Science Software Engineering, University of Oxford, 2015 – 2016',
        '',
        'Bachelor of Engineering Computer Science, University of Leeds, 2010 – 2014',
        '',
        'Bachelor of Technology Information Technology, University of Mumbai, 2006 – 2010',
        '',
        'Master of Business Administration Finance, University of Warwick, 2017 – 2018',
      ),
    ).toEqual([
      ['University of Oxford', 'Master of Science', 'Software Engineering'],
      ['University of Leeds', 'Bachelor of Engineering', 'Computer Science'],
      ['University of Mumbai', 'Bachelor of Technology', 'Information Technology'],
      ['University of Warwick', 'Master of Business Administration', 'Finance'],
    ]);
  });
});

describe('skills lines whose first item is a group word', () => {
  it('reads the first comma item as an item, not as a group name', async () => {
    const groups = await skillsOf('DevOps, Docker, Kubernetes', 'Networking, TCP/IP, DNS, BGP');
    expect(groups.map((group) => group.name)).not.toContain('DevOps,');
    expect(groups.map((group) => group.name)).not.toContain('Networking,');
    expect(groups.flatMap((group) => group.keywords ?? [])).toEqual(
      expect.arrayContaining(['Docker', 'Kubernetes', 'TCP/IP', 'DNS', 'BGP']),
    );
    // DevOps is a practice, no technology (session 20).
    expect(groups.flatMap((group) => group.keywords ?? [])).not.toContain('DevOps');
  });
});

describe('a "Languages" group of programming languages the catalogue only partly knows', () => {
  it('keeps the group whole', async () => {
    const [group] = await skillsOf('Languages: RPG IV, CL, PL/I, REXX, Natural');
    expect(group?.keywords).toEqual(['RPG IV', 'CL', 'PL/I', 'REXX', 'Natural']);
  });
});

describe('honours written after the field', () => {
  it("are the degree's, and the field stays its area", async () => {
    expect(
      await degreesOf(
        'BSc Computer Science (Hons), University of Manchester, 2012 – 2015',
        '',
        'BEng Mechanical Engineering (Hons), University of Bath, 2008 – 2012',
      ),
    ).toEqual([
      ['University of Manchester', 'BSc (Hons)', 'Computer Science'],
      ['University of Bath', 'BEng (Hons)', 'Mechanical Engineering'],
    ]);
  });
});

describe('small degree and school shapes', () => {
  it('reads "Inginer Diplomat" as one degree, whatever the case of "diplomat"', async () => {
    expect(
      await degreesOf(
        'Universitatea Politehnica din București — Inginer Diplomat, 2012',
        '',
        'Universitatea Tehnică din Cluj-Napoca — Inginer diplomat, 2011',
      ),
    ).toEqual([
      ['Universitatea Politehnica din București', 'Inginer Diplomat', undefined],
      ['Universitatea Tehnică din Cluj-Napoca', 'Inginer diplomat', undefined],
    ]);
  });

  it('joins a graduation listed above its entry (newest first) into one entry', async () => {
    const text = educationResume(
      'Graduated from Hokuto University, School of Engineering, March 2014',
      'Entered Hokuto University, School of Engineering, April 2010',
    );
    expect(
      schools(await extractText(text)).map((entry) => [entry.institution, entry.startDate, entry.endDate]),
    ).toEqual([['Hokuto University', '2010-04', '2014-03']]);
  });
});

describe('names of languages in other languages', () => {
  it('do not make a spoken language of an English phrase ending in one ("Thread Pools")', async () => {
    const [group] = await skillsOf('Concurrency: Connection Pools, Thread Pools, Node Pools');
    expect(group?.keywords).toEqual(['Connection Pools', 'Thread Pools', 'Node Pools']);
  });

  it('still name a spoken language alone or after words of their own language', async () => {
    const groups = await skillsOf('Tools: Docker, Engels, Verhandlungssicheres Englisch, Terraform');
    expect(groups.flatMap((group) => group.keywords ?? [])).toEqual(['Docker', 'Terraform']);
  });
});
