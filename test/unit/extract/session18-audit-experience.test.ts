import { describe, expect, it } from 'vitest';
import { extractText, EXPERIENCE_HEAD as header, rolesUnderHead as rolesOf } from './extract-text.js';

/** Session 18 audit: header rules of the misses work, narrowed to the shapes they were written for. */

describe('an employer and its client or brand across a dash', () => {
  it('keeps an employer the catalogue knows apart from the client and city after the dash', async () => {
    expect(
      (
        await rolesOf(
          'Consultant at Thoughtworks – Barclays London',
          '03/2020 to 05/2022',
          '- Services in Go.',
          '',
          'Accenture – Citibank Singapore',
          'Consultant',
          '01/2017 to 02/2020',
          '- Services in Java.',
        )
      ).map((row) => row[0]),
    ).toEqual(['Thoughtworks', 'Accenture']);
  });

  it('keeps a brand the catalogue knows after the dash apart from its parent ("Amazon – AWS Dublin")', async () => {
    const [row] = await rolesOf('Senior Engineer at Amazon – AWS Dublin', '03/2020 to 05/2022', '- Go.');
    expect(row?.[0]).toBe('Amazon');
  });
});

describe('a line naming another company under a whole header', () => {
  it('is no position of its own when nothing under it gives it a title or dates', async () => {
    expect(
      await rolesOf(
        'Software Engineer, Infosys Limited, Pune, 2019 – Present',
        'Deployed at Toyota Motor Corporation',
        '- Java.',
      ),
    ).toHaveLength(1);
    expect(
      await rolesOf(
        'Software Engineer',
        'Infosys Limited',
        'Jan 2019 – Present',
        'Microsoft Corporation (client)',
        '- Java.',
      ),
    ).toHaveLength(1);
  });

  it('opens the next position when a title and dates follow it (a table read cell by cell)', async () => {
    expect(
      await rolesOf(
        'Infosys Limited, Pune',
        '',
        'Software Engineer',
        'Jan 2019 – Present',
        '',
        'Wipro Limited, Bangalore',
        '',
        'Project Engineer',
        'Jul 2013 – Dec 2018',
      ),
    ).toEqual([
      ['Infosys Limited', 'Software Engineer', '2019-01', 'present'],
      ['Wipro Limited', 'Project Engineer', '2013-07', '2018-12'],
    ]);
  });
});

describe('client engagements and unknown titles', () => {
  it('keeps a second title the vocabulary does not know, within another at the same employer, a position', async () => {
    expect(
      (
        await rolesOf(
          'Starbucks',
          'Shift Supervisor (2015 – Present)',
          '- Ran shifts.',
          '',
          'Barista Trainer (2018 – 2019)',
          '- Trained staff.',
        )
      ).map((row) => row[1]),
    ).toEqual(['Shift Supervisor', 'Barista Trainer']);
  });

  it("still reads a client under a consultant's title as the title's project", async () => {
    const result = await extractText(
      [
        ...header,
        'Principal Consultant, Thoughtworks (2019 – Present)',
        '- Led delivery.',
        '',
        'Barclays (2020 – 2021)',
        '- Payments in Java.',
      ].join('\n'),
    );
    const positions = (result.resume.work ?? []).flatMap((work) => work.positions ?? []);
    expect(positions.map((position) => position.position)).toEqual(['Principal Consultant']);
    expect(positions[0]?.projects?.map((project) => project.name)).toEqual(['Barclays']);
  });
});

describe('units after the employer', () => {
  it('takes no place ending in "Office" for a team ("Acme Corp, London Office")', async () => {
    const result = await extractText(
      [...header, 'Software Engineer, Acme Corp, London Office, Jan 2019 – Present', '- Java.'].join('\n'),
    );
    const [position] = (result.resume.work ?? []).flatMap((work) => work.positions ?? []);
    expect(position?.team).toBeUndefined();
  });

  it('takes no government office for the team of the service beside it ("Cabinet Office")', async () => {
    const result = await extractText(
      [
        ...header,
        'Cabinet Office, Government Digital Service',
        'Software Engineer',
        'Jan 2019 – Present',
        '- Java.',
      ].join('\n'),
    );
    const [position] = (result.resume.work ?? []).flatMap((work) => work.positions ?? []);
    expect(position?.team).not.toBe('Cabinet Office');
  });
});

describe("work on one's own account", () => {
  it('reads "Title | Self-employed | dates" as a project outside positions, with its dates', async () => {
    const result = await extractText(
      [
        ...header,
        'Freelance Developer | Self-employed | 03/2020 – 05/2022',
        '- Built sites for clients in PHP.',
        '',
        'Software Engineer | Acme Corp | 2015 – 2020',
        '- Java.',
      ].join('\n'),
    );
    expect((result.resume.work ?? []).map((work) => work.name)).toEqual(['Acme Corp']);
    expect(
      (result.resume.projects ?? []).map((project) => [project.name, project.startDate, project.endDate]),
    ).toEqual([['Freelance Developer', '2020-03', '2022-05']]);
  });
});
