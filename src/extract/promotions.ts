import { lookupKey } from '../catalogue/lookup-key.js';
import { formatPartialDate, type PartialDate } from '../resume/parse-partial-date.js';
import { findDates, monthKey } from './dates.js';
import { titlesLabel } from './entry-labels.js';
import type { PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import type { Located, LocatedDate } from './located.js';
import { titleScore } from './vocabulary.js';

/**
 * "promoted to", as a résumé writes a new title at the same employer: after a comma, a semicolon or a dash
 * ("Software Engineer (2018 – 2020), promoted to Senior Software Engineer (2020 – 2023)"), or opening a line
 * ("Promoted to Senior Developer (2021)"). Group 1 is the title that follows.
 */
const PROMOTED_TO =
  /(?:^|[,;.]\s*|(?<!\s)\s+[-–—→]\s*|(?<!\s)\s+)(?:and\s+|then\s+|later\s+)?(?:was\s+|got\s+)?promoted\s+to\s+(?:the\s+(?:role|position)\s+of\s+|an?\s+)?(?=\S)/iu;

/** A line read as the title a promotion led to: what it holds of the position's header. */
export interface Promotion {
  line: DocLine;
  /** The line names a date of its own: the promotion opens a position. Without one it is what the job was. */
  dated: boolean;
}

/**
 * `line` with the text outside [start, end) blanked, so that every column stays where it was; of each of
 * `dates` (spans inside it) only the date itself is kept, the word before it blanked.
 */
function keep(
  line: DocLine,
  start: number,
  end: number,
  dates: ReadonlyArray<[number, number]> = [],
): DocLine {
  let text = ' '.repeat(start) + line.text.slice(start, end);
  for (const [from, to] of dates) {
    const date = findDates(text.slice(from, to)).at(-1);
    const kept = date ? from + date.start : from;
    text = text.slice(0, from) + ' '.repeat(kept - from) + text.slice(kept);
  }
  return { ...line, text: text.trimEnd() };
}

/** The word that may stand before a promotion's date ("Promoted to Team Lead in 2017"): no part of the title. */
const BEFORE_DATE = /(?:^|\s)(?:in|since|from|as\s+of|effective|on)\s*[([]?\s*$/iu;

/**
 * The spans of `rest` (the text after "Promoted to") that are its dates, each with the word before it, when the
 * rest is a title and its date; null when more is written ("… in 2022 and led the platform group"): then the
 * line is the job's text.
 */
function promotionDates(rest: string): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  let title = '';
  let from = 0;
  for (const date of findDates(rest)) {
    const word = BEFORE_DATE.exec(rest.slice(from, date.start));
    const start = word ? from + word.index : date.start;
    title += `${rest.slice(from, start)} `;
    spans.push([start, date.end]);
    from = date.end;
  }
  title = `${title}${rest.slice(from)}`.replace(/[()[\],;]/gu, ' ').trim();
  const words = title.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  return words.length <= 5 && titleScore(title) > 0 ? spans : null;
}

/**
 * Reads promotions written inline into lines of their own: a line naming a dated title, then "promoted to" and
 * a dated title, becomes two lines (the first title, the second), each with the other's text blanked; a line that
 * opens with "Promoted to" is returned among `promotions`, without those words when it names a date. A list item
 * ("- Promoted to team lead in 2021.") is the job's text and is left alone.
 */
export function splitPromotions(lines: readonly DocLine[]): { lines: DocLine[]; promotions: Promotion[] } {
  const out: DocLine[] = [];
  const promotions: Promotion[] = [];
  for (const line of lines) {
    const found = line.blank || line.bullet ? null : PROMOTED_TO.exec(line.text);
    if (!found) {
      const titles =
        line.blank || line.bullet ? null : (labelledTitles(line.text) ?? titlesInTurn(line.text));
      if (titles) out.push(...titles.map(([from, to]) => keep(line, from, to)));
      else
        out.push(
          ...((line.blank || line.bullet ? null : (promotionInRow(line) ?? heldInTurn(line))) ?? [line]),
        );
      continue;
    }
    const at = found.index;
    const after = at + found[0].length;
    const before = line.text.slice(0, at);
    const rest = line.text.slice(after);
    if (before.trim() === '') {
      // A sentence that opens with the words is the job's text ("Promoted to lead the platform team in 2021.").
      if (rest.split(/\s+/u).length > 10 || /[.!?]$/u.test(rest.trim())) {
        out.push(line);
        continue;
      }
      // "Promoted to Senior Engineer (2019), then to Staff Engineer (2022)": one promotion after another.
      const chain = promotionChain(rest);
      if (chain) {
        for (const [from, to] of chain) {
          const spans = promotionDates(rest.slice(from, to)) ?? [];
          const title = keep(
            line,
            after + from,
            after + to,
            spans.map(([s, e]) => [after + from + s, after + from + e]),
          );
          promotions.push({ line: title, dated: true });
          out.push(title);
        }
        continue;
      }
      // Undated, the line says what happened in the job and stays as written.
      const dated = findDates(rest).length > 0;
      const spans = dated ? promotionDates(rest) : [];
      if (spans === null) {
        out.push(line);
        continue;
      }
      const title = dated
        ? keep(
            line,
            after,
            line.text.length,
            spans.map(([s, e]) => [after + s, after + e]),
          )
        : line;
      promotions.push({ line: title, dated });
      out.push(title);
      continue;
    }
    // Both sides dated: two titles, each with its dates, the second perhaps followed by more ("…, then to …").
    if (findDates(before).length === 0 || findDates(rest).length === 0) {
      out.push(line);
      continue;
    }
    out.push(keep(line, 0, at));
    const chain = promotionChain(rest) ?? [[0, rest.length]];
    for (const [from, to] of chain) out.push(keep(line, after + from, after + to));
  }
  return { lines: out, promotions };
}

/** What joins one promotion to the next: ", then to", "; later to", ", and then". */
const THEN_TO =
  /(?:(?<!\s)\s+)?[,;]\s*(?:and\s+)?(?:then|later|afterwards)\s+(?:promoted\s+)?(?:to\s+)?(?=\S)/giu;

/**
 * The spans of `rest` (what follows "Promoted to") that are titles promoted to one after another, each with its own
 * date ("Senior Engineer (2019), then to Staff Engineer (2022)"), or null when it names fewer than two of them.
 */
function promotionChain(rest: string): Array<[number, number]> | null {
  return datedTitles(rest, THEN_TO);
}

/**
 * What joins the titles held in turn at one employer on one line: an arrow either way, or ", then". Here and in
 * PROMOTED_TO, THEN_TO and ARROW a run of blanks is tried from its first blank only (`(?<!\s)`), so each match is
 * linear in the line.
 */
const IN_TURN = /(?<!\s)\s+(?:[←→⟵⟶]|<-+|-+>)\s+|(?:(?<!\s)\s+)?[,;]\s*(?:and\s+)?then\s+/gu;

/**
 * "Senior Data Engineer (01/2022 – present) ← Data Engineer (03/2019 – 12/2021)", "Analyst (2016 – 2018), then
 * Consultant (2018 – 2021)": the spans of the titles a line names one after another, each with its own dates, or
 * null when the line is anything else (a range written with an arrow, "2015 → 2019", holds no title).
 */
function titlesInTurn(text: string): Array<[number, number]> | null {
  return datedTitles(text, IN_TURN);
}

/**
 * "Cargos: Analista Júnior (02/2012 a 07/2014); Analista Pleno (08/2014 a 01/2018)", "Positionen: Entwickler (03/2016 –
 * 05/2018); Senior Entwickler (06/2018 – heute)": a title's label (see `titlesLabel`) over two titles or more, split
 * at semicolons, each with its own dates. The spans of the titles with their dates, the label left out (it names no
 * employer); null for any other line.
 */
function labelledTitles(text: string): Array<[number, number]> | null {
  const label = /^\s*(\p{L}[\p{L}\p{M} ]{0,30}?)\s*[:：]\s*/u.exec(text);
  if (!label || !titlesLabel(label[1] as string)) return null;
  const offset = label[0].length;
  const spans: Array<[number, number]> = [];
  let from = offset;
  for (const join of text.slice(offset).matchAll(/\s*;\s*/gu)) {
    spans.push([from, offset + (join.index ?? 0)]);
    from = offset + (join.index ?? 0) + join[0].length;
  }
  spans.push([from, text.length]);
  const dated = (piece: string) => {
    const dates = findDates(piece);
    let name = piece;
    for (const date of [...dates].reverse()) name = name.slice(0, date.start) + name.slice(date.end);
    const words = name
      .replace(/[()[\],]/gu, ' ')
      .trim()
      .split(/\s+/u)
      .filter((word) => /\p{L}/u.test(word));
    return dates.length > 0 && words.length > 0 && words.length <= 8;
  };
  return spans.length >= 2 && spans.every(([start, end]) => dated(text.slice(start, end).trim()))
    ? spans
    : null;
}

/** An arrow between what was held in turn: group 1 points to the newer (→), group 2 back to it (←). */
const ARROW = /(?<!\s)\s+(?:([→⟶]|-+>)|([←⟵]|<-+))\s+/gu;

/**
 * A line of names joined by arrows one way that `titlesInTurn` does not split: "Quillmoor Retail (2016 – 2018) ->
 * Tallow Systems (2018 – 2021)", each piece dated, becomes a line for each; "Junior Developer -> Developer -> Senior
 * Developer, 2014 – 2021", titles dated as a whole, keeps the newest title and the line's dates, so no arrow is
 * read into a name. Null when the line is anything else (a range "2015 → 2019", prose, arrows both ways).
 */
function heldInTurn(line: DocLine): DocLine[] | null {
  const text = line.text;
  const joins = [...text.matchAll(ARROW)];
  if (joins.length === 0 || new Set(joins.map((join) => join[1] !== undefined)).size > 1) return null;
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const join of joins) {
    spans.push([from, join.index ?? 0]);
    from = (join.index ?? 0) + join[0].length;
  }
  spans.push([from, text.length]);
  const pieces = spans.map(([start, end]) => {
    const piece = text.slice(start, end);
    const dates = findDates(piece);
    let name = piece;
    for (const date of [...dates].reverse()) name = name.slice(0, date.start) + name.slice(date.end);
    const words = name.replace(/[()[\],;]/gu, ' ').trim();
    return { dates, name: words, count: words.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length };
  });
  if (pieces.some((piece) => piece.count === 0 || piece.count > 5)) return null;
  if (pieces.every((piece) => piece.dates.length > 0))
    return spans.map(([start, end]) => keep(line, start, end));
  if (!pieces.every((piece) => titleScore(piece.name) > 0)) return null;
  const newest = joins[0]?.[1] !== undefined ? spans.length - 1 : 0;
  let kept = ' '.repeat(text.length);
  spans.forEach(([start, end], index) => {
    const ranges: Array<[number, number]> =
      index === newest
        ? [[start, end]]
        : (pieces[index]?.dates ?? []).map((date) => [start + date.start, start + date.end]);
    for (const [a, b] of ranges) kept = kept.slice(0, a) + text.slice(a, b) + kept.slice(b);
  });
  return [{ ...line, text: kept.trimEnd() }];
}

/**
 * "| 01/2020 – 03/2023 | Safaricom | Android Developer → Lead Android Developer (2022) |": a row whose last cell
 * names a promotion, the later title dated by one date in brackets, after a range earlier in the row. Two lines:
 * the row with the first title, and the later title with its date (a promotion inside the row's span: see
 * `promotionSpans`). Null for any other line.
 */
function promotionInRow(line: DocLine): DocLine[] | null {
  const text = line.text;
  const joins = [...text.matchAll(ARROW)];
  const join = joins[0];
  if (joins.length !== 1 || !join || join[1] === undefined) return null;
  const at = join.index ?? 0;
  const after = at + join[0].length;
  const later = /^([^()|]*?\S)\s*\(([^()]*)\)[\s|*_]*$/u.exec(text.slice(after));
  if (!later) return null;
  const date = findDates(later[2] as string);
  if (date.length !== 1 || date[0]?.kind !== 'single' || (later[2] as string).trim() !== date[0].text)
    return null;
  // The first title's cell starts after the last bar or gap before the arrow.
  const cell = Math.max(text.lastIndexOf('|', at - 1) + 1, text.lastIndexOf('  ', at - 1) + 2, 0);
  const first = text.slice(cell, at).replace(/[*_]/gu, '').trim();
  const second = (later[1] as string).replace(/[*_]/gu, '').trim();
  if (!findDates(text.slice(0, cell)).some((found) => found.kind === 'range')) return null;
  if (first.split(/\s+/u).length > 6 || second.split(/\s+/u).length > 6) return null;
  if (titleScore(first) === 0 || titleScore(second) === 0) return null;
  return [keep(line, 0, at), keep(line, after, text.length)];
}

/** The spans of `text` between the matches of `joiner` when there are two or more and each is a dated title. */
function datedTitles(text: string, joiner: RegExp): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const join of text.matchAll(joiner)) {
    spans.push([from, join.index ?? 0]);
    from = (join.index ?? 0) + join[0].length;
  }
  spans.push([from, text.length]);
  if (spans.length < 2) return null;
  const titled = spans.every(([start, end]) => {
    const piece = text.slice(start, end);
    return findDates(piece).length > 0 && (promotionDates(piece)?.length ?? 0) > 0;
  });
  return titled ? spans : null;
}

