import { describe, expect, it } from 'vitest';
import { namesAThing } from '../../../src/extract/skills.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, skillGroups } from './extract-text.js';

/** Session 17: soft skills in a skills list are no technologies; a LinkedIn "Top Skills" list is a skills list. */

const keywords = skillGroups;

const header = ['Ines Okafor', 'ines.okafor@example.com', ''];
const job = [
  '',
  'Experience',
  '',
  'Backend Engineer, Larkspur Logistics — Mar 2019 – Present',
  '- Services in Go.',
];

describe('soft skills in a skills list', () => {
  it('keeps the technologies of a group and leaves its soft skills out', async () => {
    const result = await extractText(
      [
        ...header,
        'Skills',
        'Technical: Kotlin, PostgreSQL, Redis',
        'Leadership: Hiring, Coaching, Mentoring',
        'Personal: Team Player, Communication, Problem Solving, Responsible',
        ...job,
      ].join('\n'),
    );
    expect(keywords(result)).toEqual([{ name: 'Technical', keywords: ['Kotlin', 'PostgreSQL', 'Redis'] }]);
  });

  it('keeps the technology an item names beside a soft word ("Android Development" is Android)', async () => {
    const result = await extractText(
      [...header, 'Skills', 'Android Development, Public Speaking, Kotlin', ...job].join('\n'),
    );
    expect(keywords(result)).toEqual([{ name: 'Skills', keywords: ['Android', 'Kotlin'] }]);
  });

  it('keeps product names made of common words the catalogue does not know', async () => {
    const result = await extractText(
      [...header, 'Skills', 'Tools: Pebble, Gazebo, Allure, Chronicle Queue', ...job].join('\n'),
    );
    expect(keywords(result)).toEqual([
      { name: 'Tools', keywords: ['Pebble', 'Gazebo', 'Allure', 'Chronicle Queue'] },
    ]);
  });

  it('tells a name of a thing from common words alone', () => {
    expect(['Leadership', 'Public speaking', 'Design 2', 'BentoML', 'Aerospike'].map(namesAThing)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('a LinkedIn "Top Skills" list', () => {
  it('names the skills section', () => {
    expect(sectionKind('Top Skills')).toBe('skills');
  });

  it('reads its lines as skills, soft skills left out', async () => {
    const result = await extractText(
      [
        'Contact',
        'ines.okafor@example.com',
        '',
        'Top Skills',
        'Kotlin',
        'Team Leadership',
        'Jetpack Compose',
        '',
        'Summary',
        'Backend engineer who builds logistics services.',
        ...job,
      ].join('\n'),
    );
    expect(keywords(result)).toEqual([{ name: 'Top Skills', keywords: ['Kotlin', 'Jetpack Compose'] }]);
  });
});
