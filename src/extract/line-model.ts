import { PAGE_NUMBER } from './decode-text.js';
import { blockOpener, markupSpans } from './markdown-blocks.js';

/** What a reader knows about a line beyond its text (from the file format's own structure). */
export interface LineHints {
  /** Heading level 1-6 (DOCX heading styles; PDF lines set larger than the body). */
  heading?: number;
  /** The whole line is bold. */
  bold?: boolean;
  /** A list item. */
  bullet?: boolean;
  /** PDF: more vertical space than usual above the line. */
  gapBefore?: boolean;
  /** PDF: font size relative to the body text. */
  size?: number;
  /** Text: a grid table's border, or a line of a row read into the row's first line (see frames.ts). */
  rule?: boolean;
}

export interface ReadLine extends LineHints {
  text: string;
}

/**
 * One line of the document, with its text cleaned of markup and list markers and what the markup
 * said about it. `columns[i]` is the column in `raw` of `text[i]` (and `columns[text.length]` the
 * end), so a span found in `text` points back at the document's own line.
 */
export interface DocLine {
  /** 1-based line number in the extraction's `lines`. */
  n: number;
  raw: string;
  text: string;
  columns: number[];
  blank: boolean;
  bullet: boolean;
  numbered: boolean;
  indent: number;
  heading: number;
  bold: boolean;
  /** All its letters are capitals (and it has at least three). */
  caps: boolean;
  gapBefore: boolean;
  size: number;
  /** A horizontal rule or a setext underline (`---`, `===`). */
  rule: boolean;
}

/**
 * The glyphs a list item opens with (bullets, dashes, arrows, ticks), as the inside of a regular expression's
 * character class: the one set every reader's list marker is built from. Word's Symbol and Wingdings bullets keep
 * their font's code points when copied out of a PDF or a Word file: a private-use character (U+F0B7, U+F0A7,
 * U+F0D8, U+F076, …), or, once the font is lost, the Latin-1 letter at that code ("§", "Ø").
 */
export const MARKER_GLYPHS = '-*+•·◦▪■□●○◆►▸‣⁃➢➤✓✔→–—§Ø\uE000-\uF8FF';

/** The English words a phrase cannot end with, surely cut: an article, a preposition, "and" (a regex's alternatives). */
export const CUT_WORDS = 'of|in|at|on|for|to|with|and|the|a|an|by|from';

const BULLET = new RegExp(
  String.raw`^(?:[${MARKER_GLYPHS}]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))[ \t\u00a0]+`,
  'u',
);
/**
 * A lone `o`/`O` before a capital or another marker: a bullet glyph that a conversion turned into a letter. "O Level"
 * (the GCE's school-leaving certificate) is a word.
 */
