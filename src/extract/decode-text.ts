import { findDates } from './dates.js';
import { DocumentError } from './document-error.js';

/**
 * Bytes of a text document to a string: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when
 * the bytes are not UTF-8 but read as Windows-1252 text without control characters, that.
 * Throws BINARY for bytes that are no text, INVALID_ENCODING for text in no encoding it knows.
 */
export function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new DocumentError(
      fileName,
      'BINARY',
      'binary data (NUL bytes), not text',
      'a text document (.txt, .md), a PDF or a DOCX',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const latin = new TextDecoder('windows-1252').decode(bytes);
    if (controlShare(latin) > 0.01) {
      throw new DocumentError(
        fileName,
        'INVALID_ENCODING',
        'bytes that are neither UTF-8 nor Windows-1252 text',
        'a text file saved as UTF-8',
      );
    }
    text = latin;
  }
  if (controlShare(text) > 0.05) {
    throw new DocumentError(
      fileName,
      'BINARY',
      'binary data (control characters), not text',
      'a text document (.txt, .md), a PDF or a DOCX',
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is counted
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 20000);
  return (sample.match(CONTROL)?.length ?? 0) / sample.length;
}

/** The document's lines: split on any line break; a final line break ends the last line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r|\f|\u2028|\u2029/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A page's furniture, no part of what the document says: "Page 1 of 2", "- 2 -", "2 / 3". */
export const PAGE_NUMBER =
  /^\s*(?:page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]|\d{1,3}\s*\/\s*\d{1,3})\s*$/iu;

/** The words of a line as compared with the person's name: lower case, letters and digits only. */
const nameWords = (line: string) =>
  line
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '');

/**
 * A résumé copied out of a PDF of several pages: the running header a later page opens with names the person
 * ("Saoirse Dunleavy – CV", "Curriculum Vitae: Ana Ruiz", "Ana Ruiz | page 2"), and is no part of the entry the
 * page break falls in. A page starts after a form feed or after a line that is a page number ("Page 1 of 2"); the
 * person's name is the document's first line, of two to four words. Such a line, the first on its page, holding the
 * name and at most four words more, is blanked, so that lines keep their numbers.
 */
export function withoutRunningHeaders(text: string, lines: readonly string[]): string[] {
  const name = nameWords(lines.find((line) => line.trim() !== '') ?? '');
  if (
    name.length < 2 ||
    name.length > 4 ||
    (!/[\f]/u.test(text) && !lines.some((line) => PAGE_NUMBER.test(line)))
  )
    return [...lines];
  const starts = new Set<number>();
  let index = 0;
  for (const match of text.matchAll(/\r\n|\n|\r|\f|\u2028|\u2029/gu)) {
    index++;
    if (match[0] === '\f') starts.add(index);
  }
  lines.forEach((line, at) => {
    if (PAGE_NUMBER.test(line)) starts.add(at + 1);
  });
  // A running header names the person, never an entry's dates: a first line that is a title ("Software Engineer")
  // reappears in the header of a position after the break, and that header holds a range.
  const named = (line: string) => {
    const words = nameWords(line);
    if (words.length > name.length + 4 || findDates(line).some((date) => date.kind === 'range')) return false;
    const at = words.indexOf(name[0] as string);
    return at >= 0 && name.every((word, offset) => words[at + offset] === word);
  };
  const result = [...lines];
  for (const start of starts) {
    let at = start;
    while (at < lines.length && (lines[at] as string).trim() === '') at++;
    if (at > 0 && at < lines.length && named(lines[at] as string)) result[at] = '';
  }
  return result;
}

const LINK_MARKER = /\[(\d{1,3})\](?=\S)/gu;
const LINK_TARGET = /^\s*(\d{1,3})\.\s+[a-z][a-z+.-]*:\S/iu;

/**
 * A web page dumped as text by lynx or w3m marks each link "[4]Infobip" and lists the targets at the
 * end ("4. https://www.infobip.com/"): the markers are no part of the words they stand before, so
 * they are dropped when most of them have their numbered target in the document. Lines keep their
 * number, so provenance still points at the document's line.
 */
export function withoutLinkMarkers(lines: readonly string[]): string[] {
  const markers = new Set(lines.flatMap((line) => [...line.matchAll(LINK_MARKER)].map((match) => match[1])));
  if (markers.size < 2) return [...lines];
  const targets = new Set(lines.map((line) => LINK_TARGET.exec(line)?.[1]));
  const listed = [...markers].filter((n) => targets.has(n)).length;
  if (listed < markers.size / 2) return [...lines];
  return lines.map((line) => line.replace(LINK_MARKER, ''));
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['Han (Chinese/Japanese)', /\p{Script=Han}/u],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul (Korean)', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/**
 * Refuses text written mostly in a script other than Latin: the extractor's vocabulary (section
 * names, titles, months) is English, and it would return an empty résumé without saying why.
 */
export function checkScript(fileName: string, text: string): void {
  const sample = text.slice(0, 50000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters < 20 || latin / letters >= 0.5) return;
  const others = new Map<string, number>();
  for (const [script, pattern] of SCRIPTS) {
    others.set(script, sample.match(new RegExp(pattern.source, 'gu'))?.length ?? 0);
  }
  const [script] = [...others.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['another script'];
  const share = Math.round((100 * (letters - latin)) / letters);
  throw new DocumentError(
    fileName,
    'UNSUPPORTED_SCRIPT',
    `text written mostly in ${script} script (${share}% of its letters), which the extractor cannot read`,
    'a résumé written in English (Latin script)',
  );
}
