import { describe, expect, it } from 'vitest';
import { namesCommunity } from '../../../src/extract/engagements.js';
import type { DocLine } from '../../../src/extract/line-model.js';
import { marketplaceJobs } from '../../../src/extract/marketplace-jobs.js';
import { extractText } from './extract-text.js';

/**
 * Session 29 (xtext29): a freelance marketplace's profile pasted as text. Each client job of its job history (name,
 * rating beside dates, feedback, what it paid) is a project outside positions; the employment history gives the
 * positions; community work set out as a job, the profile's "Member since" and its overview after the sidebar's
 * blocks are read as what they are. The people, clients and employers are invented.
 */

function lines(...texts: string[]): DocLine[] {
  return texts.map((text, index) => ({
    n: index + 1,
    text,
    raw: text,
    columns: [...text].map((_, column) => column),
    blank: text.trim() === '',
    bullet: false,
    heading: 0,
    bold: false,
    indent: 0,
  })) as unknown as DocLine[];
}

describe('a marketplace job history', () => {
  it('reads each rated, dated block as a project named by its first line', () => {
    const { jobs, rest } = marketplaceJobs(
      lines(
        'Completed jobs (12)   In progress (1)',
        '',
        'Rebuild a booking widget in Svelte',
        '★★★★☆ 4.40   Feb 2025 - Apr 2025',
        '"Good work, a little slow."',
        '$2,300   Fixed-price',
        '',
        'Data cleanup for a CRM export',
        'Rating: 4.8/5 · Nov 2024 - Dec 2024',
        '£600 fixed price',
        '',
        'Printer queue tool',
        '4.9 out of 5 · Mar 2023 - Jun 2023',
        'No feedback given',
      ),
    );
    expect(
      jobs.map((job) => [
        job.name.value,
        job.start?.value,
        job.first,
        job.last,
        job.description.map((d) => d.value),
      ]),
    ).toEqual([
      ['Rebuild a booking widget in Svelte', 'Feb 2025 - Apr 2025', 3, 6, ['"Good work, a little slow."']],
      ['Data cleanup for a CRM export', 'Nov 2024 - Dec 2024', 8, 10, []],
      ['Printer queue tool', 'Mar 2023 - Jun 2023', 12, 14, ['No feedback given']],
    ]);
    expect(jobs.map((job) => [job.start?.date, job.end?.date])).toEqual([
      [
        { year: 2025, month: 2, day: null },
        { year: 2025, month: 4, day: null },
      ],
      [
        { year: 2024, month: 11, day: null },
        { year: 2024, month: 12, day: null },
      ],
      [
        { year: 2023, month: 3, day: null },
        { year: 2023, month: 6, day: null },
      ],
    ]);
    expect(rest.map((line) => line.text)).toEqual(['Completed jobs (12)   In progress (1)', '', '', '']);
  });

  it('leaves a job of an employment history alone, whatever its text says of hours or money', () => {
    const { jobs } = marketplaceJobs(
      lines(
        'Senior Developer | Orvanta',
        'May 2019 - August 2022',
        'Hourly billing engine; cut invoice errors by 4.5% in one quarter.',
        '',
        'Developer, Payments - Kestrel Freight',
        'Jan 2016 - Apr 2019',
        '$2M of transactions a day went through the services I wrote.',
      ),
    );
    expect(jobs).toEqual([]);
  });
});

describe('community work set out as a job', () => {
  it('names a meetup, a user group or a developer group, not an employer with other words', () => {
    for (const name of [
      'Laravel Serbia meetup',
      'Kraków Java User Group',
      'Google Developer Group Accra',
      'PyData Meet-up',
    ])
      expect(namesCommunity(name), name).toBe(true);
    for (const name of ['Admiral Group', 'Meetinghouse Software', 'Community Health Network', 'Groupon'])
      expect(namesCommunity(name), name).toBe(false);
  });
});

describe('a marketplace profile pasted as text', () => {
  const profile = [
    'Mirela P.',
    'Cluj-Napoca, Romania – 9:12 am local time',
    'Member since 2020 · Responds within 1 hour',
    '',
    'Python Developer | Django, Celery',
    '',
    'Languages',
    'English: Fluent',
    'Education',
    'Technical University of Cluj-Napoca',
    "Bachelor's degree, Computer Science",
    '2011-2015',
    '',
    'I have built Django back ends for clinics and logistics startups since 2020, and I keep them running afterwards.',
    '✅ Deployments on Heroku or Render with Sentry alerts',
    '',
    'Work history',
    '',
    'Django admin for a courier startup',
    '★★★★★ 5.00   Mar 2025 - Jun 2025',
    '"Mirela set up Celery and Redis queues that never lose a parcel."',
    '$7,900   Hourly   210 hours',
    '',
    'Employment history',
    'Backend Developer | Tarnava Logistics',
    'June 2015 - February 2020',
    'Django and PostgreSQL services for route planning.',
    '',
    'Other experiences',
    'Mentor - Cluj Python meetup',
    '2018 - Present',
  ].join('\n');

  it('gives the employment history as positions and the client job as a project with its dates', async () => {
    const { resume } = await extractText(profile);
    expect(
      (resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position, position.startDate]),
      ),
    ).toEqual([['Tarnava Logistics', 'Backend Developer', '2015-06']]);
    expect(
      (resume.projects ?? []).map((project) => [
        project.name,
        project.startDate,
        project.endDate,
        project.technologies,
      ]),
    ).toContainEqual([
      'Django admin for a courier startup',
      '2025-03',
      '2025-06',
      ['Django', 'Celery', 'Redis'],
    ]);
  });

  it('reads the overview after the sidebar as the person’s, naming what it names', async () => {
    const { resume } = await extractText(profile);
    const named = (resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect(named).toContain('Heroku');
    expect((resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'Technical University of Cluj-Napoca',
    ]);
  });
});
