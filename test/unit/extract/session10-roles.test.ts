import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** Session 10: how résumés lay out a position's header (constructed documents whose answer is known). */

/** Each position with its team, in document order. */
async function positionsWithTeams(text: string, fileName: string) {
  const result = await extractText(text, fileName);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      team: position.team,
    })),
  );
}

describe('a list whose dated items hold the position as items of their own', () => {
  it('reads every dated parent item as a position, whatever employer it names', async () => {
    const text = [
      '## Marta Kowal — Firmware Engineer',
      '',
      'Wrocław, Poland · marta@kowal.example',
      '',
      '### Experience',
      '',
      '- **Halvorsen Instruments** (Bergen, Norway · remote) — 2021 - current',
      '  - *Senior Firmware Engineer*',
      '  - Motor control loops in C on an STM32.',
      '- **Quellwerk Elektronik** (Wrocław) — 2017 - 2021',
      '  - *Embedded Developer*',
      '  - Bootloaders and drivers for sensor boards.',
      '',
      '### Education',
      '',
      '- Politechnika Wrocławska — MSc, Automatic Control (2017)',
    ].join('\n');
    expect(positions(await extractText(text, 'resume.md'))).toEqual([
      {
        company: 'Halvorsen Instruments',
        title: 'Senior Firmware Engineer',
        startDate: '2021',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Quellwerk Elektronik',
        title: 'Embedded Developer',
        startDate: '2017',
        endDate: '2021',
        current: undefined,
      },
    ]);
  });
});

describe('title and unit on one line, the employer in its own place', () => {
  it('reads "Title, Unit" over an employer line as the title and its unit', async () => {
    const text = [
      'Dana Whitfield',
      'dana@whitfield.example',
      '',
      'EXPERIENCE',
      '',
      'Director of Engineering, Care Platforms',
      'brightwell, Portland, OR                                 2020–Present',
      '  - Lead four teams building scheduling services.',
      '',
      'Engineering Manager',
      'Halcyon Medical, Salem, OR                               2015–2020',
      '  - Managed the device-data team.',
      '',
      'Software Engineer',
      'Norrow Works, Eugene, OR                                 2011–2015',
      '  - Built reporting features.',
    ].join('\n');
    expect(await positionsWithTeams(text, 'resume.txt')).toEqual([
      { company: 'brightwell', title: 'Director of Engineering', team: 'Care Platforms' },
      { company: 'Halcyon Medical', title: 'Engineering Manager', team: undefined },
      { company: 'Norrow Works', title: 'Software Engineer', team: undefined },
    ]);
  });

  it('reads "Title, Unit" beside an employer column as the title and its unit', async () => {
    const text = [
      'Ravi Iyer',
      'ravi@iyer.example',
      '',
      'PROFESSIONAL EXPERIENCE',
      '',
      'Software Engineer II, Patient Data Platform        Corvane, Boston, MA          06/2021 – Present',
      '• Build APIs for lab results in Java.',
      '',
      'Software Engineer                                  Tellwright, Cambridge, MA    01/2019 – 05/2021',
      '• Wrote the image-routing service in C#.',
    ].join('\n');
    expect(await positionsWithTeams(text, 'resume.txt')).toEqual([
      { company: 'Corvane', title: 'Software Engineer II', team: 'Patient Data Platform' },
      { company: 'Tellwright', title: 'Software Engineer', team: undefined },
    ]);
  });

  it('reads a bold name over "Title, Unit" as the employer, though the name is also a place', async () => {
    const text = [
      '# Lena Ortiz',
      '',
      '**EXPERIENCE**',
      '',
      '**Richmond**  ',
      'Analytics Engineer, Population Health  ',
      'June 2021 – Present  ',
      '- Own the reporting models.',
      '',
      '**Kestrel Mutual**  ',
      'Senior Data Analyst  ',
      'August 2018 – May 2021  ',
      '- Claims analytics.',
      '',
      '**Orrin Research Hospital**  ',
      'Data Analyst  ',
      'July 2016 – July 2018  ',
      '- Trial data pipelines.',
    ].join('\n');
    expect(await positionsWithTeams(text, 'resume.md')).toEqual([
      { company: 'Richmond', title: 'Analytics Engineer', team: 'Population Health' },
      { company: 'Kestrel Mutual', title: 'Senior Data Analyst', team: undefined },
      { company: 'Orrin Research Hospital', title: 'Data Analyst', team: undefined },
    ]);
  });

  it('keeps "Title, Company" where the layout names the employer after the comma', async () => {
    const text = [
      'Sam Oyelaran',
      'sam@oyelaran.example',
      '',
      'EXPERIENCE',
      '',
      'Senior Engineer, Google                                  2020–Present',
      '  - Search serving infrastructure.',
      '',
      'Engineer, Fernbrook Labs                                 2016–2020',
      '  - Built the billing service.',
    ].join('\n');
    expect(await positionsWithTeams(text, 'resume.txt')).toEqual([
      { company: 'Google', title: 'Senior Engineer', team: undefined },
      { company: 'Fernbrook Labs', title: 'Engineer', team: undefined },
    ]);
  });
});
