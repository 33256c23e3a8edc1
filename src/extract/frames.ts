import type { ReadLine } from './line-model.js';

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
  if (lines.filter((line) => BORDER.test(line.text)).length < 2) return [...lines];
  return lines.map((line) => {
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
