import { findDates } from './dates.js';
import type { ReadLine } from './line-model.js';

/** How much of `text` a complete date range covers; a range left open at a dash ("01/2022 —") is not complete. */
export function coverage(text: string): number {
  const range = findDates(text).find((date) => date.kind === 'range' && !date.openEnded);
  return range ? (range.end - range.start) / Math.max(1, text.trim().length) : 0;
}

/** The gap between two cells of a line: the four spaces a PDF's reader sets, a tab, or a plain text's run of spaces. */
const CELL_GAP = /\t+|[ \u00a0]{3,}/gu;

interface Cell {
  cell: string;
  /** The line without the cell (its columns kept where `keepColumns` asks it). */
  rest: string;
  /** The line with `range` in place of the cell. */
  with: (range: string) => string;
}

/**
 * A line's first cell (`lead`, up to the first gap between cells) or its last (`trail`), the rest of the line, and
 * the line again with the cell replaced. A line of one cell has its first cell only. With `keepColumns` (a plain
 * text, whose columns say what is indented under what) the rest keeps the columns it stood at.
 */
export function cellOf(text: string, side: 'lead' | 'trail', keepColumns: boolean): Cell | null {
  const indent = /^[ \t\u00a0]*/u.exec(text)?.[0] ?? '';
  const body = text.slice(indent.length);
  const gaps = [...body.matchAll(CELL_GAP)].filter((gap) => (gap.index ?? 0) + gap[0].length < body.length);
  const gap = side === 'lead' ? gaps[0] : gaps[gaps.length - 1];
  if (!gap) {
    const cell = body.trim();
    return side === 'lead' ? { cell, rest: '', with: (range) => `${indent}${range}` } : null;
  }
  const at = gap.index ?? 0;
  if (side === 'lead') {
    const after = at + gap[0].length;
    const rest = body.slice(after);
    return {
      cell: body.slice(0, at).trim(),
      rest: keepColumns ? `${' '.repeat(indent.length + after)}${rest}` : rest,
      with: (range) => `${indent}${range}${gap[0]}${rest}`,
    };
  }
  const rest = text.slice(0, indent.length + at);
  return {
    cell: body.slice(at + gap[0].length).trim(),
    rest,
    with: (range) => `${rest}${gap[0]}${range}`,
  };
}

/** The widest a narrow date column's line is: "SEPT. 2019 –", "AUJOURD'HUI". */
const DATE_CELL_CHARACTERS = 16;

/** A dash standing alone: the middle line of a range broken over three lines. */
const LONE_DASH = /^(?:[-‐–—‑−~]|to|bis|à|a|al)$/iu;

/** A token of a date: a dash, a number ("2019", "09/2019"), or a month's word (it dates a year set after it). */
function dateToken(token: string): boolean {
  if (/^(?:[-‐–—‑−~.,]+|\d{1,4}(?:[./-]\d{1,4}){0,2}[.,]?)$/u.test(token)) return true;
  const [month] = findDates(`${token} 2019`);
  return month?.kind === 'single' && month.start === 0 && month.from?.month != null;
}

/** A cell that holds pieces of dates only ("AGO 2019", "JUN – DIC", "–", "ACTUAL", "EN CURSO"), no other word. */
function dateMaterial(cell: string): boolean {
  if (LONE_DASH.test(cell)) return true;
  const ongoing = findDates(`2019 – ${cell}`)[0];
  if (ongoing?.kind === 'range' && ongoing.ongoing && !ongoing.openEnded && ongoing.end === cell.length + 7)
    return true;
  return cell.split(/\s+/u).every(dateToken);
}

/** A range and nothing else: one date mention, a closed range, covering the whole text. */
export function wholeRange(text: string): boolean {
  const dates = findDates(text);
  const range = dates[0];
  return (
    dates.length === 1 &&
    range !== undefined &&
    range.kind === 'range' &&
    !range.openEnded &&
    range.start === 0 &&
    range.end === text.length
  );
}

/**
 * A date column too narrow for its ranges, every range broken over its lines: "AGO 2019" over "–" over "DIC 2021",
 * "JUN – DIC" over "2017", "ENE 2022 –" over "ACTUAL", with the entry's title and employer in the column beside it
 * (the date column on the left, or on the right), as a PDF reader reads a designed template and as `pdftotext
 * -layout` writes one. Where a line's first (or last) cell is a piece of a date that no range completes, and the
 * first (or last) cells of the one or two lines under it complete it to one whole range (nothing else in it), the
 * range is one cell on the first line, and the lines under it keep the rest of their text; a line left empty goes
 * (in a plain text, `keepColumns`, it stays, blank, so that every line keeps its number).
 */
export function joinSplitDateCells(lines: readonly ReadLine[], keepColumns = false): ReadLine[] {
  const result = lines.map((line) => ({ ...line }));
  const piece = (cell: string) =>
    cell !== '' && [...cell].length <= DATE_CELL_CHARACTERS && coverage(cell) < 0.8 && dateMaterial(cell);
  // The cell of the line at `index` on `side`: its own, else the whole line (a date alone under the others).
  const under = (index: number, side: 'lead' | 'trail'): Cell => {
    const text = (result[index] as ReadLine).text;
    return cellOf(text, side, keepColumns) ?? { cell: text.trim(), rest: '', with: (range) => range };
  };
  for (let i = 0; i + 1 < result.length; i++) {
    for (const side of ['lead', 'trail'] as const) {
      const first = cellOf((result[i] as ReadLine).text, side, keepColumns);
      if (!first || !piece(first.cell) || !/\d|\p{L}{3}/u.test(first.cell)) continue;
      const second = under(i + 1, side);
      if (!piece(second.cell)) continue;
      let taken = [{ index: i + 1, rest: second.rest }];
      let range = `${first.cell} ${second.cell}`;
      if (LONE_DASH.test(second.cell) && i + 2 < result.length) {
        const third = under(i + 2, side);
        if (!piece(third.cell)) continue;
        taken = [...taken, { index: i + 2, rest: third.rest }];
        range = `${range} ${third.cell}`;
      }
      if (!wholeRange(range)) continue;
      (result[i] as ReadLine).text = first.with(range);
      for (const { index, rest } of taken) (result[index] as ReadLine).text = rest.trim() === '' ? '' : rest;
      i = taken[taken.length - 1]?.index ?? i;
      break;
    }
  }
  // A plain text keeps one line for each of the file's, so that a fact's line is the file's own.
  if (keepColumns) return result;
  return result.filter((line, index) => line.text !== '' || (lines[index] as ReadLine).text === '');
}
