import type { Catalogue } from '../catalogue/catalogue.js';
import { lookupKey, looseCompanyKey } from '../catalogue/lookup-key.js';
import { createMentionMatcher, isConcept } from '../catalogue/mention-matcher.js';
import { personId } from '../resume/ids.js';
import { parseResumeText } from '../resume/parse-resume-file.js';
import { ResumeError } from '../resume/resume-error.js';
import type { ResumeDocument } from '../resume/types.js';
import { validateResume } from '../resume/validate-resume.js';
import { buildResume, type Drafts, mentionsByLine } from './build-resume.js';
import { joinSplitDateCells } from './date-cells.js';
import { findDates, forgetDates, monthKey } from './dates.js';
import { checkScript, splitLines } from './decode-text.js';
import { DocumentError } from './document-error.js';
import { readEducation, readStudiesInProse } from './education.js';
import { MEMBERSHIP } from './engagements.js';
import { FIRST_PERSON, lineInfo } from './entries.js';
import { attachEmployerLines, eventRows, readEventEducation, readEventPositions } from './event-rows.js';
import { type PositionDraft, readExperience } from './experience.js';
import { holdsEngagementRecords } from './form-rows.js';
import { unframe, unleader } from './frames.js';
import { type DocLine, modelLines } from './line-model.js';
import {
  addApiNames,
  addListedTechnologies,
  addListMates,
  addSkillNames,
  withoutEmployers,
  withoutTitleRoles,
} from './listed-technologies.js';
import { type Located, type LocatedDate, locateLines } from './located.js';
import { marketplaceJobs } from './marketplace-jobs.js';
import { readOutline } from './outline.js';
import { namedOutsideLists } from './outside-skills.js';
import { readPreamble } from './preamble.js';
import { attachEmployerProjects, type ProjectDraft, readProjects, readPublications } from './projects.js';
import { splitToldPromotions } from './promotions.js';
import { readProse } from './prose.js';
import { readDocument } from './read-document.js';
import { type Section, splitSections } from './sections.js';
import { readSkills } from './skills.js';
import { namesTeaching, outsidePositions, teachingPosts } from './teaching.js';
import { readTextColumns } from './text-columns.js';
import type { DocumentInput, ExtractionResult, ExtractionWarning } from './types.js';
import {
  isInstitution,
  isLocation,
  joinsWorkWithProjects,
  namesWorkAside,
  opensWithDegree,
  statementHeading,
  titleScore,
} from './vocabulary.js';
import { repairYearSlips } from './year-slips.js';

/** Throws DocumentError for unreadable input. Pure: no database, no network, no model files. */

/**
 * "Client: Aviva plc", "Role: Tech owner", "Team Size: 9", "Designation: Module Lead": a project done for a
 * client or in a role at work. A field line may name the field in two words ("Client Name:", "Project Role:")
 * or set it off with a spaced dash ("Client - Aviva plc"); those shapes count only at the start of a line and
 * with those few words, so a side project's prose ("Customer dashboard: …", "client-side") is no field.
 */
const WORK_PROJECT_FIELD = /(?:^|\s)(?:role|client|customer|employer|designation|team\s+size)\s*[:：]/iu;
const WORK_PROJECT_FIELD_LINE =
  /^[^\p{L}\p{N}]*(?:(?:project|team|job)\s+)?(?:role|client|customer|employer|designation|team\s+size)(?:\s+name)?\s*(?:[:：]|\s[-–—]\s)/iu;

/**
 * "Project #2: Store Inventory Platform … Client: … Duration: Jul 2019 – Mar 2022" in a projects section of
 * its own, as services companies' résumés list client projects under a table of employers: a project
 * whose dates lie within one position's and no other's is a project of that position. Only a project that
 * names its client or the person's role in it is work done in a position: a side project ("raftkv | Go,
 * gRPC   Oct 2022 – Dec 2022") is done beside the job its dates fall in.
 */
