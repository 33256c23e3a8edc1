import { describe, expect, it } from 'vitest';
import { personIdFromFileName } from '../../../src/resume/ids.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

const read = (file: string, text: string) =>
  normaliseResume(validateResume(parseResumeText(file, text)), file);

describe('normaliseResume', () => {
  it('flattens positions in document order with default ids and month-ready dates', () => {
    const resume = read(
      'x.yaml',
      `
id: p1
work:
  - name: " Acme "
    location: { city: Paris, countryCode: FR }
    positions:
      - { position: Lead, startDate: 2021, current: true, technologies: [Go, Go, " Rust "] }
      - { id: custom, position: Dev, startDate: 2019-03, endDate: 2020, location: Lyon }
  - name: Beta
    position: Intern
    startDate: 2018
`,
    );
    expect(
      resume.positions.map(
        ({ id, order, employer, title, location, startDate, endDate, current, technologies, path }) => ({
          id,
          order,
          employer,
          title,
          location,
          startDate,
          endDate,
          current,
          technologies,
          path,
        }),
      ),
    ).toEqual([
      {
        id: 'p1-w0-p0',
        order: 0,
        employer: 'Acme',
        title: 'Lead',
        location: 'Paris, FR',
        startDate: '2021',
        endDate: null,
        current: true,
        technologies: ['Go', 'Rust'],
        path: 'work[0].positions[0]',
      },
      {
        id: 'custom',
        order: 1,
        employer: 'Acme',
        title: 'Dev',
        location: 'Lyon',
        startDate: '2019-03',
        endDate: '2020',
        current: false,
        technologies: [],
        path: 'work[0].positions[1]',
      },
      {
        id: 'p1-w1-p0',
        order: 2,
        employer: 'Beta',
        title: 'Intern',
        location: null,
        startDate: '2018',
        endDate: null,
        // A JSON Resume work entry with a start and no end is still held.
        current: true,
        technologies: [],
        path: 'work[1]',
      },
    ]);
  });

  it('maps plain JSON Resume: id from the file name, keywords as technologies, skill groups', () => {
    const resume = read(
      '007_deadbeefcafe0123.json',
      JSON.stringify({
        basics: {
          label: 'Engineer',
          summary: 'Hi',
          location: { city: 'Oslo', region: 'Oslo', countryCode: 'NO' },
        },
        work: [{ name: 'Acme', position: 'Engineer', location: 'Oslo', startDate: '2019-01-15' }],
        projects: [{ name: 'My Tool', keywords: ['Rust'], technologies: ['Go'] }],
        skills: [{ name: 'Languages', keywords: ['Go', 'Rust'] }, { name: 'Leadership' }],
        education: [{ institution: 'MIT', studyType: 'B.S.', area: 'CS', endDate: 2018 }],
        publications: [{ name: 'Paper', releaseDate: '2020-05' }],
      }),
    );
    expect(resume.id).toBe('deadbeefcafe0123');
    expect(resume.headline).toBe('Engineer');
    expect(resume.location).toBe('Oslo, Oslo, NO');
    expect(resume.positions[0]).toMatchObject({
      id: 'deadbeefcafe0123-w0-p0',
      title: 'Engineer',
      startDate: '2019-01-15',
    });
    expect(resume.projects).toEqual([
      expect.objectContaining({
        id: 'deadbeefcafe0123-my-tool', // a project without an id is the person's own
        name: 'My Tool',
        technologies: ['Go', 'Rust'],
        path: 'projects[0]',
      }),
    ]);
    expect(resume.skills).toEqual([
      { name: 'Go', group: 'Languages', path: 'skills[0].keywords[0]' },
      { name: 'Rust', group: 'Languages', path: 'skills[0].keywords[1]' },
      { name: 'Leadership', group: null, path: 'skills[1].name' },
    ]);
    expect(resume.education).toEqual([
      {
        path: 'education[0]',
        institution: 'MIT',
        degree: 'B.S.',
        area: 'CS',
        startDate: null,
        endDate: '2018',
      },
    ]);
    expect(resume.publications).toEqual([
      {
        name: 'Paper',
        type: null,
        publisher: null,
        releaseDate: '2020-05',
        url: null,
        count: null,
        summary: null,
      },
    ]);
  });
});

describe('personIdFromFileName', () => {
  it('takes the hex part, else the slugged stem', () => {
    expect(personIdFromFileName('/x/000_b0bdae752341232c.txt')).toBe('b0bdae752341232c');
    expect(personIdFromFileName('b0bdae752341232c.yaml')).toBe('b0bdae752341232c');
    expect(personIdFromFileName('gen-000001-f0b043446c0a33b8.yaml')).toBe('f0b043446c0a33b8');
    expect(personIdFromFileName('Jane Doe CV.json')).toBe('jane-doe-cv');
  });
});
