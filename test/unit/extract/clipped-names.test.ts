import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_MAX_LENGTH } from '../../../src/resume/resume-limits.js';
import { RESUME_SCHEMA_URL } from '../../../src/resume/validate-resume.js';
import { extractText } from './extract-text.js';

// A publication cited in full runs past the 200 characters the format allows a name: the document
// still goes in, the name cut at a word with an ellipsis, and a warning says so.
describe('names longer than the format allows', () => {
  it('cuts a publication name at the last word that fits and warns, instead of failing the document', async () => {
    const citation =
      'Mwangi, A., Okafor, B., Lindqvist, C. and Tanaka, D. Adaptive admission control for multi-tenant ' +
      'stream processing under bursty workloads with service-level objectives, in Proceedings of the ' +
      'International Conference on Distributed Systems, pages 112-127, 2019';
    expect(citation.length).toBeGreaterThan(200);
    const text = [
      'Amina Mwangi',
      '',
      'EXPERIENCE',
      'Senior Engineer, Northwind Analytics | 2018 - Present',
      '- Built stream processing services in Java',
      '',
      'PUBLICATIONS',
      `- ${citation}`,
    ].join('\n');
    const result = await extractText(text);
    const name = result.resume.publications?.[0]?.name ?? '';
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith('…')).toBe(true);
    expect(citation.startsWith(name.slice(0, -1))).toBe(true);
    expect(citation.charAt(name.length - 1)).toBe(' ');
    expect(result.warnings.filter((warning) => warning.code === 'CLIPPED_NAME')).toEqual([
      {
        code: 'CLIPPED_NAME',
        message: `A publication name of more than 200 characters was cut to "${name}".`,
        line: 8,
        endLine: 8,
      },
    ]);
  });

  it('clips at the limit the schema gives a name', () => {
    const schema = JSON.parse(readFileSync(RESUME_SCHEMA_URL, 'utf8')) as {
      $defs: { text: { maxLength: number } };
    };
    expect(NAME_MAX_LENGTH).toBe(schema.$defs.text.maxLength);
  });
});