/**
 * A word saying the person was promoted, in the languages CVs are written in ("promoted", "promovida",
 * "ascendido", "befördert", "promu", "promossa", "awansowana", "gepromoveerd", "terfi", "promovat", "povýšen").
 */
const PROMOTION_WORD =
  /(?<![\p{L}])(?:promoted|promovid[oa]|ascendid[oa]|promue?|promoss[oa]|bef[öo]rdert|awansowan[ya]|awans|gepromoveerd|terfi|promovat[ăa]?|pov[ýy][šs]en[aá]?)(?![\p{L}])/iu;

/**
 * True when `text` (a bracket's words) is a remark on the title before it telling a promotion ("promovida a Sênior
 * em 2021", "promoted to Senior in 2021", "2021 zum Senior befördert"): no employer, unit or second title.
 */
export function remarksOnTitle(text: string): boolean {
  return (PROMOTION_WORD.test(text) || roleSince(text)) && text.trim().split(/\s+/u).length <= 8;
}

/**
 * "team lead since 2022", "Tech Lead a partir de 2021", "Teamleiter seit 2022", "teamleider vanaf 2020": a role's
 * words, then "since" in the languages CVs are written in and its date. ("al", "bis", "to" close a range: no since.)
 */
const ROLE_SINCE =
  /^(\p{L}[\p{L}\s&/-]*?)\s(?:since|from|a\s+partir\s+de|desde|dal(?:l[oa])?|seit|ab|vanaf|sinds|depuis|od|fr[åa]n|siden|alates)\s+[^()]*\d{4}[^()]*$/iu;

