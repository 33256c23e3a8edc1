import type { ReadLine } from './line-model.js';

/** An Org-mode heading: stars at the margin ("** Skyscanner"), tags at its end (":remote:"). */
const ORG_HEADING = /^(\*+)\s+(\S.*?)(\s+:[\w@#%:]+:)?\s*$/u;
/** Org's own lines: `#+TITLE: …` keywords and the `:PROPERTIES:` … `:END:` drawer around fields. */
const ORG_KEYWORD = /^#\+\w+:/u;
const DRAWER = /^\s*:(?:PROPERTIES|END|LOGBOOK):\s*$/iu;
const PROPERTY = /^(\s*):(\w[\w-]*):(\s+\S.*)$/u;

/**
 * An Org-mode document (a `.txt` with `* Work`, `** Employer` and property drawers): its stars
 * become heading levels, its tags, drawer lines and keyword markers go, and a property
 * (`:FROM: 2021-11`) reads as the labelled field it is (`FROM: 2021-11`). Characters keep their
 * columns (what goes becomes spaces), so provenance still points at the document's own line. A
 * document with no Org keyword line and no drawer is returned as it is.
 */
export function readOutline(lines: readonly ReadLine[]): ReadLine[] {
  const org = lines.some((line) => ORG_KEYWORD.test(line.text) || DRAWER.test(line.text));
  if (!org || !lines.some((line) => ORG_HEADING.test(line.text))) return [...lines];
  return lines.map((line) => {
    if (DRAWER.test(line.text)) return { ...line, text: '' };
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
  });
}
