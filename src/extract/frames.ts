import { CUT_WORDS, MARKER_GLYPHS, type ReadLine } from './line-model.js';

/** A frame's border: `+-----+`, `+=====+`, or one with a title in it (`+--[ WORK ]-------+`). */
const BORDER = /^(\s*)\+([-=]+(?:\[?\s*([^\]\-=+|][^\]|+]*?)\s*\]?[-=]+)?)\+\s*$/u;
/** A line inside a frame: text between a left and a right bar. */
const FRAMED = /^(\s*)\|(.*)\|\s*$/u;

/**
 * Text drawn inside ASCII-art boxes (`+--[ EXPERIENCE ]---+` over `| DJI ... 2020 - now |`): the
 * borders are no part of what the document says. Once a document draws at least two borders, each
 * border becomes a blank line (or the title it carries, as a line of its own) and each framed line
 * its text without the bars. Every character keeps its column (bars become spaces), so a fact's
 * position still points at the document's own line.
 */
export function unframe(lines: readonly ReadLine[]): ReadLine[] {
  const gridded = ungrid(lines);
  if (gridded.filter((line) => BORDER.test(line.text)).length < 2) return gridded;
  return gridded.map((line) => {
    const border = BORDER.exec(line.text);
    if (border) {
      const title = border[3]?.trim();
      if (!title) return { ...line, text: '' };
      const at = line.text.indexOf(title);
      return { ...line, text: `${' '.repeat(at)}${title}` };
    }
    const framed = FRAMED.exec(line.text);
    if (framed) return { ...line, text: `${framed[1]} ${(framed[2] as string).trimEnd()}` };
    return line;
  });
}

/** A phrase that surely runs on: it ends in a comma, a hyphen or a word a phrase cannot end with. */
const RUNS_ON = new RegExp(`(?:[,&/-]|\\s(?:${CUT_WORDS}))$`, 'iu');

/** A grid table's border: `+------+-------+`, two cells or more. */
const GRID_BORDER = /^\s*\+(?:[-=]+\+){2,}\s*$/u;
/** A cell's line that opens a list item: the cell holds a list, no fields set one under the other. */
const ITEM = new RegExp(String.raw`^(?:[${MARKER_GLYPHS}]|\d{1,2}[.)])\s`, 'u');

/**
 * A table drawn in ASCII with a border between its rows (`+--------+--------+` over `| 2021 – now | Lead |`),
 * each row one line or a few: a row of several lines holds a cell's lines one under the other ("Front-End Lead"
 * over "Pura Vida Apps", a list wrapped over two lines). Each row becomes one line, its first, with its cells between
 * bars as a Markdown table's row is (the bars are read as separators, the borders as a table's rules); a cell's
 * lines are joined by a space where the upper one was wrapped (it fills the cell, or it runs on: "Vue.js, Nuxt,")
 * and by " · " where it was ended by hand, as a field of its own. The row's other lines become blank rules inside
 * the table, so lines keep their numbers (a fact read from a cell's second line points at its row's first line).
 * A table whose rows hold more (a cell of four lines or more, or a list: "| | - Built the ledger |") is a page of
 * text laid out in a grid, left as it is; so are tables with no border between rows, and boxes of one cell (see
 * `unframe`).
 */
function ungrid(lines: readonly ReadLine[]): ReadLine[] {
  if (lines.filter((line) => GRID_BORDER.test(line.text)).length < 2) return [...lines];
  const result = [...lines];
  // Each table: its borders' lines, and its rows (the line numbers between two borders) under their border's edges.
  const tables: { borders: number[]; rows: { edges: number[]; at: number[] }[] }[] = [];
  let table: (typeof tables)[number] | null = null;
  let edges: number[] = [];
  lines.forEach((line, at) => {
    if (GRID_BORDER.test(line.text)) {
      if (table === null) {
        table = { borders: [], rows: [] };
        tables.push(table);
      }
      table.borders.push(at);
      edges = [...line.text].flatMap((character, index) => (character === '+' ? [index] : []));
      table.rows.push({ edges, at: [] });
    } else if (table !== null && FRAMED.test(line.text)) {
      (table.rows[table.rows.length - 1] as { at: number[] }).at.push(at);
    } else {
      table = null;
    }
  });
  const cellPieces = (edges: number[], at: number[]) =>
    edges
      .slice(0, -1)
      .map((edge, index) =>
        at
          .map((n) => (lines[n] as ReadLine).text.slice(edge + 1, edges[index + 1]).trim())
          .filter((piece) => piece !== ''),
      );
  for (const { borders, rows } of tables) {
    const filled = rows.filter((row) => row.at.length > 0);
    const fielded = filled.every(
      (row) =>
        row.at.length <= 3 &&
        cellPieces(row.edges, row.at).every((pieces) => !pieces.some((piece) => ITEM.test(piece))),
    );
    if (!fielded || filled.every((row) => row.at.length < 2)) continue;
    for (const at of borders) result[at] = { ...(lines[at] as ReadLine), rule: true };
    for (const row of filled) {
      if (row.at.length < 2) continue;
      const cells = cellPieces(row.edges, row.at).map((pieces, index) => {
        const width = (row.edges[index + 1] as number) - (row.edges[index] as number) - 1;
        return pieces.reduce((joined, piece) => {
          if (joined === '') return piece;
          const upper = joined.split(' · ').pop() as string;
          const wrapped =
            RUNS_ON.test(upper) || upper.length + 1 + (piece.split(/\s/u)[0] as string).length > width - 2;
          return `${joined}${wrapped ? ' ' : ' · '}${piece}`;
        }, '');
      });
      const first = row.at[0] as number;
      result[first] = { ...(lines[first] as ReadLine), text: `| ${cells.join(' | ')} |` };
      for (const at of row.at.slice(1)) result[at] = { ...(lines[at] as ReadLine), text: '', rule: true };
    }
  }
  return result;
}

/**
 * A leader of dots between a line's fields, as typed résumés align them ("Staff Engineer ........ Spotify ........
 * 2022 - present", "Teaching Assistant ... KTH ... 2014 - 2016", "Languages........Scala"): three dots or more between
 * spaces, or four or more anywhere, before more text on the line; two dots only between words ("KTH Royal Institute
 * of Technology .. MSc"), since "2020-03 .. today" and "2014 .. 2016" write a range. A run of four dots or more is
 * tried from its first dot only (`(?<!\.)`), so a run with no text after it is scanned once, not once per dot.
 */
const LEADER =
  /(?<=[ \t])\.{3,}(?=[ \t])|\.\.(?<=[\p{L})][ \t]+\.\.)(?=[ \t]+[\p{L}(])|(?<!\.)\.{4,}(?=[ \t]*[^\s.])/gu;

/**
 * A typed document's leaders of dots read as the wide gaps they stand for, each dot a space (so every character keeps
 * its column): every reader already takes a wide gap for the edge between two fields.
 */
export function unleader(lines: readonly ReadLine[]): ReadLine[] {
  return lines.map((line) =>
    line.text.includes('..')
      ? { ...line, text: line.text.replace(LEADER, (dots) => ' '.repeat(dots.length)) }
      : line,
  );
}
