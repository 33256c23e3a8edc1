import { formatPartialDate, type PartialDate } from '../resume/parse-partial-date.js';

/**
 * The extractor's date grammar: finds the dates and date ranges a résumé writes, at the precision
 * it writes them (a year stays a year, a month stays a month; a season or a quarter is read as its
 * year, since the format has no finer unit that would not be invented).
 *
 * Single dates: `2019`, `Apr 2016`, `April 2016`, `Sept. 2019`, `Jun '18`, `June 15, 2020`,
 * `15 June 2020`, `2019/12`, `2018.07`, `2019-12`, `2019-12-01`, `09/2020`, `9.2020`, `Summer 2014`,
 * `01/10/2013` and `15.03.2019` (day first, as Europass writes them; `10/31/2013` when only a month first reads),
 * `Q3 2019`, German, French and Spanish month names (`Okt 2019`, `janv. 2020`, `mayo 2018`).
 * Ongoing: present, now, current(ly), today, ongoing, till date, to date, till now, and their German,
 * French, Spanish, Portuguese, Italian, Dutch, Polish and Scandinavian words (heute, aujourd'hui, actualidad,
 * atualmente, oggi, heden, obecnie, idag, nu, …), as European engineers leave them in an English CV.
 * Ranges join two of them with -, –, —, ~, →, to, till, until, through, thru (`2013–19` and
 * `Jan – Mar 2020` too; Markdown marks may wrap each end), or say `since 2020`, `from 2015 to 2018`,
 * `2020 onwards`, `2019 –`, `(2019–)`, `2019 – …`. `06/15 – 07/17` and `'16 – '19` are read only as ranges.
 */

export interface DateMention {
  /** Character offsets of the whole expression in the text searched. */
  start: number;
  end: number;
  /** A range (two ends, or a start that runs on), a single date, or an ongoing word alone. */
  kind: 'range' | 'single' | 'ongoing';
  from: PartialDate | null;
  to: PartialDate | null;
  /** The end is "present", "now", … or the range is open (`since 2020`, `2020 –`). */
  ongoing: boolean;
  /** Open only by a dash at the end of the text (`2020 –`): its end may be on the next line. */
  openEnded?: boolean;
  /** The text of the expression as written. */
  text: string;
}

const MONTHS: readonly [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['sept', 9],
];

/**
 * Month names a European writes in a CV (German, French, Spanish, Portuguese, Italian, Dutch), where they
 * differ from the English ones; a word is listed with its usual abbreviation as its own entry.
 */
const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1],
  ['janv', 1],
  ['janvier', 1],
  ['enero', 1],
  ['janeiro', 1],
  ['gennaio', 1],
  ['januari', 1],
  ['februar', 2],
  ['févr', 2],
  ['fevr', 2],
  ['février', 2],
  ['fevrier', 2],
  ['febrero', 2],
  ['fevereiro', 2],
  ['febbraio', 2],
  ['februari', 2],
  ['mär', 3],
  ['märz', 3],
  ['mars', 3],
  ['marzo', 3],
  ['março', 3],
  ['marco', 3],
  ['maart', 3],
  ['avr', 4],
  ['avril', 4],
  ['abril', 4],
  ['aprile', 4],
  ['mai', 5],
  ['mayo', 5],
  ['maio', 5],
  ['maggio', 5],
  ['mei', 5],
  ['juni', 6],
  ['juin', 6],
  ['junio', 6],
  ['junho', 6],
  ['giugno', 6],
  ['juli', 7],
  ['juil', 7],
  ['juillet', 7],
  ['julio', 7],
  ['julho', 7],
  ['luglio', 7],
  ['août', 8],
  ['aout', 8],
  ['agosto', 8],
  ['augustus', 8],
  ['septembre', 9],
  ['septiembre', 9],
  ['setiembre', 9],
  ['setembro', 9],
  ['settembre', 9],
  ['okt', 10],
  ['oktober', 10],
  ['octobre', 10],
  ['octubre', 10],
  ['outubro', 10],
  ['ottobre', 10],
  ['novembre', 11],
  ['noviembre', 11],
  ['novembro', 11],
  ['dez', 12],
  ['dezember', 12],
  ['déc', 12],
  ['décembre', 12],
  ['decembre', 12],
  ['diciembre', 12],
  ['dezembro', 12],
  ['dicembre', 12],
]);

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const foreign = FOREIGN_MONTHS.get(lower);
  if (foreign !== undefined) return foreign;
  if (lower.length < 3) return null;
  for (const [name, number] of MONTHS) {
    if (name.startsWith(lower) && (lower.length >= 3 || lower === name)) return number;
  }
  return null;
}

