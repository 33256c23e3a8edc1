import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

describe('projects', () => {
  it('gives a dated project of a projects section to the one position whose dates hold it', async () => {
    const result = await extractText(
      [
        'Work Experience',
        'Organisation | Designation | Duration',
        'Infosys Limited, Pune | Technology Analyst | Jan 2020 – Till Date',
        'Infosys Limited, Pune | Systems Engineer | Jun 2016 – Dec 2019',
        '',
        'Project Details',
        'Project #1: Loan Origination Portal',
        'Client: A European bank',
        'Team Size: 12',
        'Duration: Mar 2020 – Till Date',
        'Environment: Java, Spring Boot, Oracle WebLogic Server',
        'Responsibilities:',
        '• Built the credit check REST APIs.',
        'Project #2: Fleet Tracking',
        'Client: A US logistics company',
        'Duration: Aug 2016 – Nov 2019',
        'Environment: Angular, Node.js',
        'Project #3: Hackathon Chatbot',
        'Duration: 2015 – 2021',
        'Environment: Python',
      ].join('\n'),
    );
    expect(
      result.resume.work?.map((work) => [
        work.name,
        work.positions?.map((position) => [
          position.position,
          position.projects?.map((project) => [project.name, project.technologies]),
        ]),
      ]),
    ).toEqual([
      [
        'Infosys Limited',
        [
          [
            'Technology Analyst',
            // REST is a protocol the work implements, a technology (session 20; it was a practice before).
            [['Loan Origination Portal', ['Java', 'Spring Boot', 'Oracle WebLogic Server', 'REST APIs']]],
          ],
          ['Systems Engineer', [['Fleet Tracking', ['Angular', 'Node.js']]]],
        ],
      ],
    ]);
    // Dates no single position holds: a project of its own.
    expect(
      result.resume.projects?.map((project) => [project.name, project.startDate, project.endDate]),
    ).toEqual([['Hackathon Chatbot', '2015', '2021']]);
  });

  it('reads a date column on the left of a projects section, the name up to the next gap', async () => {
    const result = await extractText(
      [
        'Work Experience',
        '2020.04 - Present    Meituan    Backend Engineer',
        'Delivery dispatch services',
        '',
        'Project Experience',
        '2021.03 - 2022.08    Rider route planner (Meituan)    Role: Core developer',
        'Tech stack: Java, Redis',
        'Route caching for 3 million riders',
        '2019.02 - 2019.11    Campus timetable app    Role: Author',
        'Tech stack: Flutter',
      ].join('\n'),
    );
    expect(
      result.resume.work?.[0]?.positions?.[0]?.projects?.map((project) => [
        project.name,
        project.technologies,
      ]),
    ).toEqual([['Rider route planner', ['Java', 'Redis']]]);
    expect(
      result.resume.projects?.map((project) => [project.name, project.startDate, project.endDate]),
    ).toEqual([['Campus timetable app', '2019-02', '2019-11']]);
  });
});
