/**
 * Session 29 (xspeed29): long documents are read in time linear in their length (see the README's robustness
 * numbers); these tests hold what the linear rules must still find on such documents: the employer named by a note
 * line among hundreds of positions, a list's mates on a long line, the two names of a 10,000-item list.
 */
import { describe, expect, it } from 'vitest';
import { extractText, technologiesByPosition } from './extract-text.js';

const HEAD = ['Oskar Brennan', 'oskar.brennan@example.net', ''];

describe('long documents', () => {
  it('gives the note line naming one of 300 employers to that employer', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, index) =>
        `| Quarry${index} Systems | Engineer | Jan ${1960 + (index % 60)} | Dec ${1960 + (index % 60)} |`,
    );
    const text = [
      ...HEAD,
      '## Experience',
      '',
      '| Employer | Title | From | To |',
      '|---|---|---|---|',
      ...rows,
      '',
      '## Notes',
      '',
      'Quarry7 Systems\tLedger service in Kafka',
    ].join('\n');
    const found = technologiesByPosition(await extractText(text, 'resume.md'));
    expect(found).toHaveLength(50);
    expect(found.filter((position) => position.technologies.includes('Kafka'))).toEqual([
      { company: 'Quarry7 Systems', title: 'Engineer', technologies: ['Kafka'] },
    ]);
  });

  it("finds a list's mates at the end of a 2,000-character line", async () => {
    const filler = 'Kept the plant ledgers balanced for the night shift across the yard. '.repeat(30);
    const text = [
      ...HEAD,
      'EXPERIENCE',
      'Senior Engineer, Quarry Systems | 2018 - Present',
      `- ${filler}GPU profiling with Nsight, PIX and RenderDoc`,
    ].join('\n');
    const [position] = technologiesByPosition(await extractText(text));
    expect(position?.technologies).toEqual(['Nsight', 'PIX', 'RenderDoc']);
  });

  it('reads a bullet listing two technologies 5,000 times each as those two', async () => {
    const text = [
      ...HEAD,
      'EXPERIENCE',
      'Senior Engineer, Quarry Systems | 2018 - Present',
      `- ${'Terraform, Kafka, '.repeat(5_000)}`,
    ].join('\n');
    const [position] = technologiesByPosition(await extractText(text));
    expect(position?.technologies).toEqual(['Terraform', 'Kafka']);
  });

  it('reads 1,000 dated entries as the first 50 employers, each with its title and dates', async () => {
    const blocks = Array.from({ length: 1_000 }, (_, index) => [
      'Engineer',
      `Firm${index} Labs`,
      `Jan ${1950 + (index % 70)} - Dec ${1950 + (index % 70)}`,
      '- Built the dispatch service in Go',
    ]);
    const result = await extractText([...HEAD, 'EXPERIENCE', ...blocks.flat()].join('\n'));
    const found = technologiesByPosition(result);
    expect(found).toHaveLength(50);
    expect(found[49]).toEqual({ company: 'Firm49 Labs', title: 'Engineer', technologies: ['Go'] });
    expect(result.resume.work?.[49]?.positions?.[0]?.startDate).toBe('1999-01');
  });
});