/** Longest first, so that `märz` is not read as `mär` followed by a letter. */
const FOREIGN_MONTH = [...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const ENGLISH_MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH = String.raw`(?:${ENGLISH_MONTH}|${FOREIGN_MONTH})\.?`;
/**
 * A comma between a month and its year ("June 15, 2020", "May, 2019") is written after an English month
 * name only: "Acme — Marco, 2019" names a place, then the year. `tail` is what may stand between the name
 * and the comma.
 */
const COMMA_AFTER_ENGLISH_MONTH = (tail: string) => String.raw`(?<=(?<!\p{L})${ENGLISH_MONTH}\.?${tail}),`;
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const ONGOING = String.raw`(?:present(?:\s+day)?|now|current(?:ly)?|today|ongoing|(?:till|until|up\s+to|to)\s+(?:date|now|present)|pres\.|as\s+of\s+(?:today|now)|heute|jetzt|aktuell|aujourd['’]hui|en\s+cours|actualidad|actualmente|atualmente|presente|oggi|heden|obecnie|idag|nå|nu|a\s+la\s+fecha|hasta\s+la\s+fecha)`;
/** Characters that may not touch a date on either side (it would be part of a longer token). */
const BEFORE = String.raw`(?<![\p{L}\p{N}$£€#+])(?:(?<!\d[.,/])|(?<=(?<!\p{N})${YEAR}/))`;
const AFTER = String.raw`(?![\p{L}\p{N}%+]|[.,]\d)`;

const SINGLE = new RegExp(
  [
    // 1: Month [day,] Year | Month 'YY | Month "de" Year (Spanish and Portuguese: "enero de 2018")
    String.raw`(?<m1>${MONTH})(?:\s+de\s+|(?:\s|${COMMA_AFTER_ENGLISH_MONTH(String.raw`[\s,]*`)})*(?:(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:${COMMA_AFTER_ENGLISH_MONTH(String.raw`[\s,]*[0-3]?\d(?:st|nd|rd|th)?`)})?\s+)?)(?:(?<y1>${YEAR})|['’‘](?<yy1>\d\d))`,
    // 2: Day Month Year; a day is never set apart from its month by a column's gap ("Brain Station 23    Jul 2016")
    String.raw`(?<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \u00a0]{1,2}(?<m2>${MONTH})(?:${COMMA_AFTER_ENGLISH_MONTH('')})?\s+(?<y2>${YEAR})`,
    // 3: Season Year | Quarter Year
    String.raw`(?:(?<season>${SEASON})|(?<quarter>Q[1-4]))[\s,]*(?:(?<y3>${YEAR})|['’‘](?<yy3>\d\d))`,
    // 4: Year/Month[/Day] with / . or -
    String.raw`(?<y4>${YEAR})(?<sep4>[/.-])(?<m4>${MONTH_NUMBER})(?:\k<sep4>(?<d4>[0-3]\d))?`,
    // 4b: Day/Month/Year (Europass, most of the world) or Month/Day/Year when the day shows it (US)
    String.raw`(?<d8>[0-3]?\d)(?<sep8>[/.-])(?<m8>[0-3]?\d)\k<sep8>(?<y8>${YEAR})`,
    // 5: Month/Year with / . or -
    `(?<m5>${MONTH_NUMBER})[/.-](?<y5>${YEAR})`,
    // 5b: Month/YY (`06/15 – 07/17`), and 5c: 'YY alone (`'16 – '19`): only kept as an end of a range
    String.raw`(?<m9>${MONTH_NUMBER})/(?<yy9>\d\d)`,
    String.raw`['’‘](?<yy10>\d\d)`,
    // 6: a month word alone (only kept as the start of a range that names the year once: Jan – Mar 2020)
    `(?<m6>${MONTH})`,
    // 7: Year alone
    `(?<y7>${YEAR})`,
    // 8: ongoing words
    `(?<ongoing>${ONGOING})`,
  ]
    .map((alternative) => `${BEFORE}(?:${alternative})${AFTER}`)
    .join('|'),
  'giu',
);

/** A date as a number that orders it: an unknown month is the year's first for a start, its last for an end. */
export function monthKey(date: PartialDate, end: boolean): number {
  return date.year * 100 + (date.month ?? (end ? 12 : 1));
}

/**
 * A dash as résumés type it: hyphen, en/em dash and their look-alikes, `--`, `- -`, an HTML entity, or
 * an arrow or pointer a designed template sets between the years (`2021 ▸ now`, `2016 ► 2018`).
 */
const DASH = String.raw`(?:[-–—‑−‒―~→▸►▶➔➜➝➞⟶⇒]|&[nm]dash;)(?:\s?(?:[-–—‑−‒―~→▸►▶➔➜➝➞⟶⇒]|&[nm]dash;))*`;
/** Markdown emphasis or code marks that may close one end and open the other (`*Jan 2020* – *Mar 2021*`). */
const MARKS = '[*_`]*';
/**
 * What may stand between the two ends of a range: a dash, a word, the `..` of a range in code
 * ("2017-01 .. 2020-02"), or the labelled end of a form's pair of fields ("From: 04/2022   To: Current").
 */
const CONNECTOR = new RegExp(
  String.raw`^${MARKS}\s*(?:${DASH}|->|/|\.{2,3}|to|till|until|thru|through|and|[,;|]?\s*(?:to|until|end(?:\s+date)?)\s*[:：])\s*${MARKS}$`,
  'iu',
);
/** A start with nothing after its dash, or a placeholder for the unknown end (`2019 – …`, `2019 - ?`). */
const OPEN_END = new RegExp(String.raw`^\s*(?:${DASH}|->)\s*(?:\.{2,}|…|\?)?\s*$`, 'u');
/** The same inside brackets (`(2019–)`, `[2019 - ]`): the bracket closes it, so its end is nowhere else. */
const OPEN_IN_BRACKETS = new RegExp(String.raw`^\s*(?:${DASH}|->)\s*(?:\.{2,}|…|\?)?(?=\s*[)\]])`, 'u');
// "seit 04/2021", "depuis 2019", "desde 2020": since, in German, French, Spanish and Portuguese.
const SINCE_BEFORE =
  /(?:^|[^\p{L}])(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|seit|depuis|desde)\s+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])(?:from|between|start(?:\s+date)?\s*[:：]|from\s*[:：])\s+$/iu;
