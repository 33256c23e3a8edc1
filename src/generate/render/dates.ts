import type { PartialDateValue } from '../../resume/types.js';
import type { DateShape } from './style.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `YYYY` or `YYYY-MM` (the format's partial dates) into year and month (null for a year only). */
function parts(date: PartialDateValue): { year: number; month: number | null } {
  const [year, month] = String(date).split('-');
  return { year: Number(year), month: month === undefined ? null : Number(month) };
}

/** Whether a shape writes the month: dates rendered without one are only as precise as the year. */
export function shapeHasMonth(shape: DateShape): boolean {
  return shape !== 'YYYY';
}

/** The date as precise as `shape` writes it: `2016-04` stays for `Apr 2016`, becomes `2016` for `YYYY`. */
export function atShapePrecision(date: PartialDateValue, shape: DateShape): string {
  const { year, month } = parts(date);
  return month === null || !shapeHasMonth(shape) ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** One date in a shape; a date without a month is written as its year whatever the shape. */
export function formatDate(date: PartialDateValue, shape: DateShape): string {
  const { year, month } = parts(date);
  if (month === null || !shapeHasMonth(shape)) return String(year);
  const mm = String(month).padStart(2, '0');
  const name = MONTHS[month - 1] as string;
  switch (shape) {
    case 'Mon YYYY':
      return `${name.slice(0, 3)} ${year}`;
    case 'Month YYYY':
      return `${name} ${year}`;
    case 'YYYY/MM':
      return `${year}/${mm}`;
    case 'MM/YYYY':
      return `${mm}/${year}`;
    case 'YYYY.MM':
      return `${year}.${mm}`;
    case 'YYYY-MM':
      return `${year}-${mm}`;
    case "Mon 'YY":
      return `${name.slice(0, 3)} '${String(year % 100).padStart(2, '0')}`;
    default:
      return String(year);
  }
}

/** A date for prose: `April 2016`, or `2016` without a month. */
export function proseDate(date: PartialDateValue): string {
  return formatDate(date, 'Month YYYY');
}

export interface RangeShape {
  shape: DateShape;
  dash: string;
  presentWord: string;
}

/** `Apr 2016 - Nov 2017`, `09/2020 – Now`; a range with neither end is empty, with only a start is the start. */
export function formatRange(
  range: { startDate?: PartialDateValue; endDate?: PartialDateValue; current?: boolean },
  style: RangeShape,
): string {
  const start = range.startDate === undefined ? '' : formatDate(range.startDate, style.shape);
  const end = range.current
    ? style.presentWord
    : range.endDate === undefined
      ? ''
      : formatDate(range.endDate, style.shape);
  if (start === '' || end === '') return start || end;
  return `${start}${style.dash}${end}`;
}