function attachDatedProjects(
  projects: ProjectDraft[],
  positions: readonly PositionDraft[],
  lines: readonly DocLine[],
): void {
  const dated = positions.filter((position) => position.start);
  for (const project of [...projects]) {
    if (!project.start) continue;
    const own = lines.filter((line) => line.n >= project.first && line.n <= project.last);
    if (!own.some((line) => WORK_PROJECT_FIELD.test(line.text) || WORK_PROJECT_FIELD_LINE.test(line.text)))
      continue;
    const from = monthKey(project.start.date, false);
    const to = project.current
      ? Number.POSITIVE_INFINITY
      : project.end
        ? monthKey(project.end.date, true)
        : from;
    const holders = dated.filter((position) => {
      const start = monthKey((position.start as LocatedDate).date, false);
      const end = position.current
        ? Number.POSITIVE_INFINITY
        : position.end
          ? monthKey(position.end.date, true)
          : start;
      return start <= from && to <= end;
    });
    const holder = holders[0];
    if (holders.length !== 1 || !holder) continue;
    holder.projects.push({ name: project.name, first: project.first, last: project.last });
    projects.splice(projects.indexOf(project), 1);
  }
}

/** What sets an employer's name apart from the note after it: a tab, a wide gap, a colon or a spaced dash. */
const NOTE_AFTER_NAME = /^(?:\t|\s{2,}|\s*[:：]\s|\s+[-–—|]\s)\s*\S/u;

/**
 * "Hubtel<TAB>Merchant app used by 120k shops; …" in notes under a table of positions: a line that opens with the
 * name of an employer the positions give, set apart from the rest (see NOTE_AFTER_NAME), tells that employer's
 * work, a detail of each position there wherever the line stands. A position's own header line is none.
 */
function attachEmployerNotes(positions: readonly PositionDraft[], lines: readonly DocLine[]): void {
  const headers = new Set(
    positions.flatMap((position) =>
      [position.company, position.title, position.start].flatMap((field) => (field ? [field.line] : [])),
    ),
  );
  const byName = new Map<string, PositionDraft[]>();
  for (const position of positions) {
    const name = position.company?.value;
    if (name && lookupKey(name).length >= 3) byName.set(name, [...(byName.get(name) ?? []), position]);
  }
  let longest = 0;
  for (const name of byName.keys()) longest = Math.max(longest, name.length);
  for (const line of lines) {
    if (line.blank || headers.has(line.n)) continue;
    const text = line.text.trimStart();
    // A name is followed by what NOTE_AFTER_NAME opens with, a blank or a colon: only there can one end.
    for (let end = 1; end <= Math.min(longest, text.length - 1); end++) {
      if (!/[\s:：]/u.test(text[end] as string)) continue;
      const named = byName.get(text.slice(0, end));
      if (!named || !NOTE_AFTER_NAME.test(text.slice(end))) continue;
      for (const position of named)
        position.details = [...(position.details ?? []), { first: line.n, last: line.n }];
    }
  }
}

/** "at Home Affairs", "At Accenture": up to five capitalised words after "at" (group 1), a place of work named. */
const AT_NAME =
  /(?<![\p{L}])[Aa]t\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/gu;
/** "Department of Home Affairs": the words a public body's name opens with, which its short name drops. */
const BODY_OPENING = /^(?:the\s+)?(?:department|ministry|office|bureau|agency)\s+(?:of|for)\s+(?:the\s+)?/iu;

/** The names a position's employer goes by in a sentence: as written, without a public body's opening words, without a place after it. */
function employerNames(name: string): string[] {
  const names = [name, name.replace(BODY_OPENING, '')];
  const words = name.split(/\s+/u);
  // "Accenture Australia": the firm without the country it trades in.
  if (words.length > 1 && isLocation(words.at(-1) as string)) names.push(words.slice(0, -1).join(' '));
  return [...new Set(names.map((each) => lookupKey(each)).filter((key) => key.length >= 3))];
}

/**
 * "Situation: At Home Affairs I led …", "At Accenture I moved …": a sentence in the first person
 * (`FIRST_PERSON`, not a talk's title) in an application's statements after the résumé (`statementHeading`: the
 * selection criteria, a statement of claims, behaviour examples) that says at which of the positions' employers it
 * happened tells that employer's work, a detail of each position there. A project or an interest that names an
 * employer is no such statement.
 */
