import { lookupKey } from '../catalogue/lookup-key.js';
import type { MentionMatcher } from '../catalogue/mention-matcher.js';
import { documentPersonId, documentProjectIds } from '../resume/ids.js';
import { endsBeforeStart } from '../resume/parse-partial-date.js';
import {
  ITEM_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PROSE_MAX_LENGTH,
  yearOutOfRange,
} from '../resume/resume-limits.js';
import type {
  EducationDocument,
  LocationObject,
  PositionDocument,
  ProjectDocument,
  PublicationDocument,
  ResumeDocument,
  SkillDocument,
  WorkDocument,
} from '../resume/types.js';
import { clipLists } from './clip-lists.js';
import { formatDate } from './dates.js';
import type { EducationDraft } from './education.js';
import type { PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import { endOnFirstLine, type Located, type LocatedDate, type LocatedMention, locate } from './located.js';
import type { Basics } from './preamble.js';
import type { ProjectDraft, PublicationDraft } from './projects.js';
import { withoutTitleRemark } from './promotions.js';
import type { SkillGroupDraft } from './skills.js';
import type { ExtractedFact, ExtractionWarning } from './types.js';
import { isLocation, titleScore } from './vocabulary.js';

export interface Drafts {
  fileName: string;
  lines: readonly DocLine[];
  basics: Basics;
  summary: Located[];
  positions: PositionDraft[];
  education: EducationDraft[];
  skills: SkillGroupDraft[];
  projects: ProjectDraft[];
  publications: PublicationDraft[];
}

/**
 * Every technology the matcher finds on each line, located on the document's own line; `vouched`
 * are the technologies the document's skills lists name, which vouch for their ambiguous spellings.
 */
export function mentionsByLine(
  lines: readonly DocLine[],
  matcher: MentionMatcher,
  vouched: ReadonlySet<string> = new Set(),
): Map<number, LocatedMention[]> {
  const found = new Map<number, LocatedMention[]>();
  for (const line of lines) {
    if (line.blank) continue;
    const mentions = matcher.find(line.text, { vouched }).map((mention) => ({
      ...locate(line, mention.start, mention.end, mention.text, mention.fuzzy ? 0.5 : 0.9),
      technologyId: mention.technologyId,
      fuzzy: mention.fuzzy,
    }));
    if (mentions.length > 0) found.set(line.n, mentions);
  }
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    if (next && wrapsOnto(line, next)) addWrappedNames(found, line, next, matcher, vouched);
  }
  return found;
}

/** Letters a wrapped paragraph's line has at least: a short line ends where its writer ended it. */
const WRAPPED_LENGTH = 40;

/** Whether a paragraph runs on from `line` to `next`: no punctuation, list item or heading between them. */
function wrapsOnto(line: DocLine, next: DocLine): boolean {
  return (
    !line.blank &&
    !next.blank &&
    !next.bullet &&
    line.heading === 0 &&
    next.heading === 0 &&
    line.text.trim().length >= WRAPPED_LENGTH &&
    /\p{L}$/u.test(line.text.trimEnd()) &&
    /^\p{L}/u.test(next.text.trimStart())
  );
}

/** A label of one to three words and its colon opening a line. */
const LABEL_OPENS = /^\s*\p{L}+(?:\s\p{L}+){0,2}\s*:\s/u;

/**
 * "… onto Azure and Azure Kubernetes" over "Service, after …": a name a paragraph wraps over two lines is one
 * mention, on the first line and spanning to the second; what each line alone read of it is dropped.
 */