const ONWARDS_AFTER = /^\s*(?:onwards?|to\s+(?:present|date|now))(?![\p{L}])/iu;

interface Single {
  start: number;
  end: number;
  date: PartialDate | null;
  /** A month named without its year (`Jan` of `Jan – Mar 2020`). */
  monthOnly: number | null;
  ongoing: boolean;
  /** A shape too ambiguous alone (`06/15`, `'16`): a date only as an end of a range of its own kind. */
  rangeOnly?: boolean;
  /** A two-digit year written with an apostrophe, or a season/quarter: the year is all it gives. */
  text: string;
}

function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigitYear(yy: string): number {
  const value = Number(yy);
  // Résumés name years of working life: '95 is 1995, '18 is 2018.
  return value >= 50 ? 1900 + value : 2000 + value;
}

function readSingle(match: RegExpExecArray): Single | null {
  const g = match.groups ?? {};
  const start = match.index;
  const end = start + match[0].length;
  const base = { start, end, monthOnly: null, ongoing: false, text: match[0] };
  const date = (year: number, month: number | null, day: number | null): Single | null => {
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (month === null || !validDay(year, month, day))) return null;
    return { ...base, date: { year, month, day } };
  };
  if (g.m1 !== undefined) {
    const year = g.y1 !== undefined ? Number(g.y1) : twoDigitYear(g.yy1 ?? '');
    return date(year, monthNumber(g.m1), g.d1 !== undefined ? Number(g.d1) : null);
  }
  if (g.m2 !== undefined) return date(Number(g.y2), monthNumber(g.m2), Number(g.d2));
  if (g.season !== undefined || g.quarter !== undefined) {
    return date(g.y3 !== undefined ? Number(g.y3) : twoDigitYear(g.yy3 ?? ''), null, null);
  }
  if (g.y4 !== undefined) {
    return date(Number(g.y4), Number(g.m4), g.d4 !== undefined ? Number(g.d4) : null);
  }
  if (g.d8 !== undefined) {
    // 01/10/2013 is the first of October; 10/31/2013 can only be October the 31st.
    const [first, second] = [Number(g.d8), Number(g.m8)];
    return second > 12 ? date(Number(g.y8), first, second) : date(Number(g.y8), second, first);
  }
  if (g.m5 !== undefined) return date(Number(g.y5), Number(g.m5), null);
  if (g.m9 !== undefined) {
    const single = date(twoDigitYear(g.yy9 ?? ''), Number(g.m9), null);
    return single && { ...single, rangeOnly: true };
  }
  if (g.yy10 !== undefined) {
    const single = date(twoDigitYear(g.yy10), null, null);
    return single && { ...single, rangeOnly: true };
  }
  if (g.m6 !== undefined) {
    const month = monthNumber(g.m6);
    // "may" alone is a verb far more often than a month.
    if (month === null || /^may$/i.test(g.m6)) return null;
    return { ...base, date: null, monthOnly: month };
  }
  if (g.y7 !== undefined) return date(Number(g.y7), null, null);
  if (g.ongoing !== undefined) return { ...base, date: null, ongoing: true };
  return null;
}