function attachEmployerStatements(positions: readonly PositionDraft[], sections: readonly Section[]): void {
  const lines = sections.flatMap((section) =>
    section.title !== null && statementHeading(section.title) ? section.lines : [],
  );
  if (lines.length === 0) return;
  const below = Math.max(...positions.map((position) => position.last));
  const byName = new Map<string, PositionDraft[]>();
  for (const position of positions) {
    if (!position.company) continue;
    for (const key of employerNames(position.company.value))
      byName.set(key, [...(byName.get(key) ?? []), position]);
  }
  if (byName.size === 0) return;
  for (const line of lines) {
    if (line.blank || line.n <= below || !FIRST_PERSON.test(line.text)) continue;
    const named = new Set<PositionDraft>();
    for (const found of line.text.matchAll(AT_NAME)) {
      const words = (found[1] as string).replace(/[.,;:]+$/u, '').split(/\s+/u);
      for (let count = words.length; count > 0; count--) {
        const holders = byName.get(lookupKey(words.slice(0, count).join(' ')));
        if (!holders) continue;
        for (const holder of holders) named.add(holder);
        break;
      }
    }
    for (const position of named)
      position.details = [...(position.details ?? []), { first: line.n, last: line.n }];
  }
}

const EXPERIENCE_SUMMARY = /\b(?:experience|employment|work|career)\b/iu;

const AVAILABILITY = /\b(?:available|availability|notice period|start date)\b/iu;

