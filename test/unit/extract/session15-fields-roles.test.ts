import { describe, expect, it } from 'vitest';
import { extractText, position, positions, roleRowsWithTeam as roles } from './extract-text.js';

/** Session 15: role headers and the career a summary tells. */

describe('how the job was held, in the languages of European résumés', () => {
  it('leaves a French internship\'s bracket out of the title and the employer ("(stage de fin d\'études)")', async () => {
    expect(
      await roles(
        [
          'Inès Haddad',
          '',
          'Expérience professionnelle',
          'Ingénieure DevOps | Atlas Logiciel, Sousse    Mars 2022 – aujourd’hui',
          'Pipelines GitLab CI et déploiements sur Kubernetes.',
          'Stagiaire développeuse (stage de fin d’études) | Carthage Tech, Tunis    Févr. 2019 – Juin 2019',
          'Outil de tests en Python (Django).',
        ].join('\n'),
      ),
    ).toEqual([
      ['Atlas Logiciel', 'Ingénieure DevOps', undefined, '2022-03', 'present'],
      ['Carthage Tech', 'Stagiaire développeuse', undefined, '2019-02', '2019-06'],
    ]);
  });

  it('leaves a German part-time bracket with its share out of the title ("(Teilzeit, 40 %)")', async () => {
    expect(
      await roles(
        [
          'Urs Keller',
          '',
          'Berufserfahrung',
          'Softwareentwickler (Teilzeit, 40 %)    09/2015 – 07/2017',
          'Alpenblick Versicherung, Bern',
          '• Schadenportal in Java.',
        ].join('\n'),
      ),
    ).toEqual([['Alpenblick Versicherung', 'Softwareentwickler', undefined, '2015-09', '2017-07']]);
  });
});

describe('"Employer — Title, Unit" over a line of dates and a place', () => {
  it('keeps the name before the dash as the employer and the unit after the comma as the team', async () => {
    expect(
      await roles(
        [
          'Ada Obi',
          '',
          'Experience',
          '',
          'Zuri Pay — Engineering Manager, Platform',
          'Mar 2021 – Present · Lagos',
          'Managed 11 engineers.',
          '',
          'Zuri Pay — Senior Engineer',
          'Jun 2018 – Feb 2021 · Lagos',
          'Built the ledger.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Zuri Pay', 'Engineering Manager', 'Platform', '2021-03', 'present'],
      ['Zuri Pay', 'Senior Engineer', undefined, '2018-06', '2021-02'],
    ]);
  });
});

describe('an earlier career told in the summary over dated entries', () => {
  const document = (about: string) =>
    [
      'Ada Obi',
      '',
      'About me',
      '',
      about,
      '',
      'Recent Experience',
      '',
      'Zuri Pay — Engineering Manager',
      'Mar 2021 – Present',
      'Managed 11 engineers.',
      '',
      'Zuri Pay — Senior Engineer',
      'Jun 2018 – Feb 2021',
      'Built the ledger.',
    ].join('\n');

  it('adds the positions the sentences date before the first entry, at employers no entry names', async () => {
    const result = await extractText(
      document(
        'I started in 2012 as a PHP developer at Kobo Market, building the seller dashboard. In 2015 I joined Talentbridge as a software engineer and spent three years placed with product teams.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Zuri Pay', 'Engineering Manager', '2021-03', 'present'),
      position('Zuri Pay', 'Senior Engineer', '2018-06', '2021-02'),
      position('Kobo Market', 'PHP developer', '2012', '2015'),
      position('Talentbridge', 'software engineer', '2015', '2018'),
    ]);
  });

  it('adds none for an employer an entry names, or for one the sentences place after the first entry', async () => {
    const result = await extractText(
      document(
        'In 2018 I joined Zuri Pay as a senior engineer. Since 2023 I have also been a mentor at Codeclan.',
      ),
    );
    expect(positions(result).map((position) => position.title)).toEqual([
      'Engineering Manager',
      'Senior Engineer',
    ]);
  });
});

describe("titles listed latest first under the employer's span", () => {
  it('starts the undated title above where the dated one below it ends', async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'Experience',
          '',
          'Fooble\tMinneapolis, MN | 2012 – 2019',
          'Director, Software Engineering',
          '• Built the platform team.',
          'Engineering Manager (2012 – 2015)',
          '• Managed the web team.',
          '',
          'Barco\tAustin, TX | 2006 – 2012',
          'Software Engineer',
          '• Built the billing service.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Fooble', 'Director', 'Software Engineering', '2015', '2019'],
      ['Fooble', 'Engineering Manager', undefined, '2012', '2015'],
      ['Barco', 'Software Engineer', undefined, '2006', '2012'],
    ]);
  });

  it("leaves the span whole when the title below starts later than the employer's span", async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'Experience',
          '',
          'Fooble\tMinneapolis, MN | 2012 – 2019',
          'Director, Software Engineering',
          '• Built the platform team.',
          'Engineering Manager (2014 – 2016)',
          '• Managed the web team.',
          '',
          'Barco\tAustin, TX | 2006 – 2012',
          'Software Engineer',
          '• Built the billing service.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Fooble', 'Director', 'Software Engineering', '2012', '2019'],
      ['Fooble', 'Engineering Manager', undefined, '2014', '2016'],
      ['Barco', 'Software Engineer', undefined, '2006', '2012'],
    ]);
  });
});

describe('"Title, Unit" where the unit reads like a title', () => {
  it('reads an acronym after the comma as the unit ("Senior Engineering Manager, SRE")', async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'EXPERIENCE',
          '',
          'Fooble, Austin, TX',
          '  Director, Site Reliability Engineering              Sept. 2021 - current',
          '  Senior Engineering Manager, SRE                      Feb. 2019 - Aug. 2021',
          '    o Built the on-call rota.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Fooble', 'Director', 'Site Reliability Engineering', '2021-09', 'present'],
      ['Fooble', 'Senior Engineering Manager', 'SRE', '2019-02', '2021-08'],
    ]);
  });

  it('reads "Head of …" after the comma as the unit the title leads', async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'EXPERIENCE',
          '',
          'Barco — London    Jan 2020 – Present',
          'Director, Head of Trading Engineering',
          '• Ran four teams.',
          '',
          'Quuxbank — London    Jan 2015 – Dec 2019',
          'Vice President, Electronic Trading',
          '• Built the order router.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Barco', 'Director', 'Head of Trading Engineering', '2020-01', 'present'],
      ['Quuxbank', 'Vice President', 'Electronic Trading', '2015-01', '2019-12'],
    ]);
  });

  it('still keeps two titles joined by a comma as one ("Senior Software Engineer, Tech Lead")', async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'EXPERIENCE',
          '',
          'Barco — London    Jan 2020 – Present',
          'Senior Software Engineer, Tech Lead',
          '• Led the payments team.',
        ].join('\n'),
      ),
    ).toEqual([['Barco', 'Senior Software Engineer, Tech Lead', undefined, '2020-01', 'present']]);
  });
});
