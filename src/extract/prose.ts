import type { Catalogue } from '../catalogue/catalogue.js';
import { LEGAL_SUFFIXES } from '../catalogue/lookup-key.js';
import { findDates } from './dates.js';
import { emptyPosition, type PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import { type Located, locate } from './located.js';
import { sentences } from './sentences.js';
import { TITLE_IN_TEXT } from './vocabulary.js';

/** A paragraph as one string, with the line and column of each of its characters. */
interface Paragraph {
  text: string;
  at: { line: DocLine; index: number }[];
}

/** Lines joined into paragraphs: a line that does not end a sentence runs on into the next line. */
function paragraphs(lines: readonly DocLine[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.blank) {
      current = null;
      continue;
    }
    // A wrapped line: the paragraph so far ends no sentence, and this line starts no list item.
    const runsOn = current !== null && !line.bullet && !/[.!?:]\s*$/u.test(current.text);
    if (!current || !runsOn) {
      current = { text: '', at: [] };
      result.push(current);
    } else {
      current.text += ' ';
      current.at.push({ line, index: -1 });
    }
    for (let i = 0; i < line.text.length; i++) {
      current.text += line.text[i];
      current.at.push({ line, index: i });
    }
  }
  return result;
}

/** Where a paragraph offset is in the document; a joining space counts as the next line's start. */
function pointAt(paragraph: Paragraph, offset: number): { line: DocLine; index: number } {
  const at = paragraph.at[Math.min(offset, paragraph.at.length - 1)] as { line: DocLine; index: number };
  return at.index === -1 ? { line: at.line, index: 0 } : at;
}

function located(paragraph: Paragraph, start: number, end: number, confidence: number): Located {
  const first = pointAt(paragraph, start);
  const last = pointAt(paragraph, Math.max(start, end - 1));
  const value = paragraph.text.slice(start, end);
  if (first.line === last.line) return locate(first.line, first.index, last.index + 1, value, confidence);
  return { value, line: first.line.n, endLine: last.line.n, confidence };
}

/** A word of a name: capitalised, or in lower case before its capitals ("xAI", "eBay"). */
const NAME_WORD = String.raw`(?:[\p{Lu}\d]|\p{Ll}{1,2}\p{Lu})[\p{L}\p{N}&'’+-]*(?:\.[\p{L}\p{N}]+)*(?:\([\p{L}\p{N} ]+\))?`;
/** "DeNA Co., Ltd.", "Globex, Inc.": the legal forms after a name are part of it, commas and all. */
const LEGAL_TAIL = String.raw`(?:\.?,?\s+(?:${[...LEGAL_SUFFIXES]
  .sort((a, b) => b.length - a.length)
  .map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|')})(?![\p{L}\p{N}]))*`;
/** A name runs on over "and", never into the clause that follows it ("… at Code Club and I spoke …"). */
const COMPANY = String.raw`(${NAME_WORD}(?:\s+(?:(?:of|and|&|de|for)\s+)?(?!(?:I|We)\b)${NAME_WORD})*${LEGAL_TAIL})`;
const TITLE = `(${TITLE_IN_TEXT})`;

interface Trigger {
  pattern: RegExp;
  /** The person is there now. */
  current?: boolean;
}

const A = String.raw`(?:an?\s+|the\s+)`;
/**
 * Where a title said in a sentence ends: a stop, a clause, a preposition ("lead developer." not "lead" before
 * "developer").
 */
const TITLE_END = String.raw`(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|at|with|for|in|on|and|from|since|until|to|where|when|who|which)\b)`;
/** "the platform's", "its": whose post a title is ("I became the platform's lead developer"), before the title. */
const OWNER = String.raw`(?:(?:the\s+)?[\p{L}-]+['’]s\s+|(?:its|their|our|his|her)\s+(?:first\s+|new\s+)?)`;
/** The person a career is told of: "I", or "she", "he", "they" in a biography told in the third person. */
const SUBJECT = '(?:I|[Ss]he|[Hh]e|[Tt]hey)';
/** "in August 2018", "from 2015": when, said between a verb and the employer. */
const WHEN = String.raw`(?:,?\s+(?:in|on|from|since|around)\s+(?:[\p{Lu}][\p{Ll}]+\.?\s+)?(?:19|20)\d\d,?)?`;
/**
 * "at Cisco in Bangalore as a Software Engineer II", "at Brightline (2014–2017) as a junior developer": a place, or
 * the years in brackets, may stand between employer and title.
 */
