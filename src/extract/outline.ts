import type { ReadLine } from './line-model.js';

/** An Org-mode heading: stars at the margin ("** Skyscanner"), tags at its end (":remote:"). */
const ORG_HEADING = /^(\*+)\s+(\S.*?)(\s+:[\w@#%:]+:)?\s*$/u;
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
 * An e-mail, a phone number or a web address: the contact details an author keeps in a ":noexport:" subtree (the
 * export's template prints them), which still say who the person is.
 */
const CONTACT = /@|\+?\d[\d ().-]{6,}\d|https?:\/\/|\[\[/u;

/**
 * An Org-mode document (a `.txt` with `* Work`, `** Employer` and property drawers): its stars
 * become heading levels, its tags, drawer lines, planning lines and keyword markers go, a ":noexport:" subtree keeps
 * only its heading and its contact details (see `CONTACT`), a timestamp reads as its date, and a property
 * (`:FROM: 2021-11`) reads as the labelled field it is (`FROM: 2021-11`). Characters keep their
 * columns (what goes becomes spaces), so provenance still points at the document's own line. A
 * document with no Org keyword line and no drawer is returned as it is.
 */
export function readOutline(lines: readonly ReadLine[]): ReadLine[] {
  const org = lines.some((line) => ORG_KEYWORD.test(line.text) || DRAWER.test(line.text));
  if (!org || !lines.some((line) => ORG_HEADING.test(line.text))) return [...lines];
  // The stars of the ":noexport:" heading whose subtree the current line is in, 0 outside one.
  let unexported = 0;
  return lines.map((line) => {
    const heading = ORG_HEADING.exec(line.text);
    if (heading && unexported > 0 && (heading[1] as string).length <= unexported) unexported = 0;
    if (unexported > 0 && !CONTACT.test(line.text)) return { ...line, text: '' };
    if (DRAWER.test(line.text) || PLANNING.test(line.text)) return { ...line, text: '' };
    if (heading && NOEXPORT.test(heading[3] ?? '')) unexported = (heading[1] as string).length;
    return orgLine({
      ...line,
      text: line.text.replace(TIMESTAMP, (stamp, date: string) => ` ${date}`.padEnd(stamp.length)),
    });
  });
}

/** A line of an Org document, its timestamps read as dates, as `readOutline` reads it. */
function orgLine(line: ReadLine): ReadLine {
  const heading = ORG_HEADING.exec(line.text);
  if (heading) {
    const stars = (heading[1] as string).length;
    const title = heading[2] as string;
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
