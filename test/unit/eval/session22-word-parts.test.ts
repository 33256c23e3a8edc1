import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detailsTable, line, ruledHeading, run, wordDocument } from '../../fixtures/documents/word-parts.js';

/** The text of every `<w:t>` in the packed document's parts whose names match `part`. */
async function partText(document: Parameters<typeof Packer.toBuffer>[0], part: RegExp): Promise<string[]> {
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  return Object.keys(entries)
    .filter((name) => part.test(name))
    .sort()
    .flatMap((name) =>
      [...strFromU8(entries[name] ?? new Uint8Array()).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
        (match) => match[1] ?? '',
      ),
    );
}

describe('session 22: the Word builders unseen-14 added to word-parts.ts', () => {
  it('wordDocument puts a given page header and footer in their own parts, not in the body', async () => {
    const document = () =>
      wordDocument('Ada', [line(run('Profile'))], {
        header: [line(run('ADA LOVELACE'))],
        footer: [line(run('London · ada@example.org'))],
      });
    expect(await partText(document(), /^word\/document\.xml$/)).toEqual(['Profile']);
    expect(await partText(document(), /^word\/header\d*\.xml$/)).toEqual(['ADA LOVELACE']);
    expect(await partText(document(), /^word\/footer\d*\.xml$/)).toEqual(['London · ada@example.org']);
  });

  it('wordDocument without a header or footer writes neither part', async () => {
    expect(await partText(wordDocument('Ada', [line(run('Profile'))]), /^word\/(header|footer)/)).toEqual([]);
  });

  it('ruledHeading types its name in capitals over a bottom border', async () => {
    const entries = unzipSync(
      new Uint8Array(await Packer.toBuffer(wordDocument('Ada', [ruledHeading('Skills')]))),
    );
    const body = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('>SKILLS</w:t>');
    expect(body).toMatch(/<w:pBdr>\s*<w:bottom w:val="single"/);
  });

  it('detailsTable writes each label beside its value, row by row', async () => {
    const document = wordDocument('Ada', [
      detailsTable([
        ['Name', 'Ada Lovelace'],
        ['E-mail', 'ada@example.org'],
      ]),
    ]);
    expect(await partText(document, /^word\/document\.xml$/)).toEqual([
      'Name',
      'Ada Lovelace',
      'E-mail',
      'ada@example.org',
    ]);
  });
});