const LETTER_BULLET = /^[oO][ \t\u00a0]+(?=[\p{Lu}\d•*-])(?![Ll][Ee][Vv][Ee][Ll][Ss]?(?![\p{L}]))/u;
/** A lone `o` before a word in lower case: a bullet only among siblings of its list (see `letterBulletSiblings`). */
const LOWER_LETTER_BULLET = /^[oO][ \t\u00a0]+(?=\p{Ll})/u;
const LOWER_LETTER_LINE = /^[ \t\u00a0]*[oO][ \t\u00a0]+\p{Ll}/u;
const LETTER_LINE = /^[ \t\u00a0]*[oO][ \t\u00a0]+\S/u;
const HEADING = /^(#{1,6})[ \t]+/;
const RULE = /^\s*([-=_*~─━═•·])(?:\s*\1){2,}\s*$/u;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Builds the line model of every line; hints come from readers that know the format's structure. */
export function modelLines(lines: readonly ReadLine[]): DocLine[] {
  const model = lines.map((line, index) => modelLine(index + 1, line));
  for (const index of letterBulletSiblings(lines, model)) {
    model[index] = modelLine(index + 1, lines[index] as ReadLine, true);
  }
  const frontEnd = frontMatterEnd(lines);
  for (let i = 1; i < frontEnd; i++) {
    const line = model[i] as DocLine;
    const key = /^\s*([\w-]+)\s*:/u.exec(line.raw)?.[1];
    if (!key || !IDENTITY_KEY.test(key)) line.blank = true;
  }
  // Setext headings: a line underlined with === or ---, or with a text export's box-drawing rule as wide as it
  // (Org's "═══" under the first level and "───" under the second; a wider rule is a table's border).
  for (let i = frontEnd + 1; i < model.length; i++) {
    const line = model[i] as DocLine;
    const above = model[i - 1] as DocLine;
    if (!line.rule || above.blank || above.bullet || above.heading !== 0) continue;
    if (/^\s*[=-]/.test(line.raw)) above.heading = /^\s*=/.test(line.raw) ? 1 : 2;
    else if (/^\s*[═─━]/u.test(line.raw) && Math.abs(line.raw.trim().length - above.raw.trim().length) <= 2)
      above.heading = /^\s*[═━]/u.test(line.raw) ? 1 : 2;
  }
  blankLogoTexts(model);
  const numbers = model.flatMap((line) => {
    const found = line.heading > 0 ? OUTLINE_NUMBER.exec(line.text) : null;
    return found ? [found[0].trim()] : [];
  });
  const bare = numbers.filter((number) => /^\d+$/u.test(number)).map(Number);
  const outlined =
    numbers.length >= 2 &&
    (bare[0] === 1 || bare.length < numbers.length) &&
    bare.every((number, k) => k === 0 || number === 1 || number > (bare[k - 1] as number));
  for (const line of model) if (line.heading > 0) dropOutlineNumber(line, outlined);
  return model;
}

/** "Globant logo": a line naming something, then "logo" (an image's alternative text, group 1 the name). */
const LOGO_TEXT = /^\s*(\S.{0,118}?)\s+logo\s*$/iu;

/**
 * "Globant logo" over "Data Analyst" over "Globant · Full-time": a profile page (LinkedIn) selected and pasted as
 * text keeps each employer's, school's and issuer's image as its alternative text. Where one of the next three
 * lines that are no blank names the same, the line is that image, no text of the résumé: it is left blank.
 */
function blankLogoTexts(model: DocLine[]): void {
  model.forEach((line, index) => {
    const name = line.blank ? undefined : LOGO_TEXT.exec(line.text)?.[1]?.toLowerCase();
    if (!name) return;
    const below = model
      .slice(index + 1, index + 8)
      .filter((other) => !other.blank)
      .slice(0, 3);
    if (below.some((other) => other.text.toLowerCase().includes(name))) line.blank = true;
  });
}

/**
 * "2.1 Data Engineer — SalMar ASA", "## 3 Education": the number a numbered outline (Org's export, pandoc's
 * --number-sections, a word processor's heading numbering) sets before a heading's words belongs to the outline.
 */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t\u00a0]+(?=\p{L})/u;

/**
 * A dotted number ("3.2", "4.") is always the outline's; a bare one only where two or more headings of the document
 * are numbered and the bare numbers count up, starting again at 1 in a new section, from 1 unless dotted numbers
 * show the outline ("1 Experience", "1.1 …", "2 Education"; "### 1 Acme Corp", "### 2 Beta Ltd", "### 1 Kaunas
 * University"), so "### 24 Hour Fitness" keeps its name, alone or beside "### 7 Habits Workshop".
 */
function dropOutlineNumber(line: DocLine, outlined: boolean): void {
  const found = OUTLINE_NUMBER.exec(line.text);
  if (!found || !(outlined || found[0].includes('.'))) return;
  line.text = line.text.slice(found[0].length);
  line.columns = line.columns.slice(found[0].length);
  line.numbered = true;
}

/** Keys of a front matter that say who the person is; the others (layout, tags, dates, fonts) are the page's. */
const IDENTITY_KEY =
  /^(?:title|subtitle|author|name|email|e-mail|phone|mobile|location|address|website|url|homepage|linkedin|github)$/iu;

/**
 * A YAML front matter (Jekyll, pandoc, Obsidian properties): `---` on the first line, `key: value` lines
 * and their list items, closed by `---` or `...`. Returns the closing line's index, or 0 when there is none.
 */