function addWrappedNames(
  found: Map<number, LocatedMention[]>,
  line: DocLine,
  next: DocLine,
  matcher: MentionMatcher,
  vouched: ReadonlySet<string>,
): void {
  const tail = /(?:\S+\s+){0,3}\S+\s*$/u.exec(line.text);
  const head = /^\s*\S+(?:\s+\S+){0,3}/u.exec(next.text);
  if (!tail || !head) return;
  const before = tail[0].trimEnd();
  const after = head[0].trimStart();
  const headAt = head[0].length - after.length;
  for (const mention of matcher.find(`${before} ${after}`, { vouched })) {
    // "… in Python and" over "Go, cutting latency …": a name opening the next line goes on with the sentence above,
    // capitalised mid-sentence, which that line read alone (a sentence's start) could not tell.
    if (mention.start === before.length + 1) {
      const start = headAt;
      const end = headAt + mention.end - mention.start;
      // "Role: …", "Cargo: …": a label opening the next line starts afresh, no word of the sentence above; a name
      // the line above begins and the label ends ("Azure Kubernetes" over "Service: …") is still one name.
      const label = LABEL_OPENS.exec(next.text);
      if (label && end <= label[0].lastIndexOf(':')) continue;
      const own = found.get(next.n) ?? [];
      if (!own.some((other) => (other.column ?? 0) < end && (other.endColumn ?? 0) > start)) {
        const value = locate(next, start, end, mention.text, mention.fuzzy ? 0.5 : 0.9);
        const located = { ...value, technologyId: mention.technologyId, fuzzy: mention.fuzzy };
        found.set(
          next.n,
          [located, ...own].sort((a, b) => (a.column ?? 0) - (b.column ?? 0)),
        );
      }
      continue;
    }
    if (mention.start >= before.length || mention.end <= before.length + 1) continue;
    const start = tail.index + mention.start;
    const end = headAt + mention.end - before.length - 1;
    const first = locate(line, start, line.text.trimEnd().length, mention.text, mention.fuzzy ? 0.5 : 0.9);
    const last = locate(next, headAt, end, mention.text, first.confidence);
    const column = first.column ?? 0;
    const endColumn = last.endColumn ?? 0;
    const kept = (found.get(line.n) ?? []).filter((other) => endOnFirstLine(other) <= column);
    const spanned: LocatedMention = {
      ...first,
      endLine: next.n,
      endColumn,
      technologyId: mention.technologyId,
      fuzzy: mention.fuzzy,
    };
    found.set(line.n, [...kept, spanned]);
    const rest = (found.get(next.n) ?? []).filter((other) => (other.column ?? 0) >= endColumn);
    if (rest.length > 0) found.set(next.n, rest);
    else found.delete(next.n);
  }
}

/**
 * Names and titles the format caps at NAME_MAX_LENGTH (a long citation read as a publication's
 * name, a paragraph taken for an employer) are cut at the last word that fits, with an ellipsis and
 * a warning, so the document still goes in and a human sees what was cut.
 */
function clipNames(drafts: Drafts, warnings: ExtractionWarning[]): void {
  const clip = (located: Located | null | undefined, what: string) => {
    if (!located || located.value.length <= NAME_MAX_LENGTH) return;
    located.value = cutAtWord(located.value, NAME_MAX_LENGTH);
    warnings.push({
      code: 'CLIPPED_NAME',
      message: `A ${what} of more than ${NAME_MAX_LENGTH} characters was cut to "${located.value}".`,
      line: located.line,
      endLine: located.endLine,
    });
  };
  for (const position of drafts.positions) {
    clip(position.company, 'company name');
    clip(position.title, 'title');
    clip(position.team, 'team name');
  }
  for (const education of drafts.education) clip(education.institution, 'school name');
  for (const project of drafts.projects) clip(project.name, 'project name');
  for (const publication of drafts.publications) clip(publication.name, 'publication name');
}

/** `value` cut to at most `limit` characters, at the last blank in its second half, with an ellipsis. */
function cutAtWord(value: string, limit: number): string {
  const room = value.slice(0, limit - 1);
  const cut = room.lastIndexOf(' ');
  return `${(cut > limit / 2 ? room.slice(0, cut) : room).trimEnd()}…`;
}

/**
 * Free text past the format's limits (a summary of more than PROSE_MAX_LENGTH characters, a highlight of more than
 * ITEM_MAX_LENGTH: a page read as one line, a table flattened into a paragraph) is cut at a word with an ellipsis and
 * a warning, as names are, so the document still goes in. A text made of several lines keeps the lines that fit.
 */
