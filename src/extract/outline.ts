import { findDates } from './dates.js';
import type { ReadLine } from './line-model.js';

/** An Org-mode heading's stars at the margin ("** Skyscanner") and the blanks after them. */
const ORG_STARS = /^(\*+)\s+(?=\S)/u;
/** Its tags at its end (" :remote:noexport:"), tried only where a run of blanks starts, so each run is read once. */
const ORG_TAGS = /(?<!\s)\s+:[\w@#%:]+:$/u;

/** An Org-mode heading: its stars, its title and its tags ("" when none), or null for any other line. */
function orgHeading(text: string): { stars: number; title: string; tags: string } | null {
  const stars = ORG_STARS.exec(text);
  if (!stars) return null;
  const rest = text.slice(stars[0].length).trimEnd();
  const tags = ORG_TAGS.exec(rest);
  return {
    stars: (stars[1] as string).length,
    title: tags ? rest.slice(0, tags.index) : rest,
    tags: tags?.[0] ?? '',
  };
}
/** Org's own lines: `#+TITLE: …` keywords and the `:PROPERTIES:` … `:END:` drawer around fields. */
const ORG_KEYWORD = /^#\+\w+:/u;
const DRAWER = /^\s*:(?:PROPERTIES|END|LOGBOOK):\s*$/iu;
const PROPERTY = /^(\s*):(\w[\w-]*):(\s+\S.*)$/u;
/**
 * An Org timestamp, active or inactive, with its weekday and time if any ("<2021-07>", "[2015-10-01 Thu]",
 * "<2019-03-04 Mon 09:00>"): read as its date alone, so that "<2021-07>--<2023-01>" reads as the range it is.
 */
const TIMESTAMP =
  /[<[](\d{4}-\d{2}(?:-\d{2})?)(?:\s+\p{L}{2,3}\.?)?(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?[>\]]/gu;
/** Org's planning line under a heading ("SCHEDULED: <…>", "DEADLINE: …", "CLOSED: […]"): no part of the text. */
const PLANNING = /^\s*(?:SCHEDULED|DEADLINE|CLOSED):/u;
/** The tag that keeps a subtree out of every export: the author's notes, no part of the résumé. */
const NOEXPORT = /:noexport:/iu;
/**
 * An e-mail, a web address or a phone number (eight digits or more, at most two of " ().-" between two of them): the
 * contact details an author keeps in a ":noexport:" subtree (the export's template prints them), which still say who
 * the person is. Each repetition ends at a digit, which no separator is, so a run is read once.
 */
const CONTACT = /@|https?:\/\/|\[\[|\+?\d(?:[ ().-]{0,2}\d){7,}/u;

/** A line holding contact details (`CONTACT`) once its dates are gone: "2019 - 2021", "03/2024 - 04/2024" are none. */
function contactLine(text: string): boolean {
  if (!CONTACT.test(text)) return false;
  const dates = findDates(text);
  if (dates.length === 0) return true;
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += `${text.slice(from, date.start)} `;
    from = Math.max(from, date.end);
  }
  return CONTACT.test(rest + text.slice(from));
}

/**
 * An Org-mode document (a `.txt` with `* Work`, `** Employer` and property drawers): its stars
 * become heading levels, its tags, drawer lines, planning lines and keyword markers go, a ":noexport:" subtree keeps
 * only its contact details (see `contactLine`), and its heading when it is a section's (one star), a timestamp reads as its date, and a property
 * (`:FROM: 2021-11`) reads as the labelled field it is (`FROM: 2021-11`). Characters keep their
 * columns (what goes becomes spaces), so provenance still points at the document's own line. A
 * document with no Org keyword line and no drawer is read as AsciiDoc is (see `readAsciiDoc`), or as it is.
 */
export function readOutline(lines: readonly ReadLine[]): ReadLine[] {
  const org = lines.some((line) => ORG_KEYWORD.test(line.text) || DRAWER.test(line.text));
  if (!org || !lines.some((line) => ORG_STARS.test(line.text))) return readAsciiDoc(lines);
  // The stars of the ":noexport:" heading whose subtree the current line is in, 0 outside one.
  let unexported = 0;
  return lines.map((line) => {
    const heading = orgHeading(line.text);
    if (heading && unexported > 0 && heading.stars <= unexported) unexported = 0;
    if (unexported > 0 && !contactLine(line.text)) return { ...line, text: '' };
    if (DRAWER.test(line.text) || PLANNING.test(line.text)) return { ...line, text: '' };
    if (heading && NOEXPORT.test(heading.tags)) {
      unexported = heading.stars;
      // An entry's heading ("** Support Engineer — Zendesk") names no position; a section's ("* Notes") is kept, so
      // the contact lines under it join no section before it.
      if (unexported > 1) return { ...line, text: '' };
    }
    return orgLine({
      ...line,
      text: line.text.replace(TIMESTAMP, (stamp, date: string) => ` ${date}`.padEnd(stamp.length)),
    });
  });
}

/** A line of an Org document, its timestamps read as dates, as `readOutline` reads it. */
function orgLine(line: ReadLine): ReadLine {
  const heading = orgHeading(line.text);
  if (heading) {
    const { stars, title } = heading;
    return {
      ...line,
      text: `${' '.repeat(line.text.indexOf(title))}${title}`,
      heading: stars,
      bullet: false,
    };
  }
  if (ORG_KEYWORD.test(line.text)) return { ...line, text: `  ${line.text.slice(2)}` };
  const property = PROPERTY.exec(line.text);
  if (property) return { ...line, text: `${property[1]} ${property[2]}:${property[3]}` };
  return line;
}

/** An AsciiDoc section title: "= Name" (the document's), "== Experience", "=== Title, Employer". */
const ASCIIDOC_TITLE = /^(={1,6})[ \t]+(?=\S)/u;
/** An AsciiDoc section title below the document's: two signs or more. */
const ASCIIDOC_SECTION = /^={2,6}[ \t]+\S/u;
/** An AsciiDoc attribute entry (":toc:", ":email: ada@example.org"), set under the document's title. */
const ASCIIDOC_ATTRIBUTE = /^:!?[\w-]+!?:(?:[ \t]|$)/u;

/**
 * An AsciiDoc source saved as text (two section titles or more, "== Experience" and "=== Title, Employer"): each
 * title's signs become its heading level, as Markdown's hashes do, and an attribute entry reads as the labelled line it
 * is ("email: ada@example.org", ":toc:" none). Characters keep their columns. Any other document is returned as it is.
 */
function readAsciiDoc(lines: readonly ReadLine[]): ReadLine[] {
  if (lines.filter((line) => ASCIIDOC_SECTION.test(line.text)).length < 2) return [...lines];
  return lines.map((line) => {
    const title = ASCIIDOC_TITLE.exec(line.text);
    if (title) {
      // "=== Developer, Allegro ===": a symmetric title closes with its own signs after a space; they go too.
      const body = line.text.slice(title[0].length).trimEnd();
      const closing = ` ${title[1] as string}`;
      const text = body.endsWith(closing) ? body.slice(0, -closing.length).trimEnd() : body;
      return {
        ...line,
        text: `${' '.repeat(title[0].length)}${text}`,
        heading: (title[1] as string).length,
        bullet: false,
      };
    }
    if (!ASCIIDOC_ATTRIBUTE.test(line.text)) return line;
    const value = line.text.replace(ASCIIDOC_ATTRIBUTE, '');
    return value.trim() === '' ? { ...line, text: '' } : { ...line, text: ` ${line.text.slice(1)}` };
  });
}
