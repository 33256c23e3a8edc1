import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/**
 * Session 32: a skills grid copied from a PDF, two cells of one column joined by a single space, and a web page's
 * copyright footer after the résumé. Constructed résumés of invented people and employers, read by the whole extractor
 * with the seed catalogue.
 */

const resume = (tail: string[], fileName = 'resume.txt') =>
  extractText(
    [
      'Saoirse Villanueva-Oduya',
      'saoirse.vo@example.org',
      '',
      'Experience',
      'Engineer, Pellhurst Analytics, Jan 2020 - Mar 2023',
      '- Maintained the billing service.',
      '',
      ...tail,
    ].join('\n'),
    fileName,
  );

const keywords = async (tail: string[], fileName?: string) =>
  ((await resume(tail, fileName)).resume.skills ?? []).flatMap((group) => group.keywords ?? []);

describe('two skills cells a PDF joined with one space', () => {
  it('are the names each cell holds, a short lower-case one too', async () => {
    const found = await keywords(['Skills', '', 'Terraform    Jenkins', 'Argo CD Helm    GitHub Actions k6']);
    expect(found).toEqual(
      expect.arrayContaining(['Terraform', 'Jenkins', 'Argo CD', 'Helm', 'GitHub Actions', 'k6']),
    );
    expect(found.some((name) => /\s(?:Helm|k6)$/u.test(name))).toBe(false);
  });
});

describe("a web page's copyright footer", () => {
  it('names no skills', async () => {
    const found = await keywords(
      [
        '## Skills',
        '',
        '`TypeScript` `React`',
        '',
        '---',
        '',
        '© 2025 Saoirse Villanueva-Oduya · Built with Hugo · [RSS](/index.xml)',
      ],
      'about.md',
    );
    expect(found).toEqual(['TypeScript', 'React']);
  });

  it('names none when it opens with "Copyright" and a year either', async () => {
    const found = await keywords([
      'Skills',
      'Python, Django',
      '',
      'Copyright 2024 Saoirse Villanueva-Oduya · Made with Jekyll',
    ]);
    expect(found).toEqual(['Python', 'Django']);
  });
});