function clipTexts(drafts: Drafts, warnings: ExtractionWarning[]): void {
  const warn = (what: string, limit: number, first: Located, last: Located) =>
    warnings.push({
      code: 'CLIPPED_TEXT',
      message: `A ${what} of more than ${limit} characters was cut to its first ${limit}.`,
      line: first.line,
      endLine: last.endLine,
    });
  const clipJoined = (parts: Located[], what: string) => {
    let length = -1;
    const kept = parts.findIndex((part) => {
      length += 1 + part.value.length;
      return length > PROSE_MAX_LENGTH;
    });
    if (kept < 0) return;
    const over = parts[kept] as Located;
    warn(what, PROSE_MAX_LENGTH, parts[0] as Located, parts[parts.length - 1] as Located);
    const room = PROSE_MAX_LENGTH - (length - over.value.length);
    parts.length = kept;
    if (room > 1) parts.push({ ...over, value: cutAtWord(over.value, room) });
  };
  const clipItems = (items: Located[], what: string) => {
    for (const item of items) {
      if (item.value.length <= ITEM_MAX_LENGTH) continue;
      item.value = cutAtWord(item.value, ITEM_MAX_LENGTH);
      warn(what, ITEM_MAX_LENGTH, item, item);
    }
  };
  clipJoined(drafts.summary, 'summary');
  for (const position of drafts.positions) {
    clipJoined(position.summary, 'position summary');
    clipItems(position.highlights, 'highlight');
  }
  for (const project of drafts.projects) {
    clipJoined(project.description, 'project description');
    clipItems(project.highlights, 'highlight');
  }
}

/**
 * A date the format cannot hold (a year before EARLIEST_YEAR or after next year: a typo, a phone number's digits
 * read as a year) is left out of its entry with a warning quoting the text it was read from, so the rest of the
 * document still goes in. Every date the extractor emits passes here.
 */
function dropDatesOutOfRange(drafts: Drafts, warnings: ExtractionWarning[]): void {
  const kept = <T extends LocatedDate>(located: T | null, what: string): T | null => {
    const expected = located && yearOutOfRange(located.date);
    if (!located || !expected) return located;
    warnings.push({
      code: 'UNREADABLE_DATE',
      message: `"${located.value}" gives the year ${located.date.year}, not ${expected}; the ${what} is left out.`,
      line: located.line,
      endLine: located.endLine,
    });
    return null;
  };
  for (const position of drafts.positions) {
    position.start = kept(position.start, 'start date of a position');
    position.end = kept(position.end, 'end date of a position');
  }
  for (const draft of [...drafts.education, ...drafts.projects]) {
    const of = 'institution' in draft ? 'a school' : 'a project';
    draft.start = kept(draft.start, `start date of ${of}`);
    draft.end = kept(draft.end, `end date of ${of}`);
  }
  for (const publication of drafts.publications)
    publication.year = kept(publication.year, 'date of a publication');
}

/**
 * "HM Revenue & Customs (via Hays)", "Paystack (a Stripe company)", "Bosch (BOSCH)": a bracket after
 * an employer's name gives its short form or a remark about it (an agency, an owner, a former name, also in the
 * words other languages write for "formerly": "Björkvik Energi (tidigare Nordljus)", "(früher …)", "(dawniej …)", "(ex …)"),
 * which is no part of the name the graph keys it by. (Schools keep theirs: "Karlsruhe Institute of
 * Technology (KIT)" is how résumés and the golds name them.)
 */
const NAME_QUALIFIER =
  /^(.*?[\p{L}\p{N}.&])\s*\((?:[\p{Lu}\p{N}&.-]{2,10}|(?:via|through|a|an|now|formerly|previously|acquired|part|subsidiary|contract|contractor|client|on\s+behalf|division|owned|tidigare|tidligere|früher|ehemals|vormals|dawniej|wcześniej|anciennement|ex|antes|anteriormente|antiga|antigo|antigamente|voorheen|già|dříve|aiemmin)(?![\p{L}\p{N}])[^()]*)\)$/u;