function singles(text: string): Single[] {
  const found: Single[] = [];
  SINGLE.lastIndex = 0;
  for (let match = SINGLE.exec(text); match; match = SINGLE.exec(text)) {
    const single = readSingle(match);
    if (single) found.push(single);
  }
  return found;
}

/** `2013–19`: the end of a range written with two digits. */
const SHORT_END = /^(\s*(?:[-–—‑−~→]+|to|till|until)\s*)(\d\d)(?![\p{L}\p{N}])/iu;

/** Every date expression in `text`, ranges joined, left to right, not overlapping. */
export function findDates(text: string): DateMention[] {
  let found = foundDates.get(text);
  if (!found) {
    if (foundDates.size >= FOUND_DATES_KEPT) foundDates.clear();
    found = Object.freeze(readDates(text).map(frozen));
    foundDates.set(text, found);
  }
  return found.slice();
}

/** A mention frozen to its dates, since the cache hands the same one to every caller. */
function frozen(mention: DateMention): DateMention {
  if (mention.from) Object.freeze(mention.from);
  if (mention.to) Object.freeze(mention.to);
  return Object.freeze(mention);
}

/**
 * The dates of texts read lately: the readers ask for a line's dates several times (its section, its entry, its
 * header). Shared by every document read in the process, concurrent ones too, which is sound because
 * `readDates` depends on its text alone (no catalogue, no document, no clock) and callers get frozen mentions
 * they cannot change. Bounded; `forgetDates` empties it between documents to keep it small.
 */
const foundDates = new Map<string, readonly Readonly<DateMention>[]>();
const FOUND_DATES_KEPT = 4096;

/** Empties the dates kept for the document read before (see `foundDates`). */
export function forgetDates(): void {
  foundDates.clear();
}