function frontMatterEnd(lines: readonly ReadLine[]): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  for (let i = 1; i < Math.min(lines.length, 80); i++) {
    const text = (lines[i] as ReadLine).text;
    if (/^(?:---|\.\.\.)\s*$/u.test(text)) return i > 1 ? i : 0;
    if (!/^(?:\s*$|[\w-]+\s*:|\s+\S|-\s)/u.test(text)) return 0;
  }
  return 0;
}

/**
 * "   o e-Government portals in C#" among "   o Built the bug bounty pipeline…": Word's second list level exported
 * as a letter. A line opening with `o` and a word in lower case is an item when its nearest sibling above or below
 * (the next line at its indent, past the deeper lines its items wrap onto, within its block) opens with `o` too and
 * is an item or such a line; a lone `o` in prose ("o projeto", "o sistema") has no such siblings.
 */
function letterBulletSiblings(lines: readonly ReadLine[], model: readonly DocLine[]): number[] {
  const indentOf = (text: string) => (/^[ \t\u00a0]*/u.exec(text)?.[0] ?? '').replace(/\t/g, '    ').length;
  const candidate = (index: number) =>
    !(model[index] as DocLine).bullet && LOWER_LETTER_LINE.test((lines[index] as ReadLine).text);
  const sibling = (index: number, step: number): number | null => {
    const indent = indentOf((lines[index] as ReadLine).text);
    for (let k = index + step; k >= 0 && k < lines.length; k += step) {
      const line = model[k] as DocLine;
      if (line.blank) return null;
      const other = indentOf((lines[k] as ReadLine).text);
      if (other < indent) return null;
      if (other === indent) return k;
    }
    return null;
  };
  const letterItem = (index: number | null) =>
    index !== null &&
    LETTER_LINE.test((lines[index] as ReadLine).text) &&
    ((model[index] as DocLine).bullet || candidate(index));
  // "… e por todo" over "o desenho …" over "o acompanhamento …" is a sentence wrapped onto lines that open with
  // the word "o": a run of siblings is a list only when one of them is a real item (a glyph, or "o" before a
  // capital), or the line above the run introduces a list (ends with ":", or is a short heading such as "Tools").
  const listRun = (index: number) => {
    let first = index;
    for (let k = sibling(index, -1); k !== null && letterItem(k); k = sibling(k, -1)) first = k;
    for (let k: number | null = first; k !== null && letterItem(k); k = sibling(k, 1)) {
      if ((model[k] as DocLine).bullet) return true;
    }
    const above = model[first - 1];
    if (above === undefined || above.blank) return false;
    const text = above.text.trim();
    return (
      text.endsWith(':') || (/^\p{Lu}/u.test(text) && !/[,;]$/u.test(text) && text.split(/\s+/).length <= 3)
    );
  };
  const found: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (
      candidate(index) &&
      (letterItem(sibling(index, -1)) || letterItem(sibling(index, 1))) &&
      listRun(index)
    )
      found.push(index);
  }
  return found;
}