/**
 * A bracket's words remarking on the title before it with a role taken on inside the job (see `ROLE_SINCE`): the
 * words before "since" name a role (`titleScore`), and its one date opens without closing. "(contract from March 2019
 * to June 2020)", "(Teilzeit ab Oktober 2019 bis März 2021)" name how the job was held and its own range instead.
 */
function roleSince(text: string): boolean {
  const match = ROLE_SINCE.exec(text.trim());
  if (!match || titleScore(match[1] as string) === 0) return false;
  const dates = findDates(text);
  return dates.length === 1 && dates[0]?.to === null;
}

/**
 * Where `text` holds brackets that remark on a title with a role's own timing (see `roleSince`): the dates in them are
 * the role's, none of the line's. The job's own dates may sit on the line or on the next (a title over its dates), so
 * the line's other dates are not asked for; a bracket holding a range or an engagement is no remark (`roleSince`).
 */
export function titleRemarkSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\(([^()]*)\)/gu)]
    .filter((match) => (match.index ?? 0) > 0 && roleSince(match[1] as string))
    .map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/**
 * "Data Analyst (promoted to Senior in 2021)": the title without a closing remark on it (see `remarksOnTitle`), and an
 * apprentice's title without the trade or qualification named in brackets after it ("Apprentice Electrician (City &
 * Guilds Level 3)", "Auszubildender (Kaufmann für Büromanagement)").
 */