export async function extractDocument(input: DocumentInput, catalogue: Catalogue): Promise<ExtractionResult> {
  const { fileName } = input;
  forgetDates();
  const read = await readDocument(fileName, input.content);
  if ('text' in read) return readStructured(fileName, read.format, read.text);
  // Plain text is read column by column where it lays two columns side by side, as a PDF is.
  const readLines =
    read.format === 'text' ? joinSplitDateCells(readTextColumns(read.lines), true) : read.lines;
  const lines = readLines.map((line) => line.text);
  checkScript(fileName, lines.join('\n'));
  const model = modelLines(read.format === 'text' ? readOutline(unleader(unframe(readLines))) : readLines);
  if (model.every((line) => line.blank)) {
    throw new DocumentError(fileName, 'EMPTY', 'a document without text', 'a résumé with text');
  }
  const warnings: ExtractionWarning[] = [];
  // A misspelt name is kept as written (the loader makes it a technology of its own, `normalised: false`): one
  // warning per name and line, whether a skills list or a position's text writes it.
  const fuzzyWarned = new Set<string>();
  const warnFuzzy = (written: string, suggestion: string, line: number, endLine: number) => {
    const key = `${line}\u0000${written}`;
    if (fuzzyWarned.has(key)) return;
    fuzzyWarned.add(key);
    warnings.push({
      code: 'FUZZY_MATCH',
      message: `"${written}" is not in the technology catalogue; did you mean "${suggestion}"?`,
      line,
      endLine,
    });
  };
  const matcher = createMentionMatcher(catalogue.technologies);
  const sections = splitSections(model);
  const drafts: Drafts = {
    fileName,
    lines: model,
    basics: { name: null, label: null, email: null, phone: null, url: null, location: null, unplaced: [] },
    summary: [],
    positions: [],
    education: [],
    skills: [],
    projects: [],
    publications: [],
  };
  const summaries: Section[] = [];
  // An undivided document with no dated entry: a narrative, read as prose when nothing else gives a position.
  const narratives: Section[] = [];
  const unplaced = (from: DocLine[], why: string) => {
    const text = from.filter((line) => !line.blank);
    if (text.length === 0) return;
    const first = text[0] as DocLine;
    const last = text[text.length - 1] as DocLine;
    warnings.push({
      code: 'UNPLACED_TEXT',
      message: `${first.n === last.n ? `Line ${first.n}` : `Lines ${first.n}-${last.n}`}, ${why}: "${clip(first.text)}"`,
      line: first.n,
      endLine: last.n,
    });
  };
  // Sections beside the positions (courses taught, grants, service): what they name is the résumé's.
  const asides: { lines: DocLine[]; name: string }[] = [];
  // Positions read from a rirekisho's event rows, whose employers' work a later summary may tell.
  const eventPositions: PositionDraft[] = [];
  for (const section of sections) {
    if (
      (section.kind === 'experience' || section.kind === 'education') &&
      eventRows(section.lines).length > 0
    ) {
      const positions = readEventPositions(section.lines);
      const schools = readEventEducation(section.lines);
      if (positions.length + schools.length > 0) {
        eventPositions.push(...positions);
        drafts.positions.push(...positions);
        drafts.education.push(...schools);
        continue;
      }
    }
    switch (section.kind) {
      case 'preamble': {
        // Where an undivided document's first dated entry starts, the experience starts.
        let anchor = section.lines.findIndex((line) => {
          const info = lineInfo(line);
          return (
            !info.prose &&
            info.dates.some((date) => date.kind === 'range') &&
            info.words <= 16 &&
            // "Available from 1 June 2025": when the person can start, no position; "Member since 2019" neither.
            !AVAILABILITY.test(line.text) &&
            !MEMBERSHIP.test(line.text)
          );
        });
        // "* Acme Corp" over "    * Engineer, 2019 – 2021": the entry starts at the list item holding it.
        const above = section.lines.slice(0, anchor).findLastIndex((line) => !line.blank);
        const anchorLine = section.lines[anchor];
        const parent = section.lines[above];
        if (anchorLine?.bullet && parent?.bullet && parent.indent < anchorLine.indent) anchor = above;
        if (anchor === -1) narratives.push(section);
        const head = anchor === -1 ? section.lines : section.lines.slice(0, anchor);
        const body = anchor === -1 ? [] : section.lines.slice(anchor);
        // Several preambles (a sidebar read before the name banner): what one lacks another gives.
        const read = readPreamble(head, catalogue);
        for (const field of ['name', 'label', 'email', 'phone', 'url', 'location'] as const) {
          drafts.basics[field] ??= read[field];
        }
        drafts.basics.unplaced.push(...read.unplaced);
        if (body.length > 0) {
          const found = readExperience(body, catalogue);
          drafts.education.push(...takeStudies(found.positions, body, catalogue));
          drafts.positions.push(...found.positions);
          drafts.projects.push(...found.ownWork.map(ownWorkProject));
          unplaced(
            found.unplaced.map((info) => info.line),
            'before any position',
          );
        }
        break;
      }
      case 'experience': {
        // A marketplace's client jobs are projects; the section's other lines are read for positions.
        const market = marketplaceJobs(section.lines);
        drafts.projects.push(...market.jobs);
        const found = readExperience(market.rest, catalogue);
        const read = [...found.positions];
        drafts.education.push(...takeStudies(found.positions, market.rest, catalogue));
        const studies = read.filter((position) => !found.positions.includes(position));
        // A "Teaching" section lists posts held (a teaching assistantship) and courses taught inside another
        // position: only the posts are positions; what the courses name is the résumé's, as a summary's is.
        if (namesTeaching(section.title)) {
          found.positions = teachingPosts(found.positions, section.lines);
          asides.push({
            lines: outsidePositions(section.lines, found.positions),
            name: section.title ?? 'Teaching',
          });
        }
        // "Work Experience & Projects": an entry read with no title is a project (a dated project reads as a
        // position whose title is missing), and so is what no job, own work, community work or study holds. Each
        // line is read once: the marketplace's jobs are out of `market.rest`, and the projects' lines are placed.
        const projectLines = new Set<number>();
        if (section.title && joinsWorkWithProjects(section.title)) {
          found.positions = found.positions.filter((position) => (position.title?.value ?? '') !== '');
          const lines = outsidePositions(market.rest, [
            ...found.positions,
            ...found.ownWork,
            ...found.community,
            ...studies,
          ]);
          const projects = readProjects(lines);
          drafts.projects.push(...projects);
          if (projects.length > 0) for (const line of lines) projectLines.add(line.n);
        }
        drafts.positions.push(...found.positions);
        drafts.projects.push(...found.ownWork.map(ownWorkProject));
        // Community work, a marketplace's jobs and projects are read already: no summary of the person.
        if (found.positions.length === 0 && found.ownWork.length === 0) {
          if (market.jobs.length === 0 && found.community.length === 0 && projectLines.size === 0)
            summaries.push(section);
        } else
          unplaced(
            found.unplaced.map((info) => info.line).filter((line) => !projectLines.has(line.n)),
            `before the first position of "${section.title}"`,
          );
        break;
      }
      case 'education':
        drafts.education.push(...readEducation(section.lines, catalogue));
        break;
      case 'skills':
      case 'languages': {
        const found = readSkills(section.lines, section.title ?? 'Skills', catalogue, matcher);
        // "Languages" lists spoken languages as often as programming ones: kept when the catalogue knows them.
        const groups =
          section.kind === 'languages'
            ? found.groups.filter(
                (group) =>
                  group.keywords.filter((keyword) => catalogue.technologies.find(keyword.value)).length * 2 >=
                  group.keywords.length,
              )
            : found.groups;
        drafts.skills.push(...groups);
        for (const fuzzy of found.fuzzy) {
          warnFuzzy(fuzzy.written.value, fuzzy.suggestion, fuzzy.written.line, fuzzy.written.endLine);
        }
        break;
      }
      case 'projects': {
        // "PROJECT EXPERIENCE" over "Client : Kaiser Permanente" / "Duration : Feb 2021 – Present" / "Role : …": a
        // contractor's résumé with no experience section lists its positions as engagement records.
        if (!sections.some((other) => other.kind === 'experience') && holdsEngagementRecords(section.lines)) {
          const found = readExperience(section.lines, catalogue);
          drafts.positions.push(...found.positions);
          break;
        }
        drafts.projects.push(...readProjects(section.lines));
        break;
      }
      case 'publications':
        drafts.publications.push(...readPublications(section.lines));
        break;
      case 'summary':
        summaries.push(section);
        break;
      default:
        if (namesWorkAside(section.title ?? ''))
          asides.push({ lines: section.lines, name: section.title ?? '' });
        unplaced(section.lines, `under "${section.title}", not part of the résumé format`);
    }
  }
  // "Experience Summary" holding "Infosys Limited, Chennai — Technology Lead — Jun 2016 to till date": with
  // no experience section giving a position, a summary its heading calls one of experience lists them.
  if (drafts.positions.length === 0) {
    for (const section of [...summaries]) {
      if (!EXPERIENCE_SUMMARY.test(section.title ?? '')) continue;
      const found = readExperience(section.lines, catalogue).positions.filter(
        (position) => position.company && position.title && (position.start || position.current),
      );
      if (found.length === 0) continue;
      drafts.positions.push(...found);
      summaries.splice(summaries.indexOf(section), 1);
    }
  }
  // A narrative résumé: positions told in sentences (whose technologies are the positions').
  const narrative = drafts.positions.length === 0;
  if (narrative) {
    const prose = readProse(
      [...narratives, ...summaries].flatMap((section) => section.lines),
      catalogue,
    );
    drafts.positions.push(...prose);
    // A narrative that tells its studies in sentences too, with no education section.
    if (drafts.education.length === 0) {
      drafts.education.push(
        ...readStudiesInProse(
          [...narratives, ...summaries].flatMap((section) => section.lines),
          catalogue,
          new Set(prose.flatMap((position) => (position.company ? [lookupKey(position.company.value)] : []))),
        ),
      );
    }
  }
  // "About me: I started in 2012 as a PHP developer at Konga…" over "Recent Experience": the earlier career
  // told in the summary, at employers the dated entries do not name, before the first of them.
  else if (summaries.length > 0) {
    drafts.positions.push(
      ...earlierCareer(
        drafts.positions,
        readProse(
          summaries.flatMap((s) => s.lines),
          catalogue,
        ),
        summaries.flatMap((s) => s.lines),
      ),
    );
  }
  // "About: I studied mathematics at the University of Northbay, where I graduated with an MSc in 2011." over
  // dated positions: with no education section, the studies the summary tells.
  if (drafts.education.length === 0 && drafts.positions.length > 0 && summaries.length > 0) {
    drafts.education.push(
      ...readStudiesInProse(
        summaries.flatMap((section) => section.lines),
        catalogue,
        new Set(
          drafts.positions.flatMap((position) =>
            position.company ? [lookupKey(position.company.value)] : [],
          ),
        ),
        true,
      ),
    );
  }
  if (drafts.positions.length === 0 || drafts.positions.every((position) => position.origin === 'header')) {
    for (const section of summaries) {
      for (const line of section.lines) {
        if (!line.blank) drafts.summary.push(locateLines(line, line, line.text, 0.8));
      }
    }
  }
  attachEmployerLines(eventPositions, model);
  attachEmployerNotes(drafts.positions, model);
  attachEmployerStatements(drafts.positions, sections);
  attachEmployerProjects(drafts.projects, drafts.positions, model);
  attachDatedProjects(drafts.projects, drafts.positions, model);
  const latestFirst = model.reduce(
    (count, line) => count + findDates(line.text).filter((mention) => mention.latestFirst).length,
    0,
  );
  const headed = drafts.positions.filter((position) => position.origin === 'header');
  for (const repair of repairYearSlips(headed, latestFirst >= 2)) {
    warnings.push({ code: 'LOW_CONFIDENCE', message: repair });
  }
  if (drafts.positions.length === 0) {
    warnings.push({
      code: 'NO_EXPERIENCE',
      message: `${fileName}: no position found (no dated entries, no employer named).`,
    });
  }
  for (const position of drafts.positions) {
    if (position.unreadableDate) {
      warnings.push({
        code: 'UNREADABLE_DATE',
        message: `"${position.unreadableDate.value}" looks like a date but could not be read; the position has no dates.`,
        line: position.unreadableDate.line,
        endLine: position.unreadableDate.endLine,
      });
    }
    if (position.origin === 'prose') {
      warnings.push({
        code: 'LOW_CONFIDENCE',
        message: `A position at ${position.company?.value} read from prose; check it.`,
        line: position.first,
        endLine: position.last,
      });
    }
  }
  // Technologies a headline, a summary or an opening paragraph names are skills too (see `namedOutsideLists`).
  const headline = drafts.basics.label;
  const outside = [
    ...(headline ? [{ lines: model.filter((line) => line.n === headline.line), name: 'Headline' }] : []),
    ...(narrative
      ? []
      : [
          // An opening paragraph's sentences, not a stray list or label the preamble could not place.
          { lines: drafts.basics.unplaced.filter((line) => lineInfo(line).prose), name: 'Introduction' },
          ...summaries.map((section) => ({ lines: section.lines, name: section.title ?? 'Summary' })),
        ]),
    ...asides,
  ];
  const inLists = new Set(
    drafts.skills.flatMap((group) =>
      group.keywords.flatMap((keyword) => catalogue.technologies.find(keyword.value)?.id ?? []),
    ),
  );
  const employers = new Set(
    drafts.positions.flatMap((position) => (position.company ? [lookupKey(position.company.value)] : [])),
  );
  for (const { lines: where, name } of outside) {
    const group = namedOutsideLists(where, name, catalogue, matcher, inLists, employers);
    if (group) drafts.skills.push(group);
  }
  if (drafts.basics.unplaced.length > 0) unplaced(drafts.basics.unplaced, 'not a name, contact or headline');
  // What the skills lists name, then the things (no practices) any line names with evidence, vouch for the rest.
  const listed = drafts.skills.flatMap((group) => group.keywords);
  const vouched = new Set(listed.flatMap((keyword) => catalogue.technologies.find(keyword.value)?.id ?? []));
  const firstPass = mentionsByLine(model, matcher, vouched);
  withoutTitleRoles(firstPass, drafts.positions, catalogue);
  for (const found of firstPass.values()) {
    for (const mention of found) {
      const entry = catalogue.technologies.get(mention.technologyId);
      if (!mention.fuzzy && entry && !isConcept(entry)) vouched.add(mention.technologyId);
    }
  }
  const mentions = mentionsByLine(model, matcher, vouched);
  withoutTitleRoles(mentions, drafts.positions, catalogue);
  // A practice, a method or a field ("microservices", "TDD", "CI/CD") is what a person does, no technology used;
  // only a position's labelled list of its technologies ("Technologies: Microservices, Kafka") names one as such.
  // A name that is a word of a date ("Spring 2025", a term) is none either.
  const byNumber = new Map(model.map((line) => [line.n, line]));
  for (const [n, list] of mentions) {
    const text = byNumber.get(n)?.text ?? '';
    // Only a name with a number after it ("Spring 2025", "avr. 2021") can be a word of a date.
    const dated = list.some((mention) => {
      const at = text.indexOf(mention.value);
      return (
        at >= 0 &&
        /^[\s.,']{0,3}\d/u.test(text.slice(at + mention.value.length, at + mention.value.length + 4))
      );
    });
    const dates = dated ? findDates(text) : [];
    mentions.set(
      n,
      list.filter((mention) => {
        if (catalogue.technologies.get(mention.technologyId)?.category === 'practice') return false;
        const at = text.indexOf(mention.value);
        return !dates.some((date) => date.start <= at && at + mention.value.length < date.end);
      }),
    );
  }
  splitToldPromotions(drafts.positions, model);
  withoutEmployers(mentions, drafts.positions, catalogue);
  addListedTechnologies(model, drafts.positions, mentions, catalogue);
  const keywords = listed.map((keyword) => keyword.value);
  addSkillNames(model, drafts.positions, keywords, mentions, catalogue);
  addListMates(model, drafts.positions, mentions, catalogue);
  addApiNames(model, drafts.positions, mentions);
  for (const list of mentions.values()) {
    for (const mention of list.filter((m) => m.fuzzy)) {
      const entry = catalogue.technologies.get(mention.technologyId);
      warnFuzzy(mention.value, entry?.name ?? mention.technologyId, mention.line, mention.line);
    }
  }
  const { resume, facts } = buildResume(drafts, mentions, warnings);
  check(fileName, resume);
  return { fileName, format: read.format, lines, resume, facts, warnings };
}

/**
 * Work held on one's own account, for no employer (see `readExperience`'s `ownWork`): a project outside positions,
 * named by its title, with its dates and its lines (whose technologies are the project's).
 */
function ownWorkProject(draft: PositionDraft): ProjectDraft {
  return {
    name: draft.title as Located,
    start: draft.start,
    end: draft.end,
    current: draft.current !== null,
    description: [],
    highlights: draft.highlights,
    first: draft.first,
    last: draft.last,
    confidence: draft.confidence,
  };
}

/**
 * "2011 ▸ 2015" / "BFA, Computation Arts" / "Concordia University": a timeline of jobs and studies alike.
 * An entry that names a degree where the title goes and a school as the employer is education: it is
 * taken out of `positions` and read as an education entry.
 */
function takeStudies(positions: PositionDraft[], lines: readonly DocLine[], catalogue: Catalogue) {
  const byNumber = new Map(lines.map((line) => [line.n, line]));
  const studies = positions.filter((position) => {
    const title = position.title?.value ?? '';
    return (
      (opensWithDegree(title) && titleScore(title) === 0 && isInstitution(position.company?.value ?? '')) ||
      (title === '' && degreeBesideSchool(byNumber.get(position.first)))
    );
  });
  for (const study of studies) positions.splice(positions.indexOf(study), 1);
  const spans = studies.map((study) => ({ first: study.first, last: study.last }));
  for (const position of positions) {
    const from = trailingStudies(position, byNumber);
    if (from !== null) spans.push({ first: from, last: cutBody(position, from) });
  }
  return spans.flatMap((span) =>
    readEducation(
      lines.filter((line) => line.n >= span.first && line.n <= span.last),
      catalogue,
    ),
  );
}

/**
 * "- **National Diploma: Information Technology** — Tshwane University of Technology (2016 – 2018)" under a heading no
 * section word names: a position read with no title whose own line opens with a degree (its list marker and emphasis
 * aside) and names a school is an entry of studies, whatever its colon made the employer.
 */
function degreeBesideSchool(line: DocLine | undefined): boolean {
  if (!line || lineInfo(line).prose) return false;
  const text = line.text.replace(/^[\s\-*•+_]+/u, '');
  return opensWithDegree(text) && isInstitution(text);
}

/**
 * "BSc Statistics, University of Eastmark, 2023" under the last job of a résumé with no headings: a line of a
 * position's body that opens with a degree and names a school and a date starts the studies, which run to the
 * position's end. Its line number, or null.
 */
function trailingStudies(position: PositionDraft, byNumber: ReadonlyMap<number, DocLine>): number | null {
  const header = Math.max(
    position.first,
    ...[position.title, position.company, position.start, position.end].map((field) => field?.endLine ?? 0),
  );
  for (let n = header + 1; n <= position.last; n++) {
    const line = byNumber.get(n);
    if (!line || line.blank || line.bullet) continue;
    const text = line.text.trim();
    if (opensWithDegree(text) && isInstitution(text) && findDates(text).length > 0 && !lineInfo(line).prose)
      return n;
  }
  return null;
}

/** Ends `position` before line `from`, dropping what it read from there on; returns its old last line. */
function cutBody(position: PositionDraft, from: number): number {
  const last = position.last;
  position.last = from - 1;
  position.summary = position.summary.filter((item) => item.line < from);
  position.highlights = position.highlights.filter((item) => item.line < from);
  position.projects = position.projects.filter((project) => project.first < from);
  return last;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The result must be a résumé the loader accepts; anything else is a bug here, reported as one. */
function check(fileName: string, resume: ResumeDocument): void {
  validateResume({ file: fileName, data: resume, locate: () => undefined });
}

/** `.json`/`.yaml`: the project's own parser and validator; an id derived as for documents when missing. */
function readStructured(fileName: string, format: 'json' | 'yaml', text: string): ExtractionResult {
  const lines = splitLines(text);
  try {
    const parsed = parseResumeText(fileName, text);
    if (parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data)) {
      const data = parsed.data as ResumeDocument;
      if (data.id === undefined) data.id = personId(data, fileName);
      if (data.source === undefined)
        data.source = { document: fileName, lines: `1-${Math.max(1, lines.length)}` };
    }
    const resume = validateResume(parsed);
    return { fileName, format, lines, resume, facts: [], warnings: [] };
  } catch (error) {
    if (error instanceof ResumeError) {
      const invalidSyntax = error.issues.some((issue) => /^invalid (JSON|YAML)/.test(issue.found));
      throw new DocumentError(
        fileName,
        invalidSyntax ? 'CORRUPT' : 'NOT_A_RESUME',
        error.issues
          .slice(0, 5)
          .map(
            (issue) =>
              `${issue.path === '' ? '' : `${issue.path}: `}${issue.found}${issue.line ? ` (line ${issue.line})` : ''}`,
          )
          .join('; '),
        error.issues[0]?.expected ?? 'a résumé in the project format (schema/resume.schema.json)',
        error,
      );
    }
    throw error;
  }
}

/**
 * The prose positions that tell a career before the dated entries: each with a title and a start, at one
 * employer no entry names, and ended no later than the first entry starts (or, when it gives no end,
 * started before it: "I joined Beta in 2016" beside an entry from Mar 2016 may be that entry).
 */
function earlierCareer(
  entries: readonly PositionDraft[],
  prose: readonly PositionDraft[],
  lines: readonly DocLine[],
): PositionDraft[] {
  const starts = entries.flatMap((position) => (position.start ? [position.start.date] : []));
  if (starts.length === 0 || starts.length < entries.length) return [];
  // A year alone may be any of its months: compare each date where it could lie earliest against where the
  // entries' first start could lie latest.
  const first = Math.min(...starts.map((date) => monthKey(date, true)));
  // Without an end, a start only counts before the first entry's when it is earlier at the precision both have.
  const firstYear = Math.min(...starts.map((date) => date.year));
  const firstMonthly = starts.every((date) => date.month !== null);
  const employers = new Set(
    entries.flatMap((position) => (position.company ? [employerKey(position.company.value)] : [])),
  );
  const raw = new Map(lines.map((line) => [line.n, line.raw]));
  return prose.filter((position) => {
    const company = position.company;
    if (company === null || position.title === null || position.start === null || position.current)
      return false;
    if (employers.has(employerKey(company.value)) || /\sand\s/iu.test(company.value)) return false;
    // "a mentor at Google Summer of Code": the employer read is the start of a longer name, a programme
    // or an event rather than a place of work.
    const after =
      company.endColumn === undefined ? '' : (raw.get(company.endLine)?.slice(company.endColumn) ?? '');
    if (/^\s+\p{Lu}/u.test(after)) return false;
    if (position.end) return monthKey(position.end.date, false) <= first;
    const start = position.start.date;
    return start.month === null || !firstMonthly ? start.year < firstYear : monthKey(start, false) < first;
  });
}

/** An employer as entries and sentences may both name it: "Beta" and "Beta Ltd" are one. */
function employerKey(name: string): string {
  return looseCompanyKey(name) ?? lookupKey(name);
}

export type { PositionDraft };
