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