export function withoutTitleRemark(value: string): string | null {
  const match = /^(.*?\S)\s*\(([^()]*)\)$/u.exec(value);
  if (!match) return null;
  const inner = (match[2] as string).trim();
  const trade = APPRENTICE.test(match[1] as string) && /^\p{Lu}/u.test(inner);
  return remarksOnTitle(inner) || trade || remarkOnJob(inner) ? (match[1] as string) : null;
}

/**
 * "proyecto para un cliente del sector asegurador", "project for a logistics client", "im Auftrag eines Versicherers": a
 * bracket's words opening in lower case, four or more, say what the job was about (its client, its project), no
 * specialty of the title ("(microbiology)", "(nivel secundario)" are one).
 */
export function remarkOnJob(inner: string): boolean {
  const words = inner.trim().split(/\s+/u);
  return /^\p{Ll}/u.test(inner.trim()) && words.length >= 4;
}

/**
 * The person's word for an apprentice, in the languages CVs are written in: English, German and Swiss German
 * ("Auszubildende", "Azubi", "Lehrling", "Lernende"), French, Spanish, Portuguese, Italian, Dutch and the Nordic ones.
 */
const APPRENTICE =
  /(?<![\p{L}])(?:apprentice|auszubildende[rn]?|azubi|lehrling|lernende[rn]?|apprenti(?:e)?|aprendiz|apprendista|leerling|l[æäa]rling)(?![\p{L}])/iu;

