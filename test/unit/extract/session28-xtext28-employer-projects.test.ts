import { describe, expect, it } from 'vitest';
import { opensWithBreak } from '../../../src/extract/experience.js';
import { extractText, position, positions } from './extract-text.js';

describe("an employer's projects as deeper headings with their own dates", () => {
  it('are projects of the titled position above them, their technologies its own', async () => {
    const result = await extractText(
      [
        '# Jang Minho',
        '',
        '## Career',
        '',
        '### Hanriver Games Corp. | 2019.05 ~ present',
        '',
        '**Game Server Developer, Live Ops Team**',
        '',
        '#### Matchmaking rewrite (2021.01 ~ 2023.02)',
        '',
        '- Stack: C++, Redis',
        '',
        '#### Event scheduler tool (2019.05 ~ 2020.12)',
        '',
        '- Stack: Go, MySQL',
        '',
        '### Mapo Soft | 2016.03 ~ 2019.04',
        '',
        '**Web Developer**',
        '',
        '- Built shop pages in PHP.',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      position('Hanriver Games Corp.', 'Game Server Developer', '2019-05', 'present'),
      position('Mapo Soft', 'Web Developer', '2016-03', '2019-04'),
    ]);
    const [first] = result.resume.work ?? [];
    const held = first?.positions?.[0];
    expect(held?.projects?.map((project) => project.name)).toEqual([
      'Matchmaking rewrite',
      'Event scheduler tool',
    ]);
    const named = [
      ...(held?.technologies ?? []),
      ...(held?.projects ?? []).flatMap((p) => p.technologies ?? []),
    ];
    expect(named).toEqual(expect.arrayContaining(['C++', 'Redis', 'Go', 'MySQL']));
  });

  it('leaves deeper headings that name titles as positions at that employer', async () => {
    const result = await extractText(
      [
        '# Sofie Lund',
        '',
        '## Experience',
        '',
        '### Nordhavn Systems | 2015 – present',
        '',
        '#### Lead Developer (2020 – present)',
        '',
        '- Runs the team.',
        '',
        '#### Developer (2015 – 2020)',
        '',
        '- Wrote the booking API.',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      position('Nordhavn Systems', 'Lead Developer', '2020', 'present'),
      position('Nordhavn Systems', 'Developer', '2015', '2020'),
    ]);
  });
});

describe('military service and leave entered like an employer or a school', () => {
  it('reads a line opening with a break or a national service as one', () => {
    expect(opensWithBreak('- Mandatory military service, signal corps (Sergeant)')).toBe(true);
    expect(opensWithBreak('Leave of absence for military service, 2016–2017')).toBe(true);
    expect(opensWithBreak('Leave of absence (military service) 2014.01 - 2015.10')).toBe(true);
    expect(opensWithBreak('- Military service software for the logistics command')).toBe(false);
    expect(opensWithBreak('- Built the service mesh in Go')).toBe(false);
  });

  it('gives no position for an employer entry whose first line says it was military service', async () => {
    const result = await extractText(
      [
        '# Oh Sehun',
        '',
        '## Experience',
        '',
        '### Daejeon Robotics | 2018.01 ~ 2022.06',
        '',
        '**Firmware Engineer**',
        '',
        '- Motor control in C on STM32.',
        '',
        '### Republic of Korea Navy | 2015.03 ~ 2016.12',
        '',
        '- Mandatory military service, radio operator',
        '',
        '## Education',
        '',
        '- **Chungnam National University**, B.S. in Electrical Engineering (2011.03 ~ 2017.08)',
        '  - Leave of absence for military service, 2015–2016',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      position('Daejeon Robotics', 'Firmware Engineer', '2018-01', '2022-06'),
    ]);
    expect((result.resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'Chungnam National University',
    ]);
  });
});
