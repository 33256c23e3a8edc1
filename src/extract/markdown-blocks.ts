import { findDates } from './dates.js';
import { COLOPHON, COPYRIGHT } from './skills.js';
import { findDegree, sectionKind } from './vocabulary.js';

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
 * attribute list ("{ .md-button }", "{#work .section}", "{: .lead }", pandoc's "{data-icon=laptop}", "{width=80%}")
 * after an element.
 */
export function markupSpans(segment: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of segment.matchAll(
    /(?<![^\s([])(:[a-z0-9_+]+(?:-[a-z0-9_+]+)*:)(?:[ \t]+|(?=$|[)\],.·|]))/gu,
  )) {
    const start = match.index ?? 0;
    spans.push([start, start + match[0].length]);
  }
  for (const match of segment.matchAll(/\{[ \t]*(?:[.#:]|[\w-]+=)[^{}]*\}/gu)) {
    const start = match.index ?? 0;
    spans.push([start, start + match[0].length]);
  }
  return spans;
}

/**
 * A Markdown page's lines as a reader sees them where the page's source is not its text: a TOML front matter (Hugo,
 * between `+++` lines) reads as the YAML one it stands for; MDX's `import`/`export` lines read as nothing; a
 * component that carries an entry in its props (JSX `<Job company="…" role="…" period="…">`, its props on one line
 * or one a line; a Hugo shortcode `{{< job title="…" dates="…" >}}`) reads as the line "Title · Organisation ·
 * Degree, Field · Place · dates" its rendering shows, and a component or shortcode that carries none as nothing
 * (`<Tabs>`, `{{< /job >}}`, `<Icon name="github" />`, a tab's `<TabItem label="M.Sc.">`, whose label its content
 * repeats); a timeline of typed items reads as sections of their kinds (`timelineItems`), and a content tab over
 * headed entries as nothing (`headedTabs`). One line out for each line in: a component's other lines are left blank.
 */
export function readMarkdownSource(lines: readonly string[]): string[] {
  const out = [...lines];
  tomlFrontMatter(out);
  pageFooter(out);
  timelineItems(out);
  yearTimeline(out);
  headedTabs(out);
  let lastText = out.length - 1;
  while (lastText >= 0 && (out[lastText] as string).trim() === '') lastText--;
  // The level of the skills section's heading the line is in, 0 outside one.
  let skillsLevel = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i] as string;
    const level = headingLevel(line);
    if (level > 0 && (skillsLevel === 0 || level <= skillsLevel))
      skillsLevel = sectionKind(line.replace(/^[ \t]*#+[ \t]*/u, '').trim()) === 'skills' ? level : 0;
    if (MDX_ESM.test(line)) {
      out[i] = '';
      continue;
    }
    if (tagLine(line)) {
      out[i] = skillsLevel > 0 && i !== lastText ? tagNames(line) : '';
      continue;
    }
    const fenceTitle = fencedDivTitle(line);
    if (fenceTitle !== null) {
      out[i] = fenceTitle;
      continue;
    }
    const shortcode = SHORTCODE.exec(line.trim());
    if (shortcode) {
      out[i] = shortcode[2] !== undefined ? '' : shortcodeText((shortcode[3] as string).trim());
      continue;
    }
    const chips = chipTexts(line);
    if (chips) {
      out[i] = chips.join(', ');
      continue;
    }
    const open = COMPONENT_OPEN.exec(line);
    if (!open) continue;
    // The props run to the first line that ends the tag (`>` or `/>`); any other line in between must be props.
    let source = line.slice(open[0].length);
    let last = i;
    while (!TAG_END.test(source)) {
      last++;
      const next = out[last];
      if (next === undefined || last - i > MAX_PROP_LINES || !isPropLine(next)) break;
      source += ` ${next}`;
    }
    // A tag with text after it on its line (`<Job company="X">Text</Job>`) is left to the HTML reading.
    const end = TAG_END.exec(source);
    if (!end || !isPropLine(source)) continue;
    const props = source.slice(0, end.index);
    // A component with no `key=value` prop is a layout's (`<Tabs>`).
    if (!props.includes('=')) continue;
    out[i] = componentText(attributes(props));
    for (let k = i + 1; k <= last; k++) out[k] = '';
    i = last;
  }
  return out;
}

/**
 * An item of a timeline that opens with its type in bold, as Stack Overflow's Developer Story writes each one
 * ("**Position** — **Title** at **Employer**", "**Education:** B.S., …", "**Open source** — name"): group 2 the type.
 * The blanks before a separator are read inside its group, so that with no separator only one run of blanks is tried.
 */
const TIMELINE_ITEM = /^[ \t]{0,3}(\*\*|__)(\p{L}[\p{L} ]{1,30}?)[ \t]*:?\1(?:[ \t]*[:—–·|-])?[ \t]+(?=\S)/u;

/**
 * A heading that is a year alone ("## 2024"), as a timeline groups its items by year; tried on a line without its
 * trailing blanks (`yearHeading`), so no two runs of blanks meet.
 */
const YEAR_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?:19|20)\d\d(?:[ \t]+#+)?$/u;

const yearHeading = (line: string) => YEAR_HEADING.test(line.trimEnd());

/** The section each type of a timeline's item belongs to, as the heading that names it. */
const TIMELINE_SECTIONS: ReadonlyMap<string, string> = new Map([
  ...['position', 'job', 'role', 'work', 'employment', 'internship'].map(
    (type) => [type, 'Experience'] as [string, string],
  ),
  ...['education', 'degree', 'school', 'study'].map((type) => [type, 'Education'] as [string, string]),
  ...['open source', 'project', 'side project', 'feature or apps', 'app', 'apps', 'feature'].map(
    (type) => [type, 'Projects'] as [string, string],
  ),
  ...['milestone', 'award', 'achievement', 'honor', 'honour'].map(
    (type) => [type, 'Awards'] as [string, string],
  ),
  ...['certification', 'certificate', 'assessment'].map(
    (type) => [type, 'Certifications'] as [string, string],
  ),
  ...['publication', 'talk', 'paper'].map((type) => [type, 'Publications'] as [string, string]),
]);

/** A heading's level ("### Talks" → 3), 0 for a line that is no heading. */
const headingLevel = (line: string) => /^[ \t]{0,3}(#{1,6})[ \t]/u.exec(line)?.[1]?.length ?? 0;

/**
 * The year headings ("## 2024") that group the page's own entries: those whose parent heading (the nearest above of a
 * lower level) is none, the page's name (its first heading, of level 1) or a heading of experience. Years under
 * another section's heading ("## Talks" or "## Hackathons" over "### 2023") group that section's entries. One sweep,
 * remembering the last heading of each level.
 */
function timelineYears(lines: readonly string[]): Set<number> {
  const years = new Set<number>();
  const lastAt: number[] = [];
  let first: number | undefined;
  lines.forEach((line, index) => {
    const level = headingLevel(line);
    if (level === 0) return;
    first ??= index;
    if (yearHeading(line)) {
      const parent = Math.max(-1, ...lastAt.slice(1, level).filter((at) => at !== undefined));
      const above = lines[parent] ?? '';
      if (
        parent < 0 ||
        (parent === first && headingLevel(above) === 1) ||
        sectionKind(above.replace(/^[ \t]*#+[ \t]*/u, '').trim()) === 'experience'
      )
        years.add(index);
    }
    lastAt[level] = index;
  });
  return years;
}

/**
 * A timeline of typed items (two or more "**Position** — …", "**Education** — …", "**Milestone** — …") under year
 * headings of the page's own (two or more, "## 2024", `timelineYears`), rewritten in place as sections: each item's
 * type reads as the heading of the section of its kind, written on the blank line (or the year heading) above the
 * item, and the item as what follows its type; those year headings read as nothing, since each item carries its own
 * dates. An item counts only when the nearest heading above it is such a year: labels inside a job ("**Role:** …",
 * "**Project:** …" under "### Employer — Title") stay as written. A page with fewer items or years is left alone.
 */
function timelineItems(lines: string[]): void {
  const years = timelineYears(lines);
  if (years.size < 2) return;
  const items: Array<[number, number, string]> = [];
  let underYear = false;
  lines.forEach((line, index) => {
    if (headingLevel(line) > 0) {
      underYear = years.has(index);
      return;
    }
    const found = underYear ? TIMELINE_ITEM.exec(line) : null;
    const section = found && TIMELINE_SECTIONS.get((found[2] as string).toLowerCase());
    if (found && section) items.push([index, found[0].length, section]);
  });
  if (items.length < 2) return;
  for (const [index, length, section] of items) {
    lines[index] = (lines[index] as string).slice(length);
    const above = lines[index - 1];
    if (above !== undefined && (above.trim() === '' || years.has(index - 1)))
      lines[index - 1] = `## ${section}`;
  }
  for (const index of years) if (yearHeading(lines[index] as string)) lines[index] = '';
}

/**
 * A timeline by year with untyped items: two or more year headings of the page's own (`timelineYears`), each over
 * entries that carry their own span ("**Field Engineer** at **Osterby Wind**" over "*Apr 2019 → Jun 2023 · Esbjerg*").
 * Each year heading reads as the heading of the section its first entry belongs to (Education when it names a degree,
 * else Experience): the entries' own spans date them, the year only groups them. Year headings over entries without
 * spans of their own are those entries' dates: the page is then left alone.
 */
function yearTimeline(lines: string[]): void {
  const years = [...timelineYears(lines)];
  if (years.length < 2) return;
  const blocks = years.map((start) => {
    let end = start + 1;
    while (end < lines.length && !/^[ \t]{0,3}#/u.test(lines[end] as string)) end++;
    return lines.slice(start + 1, end).filter((line) => line.trim() !== '');
  });
  const spanned = (line: string) => findDates(line).some((date) => date.kind !== 'single');
  if (!blocks.every((block) => block.some(spanned))) return;
  years.forEach((index, block) => {
    const first = (blocks[block]?.[0] ?? '').replace(/[*_]/gu, '');
    lines[index] = findDegree(first) ? '## Education' : '## Experience';
  });
}

/**
 * A content tab whose content opens with a heading ('=== "Earlier"' over '    ### Site Engineer · Harrowgate Rail'):
 * its label is the page's navigation and reads as nothing, the headings inside naming what it holds. A tab over text
 * ('=== "Signalling"' over a sentence) keeps its label, the only name that text has.
 */
function headedTabs(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!/^[ \t]*===/u.test(lines[i] as string) || !blockOpener(lines[i] as string)) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] as string).trim() === '') next++;
    if (/^[ \t]+#{1,6}[ \t]/u.test(lines[next] ?? '')) lines[i] = '';
  }
}

/** A component wrapping one text (`<Tag>Swift</Tag>`, `<Badge color="blue">Go</Badge>`): group 2 the text. */
const CHIP = /<([A-Z][\w.]*)(?:\s[^<>]*)?>([^<>]*)<\/\1>/gu;

/**
 * "<Tag>Swift</Tag> <Tag>SwiftUI</Tag>": a line of two components or more that each wrap one name (four words at
 * most), as a page shows a list of tags or badges, reads as the list of their texts; null for any other line (a
 * `<Note>` around a sentence, an entry component around its text: the HTML reading's).
 */
function chipTexts(line: string): string[] | null {
  if (!line.includes('</')) return null;
  const texts = [...line.matchAll(CHIP)].map((match) => (match[2] as string).trim()).filter((text) => text);
  return texts.length >= 2 &&
    texts.every((text) => text.split(/\s+/u).length <= 4) &&
    /^[\s,·|]*$/u.test(line.replace(CHIP, ''))
    ? texts
    : null;
}

/** The most lines a component's props may take. */
const MAX_PROP_LINES = 20;
/** An MDX module line: `import X from '…'`, `import '…'`, `export const meta = …`. */
const MDX_ESM =
  /^(?:import[ \t]+[\w*{][^'"]*[ \t]from[ \t]*['"][^'"]+['"];?|import[ \t]+['"][^'"]+['"];?|export[ \t]+(?:const|let|default)[ \t].*)[ \t]*$/u;
/**
 * A Hugo shortcode alone on its (trimmed) line: `{{< name key="value" >}}`, `{{% /name %}}`. Group 2 is the closing
 * slash with its blanks; group 3 the parameters, from the first character that ends the name (so the name's run
 * cannot be split, and the match stays linear in the line).
 */
const SHORTCODE = /^\{\{([<%])[ \t]*(\/[ \t]*)?[\w-]+((?:[^\w{}-][^{}]*)?)[>%]\}\}$/u;
/** A JSX component's opening (a capitalised name, as MDX and Astro require of components). */
const COMPONENT_OPEN = /^[ \t]*<[A-Z][\w.]*(?=[\s/>]|$)/u;
const TAG_END = /\/?>[ \t]*$/u;
/**
 * A line of props alone: `key="value"`, `key={…}`, `key` (a flag), an Astro directive (`client:load`), blanks between,
 * the tag's end after them.
 */
const isPropLine = (line: string) => /^[\w\s:-]*\/?>?$/u.test(line.replace(PROP_PAIRS, ' ').trimEnd());
/** A prop with a value: `key="value"`, `key='value'`, `key={…}`. */
const PROP_PAIRS = /(?<![\w-])[\w-]+=(?:"[^"]*"|'[^']*'|\{[^{}]*\})/gu;

/** A component's or shortcode's `key="value"` pairs, keys in lower case without `-` and `_`. */
function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(
    /(?<![\w:-])([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|\{[ \t]*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|(\w[\w.-]*))[ \t]*\}))?(?![\w:=-])/gu,
  )) {
    // A flag (`current`) is true, as JSX reads it.
    const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? 'true';
    found.set((match[1] as string).toLowerCase().replace(/[-_]/gu, ''), value.trim());
  }
  return found;
}

/**
 * A shortcode's text: as a component's when it names its parameters, else its quoted positional parameters
 * (`{{< job "Network Engineer" "Brathay Systems" "2018 – 2022" >}}`) in the order written.
 */
function shortcodeText(source: string): string {
  if (source.includes('=')) return componentText(attributes(source));
  return [...source.matchAll(/"([^"]*)"/gu)]
    .map((match) => (match[1] as string).trim())
    .filter((value) => value)
    .join(' · ');
}

/** The keys components and shortcodes give each part of an entry, in the order the line shows them. */
const ENTRY_KEYS: ReadonlyArray<readonly string[]> = [
  ['title', 'role', 'position', 'jobtitle'],
  ['company', 'employer', 'organization', 'organisation', 'org', 'school', 'institution', 'university'],
  ['degree', 'studytype', 'qualification', 'diploma'],
  ['field', 'area', 'major', 'subject'],
  ['location', 'place', 'city', 'where'],
  ['dates', 'period', 'date', 'years', 'when', 'duration'],
];
const START_KEYS = ['start', 'from', 'startdate', 'since', 'begin'];
const END_KEYS = ['end', 'to', 'until', 'enddate'];
const ONGOING_KEYS = ['current', 'present', 'ongoing', 'iscurrent'];

/** The text an entry component shows: its parts in reading order (see `readMarkdownSource`). */
function componentText(props: ReadonlyMap<string, string>): string {
  const first = (keys: readonly string[]) => keys.map((key) => props.get(key)).find((value) => value);
  const [title, named, degree, field, place, dates] = ENTRY_KEYS.map(first);
  const start = first(START_KEYS);
  const end = first(END_KEYS);
  // `current`, `present` or `ongoing` as a flag (`<Job … current />`) or `={true}` leaves an entry with no end ongoing.
  const ongoing = ONGOING_KEYS.some((key) => props.get(key) === 'true');
  const until = end ?? (ongoing ? 'present' : undefined);
  const span = dates ?? (start ? (until ? `${start} – ${until}` : start) : until);
  // `name` is the organisation's only beside another part of an entry (`<School name="…" degree="…">`); alone it
  // names an icon or a widget (`<Icon name="github" />`).
  const organisation = named ?? (title || degree || field || span ? props.get('name') : undefined);
  if (!title && !organisation && !degree) return '';
  const study = degree && field ? `${degree}, ${field}` : (degree ?? field);
  return [title, organisation, study, place, span].filter((part) => part).join(' · ');
}

/**
 * A Hugo TOML front matter (`+++`, `key = "value"`, closed by `+++`) rewritten in place as the YAML front matter it
 * stands for; a `[table]`'s keys belong to the table, not to the page, and read as nothing.
 */
function tomlFrontMatter(lines: string[]): void {
  if (lines[0]?.trim() !== '+++') return;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '+++');
  if (close < 0 || close > 80) return;
  let inTable = false;
  for (let i = 1; i < close; i++) {
    const line = lines[i] as string;
    if (/^[ \t]*\[/u.test(line)) inTable = true;
    const pair = /^([\w-]+)[ \t]*=[ \t]*(.*)$/u.exec(line);
    lines[i] = !inTable && pair ? `${pair[1]}: ${unquoted(pair[2] as string)}` : '';
  }
  lines[0] = '---';
  lines[close] = '---';
}

const unquoted = (value: string) =>
  /^"([^"]*)"[ \t]*$|^'([^']*)'[ \t]*$/u
    .exec(value.trim())
    ?.slice(1)
    .find((part) => part !== undefined) ?? value.trim();

/**
 * A fenced div's fence (pandoc, Quarto, Docusaurus, VitePress, HackMD: `:::`, `:::info`, `::: {.callout-note}`, `:::tip
 * Hiring?`, `:::note[Earlier roles]`): its colons and its type or attributes are markup, a title after them (in
 * brackets, or after a blank) is text. Returns that title ('' for none), or null for a line that is no fence.
 */
function fencedDivTitle(line: string): string | null {
  const colons = /^[ \t]{0,3}:{3,}/u.exec(line);
  if (!colons) return null;
  let rest = line.slice(colons[0].length).trimStart();
  const head = /^(?:\{[^{}]*\}|[\w-]+)/u.exec(rest);
  if (head) rest = rest.slice(head[0].length);
  const bracket = /^\[([^\]]*)\][ \t]*$/u.exec(rest);
  if (bracket) return (bracket[1] as string).trim();
  return rest.trim() === '' || /^[ \t]/u.test(rest) ? rest.trim() : null;
}

/** An Obsidian or Bear tag: `#`, then letters, digits, `_`, `-` and `/` ("#cv", "#job-search/2024"). */
const TAG = /^#[\p{L}\p{N}_/-]+$/u;

/**
 * "#cv #backend", "#resume": a line of a note's tags only, no text of the résumé, unless a skills section writes its
 * names so ("#python #django #postgresql" above more of the section; a line of tags closing the page is the note's).
 * Two tags or more, or one not capitalised: "#Experience" alone may be a heading written without its blank.
 */
function tagLine(line: string): boolean {
  const words = line.trim().split(/[ \t]+/u);
  return (
    words.every((word) => TAG.test(word) && /\p{L}/u.test(word)) &&
    (words.length >= 2 || !/^#\p{Lu}/u.test(words[0] as string))
  );
}

/** "#python #django": a skills section's line of tags as the names they tag ("python, django"). */
function tagNames(line: string): string {
  return line
    .trim()
    .split(/[ \t]+/u)
    .map((tag) => tag.slice(1))
    .join(', ');
}

/** A thematic break: three or more `-`, `*` or `_`, blanks between allowed. */
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

/** The most lines of text a page's footer holds. */
const FOOTER_LINES = 4;

/** A Markdown list item's marker (`-`, `*`, `+`, `1.`, `1)`): what follows it is résumé text, never a footer. */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/u;

/** A part that is links only: "[PDF](/cv.pdf)", "[RSS](/index.xml) [Source](https://example.org)", "<https://x.org>". */
const LINKS_ONLY = /^(?:(?:\[[^\]]*\]\([^()]*\)|<[^<>\s]+>)[ \t]*)+$/u;

/** When the page was last changed: "Last updated: March 2025", "Updated on 2024-05-01", "Modified: today". */
function changedPart(text: string): boolean {
  if (/^last[ \t]+(?:updated|modified)\b|^(?:updated|modified)(?:[ \t]+on\b|[ \t]*:)/iu.test(text))
    return true;
  const rest = /^(?:updated|modified)[ \t]+(.*)$/iu.exec(text)?.[1];
  return rest !== undefined && rest.split(/[ \t]+/u).length <= 3 && findDates(rest).length > 0;
}

/**
 * A part of a line that only a page's footer writes: a copyright or how the page was made (`COLOPHON`: "© 2024 Name",
 * "Built with Gatsby", "Made with Hugo"), when it was last changed (`changedPart`), or links only.
 */
function footerPart(part: string): boolean {
  const text = part.replace(/[*_`]/gu, '').trim();
  return COLOPHON.test(text) || changedPart(text) || LINKS_ONLY.test(text);
}

/**
 * A line of a page's footer: no list item, and every part of it (between `·`, `|` or `•`) a footer's (`footerPart`).
 * A line of links only is a footer's too, but no footer is made of links alone.
 */
function footerLine(line: string): boolean {
  return !LIST_MARKER.test(line) && everyPart(line, footerPart);
}

/** Whether every part of a line (between `·`, `|` or `•`) that is not blank is one `test` takes. */
function everyPart(line: string, test: (part: string) => boolean): boolean {
  return line.split(/[·|•]/u).every((part) => part.trim() === '' || test(part));
}

/**
 * A static site's or a note's footer, which names the page's tool and its owner but nothing of the résumé ("© 2023
 * Tarja Holmström · Made with Hugo · [PDF](/cv.pdf)"): the last lines of the page, below a thematic break (after a
 * blank: a line right above `---` makes it a heading's underline), at most FOOTER_LINES of text, every one of them a
 * footer's line (`footerLine`) and one with more than links. With no break above it, the page's last line when it
 * opens with a copyright (`COPYRIGHT`) and is no list item. Such lines read as nothing.
 */
function pageFooter(lines: string[]): void {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] as string).trim() === '') last--;
  if (last < 0) return;
  const text: number[] = [];
  for (let i = last; i > 0 && text.length <= FOOTER_LINES; i--) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    if (THEMATIC_BREAK.test(line)) {
      if ((lines[i - 1] as string).trim() !== '') break;
      if (text.every((k) => everyPart(lines[k] as string, (part) => LINKS_ONLY.test(part.trim())))) break;
      for (const k of text) lines[k] = '';
      return;
    }
    if (!footerLine(line)) break;
    text.push(i);
  }
  const closing = lines[last] as string;
  if (!LIST_MARKER.test(closing) && COPYRIGHT.test(closing)) lines[last] = '';
}