/**
 * A promotion or an earlier role told in a sentence of a position's own text, with its date: "Promoted from
 * Software Engineer I (01/2012 - 02/2014).", "Promoted to Subject Matter Expert in 2018.", "Started as Senior
 * Developer (2013) and became tech lead in 2015". The verbs open a sentence (or follow "I", "was", "and"); the words
 * after them must be a title (`titleScore`) of at most six words, dated in a bracket or after "in", "on", "from" or
 * "since": "promoted the use of Kafka" and "started as a side project in 2019" tell no role.
 */
const TOLD_PROMOTION =
  /(?:^|\n\s*(?:[-*]\s+)?|[.;!?•·]\s*|,\s*(?:and\s+)?|\s(?:and|I|was|then)\s+)(?:(?:was\s+|got\s+|being\s+)?promoted\s+(from|to)|(?:started|began|joined)(?:\s+out)?(?:\s+in\s+\d{4})?\s+(as))\s+/giu;

/**
 * "Graduate Developer to Software Developer": the two titles a promotion from one to the other names. The first ends
 * on a non-blank so that it and the blanks before "to" never share a run of spaces (linear on a long line).
 */
export const FROM_TO = /^(\S(?:.*?\S)?)\s+to\s+(\S.*)$/u;

/** What joins the first title of "Started as X (2013)" to the second: "and became", ", then promoted to", "before moving up to". */
const BECAME =
  /^\s*,?\s*(?:and\s+|then\s+|before\s+|until\s+)?(?:then\s+)?(?:was\s+)?(?:became|becoming|promoted\s+to|moved\s+up\s+to|moving\s+up\s+to|stepped\s+up\s+to|rose\s+to|rising\s+to|advanced\s+to|took\s+over\s+as|taking\s+over\s+as)\s+/iu;

/** A title and the date right after it, in a bracket or after a preposition: its words and where the date ends. */
interface ToldTitle {
  title: string;
  from: PartialDate;
  to: PartialDate | null;
  end: number;
}

