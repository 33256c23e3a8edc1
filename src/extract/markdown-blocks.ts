/**
 * Markup of static-site Markdown (MkDocs Material, Python-Markdown extensions, Hugo and Jekyll themes) that is no
 * text of the document: the openers of its blocks read as their titles, its icon shortcodes and attribute lists
 * read as nothing.
 */

/**
 * An admonition ('!!! abstract "In short"', '??? note "Earlier"', '???+ tip', '!!! warning ""') or a content
 * tab ('=== "Network planning"', '===! "First"'): `markup` is the span of the line, from its start, that
 * remains as text (the quoted title, or the type word when there is no title; empty for an empty title).
 */
export function blockOpener(line: string): { markup: [number, number] } | null {
  const text = line.trimEnd();
  // Each run of blanks stands between two non-blank parts, so the match is linear in the line.
  const found = /^(?:!!!|\?\?\?\+?|===[!+]?)(?:[ \t]+([\w-]+(?:[ \t]+[\w-]+)*))?(?:[ \t]+"([^"]*)")?$/u.exec(
    text,
  );
  if (!found || (found[1] === undefined && found[2] === undefined)) return null;
  if (text.startsWith('===') && found[2] === undefined) return null;
  if (found[2] !== undefined) {
    const start = text.lastIndexOf('"', text.length - 2) + 1;
    return { markup: [start, start + found[2].length] };
  }
  const type = (found[1] as string).split(/[ \t]/u)[0] as string;
  // With no quoted title only an admonition type makes the line an opener: "!!! Available immediately" is text.
  if (!ADMONITION_TYPES.has(type)) return null;
  const start = text.indexOf(type);
  return { markup: [start, start + type.length] };
}

/** The admonition types of Python-Markdown and MkDocs Material, with their aliases. */
const ADMONITION_TYPES: ReadonlySet<string> = new Set([
  'note',
  'abstract',
  'summary',
  'tldr',
  'info',
  'todo',
  'tip',
  'hint',
  'important',
  'success',
  'check',
  'done',
  'question',
  'help',
  'faq',
  'warning',
  'caution',
  'attention',
  'failure',
  'fail',
  'missing',
  'danger',
  'error',
  'bug',
  'example',
  'quote',
  'cite',
  'seealso',
  'admonition',
]);

/**
 * Spans of a line's text that are markup only: an icon or emoji shortcode (":material-briefcase:",
 * ":octicons-calendar-16:", ":fontawesome-brands-github:", ":rocket:") standing apart from words, and an
 * attribute list ("{ .md-button }", "{#work .section}", "{: .lead }") after an element.
 */
export function markupSpans(segment: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of segment.matchAll(
    /(?<![^\s([])(:[a-z0-9_+]+(?:-[a-z0-9_+]+)*:)(?:[ \t]+|(?=$|[)\],.·|]))/gu,
  )) {
    const start = match.index ?? 0;
    spans.push([start, start + match[0].length]);
  }
  for (const match of segment.matchAll(/\{[ \t]*[.#:][^{}]*\}/gu)) {
    const start = match.index ?? 0;
    spans.push([start, start + match[0].length]);
  }
  return spans;
}