/**
 * "Senior Python Developer, later Tech Lead", "Data Engineer (then Team Lead)": a remark on what the job
 * became is no part of the title the position was read under. Lower case only: "Engineer - Then & Now
 * Project" and "Product Owner – Later Life Lending" name a project and a product line, not a remark.
 */
const TITLE_LATER =
  /^(.*?[\p{L}\p{N})])\s*(?:[,;]\s*|\(\s*|[–—-]\s+)(?:later|subsequently|then|afterwards)\b[^()]*\)?$/u;

/**
 * "Software Engineer → Senior Software Engineer": a promotion told in one title; the last is the one held.
 * Both sides must read as titles, so "Migration Lead (Oracle -> PostgreSQL)" and "Platform Engineer,
 * Monolith → Microservices" keep their whole title.
 */
const TITLE_ARROW = /^([^()]*?\S)\s+(?:→|->|⟶|»)\s*(\p{L}[^()]*)$/u;

function promotionsLastTitle(value: string): string | null {
  const match = TITLE_ARROW.exec(value);
  if (!match) return null;
  const held = match[2] as string;
  return titleScore(match[1] as string) > 0 && titleScore(held) > 0 ? held : null;
}

/** The start of `value` that `pattern`'s first group keeps, or null when it does not match. */
const keptBy = (pattern: RegExp) => (value: string) => pattern.exec(value)?.[1] ?? null;

/**
 * "🏢 Revolut", "💼 Senior Engineer": an emoji a profile README sets before an employer or a title as its icon, no part
 * of the name; null when the name opens with none.
 */
function withoutIcon(value: string): string | null {
  const icon = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*/u.exec(value);
  return icon && icon[0].length < value.length ? value.slice(icon[0].length) : null;
}

function dropNameQualifiers(drafts: Drafts): void {
  // What is kept is the value's start, or its end for a promotion's last title.
  const drop = (
    located: Located | null | undefined,
    keep: (value: string) => string | null,
    kept: 'start' | 'end' = 'start',
  ) => {
    const name = located ? keep(located.value) : null;
    if (!located || name === null) return;
    if (located.column !== undefined && located.line === located.endLine) {
      const start = located.column + (kept === 'end' ? located.value.length - name.length : 0);
      located.column = start;
      located.endColumn = start + name.length;
    }
    located.value = name;
  };
  for (const position of drafts.positions) {
    drop(position.company, withoutIcon, 'end');
    drop(position.title, withoutIcon, 'end');
    drop(position.company, keptBy(NAME_QUALIFIER));
    drop(position.title, keptBy(TITLE_LATER));
    drop(position.title, promotionsLastTitle, 'end');
    drop(position.title, withoutTitleRemark);
  }
}

