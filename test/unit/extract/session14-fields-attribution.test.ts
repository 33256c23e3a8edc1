import { describe, expect, it } from 'vitest';
import { extractText, technologiesByPosition } from './extract-text.js';

/** Session 14: which position a technology belongs to. */

describe('a dated project in a projects section of its own', () => {
  it('keeps a side project apart from the job its dates fall in, with its technologies', async () => {
    const result = await extractText(
      [
        'Sam Rivera',
        '',
        'EXPERIENCE',
        'Software Engineer Intern, Datadog    May 2023 – Aug 2023',
        '• Wrote log pipeline tests in Java.',
        'Teaching Assistant, Rice University    Aug 2022 – May 2024',
        '• Graded C assignments.',
        '',
        'PROJECTS',
        'raftlog | Rust, gRPC    Oct. 2022 – Dec. 2022',
        'A replicated log on Raft, tested against network partitions.',
        '',
        'SKILLS',
        'Languages: Java, C, Rust',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Datadog', title: 'Software Engineer Intern', technologies: ['Java'] },
      { company: 'Rice University', title: 'Teaching Assistant', technologies: ['C'] },
    ]);
    // Raft is an algorithm the log implements, a technology (session 20; it was a practice before).
    expect(result.resume.projects?.map((project) => project.technologies)).toEqual([
      ['Rust', 'gRPC', 'Raft'],
    ]);
  });

  it('gives a project that names its client or the role held in it to the position whose dates hold it', async () => {
    const result = await extractText(
      [
        'Priya Nair',
        '',
        'Experience Summary',
        'Tata Consultancy Services, Pune | Senior Developer | Jan 2019 – Till Date',
        '',
        'Projects',
        'Project #1: Trade settlement',
        'Client: Northwind Bank',
        'Duration: Mar 2020 – Dec 2022',
        'Environment: Java, Spring Boot, Oracle',
        '',
        'Project #2: Staff rota app',
        'Role: Developer',
        'Duration: Jan 2023 – Till Date',
        'Environment: Kotlin, Firebase',
      ].join('\n'),
    );
    expect(
      result.resume.work?.[0]?.positions?.[0]?.projects?.map((project) => [
        project.name,
        project.technologies,
      ]),
    ).toEqual([
      ['Trade settlement', ['Java', 'Spring Boot', 'Oracle']],
      ['Staff rota app', ['Kotlin', 'Firebase']],
    ]);
    expect(result.resume.projects).toBeUndefined();
  });
});

describe('spellings résumés use for widely used technologies', () => {
  it('reads Combine beside another technology as the Apple framework, and "combine" the verb as nothing', async () => {
    const result = await extractText(
      [
        'Mina Park',
        '',
        'EXPERIENCE',
        'Mobile Engineer, Toss    2021 – Present',
        '• Rewrote the payments screens in SwiftUI with Combine.',
        'Mobile Developer, Kakao    2018 – 2021',
        '• Helped combine two apps into one.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Toss', title: 'Mobile Engineer', technologies: ['SwiftUI', 'Combine'] },
      { company: 'Kakao', title: 'Mobile Developer', technologies: [] },
    ]);
  });

  it("reads WebSphere alone, Spring MVC, JasperReports, Ceedling and Oban in a position's text", async () => {
    const result = await extractText(
      [
        'Ravi Iyer',
        '',
        'EXPERIENCE',
        'Software Developer, Mphasis    2015 – 2019',
        '• Moved the portal from WebSphere to Spring MVC; reports in JasperReports.',
        'Firmware Engineer, Nordic Semiconductor    2019 – 2021',
        '• Unit tests for the radio driver with Ceedling.',
        'Backend Engineer, Remote    2021 – Present',
        '• Background jobs in Elixir with Oban.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['WebSphere', 'Spring MVC', 'JasperReports'],
      ['Ceedling'],
      ['Elixir', 'Oban'],
    ]);
  });
});
