import { describe, expect, it } from 'vitest';
import { extractText, position, positions } from './extract-text.js';

describe("entries that are no position: service in the title's place, an offer not yet started", () => {
  it('drops "Role: <unit> (mandatory service)" under an armed force, keeps "Role: <title> (contract)"', async () => {
    const result = await extractText(
      [
        '# Eitan Shapiro',
        '',
        '## Experience',
        '',
        '### Monday.com',
        '',
        'Role: Data Engineer (contract)',
        'Dates: March 1, 2021 → Present',
        '',
        '### Israeli Air Force',
        '',
        'Role: Unit 8200 (mandatory service)',
        'Dates: 2015 – 2018',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result).map((found) => [found.company, found.startDate])).toEqual([
      ['Monday.com', '2021-03-01'],
    ]);
  });

  it('keeps a title with the service scheme in brackets as a posting', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'Ghana Water Company - Accra - Network Technician (national service)',
        'Sep 2017 - Aug 2018',
        '- Mapped pipe faults in QGIS',
      ].join('\n'),
    );
    expect(positions(result).map((found) => found.company)).toEqual(['Ghana Water Company']);
  });

  it('drops "NYSC Corps Member" where the title stands', async () => {
    const result = await extractText(
      [
        'WORK EXPERIENCE',
        '',
        'Andela, Lagos - Software Engineer',
        'Feb 2021 - present',
        '- React and Node.js',
        '',
        'Kaduna State Ministry of Health - NYSC Corps Member',
        'Mar 2019 - Feb 2020',
        '- Fixed the ministry printers',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Andela', 'Software Engineer', '2021-02', 'present')]);
  });

  it('drops a job the person is joining ("offer accepted"), keeps the internship that led to an offer', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'Graduate Engineer Trainee, Larsen & Toubro | Joining on 2 Feb 2027 (offer accepted)',
        '',
        'Summer Intern, Tata Motors | May 2026 - Jul 2026',
        '- Received a pre-placement offer for the plant IT team',
      ].join('\n'),
    );
    expect(positions(result).map((found) => [found.company, found.title])).toEqual([
      ['Tata Motors', 'Summer Intern'],
    ]);
  });
});
