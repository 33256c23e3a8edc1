import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

const titles = async (text: string) =>
  ((await extractText(text)).resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => position.position),
  );

describe('how a job was held, in brackets after its title, in the languages CVs are written in', () => {
  it.each([
    ['Analista de Sistemas (remoto)', 'Analista de Sistemas'],
    ['Desenvolvedor Mobile (híbrido)', 'Desenvolvedor Mobile'],
    ['Ingénieur Logiciel (télétravail)', 'Ingénieur Logiciel'],
    ['Programista Java (zdalnie)', 'Programista Java'],
    ['Werkstudent (20 Std./Woche)', 'Werkstudent'],
    ['Research Assistant (10 hrs/week)', 'Research Assistant'],
    ['IT Officer (NYSC)', 'IT Officer'],
  ])('reads "%s" as the title "%s"', async (written, title) => {
    const entries = [
      written,
      'Northwind Labs, Porto',
      '2019 - 2021',
      '',
      'Analyst',
      'Acme, Braga',
      '2017 - 2019',
    ];
    expect(await titles(['EXPERIENCE', '', ...entries].join('\n'))).toEqual([title, 'Analyst']);
  });

  it('keeps a bracket that names what the job was about', async () => {
    expect(
      await titles(
        [
          'EXPERIENCE',
          '',
          'Remote Sensing Analyst (Sentinel-2)',
          'Northwind Labs, Porto',
          '2019 - 2021',
        ].join('\n'),
      ),
    ).toEqual(['Remote Sensing Analyst (Sentinel-2)']);
  });
});