function readDates(text: string): DateMention[] {
  const found = singles(text);
  const mentions: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Single;
    const b = found[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    // "March 2018 till date": the ongoing phrase brings its own connector.
    const joined =
      CONNECTOR.test(between) ||
      (b?.ongoing === true && /^\s*$/u.test(between) && /^(?:till|until|up|to)\b/iu.test(b.text));
    const sameKind = !(a.rangeOnly || b?.rangeOnly) || (a.rangeOnly && (b?.rangeOnly || b?.ongoing));
    if (b && !a.ongoing && joined && (b.date || b.ongoing) && sameKind) {
      let from = a.date;
      if (a.monthOnly !== null) {
        if (!b.date) continue;
        // Jan – Mar 2020; Nov – Feb 2020 runs over the new year.
        const year = b.date.month !== null && a.monthOnly > b.date.month ? b.date.year - 1 : b.date.year;
        from = { year, month: a.monthOnly, day: null };
      }
      let start = a.start;
      const before = text.slice(0, a.start);
      const fromWord = FROM_BEFORE.exec(before);
      if (fromWord) start = a.start - fromWord[0].trimStart().length;
      mentions.push({
        start,
        end: b.end,
        kind: 'range',
        from,
        to: b.date,
        ongoing: b.ongoing,
        text: text.slice(start, b.end),
      });
      i++;
      continue;
    }
    if (a.monthOnly !== null || a.rangeOnly) continue;
    if (a.date) {
      const after = text.slice(a.end);
      const short = a.date.month === null ? SHORT_END.exec(after) : null;
      if (short) {
        const century = Math.floor(a.date.year / 100) * 100;
        const year = century + Number(short[2]);
        if (year >= a.date.year) {
          const end = a.end + short[0].length;
          mentions.push({
            start: a.start,
            end,
            kind: 'range',
            from: a.date,
            to: { year, month: null, day: null },
            ongoing: false,
            text: text.slice(a.start, end),
          });
          continue;
        }
      }
      const since = SINCE_BEFORE.exec(text.slice(0, a.start));
      const onwards = ONWARDS_AFTER.exec(after);
      const openDash = !b && OPEN_END.test(after);
      const inBrackets = since || onwards || openDash ? null : OPEN_IN_BRACKETS.exec(after);
      if (since || onwards || openDash || inBrackets) {
        const start = since ? a.start - since[0].trimStart().length : a.start;
        const end = onwards
          ? a.end + onwards[0].length
          : openDash
            ? text.length
            : a.end + (inBrackets?.[0].length ?? 0);
        const cut = text.slice(start, end).replace(/\s+$/u, '');
        mentions.push({
          start,
          end: start + cut.length,
          kind: 'range',
          from: a.date,
          to: null,
          ongoing: true,
          text: cut,
          ...(openDash && !since && !onwards && { openEnded: true }),
        });
        // An ongoing word the range took in ("2020 to date") is not a date of its own.
        while (found[i + 1] && (found[i + 1] as Single).start < start + cut.length) i++;
        continue;
      }
      mentions.push({
        start: a.start,
        end: a.end,
        kind: 'single',
        from: a.date,
        to: null,
        ongoing: false,
        text: a.text,
      });
      continue;
    }
    mentions.push({
      start: a.start,
      end: a.end,
      kind: 'ongoing',
      from: null,
      to: null,
      ongoing: true,
      text: a.text,
    });
  }
  return mentions;
}

/** A date as the résumé format writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatDate(date: PartialDate): string {
  return formatPartialDate(date);
}

export interface DateRange {
  startDate?: string;
  endDate?: string;
  current?: boolean;
}

/** The range one expression gives, in the résumé format (for tests and simple callers). */
export function parseDateRange(text: string): DateRange | null {
  const [mention] = findDates(text);
  if (!mention) return null;
  return rangeOf(mention);
}

export function rangeOf(mention: DateMention): DateRange {
  const range: DateRange = {};
  if (mention.from) range.startDate = formatDate(mention.from);
  if (mention.to) range.endDate = formatDate(mention.to);
  if (mention.ongoing) range.current = true;
  if (mention.kind === 'single' && mention.from) return { startDate: formatDate(mention.from) };
  return range;
}