function modelLine(n: number, read: ReadLine, letterItem = false): DocLine {
  const raw = read.text;
  // Which UTF-16 positions of the raw line stay in the cleaned text.
  const keepAt = new Array<boolean>(raw.length).fill(true);
  // A kept character that the text shows as another (an HTML entity's first character, as what it names).
  const replaced = new Map<number, string>();
  let position = 0;
  const drop = (from: number, to: number) => {
    for (let i = from; i < to; i++) keepAt[i] = false;
  };
  const indentMatch = /^[ \t\u00a0]*/.exec(raw)?.[0] ?? '';
  const indent = indentMatch.replace(/\t/g, '    ').length;
  drop(0, indentMatch.length);
  position = indentMatch.length;
  const rest = () => raw.slice(position);

  const rule = read.rule ?? (RULE.test(raw) || TABLE_RULE.test(raw));
  let heading = read.heading ?? 0;
  let bullet = read.bullet ?? false;
  let numbered = false;
  let opener: ReturnType<typeof blockOpener> = null;
  if (!rule) {
    const quote = /^>[ \t]?/.exec(rest());
    if (quote) {
      drop(position, position + quote[0].length);
      position += quote[0].length;
    }
    const hashes = HEADING.exec(rest());
    if (hashes) {
      heading = (hashes[1] as string).length;
      drop(position, position + hashes[0].length);
      position += hashes[0].length;
      const closing = /[ \t]+#+[ \t]*$/.exec(raw);
      if (closing && closing.index > position) drop(closing.index, raw.length);
    }
    for (let guard = 0; guard < 3; guard++) {
      let found = BULLET.exec(rest());
      if (!found) {
        // A letter bullet counts after another marker, or before a capitalised word.
        const letter = LETTER_BULLET.exec(rest()) ?? (letterItem ? LOWER_LETTER_BULLET.exec(rest()) : null);
        if (letter && (bullet || letterItem || /^[oO][ \t]+\p{Lu}\p{Ll}/u.test(rest()))) found = letter;
      }
      if (!found) break;
      bullet = true;
      if (/^\(?\d/.test(found[0])) numbered = true;
      drop(position, position + found[0].length);
      position += found[0].length;
    }
    // "- ### Employer": an outliner's block (Logseq, a list item holding a heading) is the heading it holds, where a
    // word in small letters does not follow the marks ("- # of incidents cut by half" is an item).
    const itemHeading =
      heading === 0 && bullet && !numbered ? /^(#{1,6})[ \t]+(?=[^\s\p{Ll}])/u.exec(rest()) : null;
    if (itemHeading) {
      heading = (itemHeading[1] as string).length;
      bullet = false;
      drop(position, position + itemHeading[0].length);
      position += itemHeading[0].length;
    }
    // A static-site block's opener reads as its title: an admonition ('!!! note "Title"', '??? tip' collapsed)
    // and a content tab ('=== "Tab"'); see markdown-blocks.ts.
    opener = blockOpener(rest());
    if (opener) {
      drop(position, position + opener.markup[0]);
      drop(position + opener.markup[1], raw.length);
      position += opener.markup[0];
    }
    // An Obsidian callout's type ("> [!info] Contact") and a task list's box ("- [x] done") are markup.
    const marker = /^(?:\[![\w-]+\][+-]?|\[[ xX]\])[ \t]*/u.exec(rest());
    if (marker) {
      drop(position, position + marker[0].length);
      position += marker[0].length;
    }
    stripInlineMarkup(raw, position, keepAt, replaced);
    // A table row: its outer pipes go, the inner ones stay as separators.
    const pipes = /^\|(.*)\|\s*$/.exec(raw.slice(position));
    if (pipes) {
      drop(position, position + 1);
      const last = raw.lastIndexOf('|');
      drop(last, raw.length);
    }
  }
  const columns: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    if (!keepAt[i]) continue;
    text += replaced.get(i) ?? raw[i];
    columns.push(i);
  }
  ({ text } = closeTracking(text, columns));
  // Trim the end, keeping the map in step.
  const trimmed = text.trimEnd();
  columns.length = trimmed.length;
  columns.push(trimmed.length > 0 ? (columns[trimmed.length - 1] as number) + 1 : raw.length);
  text = trimmed;
  const wholeBold = read.bold ?? (opener !== null || isWholeBold(raw.slice(position)));
  return {
    n,
    raw,
    text,
    columns,
    blank: text.trim() === '' || rule || PAGE_NUMBER.test(text),
    bullet,
    numbered,
    indent,
    heading,
    bold: wholeBold,
    caps: setInCapitals(text),
    gapBefore: read.gapBefore ?? false,
    size: read.size ?? 1,
    rule,
  };
}

/** Whether `text` is set in capitals: three letters at least, none lower-case, of a script that has cases. */
export function setInCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The HTML entities résumés carry (an unknown name stays as written). */
const ENTITIES: Record<string, string> = {
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  amp: '&',
  nbsp: ' ',
  hellip: '…',
  rarr: '→',
  larr: '←',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  copy: '©',
  verbar: '|',
  vert: '|',
};

/** `**x**`, `__x__`, `*x*`, `` `x` ``, `[x](url)`, `![x](url)`, `<tag>` and `\*` escapes: their marks go. */
function stripInlineMarkup(
  raw: string,
  from: number,
  keepAt: boolean[],
  replaced: Map<number, string>,
): void {
  const segment = raw.slice(from);
  const dropSpan = (start: number, end: number) => {
    for (let i = start; i < end; i++) keepAt[i] = false;
  };
  // A kramdown attribute list ("{: .resume-role }") and a template's output tag ("{{ site.baseurl }}") are
  // no text; a template's statement ("{% include skills.html items="Go, Rust" %}") shows what it quotes.
  for (const match of segment.matchAll(/\{:[^{}]*\}|\{\{[^{}]*\}\}/gu)) {
    const start = from + (match.index ?? 0);
    dropSpan(start, start + match[0].length);
  }
  for (const match of segment.matchAll(/\{%[^{}]*%\}/gu)) {
    const start = from + (match.index ?? 0);
    dropSpan(start, start + match[0].length);
    for (const quoted of match[0].matchAll(/"([^"]*)"|'([^']*)'/gu)) {
      const at = start + (quoted.index ?? 0) + 1;
      for (let i = at; i < at + quoted[0].length - 2; i++) keepAt[i] = true;
    }
  }
  for (const [start, end] of markupSpans(segment)) dropSpan(from + start, from + end);
  // "[[Shopify]]", "[[Element AI|Element]]": a wikilink reads as its text (the alias when it has one).
  for (const match of segment.matchAll(/\[\[([^\]|]+)(\|[^\]]+)?\]\]/gu)) {
    const start = from + (match.index ?? 0);
    const target = (match[1] as string).length;
    dropSpan(start, start + 2 + (match[2] ? target + 1 : 0));
    dropSpan(start + match[0].length - 2, start + match[0].length);
  }
  // "&mdash;", "&#8211;": an HTML entity reads as the character it names.
  for (const match of segment.matchAll(/&(?:#(\d{2,6})|#x([0-9a-f]{2,5})|([a-z]{2,8}));/giu)) {
    const named = match[3] === undefined ? undefined : ENTITIES[(match[3] as string).toLowerCase()];
    const code = match[1] ? Number(match[1]) : match[2] ? Number.parseInt(match[2], 16) : undefined;
    const character =
      named ?? (code !== undefined && code <= 0x10ffff ? String.fromCodePoint(code) : undefined);
    if (character === undefined) continue;
    const start = from + (match.index ?? 0);
    replaced.set(start, character);
    dropSpan(start + 1, start + match[0].length);
  }
  // "**Careem**, Dubai \hfill Feb 2022 -- present\": TeX's spacing in a pandoc résumé is a gap, its
  // closing backslash a line break.
  for (const match of segment.matchAll(
    /\\(?:hfill|vfill|hspace\*?\{[^{}]*\}|quad|qquad|enspace|newline)(?![a-z])/gu,
  )) {
    const start = from + (match.index ?? 0);
    for (let i = start; i < start + match[0].length; i++) replaced.set(i, ' ');
  }
  const hardBreak = /\\\s*$/u.exec(segment);
  if (hardBreak) dropSpan(from + hardBreak.index, raw.length);
  // "Languages:: TypeScript, Python": an inline field of a note reads as a labelled line.
  const inlineField = /^[^:\s][^:]{0,40}:(?=:\s)/u.exec(segment);
  if (inlineField) keepAt[from + inlineField[0].length] = false;
  // An image reads as its alt text, as a text rendering of Markdown shows it (a badge names its
  // technology); a link as its text. Images first: a linked image is a link around one.
  for (const match of segment.matchAll(/!\[([^\]]*)\]\([^)]*\)/g)) {
    const start = from + (match.index ?? 0);
    keepAt[start] = keepAt[start + 1] = false;
    const close = start + 2 + (match[1] as string).length;
    for (let i = close; i < start + match[0].length; i++) keepAt[i] = false;
  }
  for (const match of segment.matchAll(/\[((?:!\[[^\]]*\]\([^)]*\)|[^\]])+)\]\(([^)\s]*)\)/g)) {
    const start = from + (match.index ?? 0);
    keepAt[start] = false;
    const close = start + 1 + (match[1] as string).length;
    for (let i = close; i < start + match[0].length; i++) keepAt[i] = false;
  }
  for (const match of segment.matchAll(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g)) {
    const start = from + (match.index ?? 0);
    const end = start + match[0].length;
    keepAt[start] = keepAt[start + 1] = false;
    keepAt[end - 1] = keepAt[end - 2] = false;
  }
  for (const match of segment.matchAll(
    /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1(?![\p{L}\p{N}*_])/gu,
  )) {
    const start = from + (match.index ?? 0);
    keepAt[start] = false;
    keepAt[start + match[0].length - 1] = false;
  }
  for (const match of segment.matchAll(/`([^`]+)`/g)) {
    const start = from + (match.index ?? 0);
    keepAt[start] = false;
    keepAt[start + match[0].length - 1] = false;
  }
  // An inline tag ("<b>") goes; one that breaks the text ("<br>", a table cell, a list item) leaves a
  // gap, as a browser shows it, so "<b>Nov 2020 – present</b><br>Dublin" keeps its parts apart.
  for (const match of segment.matchAll(/<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi)) {
    const start = from + (match.index ?? 0);
    const breaks = BLOCK_TAG.test(match[1] as string);
    // An HTML badge reads as its alt text between gaps, as a Markdown image does ('<img src="…/badge/-Go-…" alt="Go">'):
    // a badge names a technology; another image (a stats card, a photo) names nothing.
    const badge = (match[1] as string).toLowerCase() === 'img' && BADGE_SOURCE.test(match[0]);
    const alt = badge ? IMG_ALT.exec(match[0]) : null;
    const altStart = alt ? start + alt.index + alt[0].length - 1 - (alt[1] as string).length : -1;
    const altEnd = alt ? altStart + (alt[1] as string).length : -1;
    for (let i = start; i < start + match[0].length; i++) {
      if (i >= altStart && i < altEnd) continue;
      if (breaks || (alt && (i === start || i === start + match[0].length - 1))) replaced.set(i, ' ');
      else keepAt[i] = false;
    }
  }
  for (const match of segment.matchAll(/\\([\\`*_{}[\]()#+\-.!|])/g)) {
    keepAt[from + (match.index ?? 0)] = false;
  }
}

