import type { PartialDate } from '../resume/parse-partial-date.js';
import { monthIndex } from '../resume/parse-partial-date.js';
import type { PositionDraft } from './experience.js';

/** How far (in months) an entry must break the list's order before its year is doubted. */
const OUT_OF_ORDER_MONTHS = 24;

function key(position: PositionDraft): number | null {
  if (position.current) return Number.POSITIVE_INFINITY;
  const date = position.end?.date ?? position.start?.date;
  return date ? monthIndex(date, 'end') : null;
}

function withDecade(date: PartialDate, decade: number): PartialDate {
  const year = Math.floor(date.year / 100) * 100 + decade * 10 + (date.year % 10);
  return { ...date, year };
}

function decadeOf(date: PartialDate): number {
  return Math.floor(date.year / 10) % 10;
}

/**
 * A year mistyped in its decade digit ("Dec 2019 - Dec 2012" for 2009; "Mar 2019 - Aug 2019" between
 * 2012 and 2007 entries) shows as a range that ends before it starts, or as an entry that breaks a
 * newest-first list by years. When exactly one decade digit makes the entry fit its range and its
 * neighbours, that reading is taken, with the document's own text kept in a note; otherwise an end
 * before the start leaves the start out, again with a note. Returns a message per repair.
 */
export function repairYearSlips(positions: PositionDraft[], latestFirstHabit = false): string[] {
  const repairs: string[] = [];
  // dates.ts reads years written latest first ("2020 – 2017") as the span between them: the habit of a document
  // that writes two or more such ranges (`latestFirstHabit`). One alone is read as written, a mistyped decade first,
  // the span between its years the fallback.
  const single = latestFirstHabit ? undefined : positions.find(writtenLatestFirst);
  if (single?.start && single.end) {
    const { start, end } = single;
    single.start = { ...start, date: end.date };
    single.end = { ...end, date: start.date };
  }
  const keys = positions.map(key);
  let newestFirst = 0;
  let oldestFirst = 0;
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1];
    const b = keys[i];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (a >= b) newestFirst++;
    else oldestFirst++;
  }
  positions.forEach((position, index) => {
    const start = position.start;
    const end = position.end;
    if (start && end && monthIndex(end.date, 'end') < monthIndex(start.date, 'start')) {
      const fixes = range(10)
        .map((decade) => withDecade(start.date, decade))
        .filter((date) => monthIndex(date, 'start') <= monthIndex(end.date, 'end'))
        .filter((date) => fitsOrder(positions, index, monthIndex(end.date, 'end'), date));
      const original = start.value;
      if (fixes.length >= 1) {
        // The latest fitting start: the smallest change that mends the range.
        const fixed = fixes[fixes.length - 1] as PartialDate;
        position.start = { ...start, date: fixed, confidence: 0.4 };
        const note = `The document reads "${original}": it ends before it starts; read as starting in ${fixed.year}, a mistyped decade.`;
        position.notes.push(note);
        repairs.push(`line ${start.line}: ${note}`);
      } else if (position === single) {
        position.start = { ...start, date: end.date };
        position.end = { ...end, date: start.date };
        const note = `The document reads "${original}": years latest first, read as the span between them.`;
        position.notes.push(note);
        repairs.push(`line ${start.line}: ${note}`);
      } else {
        position.start = null;
        const note = `The document reads "${original}": it ends before it starts; the start is left out.`;
        position.notes.push(note);
        repairs.push(`line ${start.line}: ${note}`);
      }
      return;
    }
    if (newestFirst < 3 || oldestFirst * 3 > newestFirst || index === 0) return;
    const own = keys[index];
    const previous = keys[index - 1];
    if (own === null || own === undefined || own === Number.POSITIVE_INFINITY) return;
    if (previous === null || previous === undefined || own - previous <= OUT_OF_ORDER_MONTHS) return;
    const dates = [position.start?.date, position.end?.date].filter((date): date is PartialDate => !!date);
    const slipped = dates[dates.length - 1] as PartialDate;
    const fits = range(10)
      .filter((decade) => decade !== decadeOf(slipped))
      .filter((decade) => {
        const moved = dates.map((date) => (date.year === slipped.year ? withDecade(date, decade) : date));
        const last = moved[moved.length - 1] as PartialDate;
        const first = moved[0] as PartialDate;
        return (
          monthIndex(first, 'start') <= monthIndex(last, 'end') &&
          fitsOrder(positions, index, monthIndex(last, 'end'), first)
        );
      });
    if (fits.length !== 1) return;
    const decade = fits[0] as number;
    const written = [...new Set([position.start?.value, position.end?.value].filter(Boolean))].join(' – ');
    for (const which of ['start', 'end'] as const) {
      const value = position[which];
      if (value && value.date.year === slipped.year) {
        position[which] = { ...value, date: withDecade(value.date, decade), confidence: 0.4 };
      }
    }
    const year = withDecade(slipped, decade).year;
    const note = `The document reads "${written}", out of the list's newest-first order; read as ${year}, a mistyped decade.`;
    position.notes.push(note);
    repairs.push(`line ${position.start?.line ?? position.end?.line}: ${note}`);
  });
  return repairs;
}

/** A range of years alone that dates.ts read latest first: its text names the end's year, then the start's. */
function writtenLatestFirst(position: PositionDraft): boolean {
  const { start, end } = position;
  if (!start || !end || start.value !== end.value || start.date.month !== null || end.date.month !== null)
    return false;
  const years = start.value.match(/\d{4}/gu);
  return (
    years?.length === 2 &&
    end.date.year > start.date.year &&
    Number(years[0]) === end.date.year &&
    Number(years[1]) === start.date.year
  );
}

/** Whether an entry ending at `endKey` sits between its neighbours in a newest-first list. */
function fitsOrder(positions: PositionDraft[], index: number, endKey: number, start: PartialDate): boolean {
  const previous = positions[index - 1];
  const next = positions[index + 1];
  const previousKey = previous ? key(previous) : null;
  const nextKey = next ? key(next) : null;
  if (previousKey !== null && endKey > previousKey) return false;
  if (nextKey !== null && nextKey !== Number.POSITIVE_INFINITY && endKey < nextKey) return false;
  const nextStart = next?.start?.date;
  if (nextStart && monthIndex(start, 'start') < monthIndex(nextStart, 'start') - 12 * 10) return false;
  return true;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