function toldTitle(text: string): ToldTitle | null {
  // Each way the title closes reads the blanks after it once (no `\s*` before a `\s+`): linear on a long run of spaces.
  const title =
    /^(?:the\s+(?:role|position)\s+of\s+|an?\s+|the\s+)?([\p{L}][\p{L}\p{N}&/'’ -]{1,60}?(?:\s\([^()\d]{1,30}\))?)(?:\s*\(|\s*,\s*(?:in|on|from|since|as\s+of)\s+|\s+(?:in|on|from|since|as\s+of)\s+)/iu.exec(
      text,
    );
  if (!title) return null;
  const name = (title[1] as string).trim();
  // A specialty in brackets after the title ("Software Engineer (Android)") is part of it, scored without.
  const bare = name.replace(/\s*\([^()]*\)$/u, '');
  if (bare.split(/\s+/u).length > 6 || titleScore(bare) === 0) return null;
  // The date starts right after the title, so a short window holds it: reading the rest of the text per match
  // would make a long entry quadratic.
  const date = findDates(text.slice(title[0].length, title[0].length + 80)).at(0);
  if (!date || date.start > 1 || !date.from) return null;
  return { title: name, from: date.from, to: date.to, end: title[0].length + date.end };
}

/**
 * A promotion `TOLD_PROMOTION` found opens a line of the text (or a list item on it), not another sentence's line:
 * a line break stands before "promoted", not after it.
 */
const opensLine = (found: RegExpExecArray) =>
  found.index === 0 || found[0].slice(0, found[0].toLowerCase().indexOf('promoted')).includes('\n');

/** One position told as two: the earlier role and the later, each with its title and dates. */
export interface ToldRoles {
  earlier: { title: string | null; from: PartialDate | null; to: PartialDate };
  later: { title: string | null; from: PartialDate; to: PartialDate | null };
  /** Where in the text the sentence's verb phrase stands. */
  at: number;
  /** The entry's text is the later role's alone ("Promoted from X to <the entry's title> in 2016"). */
  laterOnly?: true;
}

/**
 * The two roles a sentence of `text` tells inside one position, or null: "Promoted from X (range)" is the earlier
 * role X, the position's own title the later from the range's end ("Promoted from X in 2016", no span of X's own,
 * tells no second position); "Promoted to X in 2018" the later role X from
 * then, the position's title the earlier; "Started as X (2013) and became Y in 2015" X from 2013 (the position's
 * start when in that year) and, from 2015, the position's own title (Y as written when the position's title is X).
 * A null title is the position's own.
 */
export function toldRoles(written: string): ToldRoles | null {
  // "… Cucumber in Java Promoted to Senior QA Engineer in 01/2021": a list item whose marker a PDF drew as a shape,
  // read into the line above it; the capitalised verb after a word in small letters opens a sentence of its own.
  const text = written.replace(/(?<=\p{Ll})[ \t](?=Promoted\s+(?:to|from)\s)/gu, '\n');
  for (const found of text.matchAll(TOLD_PROMOTION)) {
    const rest = text.slice((found.index ?? 0) + found[0].length);
    const told = toldTitle(rest);
    if (!told) continue;
    // "Promoted to Staff Engineer in 2022 and led the platform group": a clause that runs on after the date may date
    // what was done, not the title; a told role's date closes its clause (a bracket, a stop, a comma, the line's end).
    const closes = (text: string, end: number) =>
      /^\s*(?:\)|[.,;:!?]|$)/u.test(text.slice(end, end + 200).split('\n')[0] as string);
    if (found[1]?.toLowerCase() === 'from') {
      // "Promoted from Graduate Developer to Software Developer in January 2016": both titles, split at the month.
      // With the year alone ("… in 2018") the entry stays one position under its own title: a year says when the
      // promotion came, not where one position's dates end and the next one's begin.
      const pair = told.to || told.from.month === null ? null : FROM_TO.exec(told.title);
      if (
        pair &&
        closes(rest, told.end) &&
        titleScore(pair[1] as string) > 0 &&
        titleScore(pair[2] as string) > 0
      ) {
        return {
          earlier: { title: pair[1] as string, from: null, to: told.from },
          later: { title: pair[2] as string, from: told.from, to: null },
          at: found.index ?? 0,
          laterOnly: true,
        };
      }
      // "Promoted from Associate in 2016" gives the earlier role no span of its own: the entry stays one position.
      if (!told.to || !closes(rest, told.end)) continue;
      const end = told.to;
      return {
        earlier: { title: told.title, from: told.from, to: end },
        later: { title: null, from: end, to: null },
        at: found.index ?? 0,
      };
    }
    if (found[1]?.toLowerCase() === 'to') {
      // "… took over the route planner in 2020. Promoted to Lead Analyst in Mar 2021.": told after another sentence
      // of its line, the promotion is part of the job's story, which stays one position; a line of its own
      // ("Promoted to Shift Supervisor in 2018, training …") sets the new title apart as a role.
      if (!opensLine(found)) continue;
      if (told.to || !closes(rest, told.end)) continue;
      return {
        earlier: { title: null, from: null, to: told.from },
        later: { title: told.title, from: told.from, to: null },
        at: found.index ?? 0,
      };
    }
    const became = BECAME.exec(rest.slice(told.end).replace(/^\s*\)/u, ''));
    if (!became) continue;
    const after = rest
      .slice(told.end)
      .replace(/^\s*\)/u, '')
      .slice(became[0].length);
    const next = toldTitle(after);
    if (!next || next.to || !closes(after, next.end)) continue;
    return {
      earlier: { title: told.title, from: told.from, to: next.from },
      later: { title: next.title, from: next.from, to: null },
      at: found.index ?? 0,
    };
  }
  return null;
}

