import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { createMentionMatcher, type MentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { extractText, seedCatalogue, technologiesByPosition } from '../extract/extract-text.js';

// Session 32, audit32b's findings on the session's matcher rules: a team's name drops only what a team owns, a
// vendor's old company name is no spelling of its product, a province's code needs a town before it, two vowels'
// names spell words, and a title's noun is no noun a technology qualifies. Sentences written for these tests.

let catalogue: Catalogue;
let matcher: MentionMatcher;
const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
beforeAll(async () => {
  catalogue = await seedCatalogue();
  matcher = createMentionMatcher(catalogue.technologies);
});

describe("a technology inside a team's name that the team builds or runs with", () => {
  it.each([
    ['Led the AWS migration team.', ['aws']],
    ['Member of the Kubernetes platform team.', ['kubernetes']],
    ['Joined the Snowflake data team in 2021.', ['snowflake']],
    ['On call for the PostgreSQL reliability team.', ['postgresql']],
    ['Reviewer for the Terraform modules team.', ['terraform']],
    ['Seconded to the Docker tooling squad.', ['docker']],
    ['Mentored the Elasticsearch search relevance team.', ['elasticsearch']],
  ])('%j names it', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('names it when a word between points at or counts the team', () => {
    expect(ids('Upgraded the Elasticsearch cluster our team maintained.')).toEqual(['elasticsearch']);
    expect(ids('Rebuilt the Jenkins pipelines every team used.')).toEqual(['jenkins']);
    expect(ids('Scaled the RabbitMQ brokers all teams shared.')).toEqual(['rabbitmq']);
  });

  it('is still no technology when it is a channel, a protocol or a business platform the team owns', () => {
    expect(ids('Ran the SharePoint intranet team for two years.')).toEqual([]);
    expect(ids('Lead of the USSD menus squad.')).toEqual([]);
  });

  it("keeps a résumé's position technologies that a team's name holds", async () => {
    const result = await extractText(
      [
        'Oisín Marchetti-Bale',
        'oisin.mb@example.org',
        '',
        'Experience',
        'Platform Engineer, Harrowgate Freight, Feb 2019 - Jun 2023',
        '- Led the AWS migration team and joined the Kubernetes platform team.',
        '- Owned the Terraform modules team backlog.',
        '',
        'Skills',
        'AWS, Kubernetes, Terraform',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Harrowgate Freight',
        title: 'Platform Engineer',
        technologies: ['AWS', 'Kubernetes', 'Terraform'],
      },
    ]);
  });
});

describe("a vendor's old company name", () => {
  it('is no spelling of its product', () => {
    expect(catalogue.technologies.resolve('Developer Express')).toBeUndefined();
    expect(catalogue.technologies.resolve('DevExpress')?.id).toBe('devexpress');
  });

  it('makes "Developer" no name that a word before it opens', () => {
    expect(ids('Speaker at Spring Developer Days.')).toEqual([]);
    expect(ids('Senior Swift Developer, Quillon Apps')).toEqual([]);
  });
});

describe("two capitals in brackets after a word that is no town's name", () => {
  it('are the technology after a title', () => {
    expect(ids('Frontend Engineer (TS) at Marrowby Labs')).toContain('typescript');
    expect(ids('Frontend Developer (RN), Marrowby Labs')).toContain('react-native');
  });

  it("are a province's or a state's code after a town the gazetteer lacks or knows", () => {
    expect(ids('Developer, Telvio Srl, Villa di Serio (RN)')).toEqual([]);
    expect(ids('Analyst at Kaldor Systems, Auburn (AL)')).toEqual([]);
    expect(ids('Support Engineer, Brisa Dados, Natal (RN)')).toEqual([]);
  });
});

describe('a two-letter name with a vowel', () => {
  it.each(['Relocation: Oz visa granted in 2019.', 'Oz based recruitment agency.', 'Travel: Oz road trip.'])(
    '%j spells a word at a clause start',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it('is a place after a verb of moving', () => {
    expect(ids('Moved to Oz in 2018.')).toEqual([]);
  });
});

describe("a title's noun before a name in brackets", () => {
  it('is no noun a technology qualifies: the brackets hold an employer', () => {
    expect(ids('Java developer (Apollo), 2019 - 2021')).toEqual(['java']);
    expect(ids('Kotlin engineer (Apollo) for two years.')).toEqual(['kotlin']);
  });

  it('leaves a thing the technology qualifies', () => {
    expect(ids('Retries through Redis queues (Bull) for the mailer.')).toEqual(['redis', 'bull']);
  });
});