/** An `<img>` tag's alt text: group 1, quoted in double quotes. */
const IMG_ALT = /\salt\s*=\s*"([^"<>]*)"/iu;
/** An `<img>` tag whose source is a badge (shields.io's "/badge/", badgen.net, "?style=for-the-badge"). */
const BADGE_SOURCE = /\ssrc\s*=\s*"[^"<>]*badge/iu;

/** HTML elements that break the text they stand in (a line, a cell, a list item, a block). */
const BLOCK_TAG_NAMES =
  'br|hr|p|div|td|th|tr|li|ul|ol|dl|dt|dd|table|thead|tbody|summary|details|h[1-6]|section';
const BLOCK_TAG = new RegExp(`^(?:${BLOCK_TAG_NAMES})$`, 'iu');
/**
 * Block tags framing a line's text: "<summary>" before it, "</summary>" after it. A run of blanks is tried from its
 * first blank only (`(?<!\s)`), so the match is linear in the line.
 */
const FRAMING_TAGS = new RegExp(
  `^(?:<(?:${BLOCK_TAG_NAMES})(?:\\s[^<>]*)?>\\s*)+|(?:(?:(?<!\\s)\\s+)?</(?:${BLOCK_TAG_NAMES})>)+$`,
  'giu',
);

function isWholeBold(text: string): boolean {
  // "<summary><b>Earlier roles</b></summary>": HTML's bold, inside tags that only frame it.
  const framed = text.trim().replace(FRAMING_TAGS, '');
  if (/^<(b|strong)>(?=\S)[^<>]+(?<=\S)<\/\1>[\s:]*$/iu.test(framed)) return true;
  return /^(\*\*|__)(?=\S).+(?<=\S)\1[\s:]*$/.test(text.trim());
}

