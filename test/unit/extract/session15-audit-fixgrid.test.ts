import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/** Session 15 audit: a Europass grid row must not swallow the skills groups under it. */

const experience = [
  '',
  'Experience',
  'Senior Engineer | Acme Corp | Jan 2020 – Present',
  '• Built APIs in Go.',
];

function skillGroups(result: Awaited<ReturnType<typeof extractText>>) {
  return (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
}

describe('the Europass grid ends at a group set off by a gap or a line naming a technology', () => {
  it('reads "Programming" and "Tools" between the mother tongue and the driving licence', async () => {
    const result = await extractText(
      [
        'Ann Lee',
        'ann@example.com',
        '',
        'Skills',
        'Mother tongue: English',
        'Programming    Go, Rust, Python',
        'Driving licence: B',
        'Tools    Docker, Git, Terraform',
        ...experience,
      ].join('\n'),
    );
    expect(skillGroups(result)).toEqual([
      ['Programming', ['Go', 'Rust', 'Python']],
      ['Tools', ['Docker', 'Git', 'Terraform']],
    ]);
  });

  it('ends the grid under "Other languages    English" at a line of technologies with no label', async () => {
    const result = await extractText(
      [
        'Ann Lee',
        '',
        'Skills',
        'Other languages    English, French',
        'English    C1    C2    C1',
        'Kubernetes, Terraform, Ansible',
      ].join('\n'),
    );
    expect(skillGroups(result)).toEqual([['Skills', ['Kubernetes', 'Terraform', 'Ansible']]]);
  });
});

describe('"Other languages" before programming languages', () => {
  it('is a skills group, not the Europass row of spoken languages', async () => {
    const result = await extractText(
      [
        'Ann Lee',
        'ann@example.com',
        '',
        'Skills',
        'Main languages    Go, Python, TypeScript',
        'Other languages    Rust, Haskell, Elixir',
        'Frameworks    React, Django',
        ...experience,
      ].join('\n'),
    );
    expect(skillGroups(result)).toEqual([
      ['Main languages', ['Go', 'Python', 'TypeScript']],
      ['Other languages', ['Rust', 'Haskell', 'Elixir']],
      ['Frameworks', ['React', 'Django']],
    ]);
  });
});

describe('a proficiency phrase before a name the catalogue lacks', () => {
  it('keeps the name after "familiar with" and "experience with" within a plain item\'s length', async () => {
    const result = await extractText(
      [
        'Ann Lee',
        'ann@example.com',
        '',
        'Skills',
        'Tools: Keycloak, Tilt, Earthly, Flyway',
        'Other: Proficient in Keycloak, familiar with Tilt, experience with Earthly, Flyway, good at communication, able to read, experience with Acme Billing Engine Internal Tool Suite',
        ...experience,
      ].join('\n'),
    );
    expect(skillGroups(result)).toEqual([
      ['Tools', ['Keycloak', 'Tilt', 'Earthly', 'Flyway']],
      // Six words after the phrase are a sentence, as a plain item of six words is; words in lower case
      // after the phrase name no technology.
      ['Other', ['Keycloak', 'Tilt', 'Earthly', 'Flyway']],
    ]);
  });
});
