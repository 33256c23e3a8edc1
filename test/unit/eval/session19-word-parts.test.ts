import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { line, resumeDocument, run, wordDocument } from '../../fixtures/documents/word-parts.js';

/** The packed document's core properties and default run font, as Word reads them. */
async function properties(document: Parameters<typeof Packer.toBuffer>[0]) {
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const core = strFromU8(entries['docProps/core.xml'] ?? new Uint8Array());
  const styles = strFromU8(entries['word/styles.xml'] ?? new Uint8Array());
  const body = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
  return {
    creator: core.match(/<dc:creator>([^<]*)<\/dc:creator>/)?.[1],
    title: core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1],
    font: styles.match(/<w:docDefaults>.*?<w:rFonts w:ascii="([^"]*)"/s)?.[1],
    size: styles.match(/<w:docDefaults>.*?<w:sz w:val="(\d+)"/s)?.[1],
    text: [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]),
  };
}

describe('the Word document builders the fixture sets share (word-parts.ts)', () => {
  it('wordDocument names its creator, and its title and default font only when given', async () => {
    // Neither given: no title element and no default run font of ours.
    expect(await properties(wordDocument('Ada Lovelace', [line(run('Analyst'))]))).toMatchObject({
      creator: 'Ada Lovelace',
      title: undefined,
      font: undefined,
      text: ['Analyst'],
    });
    expect(
      await properties(
        wordDocument('Ada', [line(run('Analyst'))], { title: 'CV Ada', font: 'Georgia', size: 20 }),
      ),
    ).toMatchObject({ creator: 'Ada', title: 'CV Ada', font: 'Georgia', size: '20' });
  });

  it('resumeDocument titles it "<creator> - <kind>" in its font at 10.5 pt (21 half-points)', async () => {
    expect(await properties(resumeDocument('Ada', [line(run('Analyst'))]))).toEqual({
      creator: 'Ada',
      title: 'Ada - Resume',
      font: 'Calibri',
      size: '21',
      text: ['Analyst'],
    });
    expect(await properties(resumeDocument('Ada', [], 'Cambria', 'CV'))).toMatchObject({
      title: 'Ada - CV',
      font: 'Cambria',
      size: '21',
    });
  });
});
