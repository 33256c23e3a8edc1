import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { spaced, wordDocument } from '../../fixtures/documents/word-parts.js';

/** The packed body (word/document.xml) of a document holding `children`. */
async function body(children: Parameters<typeof wordDocument>[1]): Promise<string> {
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(wordDocument('Ada', children))));
  return strFromU8(entries['word/document.xml'] ?? new Uint8Array());
}

describe('session 25: spaced, the section-heading paragraph moved into word-parts.ts', () => {
  it('sets its one run in the given style with the given space before and after the paragraph', async () => {
    const xml = await body([
      spaced('Career History', { bold: true, color: '0B5563' }, { before: 240, after: 100 }),
    ]);
    const paragraph = xml.match(/<w:p>[\s\S]*?<\/w:p>/)?.[0] ?? '';
    const spacing = paragraph.match(/<w:spacing [^>]*\/>/)?.[0] ?? '';
    expect(spacing).toContain('w:before="240"');
    expect(spacing).toContain('w:after="100"');
    expect(paragraph).toContain('<w:b/>');
    expect(paragraph).toContain('<w:color w:val="0B5563"/>');
    expect([...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1])).toEqual([
      'Career History',
    ]);
  });

  it('leaves out the space it is not given', async () => {
    const xml = await body([spaced('STV', { bold: true }, { before: 160 })]);
    expect(xml).toMatch(/<w:spacing w:before="160"\s*\/>/);
    expect(xml).not.toContain('w:after=');
  });
});