/** `text.slice(start, end)` of a line as columns of its raw line. */
export function rawSpan(line: DocLine, start: number, end: number): { column: number; endColumn: number } {
  const column = line.columns[start] ?? line.raw.length;
  const last = end > start ? (line.columns[end - 1] ?? line.raw.length - 1) + 1 : column;
  return { column, endColumn: last };
}

/**
 * Letter-spaced (tracked) text, as designed résumés set headings, names and dates ("E X P E R I E N C E",
 * "2 0 2 2 — P R E S E N T", "M A R 2 0 1 9"): a run of three or more single glyphs one space apart is one word
 * whose letters were set apart, and reads back closed up. Only the gaps decide: a run's glyphs are a space apart,
 * its words a wider gap (two or more spaces, or a space item of its own in a PDF) apart. Within a run a dash or a
 * bullet, and a change from letters to digits ("MAR 2019"), keeps its space: a run of single glyphs with no wider
 * gap can still hold a date's words. A line that is one such run of capitals only, with no wider gap, holds words
 * nothing tells apart ("S E N I O R D E S I G N E R"): it stays as set (a heading so set is read by sectionKind); in
 * small letters a capital after a small one starts the next word ("A n a V o s s").
 * `wholeLine` false reads `text` as one PDF item, whose words the PDF sets apart as items of their own; `fewest`
 * glyphs make a run (two for an item beside a tracked one: "I T" of "I T  S U P P O R T").
 * Returns the indexes of the spaces of `text` that only set glyphs apart.
 */