/**
 * "Senior Security Researcher from Jan 2021", "Senior QA Engineer since 03/2020": the position's own title, named in
 * its text with the date it was taken from, as the later of two roles (the earlier's title comes from elsewhere).
 */
function toldSince(text: string, own: string): ToldRoles | null {
  const lower = text.toLowerCase();
  const key = own.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
    if (at > 0 && /\p{L}/u.test(text[at - 1] as string)) continue;
    const told = toldTitle(text.slice(at, at + key.length + 100));
    if (!told || told.to || lookupKey(told.title) !== lookupKey(own)) continue;
    return {
      earlier: { title: null, from: null, to: told.from },
      later: { title: null, from: told.from, to: null },
      at,
    };
  }
  return null;
}

/** "QA Engineer → " right before a title on its line as written: a title held before it. */
const HELD_BEFORE = /(?:^|[|,;:]\s*)(\p{L}[^→|,;:()]{0,60}?)\s+(?:→|⟶|-+>)\s*$/u;

/**
 * "QA Engineer → Senior QA Engineer", of which `title` is the last (the one held, see heldInTurn): the title before
 * the arrow, where it reads as a title, located on the line; null otherwise.
 */
export function titleBeforeArrow(
  title: Located,
  lines: readonly DocLine[] | ReadonlyMap<number, DocLine>,
): Located | null {
  const line =
    lines instanceof Map
      ? lines.get(title.line)
      : (lines as readonly DocLine[]).find((candidate) => candidate.n === title.line);
  if (!line || title.column === undefined) return null;
  const found = HELD_BEFORE.exec(line.raw.slice(0, title.column));
  const held = found?.[1]?.trim();
  if (!found || !held || titleScore(held) === 0) return null;
  const column = found.index + found[0].indexOf(found[1] as string);
  return { ...title, value: held, column, endColumn: column + held.length };
}

/**
 * Positions whose own text tells a promotion or an earlier role (see `toldRoles`) become two, split where the text
 * says, both carrying the text (its lines are both positions'): the earlier from the position's start (or the date
 * told, in another year) to the promotion, the later from it to the position's end. Left alone: a position without
 * a title or a start, a date outside its span, a title told that is its own or another position's at the same
 * employer (a promotion already laid out as an entry of its own).
 */
