import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/** Session 15 audit: the session's title rules misread ordinary English headers. */

async function roles(text: string) {
  const result = await extractText(text);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      team: position.team,
      startDate: position.startDate,
      endDate: position.endDate,
      current: position.current,
      technologies: position.technologies ?? [],
    })),
  );
}

describe("a rank's acronym after a title's comma", () => {
  it('keeps "Co-founder, CEO" and "Head of Engineering, CTO" whole; a discipline\'s acronym is the unit', async () => {
    expect(
      await roles(
        [
          'Ann Lee',
          '',
          'EXPERIENCE',
          '',
          'Barco — London    Jan 2020 – Present',
          'Co-founder, CEO',
          '• Raised the seed round.',
          '',
          'Quuxbank — London    Jan 2015 – Dec 2019',
          'Head of Engineering, CTO',
          '• Built the order router in Go.',
          '',
          'Fooble — Paris    Jan 2012 – Dec 2014',
          'Engineering Manager, SRE',
          '• Ran the Kubernetes clusters.',
          '',
          'Zeta — Paris    Jan 2010 – Dec 2011',
          'Developer, SDE II',
          '• Tested things.',
        ].join('\n'),
      ),
    ).toEqual([
      {
        company: 'Barco',
        title: 'Co-founder, CEO',
        team: undefined,
        startDate: '2020-01',
        endDate: undefined,
        current: true,
        technologies: [],
      },
      {
        company: 'Quuxbank',
        title: 'Head of Engineering, CTO',
        team: undefined,
        startDate: '2015-01',
        endDate: '2019-12',
        current: undefined,
        technologies: ['Go'],
      },
      {
        company: 'Fooble',
        title: 'Engineering Manager',
        team: 'SRE',
        startDate: '2012-01',
        endDate: '2014-12',
        current: undefined,
        technologies: ['Kubernetes'],
      },
      {
        company: 'Zeta',
        title: 'Developer, SDE II',
        team: undefined,
        startDate: '2010-01',
        endDate: '2011-12',
        current: undefined,
        technologies: [],
      },
    ]);
  });
});

describe('English brackets are no engagement', () => {
  it('keeps "(Early-stage)" and "(Stage)" in the title, and makes the part after "Contract," the team', async () => {
    expect(
      await roles(
        [
          'Ada Obi',
          '',
          'Experience',
          '',
          'Founding Engineer (Early-stage) | Zuri Pay | Mar 2021 – Present',
          '• Built the product in TypeScript.',
          '',
          'Senior Engineer (Contract, Payments) | Kobo Market | Jun 2018 – Feb 2021',
          '• Built the ledger.',
          '',
          'Lighting Engineer (Stage) | Royal Theatre | Jan 2016 – May 2018',
          '• Lit shows.',
        ].join('\n'),
      ),
    ).toEqual([
      {
        company: 'Zuri Pay',
        title: 'Founding Engineer (Early-stage)',
        team: undefined,
        startDate: '2021-03',
        endDate: undefined,
        current: true,
        technologies: ['TypeScript'],
      },
      {
        company: 'Kobo Market',
        title: 'Senior Engineer',
        team: 'Payments',
        startDate: '2018-06',
        endDate: '2021-02',
        current: undefined,
        technologies: [],
      },
      {
        company: 'Royal Theatre',
        title: 'Lighting Engineer (Stage)',
        team: undefined,
        startDate: '2016-01',
        endDate: '2018-05',
        current: undefined,
        technologies: [],
      },
    ]);
  });

  it('still leaves a French internship naming where ("(stage chez Thales)") and an engagement with its mode ("(Contract, remote)") out', async () => {
    expect(
      await roles(
        [
          'Ada Obi',
          '',
          'Experience',
          '',
          'Développeur Java (stage chez Thales) | Sopra Steria | Mar 2021 – Aug 2021',
          '• Tests en Java.',
          '',
          'Senior Engineer (Contract, remote) | Kobo Market | Jun 2018 – Feb 2021',
          '• Built the ledger.',
        ].join('\n'),
      ),
    ).toEqual([
      {
        company: 'Sopra Steria',
        title: 'Développeur Java',
        team: undefined,
        startDate: '2021-03',
        endDate: '2021-08',
        current: undefined,
        technologies: ['Java'],
      },
      {
        company: 'Kobo Market',
        title: 'Senior Engineer',
        team: undefined,
        startDate: '2018-06',
        endDate: '2021-02',
        current: undefined,
        technologies: [],
      },
    ]);
  });
});