export function trackingSpaces(text: string, wholeLine = true, fewest = 3): number[] {
  if (fewest >= 3 && !TRACKED_HINT.test(text)) return [];
  const runs = trackedRuns(text, fewest);
  if (runs.length === 0) return [];
  const only = runs[0] as TrackedToken[];
  // Capitals alone: no small letter after which a capital would start the next word.
  const letters = only.every((token) => /^\p{L}+$/u.test(token.text) && !/\p{Ll}/u.test(token.text));
  if (
    wholeLine &&
    runs.length === 1 &&
    letters &&
    text.trim().length === runEnd(only) - (only[0] as TrackedToken).at
  )
    return [];
  const spaces: number[] = [];
  for (const run of runs) {
    run.slice(1).forEach((token, k) => {
      const before = (run[k] as TrackedToken).text;
      const after = run[k + 2]?.text;
      if (
        closesUp(before.slice(-1), token.text.slice(0, 1), token.text.length > 1 ? token.text[1] : after?.[0])
      )
        spaces.push(token.at - 1);
    });
  }
  // A word gap of two or three spaces between two tracked words ("W O R K   E X P E R I E N C E") is one space;
  // a wider gap parts fields, as it does in untracked text.
  for (let k = 1; k < runs.length; k++) {
    const end = runEnd(runs[k - 1] as TrackedToken[]);
    const gap = ((runs[k] as TrackedToken[])[0] as TrackedToken).at - end;
    if (gap >= 2 && gap <= MAX_WORD_GAP) for (let i = end + 1; i < end + gap; i++) spaces.push(i);
  }
  return spaces.sort((a, b) => a - b);
}

interface TrackedToken {
  at: number;
  text: string;
}

const runEnd = (run: readonly TrackedToken[]) => {
  const last = run[run.length - 1] as TrackedToken;
  return last.at + last.text.length;
};

/**
 * The runs of a line's tokens one space apart that are single glyphs, or two or three capitals a PDF kept together
 * where the font kerns them ("C O N TA C T", "AWA R D S"): two single glyphs or more, two of them letters or digits, more
 * than twice as many single glyphs as such pairs, and one run of the line with at least `fewest` single glyphs.
 */
