import { describe, expect, it } from 'vitest';
import { FIRST_PERSON } from '../../../src/extract/entries.js';
import { statementHeading } from '../../../src/extract/vocabulary.js';
import { extractText, technologiesByPosition } from './extract-text.js';

/** Session 28 (audit): only an application's statements lend their technologies to the employer they name. */

describe('FIRST_PERSON', () => {
  it('reads the writer speaking of themselves', () => {
    expect(FIRST_PERSON.test('Action: I migrated the ledgers to Postgres.')).toBe(true);
    expect(FIRST_PERSON.test('In my last role at Kestrel Freight I automated the audits.')).toBe(true);
    expect(FIRST_PERSON.test('I’ve run the on-call rota since 2020.')).toBe(true);
  });

  it('reads no person in a Roman numeral or a title’s level', () => {
    expect(FIRST_PERSON.test('Stage I of the harbour sensor grid at Kestrel Freight')).toBe(false);
    expect(FIRST_PERSON.test('Support Engineer I, Kestrel Freight')).toBe(false);
    expect(FIRST_PERSON.test('Support Engineer, Tern Labs (my studio)')).toBe(false);
  });
});

describe('statementHeading', () => {
  it('knows the statements after an application’s résumé, however set', () => {
    expect(statementHeading('KEY SELECTION CRITERIA')).toBe(true);
    expect(statementHeading('Statement of Claims:')).toBe(true);
    expect(statementHeading('Behaviour examples')).toBe(true);
  });

  it('knows no other heading', () => {
    expect(statementHeading('Projects')).toBe(false);
    expect(statementHeading('Interests')).toBe(false);
  });
});

describe('a line after the positions that names an employer', () => {
  const resume = [
    'Tomasz Wilk',
    '',
    'EXPERIENCE',
    '',
    'Platform Engineer, Kestrel Freight',
    '2018 – 2024',
    '• Ran the fleet API in Go.',
    '',
  ];
  const technologies = async (...after: string[]) =>
    technologiesByPosition(await extractText([...resume, ...after].join('\n'))).map(
      (position) => position.technologies,
    );

  it('lends nothing from a project or an interest', async () => {
    expect(
      await technologies(
        'PROJECTS',
        '',
        'Stage I of the harbour sensor grid at Kestrel Freight: Elixir and Scala.',
        '',
        'INTERESTS',
        'We sail at Kestrel Freight sailing club; our boat log runs on Haskell.',
      ),
    ).toEqual([['Go']]);
  });

  it('lends a statement’s technologies to the position it names', async () => {
    expect(
      await technologies(
        'STATEMENT OF CLAIMS',
        '',
        'At Kestrel Freight I moved the route planner to Elixir.',
      ),
    ).toEqual([['Go', 'Elixir']]);
  });
});