export function splitToldPromotions(positions: PositionDraft[], lines: readonly DocLine[]): void {
  const byNumber = new Map(lines.map((line) => [line.n, line]));
  for (let index = 0; index < positions.length; index++) {
    const draft = positions[index] as PositionDraft;
    if (!draft.title || !draft.start) continue;
    const header = Math.max(
      draft.first,
      ...[draft.title, draft.company, draft.start, draft.end].map((field) => field?.endLine ?? 0),
    );
    let text = '';
    const starts: Array<[number, number]> = [];
    for (let n = header + 1; n <= draft.last; n++) {
      const line = byNumber.get(n);
      if (!line || line.blank) continue;
      starts.push([text.length, n]);
      text += `${line.text.trim()}\n`;
    }
    const own = draft.title.value;
    const arrow = titleBeforeArrow(draft.title, byNumber);
    // Under "X → Y" the text may date only the newest title ("Y from Jan 2021"): the change to it.
    const told = toldRoles(text) ?? (arrow === null ? null : toldSince(text, own));
    if (!told) continue;
    const lineOf = [...starts].reverse().find(([offset]) => offset <= told.at)?.[1] ?? draft.first;
    const employer = lookupKey(draft.company?.value ?? '');
    const taken = new Set(
      positions
        .filter((other) => other !== draft && lookupKey(other.company?.value ?? '') === employer)
        .map((other) => lookupKey(other.title?.value ?? '')),
    );
    // "QA Engineer → Senior QA Engineer" over "Promoted to Senior QA Engineer in 01/2021": the title before the arrow.
    const before = told.earlier.title === null ? arrow : null;
    let earlierTitle = told.earlier.title ?? before?.value ?? own;
    let laterTitle = told.later.title ?? own;
    if (
      told.earlier.title !== null &&
      told.later.title !== null &&
      lookupKey(told.earlier.title) !== lookupKey(own)
    )
      laterTitle = own;
    if (told.earlier.title !== null && lookupKey(told.earlier.title) === lookupKey(own)) earlierTitle = own;
    const titles = [earlierTitle, laterTitle].map((title) => lookupKey(title));
    if (titles[0] === titles[1] || titles.some((title) => taken.has(title))) continue;
    const startKey = monthKey(draft.start.date, false);
    const endKey = draft.current || !draft.end ? Number.POSITIVE_INFINITY : monthKey(draft.end.date, true);
    const split = told.later.from;
    if (monthKey(split, false) <= startKey || monthKey(split, false) > endKey) continue;
    const located = (value: string): Located => ({
      value,
      line: lineOf,
      endLine: lineOf,
      confidence: draft.title?.confidence ?? draft.confidence,
    });
    const dated = (date: PartialDate): LocatedDate => ({ ...located(formatPartialDate(date)), date });
    const from = told.earlier.from;
    const earlierStart =
      from === null || from.year === draft.start.date.year || monthKey(from, false) < startKey
        ? draft.start
        : dated(from);
    // The text telling both is both positions' (their technologies too): a span of details they share.
    const details = [...(draft.details ?? []), { first: header + 1, last: draft.last }];
    // Under "X → Y" the entry's text is the latest title's: the earlier holds its header alone.
    // "Promoted from X to Y in 2016" inside Y's entry: the entry's text is Y's.
    const sharesText =
      (before === null || earlierTitle !== before.value) && !(told.laterOnly && laterTitle === own);
    const earlier: PositionDraft = {
      ...draft,
      ...(sharesText ? { details } : { last: header, highlights: [], summary: [], projects: [] }),
      title:
        earlierTitle === own
          ? draft.title
          : before && earlierTitle === before.value
            ? before
            : located(earlierTitle),
      start: earlierStart,
      end: dated(split),
      current: null,
    };
    const later: PositionDraft = {
      ...draft,
      details,
      title: laterTitle === own ? draft.title : located(laterTitle),
      start: dated(split),
    };
    positions.splice(index, 1, later, earlier);
    index++;
  }
}
