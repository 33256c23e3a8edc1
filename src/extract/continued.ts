import { lookupKey } from '../catalogue/lookup-key.js';

/**
 * A page break inside a section or a job, as résumés mark it (issue 10): the section's heading again with a
 * continuation word ("Experience (continued)", "Berufserfahrung (Fortsetzung)", "Experiencia profesional
 * (continuación)"), the job's header again ("Zopa Bank – Software Engineer (continued)", "Thales – Ingénieure
 * logiciel (suite)"), or a note at the foot of the page ("Continued on next page"). None of them opens anything: what
 * follows is still the section's, and the job's.
 */

/** The continuation words of the languages résumés are written in, as a page's first line closes with them. */
const CONTINUATION_WORDS = [
  'continued',
  'cont(?:inued|inuation|inuing|d)?\\.?',
  "cont['’]d\\.?",
  'ctd\\.?',
  'suite',
  'fortsetzung',
  'fortgesetzt',
  'forts\\.',
  'fortsättning',
  'fortsettelse',
  'fortsat',
  'continuaci[óo]n',
  'continua[çc][ãa]o',
  'continua',
  'continuazione',
  'seguito',
  'vervolg',
  'ci[ąa]g\\s+dalszy',
  'cd\\.',
  'devam[ıi]',
  'jatkoa',
].join('|');

/** "… (continued)", "… (cont’d)", "… – continued", "…, suite": the words before the mark are group 1. */
const CONTINUED = new RegExp(
  `^(\\S.{0,118}?)(?:\\s*\\(\\s*(?:${CONTINUATION_WORDS})\\s*\\)|\\s*[,–—:]\\s*(?:${CONTINUATION_WORDS})|\\s+-\\s+(?:${CONTINUATION_WORDS}))\\s*:?$`,
  'iu',
);

/**
 * The text of a line that repeats a heading or a job's header after a page break, without its continuation mark
 * ("Experience (continued)" gives "Experience"); null for any other line.
 */
export function continuedText(text: string): string | null {
  const trimmed = text.trim();
  // A repeated heading or header is short; a long line is never one, and is not searched.
  if (trimmed.length > 160) return null;
  const found = CONTINUED.exec(trimmed);
  return found ? (found[1] as string).trim() : null;
}

/**
 * "Continued on next page", "(continued overleaf)", "Fortsetzung auf Seite 2", "Suite page suivante", "Continúa en la
 * página siguiente": a note at the foot of a page that the text goes on.
 */
const CONTINUES_OVERLEAF = new RegExp(
  [
    String.raw`(?:continued|continues|cont(?:inued|d)?\.?)\s+(?:on\s+(?:the\s+)?(?:next|following)\s+page|on\s+(?:page|p\.)\s*\d+|overleaf)`,
    String.raw`fortsetzung\s+(?:auf\s+(?:der\s+)?(?:n[äa]chsten\s+seite|seite\s+\d+))`,
    String.raw`suite\s+(?:(?:[àa]\s+la\s+)?page\s+suivante|au\s+verso|(?:en\s+)?page\s+\d+)`,
    String.raw`contin[úu]a\s+(?:en\s+(?:la\s+)?)?(?:p[áa]gina\s+siguiente|(?:p[áa]gina|p[áa]g\.)\s*\d+)`,
    String.raw`continua\s+(?:na\s+)?(?:p[áa]gina\s+seguinte|pr[óo]xima\s+p[áa]gina)`,
  ]
    .map((alternative) => `^[\\s(\\[–—-]*(?:${alternative})[\\s)\\].…–—-]*$`)
    .join('|'),
  'iu',
);

/** True when `text` is a note that the text goes on over the page (see CONTINUES_OVERLEAF). */
export function continuesOverleaf(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 80 && CONTINUES_OVERLEAF.test(trimmed);
}

/** Separators between a header's fields: "Employer – Title", "Title, Employer", "Title | Employer", "Title @ Employer". */
const FIELD_SEPARATOR = /\s+[–—|·@-]\s+|,\s+|\t+/u;

/**
 * True when the header `repeated` (a job's header after a page break, its mark taken off) names what the section's
 * text `above` already holds: its first field ("Zopa Bank" of "Zopa Bank – Software Engineer") written there.
 */
export function repeatsAbove(repeated: string, above: string): boolean {
  const first = lookupKey(repeated.split(FIELD_SEPARATOR)[0] ?? '');
  return first.length >= 2 && lookupKey(above).includes(first);
}
