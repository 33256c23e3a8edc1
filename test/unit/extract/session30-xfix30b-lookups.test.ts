import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

// Audit 30b: "<title> in <employer>" asks whether the employer is a technology by its whole name, as before the
// version and bracket steps of CatalogueIndex.resolve: a company written with its short name in brackets stays the
// employer.

describe('extractText: "<title> in <employer> (<short name>)"', () => {
  it('keeps the employer whole and the title before "in"', async () => {
    const text = [
      'Tomasz Wierzbicki',
      '',
      'EXPERIENCE',
      '',
      'Cloud Engineer in Amazon Web Services (AWS), Seattle  2019 – 2021',
      '• Ran the billing pipelines.',
    ].join('\n');
    const result = await extractText(text);
    expect(result.resume.work?.map((work) => work.name)).toEqual(['Amazon Web Services']);
    expect(
      positions(result).map((position) => [position.title, position.startDate, position.endDate]),
    ).toEqual([['Cloud Engineer', '2019', '2021']]);
  });
});