function trackedRuns(text: string, fewest: number): TrackedToken[][] {
  const runs: TrackedToken[][] = [];
  let current: TrackedToken[] = [];
  const flush = () => {
    const singles = current.filter((token) => token.text.length === 1);
    if (
      singles.length >= 2 &&
      singles.length > (current.length - singles.length) * 2 &&
      current.filter((token) => /[\p{L}\p{N}]/u.test(token.text)).length >= 2
    )
      runs.push(current);
    current = [];
  };
  for (const match of text.matchAll(/\S+/gu)) {
    const token = { at: match.index ?? 0, text: match[0] };
    const piece = TRACKED_GLYPH.test(token.text) || KERNED_PAIR.test(token.text);
    const previous = current[current.length - 1];
    if (piece && (previous === undefined || token.at === previous.at + previous.text.length + 1)) {
      current.push(token);
      continue;
    }
    flush();
    if (piece) current.push(token);
  }
  flush();
  // A short run ("I T" of "I T   S U P P O R T") counts beside a longer one.
  const long = runs.some((run) => run.filter((token) => token.text.length === 1).length >= fewest);
  return long ? runs : [];
}

/** One glyph of one UTF-16 unit, so that a run's offsets count as the text's do. */
const TRACKED_GLYPH = /^[^\s\uD800-\uDFFF]$/u;
const KERNED_PAIR = /^\p{Lu}{2,3}$/u;

/** A line's text closed up where it is tracked, and `columns` (the raw column of each character) kept in step. */
function closeTracking(text: string, columns: number[]): { text: string } {
  const spaces = trackingSpaces(text);
  if (spaces.length === 0) return { text };
  // One pass (a splice per space is quadratic on a long line of one-letter words).
  let kept = 0;
  let next = 0;
  for (let at = 0; at < columns.length; at++) {
    while (next < spaces.length && (spaces[next] as number) < at) next++;
    if (spaces[next] === at) continue;
    columns[kept++] = columns[at] as number;
  }
  columns.length = kept;
  return { text: withoutAt(text, spaces) };
}

/** `text` without the spaces that only set its glyphs apart (see `trackingSpaces`). */
export function untracked(text: string, wholeLine = true, fewest = 3): string {
  return withoutAt(text, trackingSpaces(text, wholeLine, fewest));
}

/** `text` without its UTF-16 units at `indexes` (ascending). */
function withoutAt(text: string, indexes: readonly number[]): string {
  let kept = '';
  let from = 0;
  for (const at of indexes) {
    kept += text.slice(from, at);
    from = at + 1;
  }
  return kept + text.slice(from);
}

/** The widest gap, in spaces, between two words of a tracked line. */
const MAX_WORD_GAP = 3;
const TRACKED_HINT = /(?<!\S)\S \S \S(?!\S)|(?<!\S)\S \S(?:\S)? \S(?!\S)|(?<!\S)\S\S? \S \S(?!\S)/u;

/** Whether the space between two glyphs of a tracked run goes: within a word, a number or a date's numbers. */
function closesUp(before: string, glyph: string, after: string | undefined): boolean {
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const digit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
  const alnum = (c: string | undefined) => letter(c) || digit(c);
  // "A n n e l i e s e K a r r o w": a capital after a small letter starts the next word, whose gap the tracking hid.
  if (letter(before) && letter(glyph)) return !(/\p{Ll}/u.test(before) && /\p{Lu}/u.test(glyph));
  if (digit(before) && digit(glyph)) return true;
  // "+ 6 4" of a phone number.
  if (before === '+' && digit(glyph)) return true;
  // "03/2018", "2018.07", "B.SC", "FRONT-END", "O'NEIL", "ANA@EXAMPLE.COM", "C++", "C#"; "LONDON, UK" and
  // "(REMOTE)"; "JUN '18".
  if (/^['’]$/u.test(glyph)) return letter(before) && letter(after);
  if (/^[/.\-@_]$/u.test(glyph)) return alnum(before) && alnum(after);
  if (/^[/.\-'’@_]$/u.test(before)) return alnum(glyph);
  if (/^[+#]$/u.test(glyph)) return letter(before) || before === '+';
  if (/^[,;:!?)\]%]$/u.test(glyph)) return true;
  return /^[([]$/u.test(before);
}