function lines(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A place as the résumé format writes it: "City, ST" → city and region, one name → city. */
function locationObject(text: string): LocationObject | string {
  const parts = text.split(/\s*,\s*/u);
  if (parts.length === 1 && !isLocation(text)) return { city: text };
  if (parts.length === 2 && /^[A-Z]{2}$/.test(parts[1] as string)) {
    return { city: parts[0] as string, region: parts[1] as string };
  }
  return text;
}

/** A value read from the same line as a mention, sharing some of its columns. */
function overlaps(value: Located | null, mention: LocatedMention): boolean {
  return (
    value !== null &&
    value.line === mention.line &&
    (mention.column ?? 0) < endOnFirstLine(value) &&
    (value.column ?? 0) < endOnFirstLine(mention)
  );
}

/**
 * Assembles the résumé, its facts (each value with its line span) and the warnings from what the
 * readers found. Positions of one employer in a row share a work entry; each position's
 * technologies are the catalogue technologies named on its lines, as written, once each.
 */
export function buildResume(
  drafts: Drafts,
  mentions: Map<number, LocatedMention[]>,
  warnings: ExtractionWarning[],
): { resume: ResumeDocument; facts: ExtractedFact[] } {
  clipNames(drafts, warnings);
  clipTexts(drafts, warnings);
  dropNameQualifiers(drafts);
  dropDatesOutOfRange(drafts, warnings);
  const facts: ExtractedFact[] = [];
  const fact = (path: string, value: Located, text = value.value) => {
    facts.push({
      path,
      value: text,
      line: value.line,
      endLine: value.endLine,
      ...(value.column !== undefined && { column: value.column, endColumn: value.endColumn }),
      confidence: round(value.confidence),
    });
  };
  const { basics } = drafts;
  const id = documentPersonId({
    ...(basics.email && { email: basics.email.value }),
    ...(basics.name && { name: basics.name.value }),
    fileName: drafts.fileName,
  });
  const resume: ResumeDocument = {
    id,
    source: { document: drafts.fileName, lines: lines(1, Math.max(1, drafts.lines.length)) },
  };
  const resumeBasics: NonNullable<ResumeDocument['basics']> = {};
  for (const field of ['name', 'label', 'email', 'phone', 'url'] as const) {
    const value = basics[field];
    if (!value) continue;
    resumeBasics[field] = value.value;
    fact(`basics.${field}`, value);
  }
  if (basics.location) {
    const place = locationObject(basics.location.value);
    if (typeof place !== 'string') {
      resumeBasics.location = place;
      fact('basics.location', basics.location);
    }
  }
  if (drafts.summary.length > 0) {
    const first = drafts.summary[0] as Located;
    const last = drafts.summary[drafts.summary.length - 1] as Located;
    resumeBasics.summary = drafts.summary.map((part) => part.value).join(' ');
    fact(
      'basics.summary',
      { ...first, endLine: last.endLine, column: undefined, endColumn: undefined },
      resumeBasics.summary,
    );
  }
  if (Object.keys(resumeBasics).length > 0) resume.basics = resumeBasics;

  // Technologies by position: the lines each covers, a prose position from where it starts.
  const ordered = [...drafts.positions].sort(
    (a, b) => a.first - b.first || (a.from?.column ?? 0) - (b.from?.column ?? 0),
  );
  // A position's details away from its header (see PositionDraft.details) are nearer to a line than
  // a span that runs over them: the span that starts latest holds the line. Details told once for
  // several positions (a paragraph on an employer's two titles) are every one's.
  const owners = (mention: LocatedMention): PositionDraft[] => {
    const found = owner(mention);
    if (!found) return [];
    const detail = found.details?.find((span) => mention.line >= span.first && mention.line <= span.last);
    if (!detail) return [found];
    return ordered.filter((position) =>
      position.details?.some((span) => span.first === detail.first && span.last === detail.last),
    );
  };
  // Only a position whose lines or details hold a mention's line can own it: those, for each line with mentions,
  // in `ordered`'s order (the order `owner` breaks ties by), so a mention is not weighed against every position.
  const mentionLines = [...mentions.keys()].sort((a, b) => a - b);
  const holders = new Map<number, PositionDraft[]>();
  for (const position of ordered) {
    const held = new Set<number>();
    for (const span of [{ first: position.first, last: position.last }, ...(position.details ?? [])]) {
      let low = 0;
      let high = mentionLines.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((mentionLines[middle] as number) < span.first) low = middle + 1;
        else high = middle;
      }
      for (let at = low; at < mentionLines.length && (mentionLines[at] as number) <= span.last; at++)
        held.add(mentionLines[at] as number);
    }
    for (const line of held) {
      const list = holders.get(line);
      if (list) list.push(position);
      else holders.set(line, [position]);
    }
  }
  const owner = (mention: LocatedMention): PositionDraft | undefined => {
    let found: PositionDraft | undefined;
    let foundFrom = Number.NEGATIVE_INFINITY;
    for (const position of holders.get(mention.line) ?? []) {
      const detail = position.details?.find(
        (span) => mention.line >= span.first && mention.line <= span.last,
      );
      if (detail && detail.first >= foundFrom) {
        found = position;
        foundFrom = detail.first;
        continue;
      }
      if (mention.line < position.first || mention.line > position.last) continue;
      if (
        position.from &&
        mention.line === position.from.line &&
        (mention.column ?? 0) < position.from.column
      )
        continue;
      if (position.first >= foundFrom) {
        found = position;
        foundFrom = position.first;
      }
    }
    return found;
  };
  const technologiesOf = new Map<PositionDraft, LocatedMention[]>();
  for (const list of mentions.values()) {
    for (const mention of list) {
      for (const position of owners(mention)) {
        // "Amazon Web Services" as the employer's name is not a technology the position used, nor
        // "Istanbul" or "Cairo" as the place of the job (the test tool, the graphics library).
        // Nor is an agency named in how the job was held ("(Contract via Larchmont Staffing)").
        if (
          overlaps(position.company, mention) ||
          overlaps(position.location, mention) ||
          position.engagement?.some((span) => overlaps(span, mention))
        )
          continue;
        const known = technologiesOf.get(position) ?? [];
        if (!known.some((other) => other.technologyId === mention.technologyId)) known.push(mention);
        technologiesOf.set(position, known);
      }
    }
  }
  for (const list of technologiesOf.values())
    list.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));

  const projectId = documentProjectIds(id);
  const inSpan = (first: number, last: number) => {
    const seen = new Map<string, LocatedMention>();
    for (let line = first; line <= last; line++) {
      for (const mention of mentions.get(line) ?? []) {
        if (!seen.has(mention.technologyId)) seen.set(mention.technologyId, mention);
      }
    }
    return [...seen.values()];
  };

  const work: WorkDocument[] = [];
  let previousCompany: string | null = null;
  for (const position of drafts.positions) {
    const company = position.company?.value ?? null;
    if (!company) continue;
    let employer = work[work.length - 1];
    if (!employer || previousCompany === null || lookupKey(previousCompany) !== lookupKey(company)) {
      employer = { name: company, positions: [] };
      work.push(employer);
      fact(`work[${work.length - 1}].name`, position.company as Located);
    }
    previousCompany = company;
    const w = work.length - 1;
    const list = employer.positions as PositionDocument[];
    const p = list.length;
    const at = `work[${w}].positions[${p}]`;
    const document: PositionDocument = {};
    if (position.title) {
      document.position = position.title.value;
      fact(`${at}.position`, position.title);
    }
    if (position.team) {
      document.team = position.team.value;
      fact(`${at}.team`, position.team);
    }
    if (position.location) {
      document.location = locationObject(position.location.value);
      fact(`${at}.location`, position.location);
    }
    if (position.start) {
      document.startDate = formatDate(position.start.date);
      fact(`${at}.startDate`, position.start, document.startDate);
    }
    if (position.end && !position.current) {
      const end = formatDate(position.end.date);
      if (!position.start || !endsBeforeStart(position.start.date, position.end.date)) {
        document.endDate = end;
        fact(`${at}.endDate`, position.end, end);
      }
    }
    if (position.current) {
      document.current = true;
      fact(`${at}.current`, position.current, 'true');
    }
    const summary = position.summary.map((part) => part.value).filter((value) => value !== '');
    if (summary.length > 0) document.summary = summary.join(' ');
    if (position.highlights.length > 0) {
      document.highlights = position.highlights.map((part) => part.value);
      for (const [index, part] of position.highlights.entries()) fact(`${at}.highlights[${index}]`, part);
    }
    const technologies = technologiesOf.get(position) ?? [];
    if (technologies.length > 0) {
      document.technologies = technologies.map((mention) => mention.value);
      for (const [index, mention] of technologies.entries()) fact(`${at}.technologies[${index}]`, mention);
    }
    if (position.projects.length > 0) {
      document.projects = position.projects.map((project, index): ProjectDocument => {
        const explicit = projectId(project.name.value);
        fact(`${at}.projects[${index}].name`, project.name);
        const used = inSpan(project.first, project.last);
        return {
          ...(explicit && { id: explicit }),
          name: project.name.value,
          ...(used.length > 0 && { technologies: used.map((mention) => mention.value) }),
          source: { lines: lines(project.first, project.last), confidence: round(project.name.confidence) },
        };
      });
    }
    if (position.notes.length > 0) document.note = position.notes.join(' ');
    document.source = { lines: lines(position.first, position.last), confidence: round(position.confidence) };
    list.push(document);
    if (!position.start && !position.end && !position.current) {
      warnings.push({
        code: 'NO_DATES',
        message: `The position at ${company}${position.title ? ` (${position.title.value})` : ''} gives no dates.`,
        line: position.first,
        endLine: position.last,
      });
    }
  }
  if (work.length > 0) resume.work = work;

  const education = drafts.education.map((draft, index): EducationDocument => {
    const at = `education[${index}]`;
    fact(`${at}.institution`, draft.institution);
    const document: EducationDocument = { institution: draft.institution.value };
    if (draft.area) {
      document.area = draft.area.value;
      fact(`${at}.area`, draft.area);
    }
    if (draft.studyType) {
      document.studyType = draft.studyType.value;
      fact(`${at}.studyType`, draft.studyType);
    }
    if (draft.start) {
      document.startDate = formatDate(draft.start.date);
      fact(`${at}.startDate`, draft.start, document.startDate);
    }
    if (draft.end && !(draft.start && endsBeforeStart(draft.start.date, draft.end.date))) {
      document.endDate = formatDate(draft.end.date);
      fact(`${at}.endDate`, draft.end, document.endDate);
    }
    document.source = { lines: lines(draft.first, draft.last), confidence: round(draft.confidence) };
    return document;
  });
  if (education.length > 0) resume.education = education;

  const skills = drafts.skills.map((group, index): SkillDocument => {
    fact(`skills[${index}].name`, group.name);
    for (const [k, keyword] of group.keywords.entries()) fact(`skills[${index}].keywords[${k}]`, keyword);
    return {
      name: group.name.value,
      keywords: group.keywords.map((keyword) => keyword.value),
      source: { lines: lines(group.first, group.last), confidence: round(group.confidence) },
    };
  });
  if (skills.length > 0) resume.skills = skills;

  const projects = drafts.projects.map((draft, index): ProjectDocument => {
    const at = `projects[${index}]`;
    fact(`${at}.name`, draft.name);
    const explicit = projectId(draft.name.value);
    const document: ProjectDocument = { ...(explicit && { id: explicit }), name: draft.name.value };
    if (draft.description.length > 0)
      document.description = draft.description.map((part) => part.value).join(' ');
    if (draft.start) {
      document.startDate = formatDate(draft.start.date);
      fact(`${at}.startDate`, draft.start, document.startDate);
    }
    if (draft.end && !(draft.start && endsBeforeStart(draft.start.date, draft.end.date))) {
      document.endDate = formatDate(draft.end.date);
      fact(`${at}.endDate`, draft.end, document.endDate);
    }
    if (draft.highlights.length > 0) document.highlights = draft.highlights.map((part) => part.value);
    const used = inSpan(draft.first, draft.last);
    if (used.length > 0) {
      document.technologies = used.map((mention) => mention.value);
      for (const [k, mention] of used.entries()) fact(`${at}.technologies[${k}]`, mention);
    }
    document.source = { lines: lines(draft.first, draft.last), confidence: round(draft.confidence) };
    return document;
  });
  if (projects.length > 0) resume.projects = projects;

  const publications = drafts.publications.map((draft, index): PublicationDocument => {
    fact(`publications[${index}].name`, draft.name);
    const document: PublicationDocument = { name: draft.name.value, type: draft.type };
    if (draft.year) {
      document.releaseDate = formatDate(draft.year.date);
      fact(`publications[${index}].releaseDate`, draft.year, document.releaseDate);
    }
    document.source = { lines: lines(draft.first, draft.last), confidence: round(draft.name.confidence) };
    return document;
  });
  if (publications.length > 0) resume.publications = publications;
  return { resume, facts: clipLists(resume, facts, warnings) };
}
