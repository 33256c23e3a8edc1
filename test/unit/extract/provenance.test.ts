import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

describe('provenance', () => {
  it('points every fact at the line and columns it was read from, in the document as written', async () => {
    const markdown = [
      '# Jane Doe',
      'jane@example.com',
      '',
      '## Experience',
      '**Staff Engineer**, Stripe | 2021 – Present',
      '- Moved billing from *MySQL* to **PostgreSQL**.',
      '',
      '## Education',
      'B.S. in Physics, MIT, 2008 – 2012',
    ].join('\n');
    const result = await extractText(markdown, 'jane.md');
    const at = (path: string) => result.facts.find((fact) => fact.path === path);
    const text = (path: string) => {
      const fact = at(path);
      if (!fact || fact.column === undefined) return undefined;
      return result.lines[fact.line - 1]?.slice(fact.column, fact.endColumn);
    };
    expect(text('basics.name')).toBe('Jane Doe');
    expect(text('basics.email')).toBe('jane@example.com');
    expect(text('work[0].name')).toBe('Stripe');
    expect(text('work[0].positions[0].position')).toBe('Staff Engineer');
    expect(text('work[0].positions[0].startDate')).toBe('2021 – Present');
    expect(text('work[0].positions[0].technologies[0]')).toBe('MySQL');
    expect(text('work[0].positions[0].technologies[1]')).toBe('PostgreSQL');
    expect(text('education[0].institution')).toBe('MIT');
    expect(text('education[0].studyType')).toBe('B.S.');
    expect(text('education[0].area')).toBe('Physics');
    expect(at('work[0].positions[0].technologies[1]')).toEqual({
      path: 'work[0].positions[0].technologies[1]',
      value: 'PostgreSQL',
      line: 6,
      endLine: 6,
      column: 34,
      endColumn: 44,
      confidence: 0.9,
    });
    for (const fact of result.facts) {
      expect(fact.line, fact.path).toBeGreaterThanOrEqual(1);
      expect(fact.endLine, fact.path).toBeLessThanOrEqual(result.lines.length);
      expect(fact.confidence, fact.path).toBeGreaterThan(0);
      expect(fact.confidence, fact.path).toBeLessThanOrEqual(1);
    }
  });

  it('gives every entry its line span and a confidence, and the résumé its document', async () => {
    const result = await extractText(
      ['Experience', 'Engineer, Acme, 2019 – 2021', '- Kafka.', '', 'Skills', 'Go, Rust'].join('\n'),
      'cv-0042.txt',
    );
    expect(result.resume).toEqual({
      id: 'cv-0042',
      source: { document: 'cv-0042.txt', lines: '1-6' },
      work: [
        {
          name: 'Acme',
          positions: [
            {
              position: 'Engineer',
              startDate: '2019',
              endDate: '2021',
              highlights: ['Kafka.'],
              technologies: ['Kafka'],
              source: { lines: '2-3', confidence: 0.8 },
            },
          ],
        },
      ],
      skills: [{ name: 'Skills', keywords: ['Go', 'Rust'], source: { lines: '6', confidence: 0.9 } }],
    });
  });

  it('derives the person id from the e-mail, else the name, else the file name', async () => {
    const withEmail = await extractText('Jane Doe\njane@example.com\n', 'a.txt');
    const withName = await extractText('Jane Doe\nEngineer, Acme, 2019 – 2021\n', 'a.txt');
    const withNeither = await extractText('Engineer, Acme, 2019 – 2021\n', '000_b0bdae752341232c.txt');
    expect(withEmail.resume.id).toMatch(/^[0-9a-f]{16}$/);
    expect((await extractText('Someone Else\njane@example.com\n', 'b.txt')).resume.id).toBe(
      withEmail.resume.id,
    );
    expect(withName.resume.id).toBe('jane-doe');
    expect(withNeither.resume.id).toBe('b0bdae752341232c');
  });
});
