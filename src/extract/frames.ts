import { CUT_WORDS, GRID_BORDER, type ReadLine } from './line-model.js';

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

/**
 * A table drawn in ASCII with a border between its rows (`+--------+--------+` over `| 2021 – now | Lead |`),
 * each row one line or several: a row of several lines holds a cell's lines one under the other ("Front-End Lead"
 * over "Pura Vida Apps", a list wrapped over two lines). Each row becomes one line, its first, with its cells between
 * bars as a Markdown table's row is (the bars are read as separators, the borders as a table's rules); a cell's
 * lines are joined by a space where the upper one was wrapped (it fills the cell, or it runs on: "Vue.js, Nuxt,")
 * and by a comma where it was ended by hand, as a Word table's paragraphs are (see read-docx). The row's other
 * lines become blank rules inside the table, so lines keep their numbers (a fact read from a cell's second line points at its row's first
 * line). Tables with no border between rows, and boxes of one cell, are left to `unframe`.
 */
function ungrid(lines: readonly ReadLine[]): ReadLine[] {
  if (lines.filter((line) => GRID_BORDER.test(line.text)).length < 2) return [...lines];
  const result = [...lines];
  let border: number[] | null = null;
  let row: number[] = [];
  const flush = () => {
    if (border === null || row.length < 2) return;
    const edges = border;
    const cells = edges.slice(0, -1).map((edge, index) => {
      const end = edges[index + 1] as number;
      const width = end - edge - 1;
      const pieces = row
        .map((at) => (lines[at] as ReadLine).text.slice(edge + 1, end).trim())
        .filter((piece) => piece !== '');
      return pieces.reduce((joined, piece) => {
        if (joined === '') return piece;
        const upper = joined.split(' · ').pop() as string;
        const wrapped =
          RUNS_ON.test(upper) || upper.length + 1 + (piece.split(/\s/u)[0] as string).length > width - 2;
        return `${joined}${wrapped ? ' ' : ' · '}${piece}`;
      }, '');
    });
    const first = row[0] as number;
    result[first] = { ...(lines[first] as ReadLine), text: `| ${cells.join(' | ')} |` };
    for (const at of row.slice(1)) result[at] = { ...(lines[at] as ReadLine), text: '', rule: true };
  };
  lines.forEach((line, at) => {
    if (GRID_BORDER.test(line.text)) {
      flush();
      border = [...line.text].flatMap((character, index) => (character === '+' ? [index] : []));
      row = [];
    } else if (border !== null && FRAMED.test(line.text)) {
      row.push(at);
    } else {
      flush();
      border = null;
      row = [];
    }
  });
  flush();
  return result;
}