const PLACE = String.raw`(?:\s+in\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?(?:\s*\([^()]*?(?:19|20)\d\d[^()]*\))?`;
const AS_TITLE = String.raw`${PLACE}(?:,?\s+as\s+${A}?${TITLE})?`;

/**
 * Sentences that place the person at an employer. Case matters (a company is a capitalised name), so
 * a keyword that may open a sentence is written in both cases.
 */
const TRIGGERS: Trigger[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:began|started|begun|start)\s+my\s+(?:[\p{L}+#-]+\s+){0,3}career${WHEN}\s+(?:in|at|with)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:[Nn]ow|[Cc]urrently|[Pp]resently|[Tt]oday)\s*,?\s+(?:I\s+am\s+|I['’]m\s+)?(?:working\s+|employed\s+)?(?:at|with|for)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
    current: true,
  },
  {
    pattern: new RegExp(
      String.raw`\bI(?:\s+am|['’]m)\s+(?:now\s+|currently\s+)?(?:working\s+|employed\s+)?(?:at|with|for)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
    current: true,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:I(?:\s+have\s+been|['’]ve\s+been|\s+am|['’]m)|(?:[Ss]he|[Hh]e)\s+(?:has\s+been|is))\s+(?:now\s+|currently\s+)?${A}?${TITLE}\s+(?:at|with|for)\s+${COMPANY}`,
      'u',
    ),
    current: true,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:worked(?:\s+(?:remotely|full[-\s]time|part[-\s]time|freelance))?|served|was|spent\s+[\p{L}\d\s-]{1,20}?)\s+(?:as\s+)?${A}?(?:${TITLE}\s+)?(?:at|for)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
  },
  // "I have been at Fenwick Health since January 2022", "She has been with Norlys since 2020": where the person is.
  {
    pattern: new RegExp(
      String.raw`\b(?:I(?:\s+have|['’]ve)|(?:[Ss]he|[Hh]e)\s+has)\s+been\s+(?:at|with)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
    current: true,
  },
  // "I was a junior developer with Wren Logistics": "with" names the employer after a title held ("spent three years
  // placed with US product teams" names whom the work was for).
  { pattern: new RegExp(String.raw`\bI\s+was\s+${A}?${TITLE}\s+with\s+${COMPANY}`, 'u') },
  {
    // "Working as Technical Lead in Infosys Limited, Hyderabad from Jul 2019 to till date.": the
    // employment line of many Indian IT résumés, one sentence a position, present for the current one.
    pattern: new RegExp(
      String.raw`(?:^|\b)(?:[Cc]urrently\s+)?(?:[Ww]orking|[Ss]erving)\s+as\s+${A}?${TITLE}\s+(?:in|at|with|for)\s+${COMPANY}`,
      'u',
    ),
    current: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|\b)(?:[Ww]orked|[Ss]erved)\s+as\s+${A}?${TITLE}\s+(?:in|with)\s+${COMPANY}`,
      'u',
    ),
  },
  {
    // "I started out in 2012 as a graduate developer at Sage", "I started my career in 2010 as a junior developer
    // at Lindqvist": the title before the employer.
    pattern: new RegExp(
      String.raw`\b(?:[Ss]tarted|[Bb]egan|[Bb]egun)(?:\s+(?:out|off)|\s+my\s+(?:[\p{L}+#-]+\s+){0,3}career)?${WHEN}\s+as\s+${A}?${TITLE}\s+(?:at|with|for)\s+${COMPANY}`,
      'u',
    ),
  },
  // "I started out in 2012 on the service desk at Inland Revenue": where the person began, in a team or a post.
  {
    pattern: new RegExp(
      String.raw`\b(?:[Ss]tarted|[Bb]egan)(?:\s+(?:out|off))?${WHEN}\s+(?:on|in)\s+the\s+(?:[\p{L}-]+\s+){1,3}(?:at|with)\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
  },
  { pattern: new RegExp(String.raw`\b(?:joined|joining|join)${WHEN}\s+${COMPANY}${AS_TITLE}`, 'u') },
  {
    pattern: new RegExp(
      String.raw`\b(?:moved|switched|went|transferred)\s+(?:over\s+|on\s+)?to\s+${COMPANY}${AS_TITLE}`,
      'u',
    ),
  },
  { pattern: new RegExp(String.raw`(?:^|[.;]\s+)(?:At|With)\s+${COMPANY},\s+I\b`, 'u') },
  // "…which is how I ended up at Statnett": where the person arrived; what they did there follows.
  {
    pattern: new RegExp(String.raw`\b(?:ended|wound|landed)\s+up\s+(?:at|with)\s+${COMPANY}${AS_TITLE}`, 'u'),
  },
  // "In 2013 I became a developer at Farfetch": a title taken at a named employer (a new one, or the same again).
  {
    pattern: new RegExp(
      String.raw`\b${SUBJECT}\s+became\s+${A}?${TITLE}\s+(?:at|with|for)\s+${COMPANY}`,
      'u',
    ),
  },
  // Whatever the verb, a job title said with its employer: "I wrote my first paid code in 2012 as a PHP developer
  // at Telmar", "my first years were at Quillon Data as a data analyst". The title is one by the vocabulary. Only
  // "at" names the employer here: "as a developer for Android and iOS" names what the work was for.
  { pattern: new RegExp(String.raw`\bas\s+${A}${TITLE}\s+at\s+${COMPANY}`, 'u') },
  { pattern: new RegExp(String.raw`\b(?:at|with)\s+${COMPANY}${PLACE},?\s+as\s+${A}${TITLE}`, 'u') },
  // "Currently a Staff Engineer at Heron Bank (2021–present). Previously Backend Engineer at Coral Systems
  // (2016–2021)": a profile's summary, each title at its employer with its years in brackets.
  {
    pattern: new RegExp(
      String.raw`(?:^|\b)(?:(?:[Cc]urrently|[Pp]reviously|[Ff]ormerly|[Ee]arlier|[Bb]efore\s+that),?\s+)?${A}?${TITLE}\s+(?:at|with)\s+${COMPANY}(?=\s*\([^()]*(?:19|20)\d\d[^()]*\))`,
      'u',
    ),
  },
  // "Today I lead the payments platform team at Heron Bank": where the person works now, in the unit named.
  {
    pattern: new RegExp(
      String.raw`\bI\s+(?:now\s+|currently\s+)?(?:lead|run|manage|head)\s+the\s+(?:[\p{L}\d-]+\s+){1,4}(?:team|group|department|squad)\s+(?:at|of)\s+${COMPANY}`,
      'u',
    ),
    current: true,
  },
];

/** Inside an employer: a move to another team, or a promotion, starts the next position there. */
const MOVE_TEAM =
  /\b(?:[Tt]hen\s+|[Ll]ater\s+)?(?:moved|switched|transferred|joined)\s+(?:to\s+|over\s+to\s+)?the\s+((?:[\p{L}\d-]+\s+){0,3}?(?:team|group|department|division))\b/u;
const PROMOTED = new RegExp(String.raw`\b(?:promoted|promotion)\s+to\s+${A}?${TITLE}`, 'u');
/** "Since 2022 I have been Staff Engineer there": a new title at the same employer. */
const THERE = new RegExp(
  String.raw`\bI(?:\s+have\s+been|['’]ve\s+been|\s+am|['’]m|\s+was|\s+became|\s+moved\s+up\s+to)\s+${A}?${TITLE}\s+(?:there|at\s+the\s+same\s+(?:company|place))\b`,
  'u',
);
/** "in 2018 I became tech lead of the platform team": a new title where the person already works. */
const BECAME = new RegExp(
  String.raw`\b${SUBJECT}\s+became\s+(?:${A}|${OWNER})?${TITLE}(?!\s+(?:at|with|for)\s+[\p{Lu}\d])${TITLE_END}`,
  'u',
);
/**
 * "…, first as a developer and from 2018 as team lead": a later title at the same employer, said with the year it
 * began. As a clause's opening (see `laterClause`), it is a position of its own there.
 */
const YEAR_AS = String.raw`(?:from|since|in)\s+(?:[\p{Lu}][\p{Ll}]+\.?\s+)?(?:19|20)\d\d,?\s+as\s+${A}?${TITLE}`;
const LATER_YEAR_AS = new RegExp(`^${YEAR_AS}`, 'u');
/** "I was part of the Storage team": the team of the position being told. */
const TEAM_OF =
  /\b(?:part|member)\s+of\s+the\s+((?:[\p{Lu}][\p{L}\d&-]*\s+){1,4})(?:team|group)\b|\b(?:on|in)\s+the\s+((?:[\p{Lu}][\p{L}\d&-]*\s+){1,4})(?:team|group)\b/u;
const I_WAS_A = new RegExp(
  String.raw`\bI(?:\s+was|\s+am|['’]m|\s+worked\s+(?:there\s+)?as|\s+started\s+as|\s+joined\s+as|\s+served\s+as|\s+have\s+been|['’]ve\s+been)\s+${A}${TITLE}`,
  'u',
);
const NOW =
  /\b(?:[Nn]ow|[Cc]urrently|[Pp]resently|[Tt]oday|[Aa]t present|I\s+still\s+work|I\s+am\s+still)\b/u;
/** "…at Interswitch in Lagos, where I spent three years as a Java developer": a title later in the sentence. */
const LATER_AS_TITLE = new RegExp(String.raw`^[^.;]*?\bas\s+an?\s+${TITLE}`, 'u');
/** "spent three years", "for 2 years": how long the position lasted, in whole years. */
const YEARS_SPENT =
  /\b(?:spent|for|after)\s+(?:the\s+next\s+|almost\s+|nearly\s+|about\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\b/iu;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/**
 * A part of the year said before it ("mid-2018", "the end of 2016", "early 2021", "the autumn of 2020"): the year
 * is all it gives, so the date keeps the year's precision.
 */
const PART_OF_YEAR = String.raw`(?:(?:the\s+)?\p{L}+\s+of\s+|(?:mid|early|late)(?:-|\s+))?`;
/** What ends a position before a date in the sentence that tells it ("until mid-2018", "left in 2019"). */
const ENDS_BEFORE = new RegExp(
  String.raw`\b(?:until|till|to|through|thru|ended|ending|left(?:\s+in)?|until\s+I\s+(?:joined|moved|left|went|switched)\b[^,;.]{0,40}?\s+in)\s+${PART_OF_YEAR}$`,
  'iu',
);
/** The same in a later sentence, where "to" would be a move ("…, and stayed until August 2021"). */
const ENDS_LATER = new RegExp(String.raw`\b(?:until|till|through|left(?:\s+in)?)\s+${PART_OF_YEAR}$`, 'iu');

/**
 * Positions told in sentences ("I began my career in X", "Then I joined X", "Now at X", "Since 2020
 * I have been a staff engineer at X"): an employer the sentence names, the title only when the text
 * states one ("I was a C++ developer"), and the dates the sentence gives. A move to another team
 * ("then moved to the cloud team") starts the next position at the same employer.
 */
export function readProse(lines: readonly DocLine[], catalogue: Catalogue): PositionDraft[] {
  const positions: PositionDraft[] = [];
  for (const paragraph of paragraphs(lines)) {
    for (const { start, end } of sentences(paragraph.text))
      readSentence(paragraph, start, end, positions, catalogue);
  }
  // A position's text runs on to where the next one is told (its technologies are named there).
  const lastLine = [...lines].reverse().find((line) => !line.blank)?.n ?? 0;
  positions.forEach((position, index) => {
    const before = positions[index - 1];
    if (before) startAfter(position, before);
  });
  positions.forEach((position, index) => {
    const next = positions[index + 1];
    // …and no further than the next heading: what stands under it ("## Things I reach for") is not the position's.
    const heading = lines.find((line) => line.heading > 0 && line.n > position.first);
    const apart = lines.find((line, at) => line.n >= position.first && nextSectionAfter(lines, at));
    const told = next ? ((next.from?.column ?? 0) > 0 ? next.first : next.first - 1) : lastLine;
    const until = Math.min(told, heading ? heading.n - 1 : told, apart ? apart.n : told);
    position.last = Math.max(position.last, until);
    // "In 2015 I joined Ocado … Since 2019 I have been … at Deliveroo": a dated position told in the past
    // ends where the next one told starts.
    if (next?.start && position.start && !position.end && !position.current) {
      position.end = { ...next.start, confidence: Math.min(0.5, next.start.confidence) };
    }
  });
  return positions;
}

/**
 * Whether the line after `lines[at]` stands apart from it in the document (the lines of another section lie between:
 * prose read from a summary and a narrative further down): a position told before it ends at `lines[at]`.
 */
function nextSectionAfter(lines: readonly DocLine[], at: number): boolean {
  const next = lines[at + 1];
  return next !== undefined && next.n > (lines[at] as DocLine).n + 1;
}

function readSentence(
  paragraph: Paragraph,
  start: number,
  told: number,
  positions: PositionDraft[],
  catalogue: Catalogue,
): void {
  let end = told;
  let sentence = paragraph.text.slice(start, end);
  // "She left X in 2018 to join Y, and since 2020 she has worked for Z": each clause that tells a move is read as a
  // sentence of its own, the first first.
  const clause = firstClauseOfMove(sentence);
  if (clause !== null) {
    readSentence(paragraph, start, start + clause, positions, catalogue);
    readSentence(paragraph, start + clause, told, positions, catalogue);
    return;
  }
  for (const trigger of TRIGGERS) {
    const match = trigger.pattern.exec(sentence);
    if (!match) continue;
    // "In 2019 I moved to X as a research engineer, …, until I joined Y in 2020": a move said after "until" is where
    // the position the sentence tells ends, no position of its own there.
    if (UNTIL_I.test(sentence.slice(0, match.index))) continue;
    const groups = match.slice(1).filter((group) => group !== undefined);
    const companyText = [...match]
      .slice(1)
      .find((group, i) => group !== undefined && isCompanyGroup(match, i + 1));
    // "I spent a year mentoring at Code Club", "I served as a mentor at Rails Camp": help given, no employment.
    // The employer's own name ("Helping Hands Ltd") tells nothing of what was done there.
    if (HELPING.test(companyText ? match[0].replace(companyText, ' ') : match[0])) break;
    if (!companyText) continue;
    const companyAt = start + (match.index ?? 0) + match[0].lastIndexOf(companyText);
    const company = resolveCompany(
      companyText,
      catalogue,
      paragraph.text.slice(companyAt + companyText.length),
    );
    if (!company) continue;
    const titleText = groups.find((group) => group !== companyText && group !== undefined);
    // "I started out in 2012 … at Ferrow Health as a support analyst, and I joined Quarry Labs in 2016 as …": a later
    // clause that tells a position of its own is read as a sentence of its own, and this position's text ends there.
    const next = laterClause(paragraph.text, start + (match.index ?? 0) + match[0].length, end);
    if (next !== null) {
      end = next;
      sentence = paragraph.text.slice(start, end);
    }
    const draft = newDraft(paragraph, start, end);
    draft.company = located(paragraph, companyAt, companyAt + company.name.length, 0.7);
    if (company.team) {
      const teamAt = companyAt + companyText.indexOf(company.team);
      draft.team = located(paragraph, teamAt, teamAt + company.team.length, 0.6);
    }
    if (titleText) {
      // "worked in Lisbon as a consultant for Deloitte": the title is what follows the last "as a".
      const lead = [...titleText.matchAll(AS_A)].pop();
      const cut = lead ? (lead.index ?? 0) + lead[0].length : 0;
      const titleAt = start + (match.index ?? 0) + match[0].indexOf(titleText) + cut;
      draft.title = located(paragraph, titleAt, titleAt + titleText.length - cut, 0.6);
    } else {
      const after = companyAt + companyText.length;
      const later = LATER_AS_TITLE.exec(paragraph.text.slice(after, end));
      if (later) {
        const text = later[1] as string;
        const titleAt = after + later[0].length - text.length;
        draft.title = located(paragraph, titleAt, titleAt + text.length, 0.5);
      }
    }
    setProseDates(draft, paragraph, start, sentence, trigger.current === true);
    endAfterYears(draft, paragraph, start, sentence);
    positions.push(draft);
    readWithin(paragraph, start, end, positions);
    if (next !== null) readSentence(paragraph, next, told, positions, catalogue);
    return;
  }
  readWithin(paragraph, start, end, positions);
}

/**
 * ", and I …", "; then in 2016 I …": a clause of its own whose subject is the person; "… at Coral (2017–2021) as a
 * developer and at Brightline (2014–2017) as a tester": a second employer joined to the first by "and at".
 */
const CLAUSE_OF_I =
  /[,;]\s+(?:and\s+|but\s+)?(?:then\s+|later\s+)?(?=(?:(?:in|since|from)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{4},?\s+)?(?:I|[Ss]he|[Hh]e|[Tt]hey)\s)|,?\s+and\s+(?:then\s+|later\s+)?(?=(?:at|with)\s+[\p{Lu}\d])/gu;
/** ", and from 2018 as team lead": a later title at the employer just told (see `LATER_YEAR_AS`). */
const CLAUSE_OF_YEAR_AS = new RegExp(
  String.raw`(?:,\s+(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+)?(?=${YEAR_AS})`,
  'gu',
);

/**
 * Where the second of two clauses that each tell a move starts, when the trigger read first (in TRIGGERS' order)
 * would be the second clause's (see `readSentence`): null when the sentence has one move, or its first is read first.
 */
function firstClauseOfMove(sentence: string): number | null {
  const first = TRIGGERS.find((trigger) => trigger.pattern.test(sentence));
  if (!first) return null;
  for (const clause of sentence.matchAll(CLAUSE_OF_I)) {
    const at = (clause.index ?? 0) + clause[0].length;
    const before = sentence.slice(0, clause.index);
    if ((first.pattern.exec(sentence)?.index ?? 0) < at) return null;
    if (TRIGGERS.some((trigger) => trigger.pattern.test(before))) return at;
  }
  return null;
}

/** Where a later clause of the sentence (from `from` to `end`) that a trigger reads as a position starts, else null. */
function laterClause(text: string, from: number, end: number): number | null {
  const rest = text.slice(from, end);
  const starts: number[] = [];
  for (const clause of rest.matchAll(CLAUSE_OF_I)) {
    const at = (clause.index ?? 0) + clause[0].length;
    if (TRIGGERS.some((trigger) => trigger.pattern.test(rest.slice(at)))) starts.push(at);
  }
  // "… (2016–2021) and Junior Developer at Brightline Ltd (2014–2016)": a clause a trigger reads from its first word.
  for (const clause of rest.matchAll(/,?\s+and\s+/gu)) {
    const at = (clause.index ?? 0) + clause[0].length;
    if (TRIGGERS.some((trigger) => trigger.pattern.exec(rest.slice(at))?.index === 0)) starts.push(at);
  }
  // Only after a first title told as one ("first as a developer"): "joined X, in 2016 as a developer" is one position.
  for (const clause of rest.matchAll(CLAUSE_OF_YEAR_AS)) {
    if (/\bas\s+/u.test(rest.slice(0, clause.index))) starts.push((clause.index ?? 0) + clause[0].length);
  }
  return starts.length > 0 ? from + Math.min(...starts) : null;
}

/**
 * Mentoring, coaching, volunteering, helping or supporting others (as a verb, or as the whole role taken: "a mentor",
 * "a volunteer"): what a sentence so worded tells is help given at a place, never a position held there. Lower case
 * only, as a verb in running text is written; a helping noun before another word qualifies a title ("volunteer
 * coordinator"), and a word of a name ("Helping Hands Ltd") is capitalised.
 */
const HELPING =
  /\b(?:(?:mentor|tutor|volunteer)(?:s|ed|ing)|coach(?:ed|ing)|help(?:ed|ing)|support(?:ed|ing)|advis(?:ed|ing)|(?:mentor|tutor|volunteer)\b(?!\s+(?!(?:at|for|with|in|on|to|of|and|from|since|until|during)\b)\p{L}))\b/u;

/** "…, until I " before a trigger's words: the move that ends the position told before it. */
const UNTIL_I = /\buntil\s+I\s+$/u;

/** The words before a title said with "as" ("in Lisbon as a consultant"), up to the title itself. */
const AS_A = new RegExp(String.raw`(?:^|\s)as\s+${A}?`, 'gu');

/** Which capture groups hold a company: those of the COMPANY pattern (each trigger's last one or its first). */
const WHOLE_TITLE = new RegExp(`^${TITLE}$`, 'u');

function isCompanyGroup(match: RegExpExecArray, group: number): boolean {
  const value = match[group] as string;
  return /^(?:[\p{Lu}\d]|\p{Ll}{1,2}\p{Lu})/u.test(value) && !WHOLE_TITLE.test(value);
}

function resolveCompany(
  text: string,
  catalogue: Catalogue,
  after: string,
): { name: string; team: string | null } | null {
  const words = text.split(/\s+/u);
  for (let count = words.length; count >= 1; count--) {
    const name = words.slice(0, count).join(' ');
    if (catalogue.companies.find(name)) {
      const rest = words.slice(count).join(' ');
      const team = rest !== '' && /^\s*(?:team|group|department)\b/iu.test(after) ? rest : null;
      return { name, team };
    }
  }
  // A technology (or technologies: "with Python and Go"), a month or a lone pronoun is no employer ("moved to
  // Kubernetes").
  const name = text.replace(/['’]s$/u, '');
  if (name.split(/\s+(?:and|&)\s+/u).every((part) => catalogue.technologies.find(part))) return null;
  if (/^(?:I|The|A|An|My|Our|We)$/u.test(name)) return null;
  if (findDates(name).length > 0) return null;
  return { name, team: null };
}

function newDraft(paragraph: Paragraph, start: number, end: number): PositionDraft {
  const first = pointAt(paragraph, start);
  const last = pointAt(paragraph, end - 1);
  const draft = emptyPosition(first.line.n, last.line.n, 'prose');
  draft.summary.push(located(paragraph, start, end, 0.6));
  draft.from = { line: first.line.n, column: first.line.columns[first.index] ?? 0 };
  return draft;
}

function setProseDates(
  draft: PositionDraft,
  paragraph: Paragraph,
  offset: number,
  sentence: string,
  presentTense: boolean,
): void {
  const dates = findDates(sentence);
  const range = dates.find((date) => date.kind === 'range');
  const at = (date: { start: number; end: number }, confidence: number) =>
    located(paragraph, offset + date.start, offset + date.end, confidence);
  if (range) {
    if (range.from) draft.start = { ...at(range, 0.7), date: range.from };
    if (range.to) draft.end = { ...at(range, 0.7), date: range.to };
    if (range.ongoing) draft.current = at(range, 0.7);
  } else {
    // "until August 2021" ends the position; the first other date starts it.
    for (const date of dates) {
      if (date.kind !== 'single' || !date.from) continue;
      const before = sentence.slice(0, date.start);
      if (ENDS_BEFORE.test(before)) {
        if (!draft.end) draft.end = { ...at(date, 0.6), date: date.from };
      } else if (!draft.start) {
        draft.start = { ...at(date, 0.6), date: date.from };
      }
    }
  }
  if (!draft.current && !draft.end) {
    const now = NOW.exec(sentence);
    if (now) draft.current = located(paragraph, offset + now.index, offset + now.index + now[0].length, 0.7);
    else if (presentTense) draft.current = at({ start: 0, end: Math.min(sentence.length, 20) }, 0.5);
  }
}

/** "After that", "Afterwards", "Then", "Next": the sentence tells what came right after the position before. */
const AFTER_THAT = /^\s*(?:after\s+that|afterwards|then|next|since\s+then|I\s+then|I\s+next)\b/iu;

/**
 * "From 2014 to 2018 I worked at X. After that I spent three years at Y", "Since then I have been … at Z": a
 * position told as what came next, with no dates of its own, starts where the one before ended (and, told in the
 * past, lasts the years the sentence says).
 */
function startAfter(position: PositionDraft, before: PositionDraft): void {
  const told = position.summary[0];
  if (position.start || !before.end || !told || !AFTER_THAT.test(told.value)) return;
  position.start = { ...before.end, confidence: 0.5 };
  // "Since then I have been a principal engineer at OLX": the position told in the present runs on.
  if (position.current) return;
  const spent = YEARS_SPENT.exec(told.value);
  if (!spent) return;
  const count = spent[1] as string;
  const years = /^\d/u.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase()) + 1;
  position.end = {
    ...told,
    confidence: 0.5,
    date: { ...before.end.date, year: before.end.date.year + years },
  };
}

/** A word that says a span goes on ("present", "now", "today"). */
const ONGOING_WORD = /\b(?:present|now|today|current(?:ly)?|date)\b/iu;

/** "In 2011 … I spent three years": with a start and no end, the end is that many years later. */
function endAfterYears(draft: PositionDraft, paragraph: Paragraph, offset: number, sentence: string): void {
  if (!draft.start || draft.end) return;
  const spent = YEARS_SPENT.exec(sentence);
  if (!spent) return;
  // "I spent three years at X, from March 2011": a span told in the past is over, though "from" names no end.
  if (draft.current) {
    if (!/\bspent\b/u.test(spent[0]) || NOW.test(sentence) || ONGOING_WORD.test(draft.current.value)) return;
    draft.current = null;
  }
  const count = spent[1] as string;
  const years = /^\d/u.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase()) + 1;
  const at = located(paragraph, offset + spent.index, offset + spent.index + spent[0].length, 0.5);
  draft.end = { ...at, date: { ...draft.start.date, year: draft.start.date.year + years } };
}

/** Title sentences, teams, dates that close the position, and moves inside the current employer. */
function readWithin(paragraph: Paragraph, start: number, end: number, positions: PositionDraft[]): void {
  const sentence = paragraph.text.slice(start, end);
  const current = positions[positions.length - 1];
  if (!current?.company) return;
  const title = I_WAS_A.exec(sentence);
  if (title && !current.title) {
    const text = title[1] as string;
    const titleAt = start + title.index + title[0].lastIndexOf(text);
    current.title = located(paragraph, titleAt, titleAt + text.length, 0.6);
  }
  const team = TEAM_OF.exec(sentence);
  const teamText = (team?.[1] ?? team?.[2])?.trim();
  if (team && teamText && !current.team) {
    const teamAt = start + team.index + team[0].indexOf(teamText);
    current.team = located(paragraph, teamAt, teamAt + teamText.length, 0.6);
  }
  // "From 2013 to 2016 I worked there": the dates of the position the sentence before named.
  if (!current.start && !current.current && /\bthere\b/u.test(sentence)) {
    setProseDates(current, paragraph, start, sentence, false);
  }
  const move = MOVE_TEAM.exec(sentence);
  const became = BECAME.exec(sentence);
  const yearAs = LATER_YEAR_AS.exec(sentence);
  const promoted = PROMOTED.exec(sentence) ?? THERE.exec(sentence) ?? became ?? yearAs;
  const change = move ?? promoted;
  if (!change) {
    // "…, and stayed until August 2021": a later sentence may close the position.
    if (!current.end && !current.current) {
      const until = findDates(sentence).find(
        (date) => date.kind === 'single' && ENDS_LATER.test(sentence.slice(0, date.start)),
      );
      if (until?.from)
        current.end = {
          ...located(paragraph, start + until.start, start + until.end, 0.6),
          date: until.from,
        };
    }
    return;
  }
  // "…in Java, and in 2018 I became tech lead": the new title's text starts with its clause.
  const clauseStart =
    start + (move ? change.index : became ? sentence.slice(0, change.index).search(/[^,;]*$/u) : 0);
  const next = newDraft(paragraph, clauseStart, end);
  next.company = { ...current.company, confidence: 0.6 };
  const value = change[1] as string;
  const valueAt = start + change.index + change[0].lastIndexOf(value);
  const changed = located(paragraph, valueAt, valueAt + value.length, 0.6);
  if (move) next.team = changed;
  else next.title = changed;
  if (promoted) {
    // "In October 2021 I was promoted to …, a role I held until December 2022."; "I joined X in 2014, and in
    // 2018 I became tech lead": a title taken in a later clause has that clause's dates.
    const from = !move && change === became ? clauseStart : start;
    const told = paragraph.text.slice(from, end);
    const presentTense = /\bhave\s+been|['’]ve\s+been|\bam\b/u.test(told);
    setProseDates(next, paragraph, from, told, presentTense);
    // "from 2018 as team lead", told in the past: the year it began, not that it goes on (the next position told
    // ends it).
    if (change === yearAs && !presentTense && !NOW.test(told)) next.current = null;
    if (next.start && !current.end && !current.current) current.end = { ...next.start };
  }
  positions.push(next);
}
