/**
 * Session 28 (xspeed28): a summary or highlight longer than the format allows no longer fails the whole document;
 * it is cut at a word with an ellipsis and a CLIPPED_TEXT warning, as a long name is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEM_MAX_LENGTH, PROSE_MAX_LENGTH } from '../../../src/resume/resume-limits.js';
import { RESUME_SCHEMA_URL } from '../../../src/resume/validate-resume.js';
import { extractText } from './extract-text.js';

const EXPERIENCE = ['', 'EXPERIENCE', 'Senior Engineer, Northwind Analytics | 2018 - Present'];

describe('free text longer than the format allows', () => {
  it('cuts a one-line summary of 20,000 characters at the last word that fits and warns', async () => {
    const summary = 'Reliable engineer. '.repeat(1_100).trimEnd();
    expect(summary.length).toBeGreaterThan(20_000);
    const result = await extractText(['Amina Mwangi', '', 'SUMMARY', summary, ...EXPERIENCE].join('\n'));
    const kept = result.resume.basics?.summary ?? '';
    expect(kept.length).toBeLessThanOrEqual(PROSE_MAX_LENGTH);
    expect(kept.length).toBeGreaterThan(PROSE_MAX_LENGTH - 'engineer. '.length - 1);
    expect(kept.endsWith('Reliable…') || kept.endsWith('engineer.…')).toBe(true);
    expect(summary.startsWith(kept.slice(0, -1))).toBe(true);
    expect(result.resume.work?.[0]?.name).toBe('Northwind Analytics');
    expect(result.warnings.filter((warning) => warning.code === 'CLIPPED_TEXT')).toEqual([
      {
        code: 'CLIPPED_TEXT',
        message: `A summary of more than ${PROSE_MAX_LENGTH} characters was cut to its first ${PROSE_MAX_LENGTH}.`,
        line: 4,
        endLine: 4,
      },
    ]);
  });

  it('cuts a summary of one unbroken 20,000-letter word at the limit', async () => {
    const result = await extractText(
      ['Amina Mwangi', '', 'SUMMARY', 'a'.repeat(20_000), ...EXPERIENCE].join('\n'),
    );
    expect(result.resume.basics?.summary).toBe(`${'a'.repeat(PROSE_MAX_LENGTH - 1)}…`);
  });

  it('cuts a highlight past its limit and keeps the others as written', async () => {
    const long = `- ${'Migrated the billing service '.repeat(100).trimEnd()}`;
    const result = await extractText(
      ['Amina Mwangi', ...EXPERIENCE, long, '- Built stream processing services in Java'].join('\n'),
    );
    const highlights = result.resume.work?.[0]?.positions?.[0]?.highlights ?? [];
    expect(highlights).toHaveLength(2);
    expect(highlights[0]?.length).toBeLessThanOrEqual(ITEM_MAX_LENGTH);
    expect(highlights[0]?.endsWith('…')).toBe(true);
    expect(highlights[1]).toBe('Built stream processing services in Java');
    expect(result.warnings.map((warning) => warning.code)).toContain('CLIPPED_TEXT');
  });

  it('clips at the limits the schema gives free text and list items', () => {
    const schema = JSON.parse(readFileSync(RESUME_SCHEMA_URL, 'utf8')) as {
      $defs: { prose: { maxLength: number }; item: { maxLength: number } };
    };
    expect(PROSE_MAX_LENGTH).toBe(schema.$defs.prose.maxLength);
    expect(ITEM_MAX_LENGTH).toBe(schema.$defs.item.maxLength);
  });
});
