import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/** Session 15: skills lists. */

describe('items that say how well the person knows a technology', () => {
  it('keeps only the technologies the catalogue finds after "Proficient in", "familiar with", "experience with"', async () => {
    const result = await extractText(
      [
        'Wei Zhang',
        '',
        'Professional Skills',
        'Proficient in Go and Java; familiar with Python and MySQL.',
        'Familiar with Kubernetes and Docker; experience with Prometheus monitoring.',
      ].join('\n'),
    );
    expect((result.resume.skills ?? []).flatMap((group) => group.keywords ?? [])).toEqual([
      'Go',
      'Java',
      'Python',
      'MySQL',
      'Kubernetes',
      'Docker',
      'Prometheus',
    ]);
  });
});

describe("a group's name followed by a level", () => {
  it('reads "Backend Master" over a row of tools as the group\'s name, not a skill', async () => {
    const result = await extractText(
      [
        'Wei Zhang',
        '',
        'SKILLS',
        'Backend Master',
        'Python    Django    PostgreSQL',
        '',
        'Frontend Intermediate',
        'React    TypeScript',
      ].join('\n'),
    );
    expect((result.resume.skills ?? []).map((group) => [group.name, group.keywords])).toEqual([
      ['Backend Master', ['Python', 'Django', 'PostgreSQL']],
      ['Frontend Intermediate', ['React', 'TypeScript']],
    ]);
  });
});

describe("the Europass CV's language and self-assessment grids in a skills section", () => {
  it('reads no skill from the grids and the driving licence, and the job-related skills between them', async () => {
    const result = await extractText(
      [
        'Ana Popescu',
        '',
        'PERSONAL SKILLS',
        'MOTHER TONGUE(S)    Romanian',
        'OTHER LANGUAGE(S)    UNDERSTANDING    SPEAKING    WRITING',
        'Listening    Reading    Spoken interaction    Spoken production',
        'English    C1    C2    C1    C1    C1',
        'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user',
        'JOB-RELATED SKILLS    Java, Spring Boot, PostgreSQL',
        'DIGITAL SKILLS    SELF-ASSESSMENT',
        'Information    Content    Problem',
        'processing    creation    solving',
        'Proficient user    Proficient user    Proficient user',
        'DRIVING LICENCE    B',
      ].join('\n'),
    );
    expect((result.resume.skills ?? []).map((group) => [group.name, group.keywords])).toEqual([
      ['JOB-RELATED SKILLS', ['Java', 'Spring Boot', 'PostgreSQL']],
    ]);
  });
});
