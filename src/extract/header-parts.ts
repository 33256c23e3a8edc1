import type { Catalogue } from '../catalogue/catalogue.js';
import { looseCompanyKey } from '../catalogue/lookup-key.js';
import { commonWords } from '../catalogue/mention-matcher.js';
import { knownCity, knownPlace } from '../catalogue/places.js';
import { findDates } from './dates.js';
import { ABBREVIATION, heldHow } from './entries.js';
import type { DocLine } from './line-model.js';
import { campusLength, FIELD_WORDS, UNIVERSITY_WORD } from './school-names.js';
import {
  FOREIGN_FIELD_WORDS,
  isInstitution,
  isLocation,
  isRankAcronym,
  NAME_JOINERS,
  organisationScore,
  placesDepartment,
  TEAM_WORD,
  titleScore,
} from './vocabulary.js';

/** A piece of a header line between separators ("Senior Engineer", "Stripe", "Berlin"). */
export interface Part {
  line: DocLine;
  /** Offsets in `line.text`. */
  start: number;
  end: number;
  text: string;
  /** Position among the parts of its line, and how many parts the line has. */
  index: number;
  count: number;
}

export type PartLabel = 'title' | 'company' | 'location' | 'team';

export interface PartFeatures {
  title: number;
  /** 3: a catalogue company; 2: a legal suffix; 1: an organisation word or a school; 0.5: a government department. */
  company: number;
  location: boolean;
  team: boolean;
}

// Linear: an alternative that opens with a run of blanks starts only where the run starts (the lookbehind), so no
// start inside a long run of spaces and tabs scans the rest of it again; a tab takes the blanks around it, and " @ "
// is tried before a wide gap so that the gap's blanks reach the "@".
const STRONG_SEPARATOR =
  /(?<![ \t\u00a0])[ \t\u00a0]+[|•·◦▪◆♦][ \t\u00a0]+|(?:(?<![ \t\u00a0])[ \t\u00a0]+)?\|[ \t\u00a0]*|(?<![ \t\u00a0])[ \t\u00a0]+(?:[—–-]|-{2,3})[ \t\u00a0]+|(?:(?<![ \t\u00a0])[ \t\u00a0]+)?[—][ \t\u00a0]*|(?<![ \t\u00a0])[ \t\u00a0]+@[ \t\u00a0]+|(?<![ \t\u00a0])[ \u00a0]{3,}|(?:(?<![ \t\u00a0])[ \u00a0]+)?\t[ \t\u00a0]*|:[ \t\u00a0]+|^[ \t\u00a0]*[:|,–—-]|[,:|–—-][ \t\u00a0]*$/gu;

interface Piece {
  start: number;
  end: number;
}

/** Spans of closed brackets, "(…)" and "[…]", in `text`. */
function bracketSpans(text: string): Piece[] {
  return [...text.matchAll(/\([^()]*\)|\[[^[\]]*\]/gu)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

function pieces(text: string, from: number, to: number, separator: RegExp, keepWhole: Piece[] = []): Piece[] {
  const found: Piece[] = [];
  const segment = text.slice(from, to);
  let cursor = 0;
  // keepWhole is in text order and its spans do not overlap, and so are the matches: one walk over both.
  let span = 0;
  for (const match of segment.matchAll(separator)) {
    const at = match.index ?? 0;
    while (span < keepWhole.length && (keepWhole[span] as Piece).end <= from + at) span++;
    const around = keepWhole[span];
    if (around && around.start < from + at && from + at + match[0].length < around.end) continue;
    found.push({ start: from + cursor, end: from + at });
    cursor = at + match[0].length;
  }
  found.push({ start: from + cursor, end: to });
  return found
    .map((piece) => trimPiece(text, piece))
    .filter(
      (piece): piece is Piece => piece !== null && /[\p{L}\p{N}]/u.test(text.slice(piece.start, piece.end)),
    );
}

function trimPiece(text: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  while (start < end && /[\s,;:|/–—·•()\-[\]]/u.test(text[start] as string)) {
    if (text[start] === '(' && text.indexOf(')', start) < end && text.indexOf(')', start) > start) break;
    if (text[start] === '[' && text.indexOf(']', start) < end && text.indexOf(']', start) > start) break;
    start++;
  }
  while (end > start && /[\s,;:|/–—·•()\-[\]]/u.test(text[end - 1] as string)) {
    if (text[end - 1] === ')' && text.lastIndexOf('(', end - 1) >= start) break;
    if (text[end - 1] === ']' && text.lastIndexOf('[', end - 1) > start) break;
    end--;
  }
  return end > start ? { start, end } : null;
}

/**
 * Splits a header line into parts, with `blanked` spans (its dates) taken out first: at strong
 * separators (| · — – - tab, wide gaps, "@", ": "), at a trailing "(…)", at " at " after a title, and
 * at commas, except where a comma belongs to a name ("Stripe, Inc.", "Seattle, WA") or joins two titles
 * ("Senior Software Engineer, Tech Lead"). With `closingBrackets`, a bracket closing a piece before a comma is a
 * part too when it opens with a capital ("Acme Ltd (Acme Logistics Group), Perth") or when the predicate accepts
 * its words ("Web Developer (part-time), …"), as a position's header has it; a remark in lower case ("ROB402 Mobile
 * Robotics (module leader), …") stays, and a school's header keeps it whole.
 */
export function splitParts(
  line: DocLine,
  blanked: readonly Piece[],
  catalogue?: Catalogue,
  options: { closingBrackets?: (inner: string) => boolean } = {},
): Part[] {
  let text = line.text;
  for (const span of blanked) {
    text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
  }
  // Where dates were cut out, the gap they leave separates parts.
  const dateGap = /[ ]{2,}/gu;
  const result: Piece[] = [];
  // "Nordic Semiconductor (Trondheim, Norway · remote)": a bracket is one part, whatever separates inside it.
  const brackets = bracketSpans(text);
  // "(promoted from Senior Engineer in 2016)": a bracket with words beside its dates is one part still.
  const worded = brackets.filter((span) => /\p{L}/u.test(text.slice(span.start, span.end)));
  for (const strong of pieces(text, 0, text.length, STRONG_SEPARATOR, brackets)) {
    for (const gapped of pieces(text, strong.start, strong.end, dateGap, worded)) {
      result.push(...splitInside(text, gapped, catalogue));
    }
  }
  const closing = options.closingBrackets;
  if (closing) {
    result.splice(
      0,
      result.length,
      ...result.flatMap((piece) => {
        const inner = /\S\s*\(\s*([^()]*?)\s*\)$/u.exec(text.slice(piece.start, piece.end))?.[1];
        return inner !== undefined && (/^\p{Lu}/u.test(inner) || closing(inner))
          ? splitInside(text, piece, catalogue)
          : [piece];
      }),
    );
  }
  const joined = (catalogue ? dashedNames(text, employerNames(text, result), catalogue) : result).map(
    withoutClosingPeriod(text, blanked),
  );
  return joined.map((piece, index) => ({
    line,
    start: piece.start,
    end: piece.end,
    text: line.text.slice(piece.start, piece.end),
    index,
    count: joined.length,
  }));
}

/**
 * A research unit's name, by its last word in Title Case or capitals ("Precog Lab", "Vision Laboratory", "Systems
 * Research Group", "CLINICAL EPIDEMIOLOGY LAB"); never in lower case ("then the lab").
 */
export const RESEARCH_UNIT =
  /(?<![\p{L}])(?:Labs?|LABS?|Laborator(?:y|ies)|LABORATOR(?:Y|IES)|Research\s+(?:Group|Cent(?:re|er))|RESEARCH\s+(?:GROUP|CENT(?:RE|ER)))$/u;

/** A research institute's or centre's own name ("Institute of Molecular Biology", "Institut für Informatik"). */
const INSTITUTE_UNIT =
  /(?<![\p{L}])(?:Institute|Institut|Instituto|Istituto|Centre|Center|Observatory)(?![\p{L}])/u;

/**
 * The bodies research institutes belong to and are named with, none of them a university: an academy of sciences, a
 * learned or research society, a research council ("Bulgarian Academy of Sciences", "Academia Sinica", "Max Planck
 * Society", "Fraunhofer-Gesellschaft", "National Research Council", "Council of Scientific and Industrial Research").
 */
const PARENT_BODY =
  /(?<![\p{L}])(?:Academy|Academia|Akademie|Akademia|Akademija|Académie|Accademia|Academie|Society|Gesellschaft|Research\s+Council|Council\s+(?:of|for)\s+(?:[\p{L}&]+\s+){0,4}Research)(?![\p{L}])/u;

/**
 * "Institute of Information Science, Academia Sinica", "Institute of Molecular Biology, Bulgarian Academy of
 * Sciences": an institute named before the academy, society or council it belongs to is one employer, named whole.
 * Told from "Employer, City" by the shape of the part after the comma (a parent body's word, no place); an institute
 * of a university is that university's unit instead (see `unitOfUniversity`).
 */
export function instituteOfParent(unit: string, parent: string): boolean {
  return (
    INSTITUTE_UNIT.test(unit) &&
    titleScore(unit) === 0 &&
    !UNIVERSITY_WORD.test(unit) &&
    /^\p{Lu}/u.test(parent) &&
    PARENT_BODY.test(parent) &&
    !UNIVERSITY_WORD.test(parent) &&
    !isLocation(parent)
  );
}

/**
 * An employer named over a comma, in a position's header: a university system's campus ("University of California,
 * Berkeley", see `campusLength`, on a line that gives the job's place apart), the institution a research unit belongs
 * to ("Precog Lab, IIIT Hyderabad") and the academy an institute belongs to (`instituteOfParent`) are part of the
 * name. (A school's entry reads its campus itself, and keeps a unit apart from its university.)
 */
function employerNames(text: string, pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  // placeAfter[i]: a piece after piece i is a place; worked out once, when first asked.
  let placeAfter: boolean[] | undefined;
  const placeAfterPiece = (index: number): boolean => {
    if (!placeAfter) {
      placeAfter = new Array<boolean>(pieces.length).fill(false);
      for (let at = pieces.length - 2; at >= 0; at--) {
        const later = pieces[at + 1] as Piece;
        placeAfter[at] = (placeAfter[at + 1] as boolean) || isLocation(text.slice(later.start, later.end));
      }
    }
    return placeAfter[index] as boolean;
  };
  for (const [index, piece] of pieces.entries()) {
    const previous = result[result.length - 1];
    if (previous && /^,[ \t]*$/u.test(text.slice(previous.end, piece.start))) {
      const before = text.slice(previous.start, previous.end);
      const value = text.slice(piece.start, piece.end);
      // "Teaching Assistant, University of Malawi, Zomba" names the job's place after the employer; only where the
      // line gives the place apart ("University of California, Berkeley    Berkeley, CA") is the comma's part a campus.
      const placeApart = placeAfterPiece(index);
      const campus =
        placeApart && previous.end + campusLength(before, text.slice(previous.end)) === piece.end;
      const parent =
        (RESEARCH_UNIT.test(before) &&
          titleScore(before) === 0 &&
          isInstitution(value) &&
          !isLocation(value)) ||
        instituteOfParent(before, value);
      if (campus || parent) {
        result[result.length - 1] = { start: previous.start, end: piece.end };
        continue;
      }
    }
    result.push(piece);
  }
  return result;
}

/**
 * "Engineer, Coral Systems. 2016 – 2019.": a period that closes a part right before its dates, as a sentence's does,
 * is no part of the name; an abbreviation or a legal form keeps its own ("Brightline Ltd.", "Kestrel Freight Lda.").
 */
function withoutClosingPeriod(text: string, blanked: readonly Piece[]): (piece: Piece) => Piece {
  return (piece) => {
    const part = text.slice(piece.start, piece.end);
    const last = part.split(/\s+/u).pop() ?? '';
    const beforeDates = blanked.some(
      (span) => span.start >= piece.end && text.slice(piece.end, span.start).trim() === '',
    );
    // "2019-now Acme (London): Senior Engineer.": a header set as a sentence closes its title so at the line's end.
    const closesLine = text.slice(piece.end).trim() === '' && titleScore(part) > 0;
    return (beforeDates || closesLine) &&
      /\p{L}{2}\.$/u.test(part) &&
      !ABBREVIATION.test(last) &&
      looseCompanyKey(part) === null
      ? { start: piece.start, end: piece.end - 1 }
      : piece;
  };
}

/**
 * "Charité – Universitätsmedizin Berlin": a spaced dash between two names is inside one name when what follows
 * it is words naming a thing with its city among them, and neither side is a title or a place. A city alone
 * ("Globant – Lisbon", "Gojek – Jakarta Selatan", a town with its compass point: `knownPlace`), a team ("Mercado Libre – Shipping Engineering"), a title ("Northwind – Senior Developer")
 * or common words before a city ("Contoso – Dublin Office") after the dash stay parts of their own, and so do
 * an employer and its client or brand when the catalogue knows either name ("Thoughtworks – Barclays London",
 * "Amazon – AWS Dublin"): a known company is a name whole. Contract: "city" is `knownCity`, a city a time zone
 * is named after, one word at a time (see `namesWithCity`).
 */
function dashedNames(text: string, found: readonly Piece[], catalogue: Catalogue): Piece[] {
  const result: Piece[] = [];
  for (const piece of found) {
    const previous = result[result.length - 1];
    if (previous && /^[ \t\u00a0]+[–—-][ \t\u00a0]+$/u.test(text.slice(previous.end, piece.start))) {
      const before = text.slice(previous.start, previous.end);
      const after = text.slice(piece.start, piece.end);
      if (
        nameSide(before) &&
        nameSide(after) &&
        namesWithCity(after) &&
        !knownPlace(after) &&
        !knownCompany(before, catalogue) &&
        !knownCompany(after, catalogue) &&
        !knownCompany(withoutCities(after), catalogue)
      ) {
        previous.end = piece.end;
        continue;
      }
    }
    result.push({ ...piece });
  }
  return result;
}

/** A side of a dash that may be a name: capitalised, no title, no place, no team. */
function nameSide(text: string): boolean {
  return /^\p{Lu}/u.test(text) && titleScore(text) === 0 && !isLocation(text) && !TEAM_WORD.test(text);
}

/** "Universitätsmedizin Berlin": capitalised words, one of them a city, another no common English word and no city. */
function namesWithCity(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const common = commonWords();
  return (
    words.some((word) => knownCity(word)) &&
    words.some((word) => !knownCity(word) && !common.has(word.toLowerCase()))
  );
}

function knownCompany(text: string, catalogue: Catalogue): boolean {
  return text !== '' && catalogue.companies.find(text) !== undefined;
}

/** "Barclays London" → "Barclays": the words of a name that are no time-zone city. */
function withoutCities(text: string): string {
  return text
    .split(/\s+/u)
    .filter((word) => !knownCity(word))
    .join(' ');
}

/** A group of companies' name: "Pulau Group", "Grupo Mangue", "Groupe Garrigue", "Astra Gruppe". */
const GROUP_NAME =
  /^(?:\p{Lu}[\p{L}\p{N}&'.-]*\s+){1,3}(?:Group|Groupe|Gruppe|Gruppo|Grup|Grupo)$|^(?:Grupo|Groupe|Gruppo|Gruppe)\s+\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'.-]*){0,2}$/u;

/**
 * "(Intern)", "(Apprentice)", "(Summer Trainee)", "(Working Student)" after a title: the engagement, in the word for
 * the person, with at most two words before it.
 */
export const HELD_AS = /^(?:[\p{L}-]+\s+){0,2}(?:intern|apprentice|trainee)$|^working\s+student$/iu;

/**
 * How deep `splitInside` goes into a piece it splits (a trailing bracket, a title's "at", a slash): real headers need a
 * few levels; a hostile line of thousands of brackets stops there, its rest split at commas only (linear, no deep stack).
 */
const MAX_SPLIT_DEPTH = 16;

function splitInside(text: string, piece: Piece, catalogue?: Catalogue, depth = 0): Piece[] {
  if (depth >= MAX_SPLIT_DEPTH) return splitAtCommas(text, piece);
  const segment = text.slice(piece.start, piece.end);
  // "at Telus" after "Software Engineer (contract)": the employer, without its "at".
  const leadingAt = /^(?:at|@)\s+(?=\p{Lu})/u.exec(segment);
  if (leadingAt)
    return splitInside(
      text,
      { start: piece.start + leadingAt[0].length, end: piece.end },
      catalogue,
      depth + 1,
    );
  // "Hootsuite via Robert Half", "Barclays through Hays": the agency a contract went through is no part of
  // the employer's name before it, and no field of the header. A title keeps it ("Engineer via Upwork"): the
  // title's " at " splits first ("Frontend Contractor at Hootsuite via Robert Half").
  // The regex forbids brackets; testing for them first keeps a long "via … via … (" linear.
  const agency = /[()]/u.test(segment)
    ? null
    : /^([^()]*?\S)\s+(?:via|through)\s+\p{Lu}[^()]*$/u.exec(segment);
  if (agency && titleScore(agency[1] as string) === 0)
    return splitInside(
      text,
      { start: piece.start, end: piece.start + (agency[1] as string).length },
      catalogue,
      depth + 1,
    );
  // "Staff Software Engineer (Stripe)": a closing parenthetical is a part of its own, and so is a square
  // bracket ("Fraunhofer IOSB [ Karlsruhe, Germany ]", as Europass prints a place).
  const paren = /^(.*?\S)\s*(?:\(([^()]+)\)|\[([^[\]]+)\])$/u.exec(segment);
  // "PT Kopi Senja (Pulau Group)", "Caranguejo Tech (Grupo Mangue)": the group an employer belongs to, in brackets
  // after its name, is written with the name (the last part before it, when that is no title and no place and shares
  // no word with the group's name).
  if (paren?.[2] !== undefined && GROUP_NAME.test(paren[2].trim())) {
    const before = splitInside(
      text,
      { start: piece.start, end: piece.start + (paren[1] as string).length },
      catalogue,
      depth + 1,
    );
    const last = before[before.length - 1];
    const name = last ? text.slice(last.start, last.end) : '';
    const words = new Set(name.toLowerCase().split(/\s+/u));
    // "Acme Ltd (Acme Logistics Group)" spells out the name before it, no group it belongs to.
    const spellsOut = paren[2]
      .toLowerCase()
      .split(/\s+/u)
      .some((word) => words.has(word));
    if (last && !spellsOut && titleScore(name) === 0 && !isLocation(name) && !knownPlace(name))
      return [...before.slice(0, -1), { start: last.start, end: piece.end }];
  }
  if (paren && /\p{L}/u.test(paren[2] ?? (paren[3] as string))) {
    const inner = (paren[2] ?? paren[3]) as string;
    const open = paren[2] === undefined ? '[' : '(';
    const innerStart = piece.start + segment.lastIndexOf(open) + 1;
    const lead = /^\s*/u.exec(inner)?.[0].length ?? 0;
    const trimmed = inner.trim();
    const before = splitInside(
      text,
      { start: piece.start, end: piece.start + (paren[1] as string).length },
      catalogue,
      depth + 1,
    );
    // "Developer (Kestrel Analytics, Dundee)": after a title, a bracket of an employer's name and the town it is in
    // is two parts.
    const town = /^([^,]*\S)\s*,\s*(\S[^,]*)$/u.exec(trimmed);
    if (
      town &&
      titleScore(paren[1] as string) === 2 &&
      (knownPlace(town[2] as string) || isLocation(town[2] as string)) &&
      bracketNamesEmployer(town[1] as string, catalogue, true)
    ) {
      const nameEnd = innerStart + lead + (town[1] as string).length;
      const townStart = innerStart + lead + trimmed.length - (town[2] as string).length;
      return [
        ...before,
        { start: innerStart + lead, end: nameEnd },
        { start: townStart, end: innerStart + lead + trimmed.length },
      ];
    }
    return [...before, { start: innerStart + lead, end: innerStart + lead + trimmed.length }];
  }
  // "Staff Engineer (Telefónica) Networking team": a parenthetical after a title, with more after it,
  // stands between parts ("Alibaba Cloud Computing (Aliyun) Inc." is one name: no title before it).
  const middle = /^(.*?\S)\s*\(([^()]+)\)\s+(\S.*)$/u.exec(segment);
  if (middle && titleScore(middle[1] as string) > 0 && looseCompanyKey(`x ${middle[3]}`) !== 'x') {
    const open =
      piece.start + (middle[1] as string).length + segment.slice((middle[1] as string).length).indexOf('(');
    const innerStart = open + 1;
    const afterStart = piece.end - (middle[3] as string).length;
    return [
      ...splitInside(
        text,
        { start: piece.start, end: piece.start + (middle[1] as string).length },
        catalogue,
        depth + 1,
      ),
      { start: innerStart, end: innerStart + (middle[2] as string).length },
      ...splitInside(text, { start: afterStart, end: piece.end }, catalogue, depth + 1),
    ];
  }
  const slashed = catalogue ? titleSlashEmployer(segment, catalogue) : null;
  if (slashed !== null) {
    return [
      ...splitInside(text, { start: piece.start, end: piece.start + slashed.titleEnd }, catalogue, depth + 1),
      ...splitInside(
        text,
        { start: piece.start + slashed.employerStart, end: piece.end },
        catalogue,
        depth + 1,
      ),
    ];
  }
  const at = titleAt(segment, catalogue);
  if (at) {
    const left = { start: piece.start, end: piece.start + at.title.length };
    return [
      ...splitInside(text, left, catalogue, depth + 1),
      ...splitInside(text, { start: piece.start + at.employerStart, end: piece.end }, catalogue, depth + 1),
    ];
  }
  return splitAtCommas(text, piece);
}

/** The comma-separated parts of a piece, a comma inside a name, a place or two titles kept (see `splitParts`). */
function splitAtCommas(text: string, piece: Piece): Piece[] {
  const commas = pieces(text, piece.start, piece.end, /,[ \t\u00a0]*/gu);
  const merged: Piece[] = [];
  for (const comma of commas) {
    const previous = merged[merged.length - 1];
    const value = text.slice(comma.start, comma.end);
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const legalOnly = looseCompanyKey(`x ${value}`) === 'x';
      const region = /^[A-Z]{2}$/.test(value) && !isLocation(before);
      // "Director, Head of Equities Engineering", "Engineering Manager, SRE": a unit the title leads or
      // works in (after "Head of", or a discipline's acronym) is no second title; a rank's acronym is
      // ("Co-founder, CEO").
      const unit = /^[Hh]ead\s+of\s/u.test(value) || (/^\p{Lu}{2,4}$/u.test(value) && !isRankAcronym(value));
      // "QA Engineer, working student": how the title was held stays a part of its own.
      const titles = titleScore(before) > 0 && titleScore(value) > 0 && !unit && !HELD_AS.test(value.trim());
      if (legalOnly || region || titles) {
        previous.end = comma.end;
        continue;
      }
    }
    merged.push({ ...comma });
  }
  return placeRuns(text, merged);
}

/**
 * "Mountain View, California, United States": a place named down to its country is one part. A
 * region (a state, a province or a country) followed by a country joins it, and so does the
 * capitalised name before such a pair that names no organisation (the city), unless the pair names its
 * city already ("Analog Devices, Boston, MA, USA").
 */
function placeRuns(text: string, pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    const previous = result[result.length - 1];
    const value = text.slice(piece.start, piece.end);
    if (
      previous &&
      isLocation(value) &&
      !value.includes(',') &&
      isLocation(text.slice(previous.start, previous.end))
    ) {
      // "Boston, MA" before "USA" names its city already: the name before it is no city.
      const named = text.slice(previous.start, previous.end).includes(',');
      previous.end = piece.end;
      const pair = result.pop() as Piece;
      const city = result[result.length - 1];
      const cityText = city ? text.slice(city.start, city.end) : '';
      if (
        !named &&
        city &&
        /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}$/u.test(cityText) &&
        organisationScore(cityText) === 0 &&
        looseCompanyKey(cityText) === null &&
        !isInstitution(cityText)
      ) {
        city.end = pair.end;
      } else result.push(pair);
      continue;
    }
    result.push({ ...piece });
  }
  return result;
}

/** How surely a name is an organisation: the scale of `PartFeatures.company`. */
export function companyEvidence(text: string, catalogue: Catalogue): number {
  if (catalogue.companies.find(text)) return 3;
  // "Denver, CO": a state's code that spells a legal form ("Co") closes a place, not an employer's name.
  if (looseCompanyKey(text) !== null && !(isLocation(text) && /,\s*\p{Lu}{2}$/u.test(text))) return 2;
  if (isInstitution(text)) return 1;
  return organisationScore(text);
}

/**
 * "Clinical Trials Unit at Ostrava Hospital", "Vaccine Research Group at Norvik University": a unit or an
 * organisation named with the host it stands at is an employer's name, whole (the unit's word makes it no team).
 */
function hostedName(text: string): boolean {
  const hosted = /^(\p{Lu}.*?\S)\s+at\s+\p{Lu}/u.exec(text);
  return hosted !== null && titleScore(hosted[1] as string) === 0 && namesOrganisation(hosted[1] as string);
}

/**
 * "Backend Developer (Platform)", "IT Support Technician (work-study)" before a comma: a title with a bracket closing
 * it (its specialty, or how it was held) is a title still, as evidence that the line names one.
 */
function qualifiedTitleScore(text: string): number {
  const bare = /^(.*\S)\s*\([^()]+\)$/u.exec(text)?.[1];
  return bare ? titleScore(bare) : 0;
}

/**
 * "Pharmacy Technician / Software Support", "Cashier/Lab Aide (part-time)", "QA Engineer / Automation": two or three
 * short names joined by slashes, the first a title, each later one a title or a function or specialty in plain words
 * (see `namesSpecialty`), none a company the catalogue or a legal form names, a place, or a name ending in an
 * organisation's word ("Acme Software"): two posts held as one, or a post and its specialty, a title, whatever word of
 * an organisation the later ones hold ("Software", "Lab"). "Software Engineer / Northwind Logistics", "Sales
 * Associate / Gap", "Cashier / Best Buy" name an employer.
 */
function slashedTitle(text: string, catalogue: Catalogue): boolean {
  const bare = /^(.*\S)\s*\([^()]+\)$/u.exec(text)?.[1] ?? text;
  const names = bare.split('/').map((name) => name.trim());
  if (names.length < 2 || names.length > 3) return false;
  const first = names[0] as string;
  return (
    titleScore(first) === 2 &&
    names.every((name) => {
      const words = name.split(/\s+/u);
      return (
        /^\p{Lu}/u.test(name) &&
        words.length <= 4 &&
        companyEvidence(name, catalogue) < 2 &&
        !isLocation(name) &&
        (titleScore(name) > 0 ||
          (organisationScore(words.at(-1) as string) === 0 && namesSpecialty(name, catalogue)))
      );
    })
  );
}

/**
 * "Senior Developer / Halden Freight", "Data Analyst / Cargill": a title, a slash with a space each side, and a name
 * no title, place, technology, engagement ("/ Freelance") or specialty (see `namesSpecialty`: "/ Reporting", "/
 * Machine Learning") names, with no comma after it ("Engineer / Machine Learning, Northwind Traders" names its
 * employer after the comma): the title and its employer. "Library Assistant / Systems Support" is two posts held as
 * one (see `slashedTitle`); "Développeur Java / Angular" is a title. One spaced slash only; the offsets are in
 * `segment`.
 */
function titleSlashEmployer(
  segment: string,
  catalogue: Catalogue,
): { titleEnd: number; employerStart: number } | null {
  const at = segment.indexOf(' / ');
  if (at <= 0 || segment.indexOf('/', at + 3) !== -1 || segment.lastIndexOf('/', at - 1) !== -1) return null;
  const title = segment.slice(0, at).trim();
  const employer = segment.slice(at + 3).trim();
  if (titleScore(title) !== 2 || !/^\p{Lu}/u.test(employer) || employer.split(/\s+/u).length > 6) return null;
  if (employer.includes(',') || heldHow(employer) || namesSpecialty(employer, catalogue)) return null;
  if (titleScore(employer) > 0 || isLocation(employer) || knownPlace(employer)) return null;
  // "Développeur Java / Angular": a technology after the slash is the title's, no employer.
  if (catalogue.technologies.find(employer) && !catalogue.companies.find(employer)) return null;
  if (slashedTitle(segment, catalogue)) return null;
  return { titleEnd: segment.slice(0, at).trimEnd().length, employerStart: segment.length - employer.length };
}

/**
 * Whether a name in brackets after a title names the employer ("Software Developer (Halden Freight)", "QA Engineer
 * (Kestrel Analytics, Dundee)") rather than qualifying the title ("(Payments)", "(Machine Learning)", "(Internal
 * Tools)", "(Contract)", "(React)"): a name of at most five words that no title, team, place, engagement, technology
 * or specialty (see `namesSpecialty`) names, in Title Case with a small letter ("(ICU)", "(UI)" are units), unless the
 * catalogue or a legal form names a company. One word only on such evidence, or when it is no plain word and a town
 * follows it in the bracket (`placed`: "(Yoco, Cape Town)"): "(Payments)", "(Independent)", "(Maps, London)" are no
 * employer. A bracket holding a comma ("(ICU, Boston)") is no one name.
 */
export function bracketNamesEmployer(
  name: string,
  catalogue: Catalogue | undefined,
  placed: boolean,
): boolean {
  const words = name.split(/\s+/u);
  if (
    words.length > 5 ||
    titleScore(name) > 0 ||
    TEAM_WORD.test(name) ||
    isLocation(name) ||
    knownPlace(name) ||
    heldHow(name) ||
    (catalogue?.technologies.find(name) && !catalogue.companies.find(name))
  )
    return false;
  if (catalogue && companyEvidence(name, catalogue) >= 2) return true;
  return (
    (words.length > 1 || (placed && !namesSector(name, catalogue))) &&
    !name.includes(',') &&
    words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || NAME_JOINERS.has(word.toLowerCase())) &&
    /\p{Ll}/u.test(name) &&
    !namesSpecialty(name, catalogue)
  );
}

/**
 * "Machine Learning", "Customer Support", "Internal Tools", "Enterprise Sales", "Reporting": plain words (see
 * `namesSector`) naming a field, a function (see `namesFunction`) or an area of the work (SPECIALTY_WORDS), as a
 * title's specialty reads after a slash or in brackets; plain words naming none ("Halden Freight", "Best Buy") are a
 * company's name. A specialty's word alone ("UX", "QA") is one too.
 */
function namesSpecialty(name: string, catalogue: Catalogue | undefined): boolean {
  const words = name.split(/\s+/u);
  const specialty = (word: string) => SPECIALTY_WORDS.has(word.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  return (
    namesFunction(name, words, catalogue) ||
    (words.some(specialty) &&
      words.every((word) => specialty(word) || namesSector(word)) &&
      looseCompanyKey(`x ${name}`) === null &&
      catalogue?.companies.find(name) === undefined)
  );
}

/** The areas of a product or of the work a title's specialty names ("(Payments)", "/ Automation", "(Mobile Apps)"). */
const SPECIALTY_WORDS = new Set(
  'automation reporting sales payments billing tools tooling apps infrastructure platform platforms search ads mobile backend frontend web internal core growth analytics testing security integrations ux ui qa'.split(
    ' ',
  ),
);

/**
 * "Tech Support", "Systems Support", "Help Desk", "Customer Service": plain words (see `namesSector`) of which one
 * names a function or a field, as a post held beside another reads; plain words naming none ("Best Buy", "Gap",
 * "Home Depot", "Target", "Shell") are a shop's or a company's name.
 */
function namesFunction(name: string, words: readonly string[], catalogue: Catalogue | undefined): boolean {
  return (
    namesSector(name, catalogue) &&
    words.some((word) => {
      const bare = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
      return FUNCTION_WORDS.has(bare) || (FIELD_WORDS.has(bare) && bare !== 'and');
    })
  );
}

/** The words of a function a post is held in, beside the fields of `FIELD_WORDS`. */
const FUNCTION_WORDS = new Set(['support', 'service', 'services', 'desk', 'helpdesk']);

export function features(part: Part, catalogue: Catalogue): PartFeatures {
  const text = part.text;
  const hosted = hostedName(text);
  const slashed = text.includes('/') && slashedTitle(text, catalogue);
  const company = slashed ? 0 : Math.max(companyEvidence(text, catalogue), hosted ? 1 : 0);
  const title = slashed ? 2 : titleScore(text) || qualifiedTitleScore(text);
  return {
    title,
    company,
    location: isLocation(text),
    team: TEAM_WORD.test(text) && title === 0 && !hosted && !placesDepartment(text),
  };
}

/**
 * "Tropical Medicine Unit at Kelmor Hospital", "Vaccine Research Group at Norvik University": words no title names
 * that end with a unit's or an organisation's noun name the employer written with its host, not a title before " at ".
 */
function namesOrganisation(text: string): boolean {
  return TEAM_WORD.test(text) || organisationScore(text) > 0 || isInstitution(text);
}

/** The words for "at" that name no field of a title: English "at", "@", "bei", "chez", "presso", "bij", "hos". */
export const AT_WORDS: readonly string[] = ['at', '@', 'bei', 'chez', 'presso', 'bij', 'hos'];

/**
 * "en", "em", "na", "no", "w", "we", "u", "la", "v", "în", "på": "at" in Spanish, Portuguese, Polish, Romanian, Czech
 * and Swedish, which also join a title to its field, its mode or its place ("Ingeniero en Sistemas", "Especialista em
 * Dados", "Développeur en Alternance", "Vývojář v Brně").
 */
export const AT_OR_FIELD_WORDS: readonly string[] = [
  'en',
  'em',
  'na',
  'no',
  'w',
  'we',
  'u',
  'la',
  'v',
  'în',
  'på',
];

/**
 * A title, its "at" (`AT_WORDS`) and what follows. Not the words of `AT_OR_FIELD_WORDS`: "Ingeniero en Sistemas"
 * names a field.
 */
const TITLE_AT = new RegExp(`^(\\S.*?\\S)\\s+(?:${AT_WORDS.join('|')})\\s+(?=[\\p{L}\\p{N}])`, 'u');

/**
 * One of `AT_OR_FIELD_WORDS` before a capital, read as "at" only after a known title and before a name that reads as
 * an employer (see `employerAfterFieldWord`). Each match starts right after a non-space, so a run of spaces is scanned
 * once.
 */
const AT_OR_FIELD = new RegExp(`(?<=\\S)\\s+(?:${AT_OR_FIELD_WORDS.join('|')})\\s+(?=[\\p{Lu}\\p{N}])`, 'gu');

/**
 * The endings of field nouns in Spanish, Portuguese and French ("Ingeniería", "Computación", "Telecomunicaciones",
 * "Automação", "Automatisation", "Ciberseguridad", "Informatique", "Stratégie"), which company names seldom have; "-ica" only with an
 * accent in the word ("Informática", "Electrónica"; not "Carpatica").
 */
const FIELD_SUFFIX =
  /(?:ía|ías|ión|iones|ation|ations|ção|ções|ique|iques|dad|dade|dades|ismo|logia|logie|gie)$|[áéíóúâêô]\p{L}*icas?$/u;

/**
 * The endings of Spanish and Portuguese abstract nouns ("Mantenimiento", "Gerenciamento", "Montaje", "Arquitectura",
 * "Vigilancia", "Experiência"): a trade's activity, which opens a field ("Mantenimiento Industrial"),
 * never a company's own name.
 */
const ROMANCE_ABSTRACT_SUFFIX = /(?:miento|mento|aje|agem|tura|encia|ência|ancia|ância)$/u;

/** Polish locative endings ("w Pythonie", "w Javie", "w Krakowie"): a place or a technology, not an employer. */
const POLISH_LOCATIVE = /(?:ie|iu|ach)$/u;

/**
 * The name after "Title en/em/na/w/på" when it reads as an employer: a legal form ("Quimbaya Software S.A.S.",
 * "Drevna Soft Sp. z o.o."), a company the catalogue knows, or one to four capitalised words ("Mercado Libre",
 * "Papelera Andina") none of which names a field (`FIELD_WORDS`, `FOREIGN_FIELD_WORDS`, `FIELD_SUFFIX`; but a name
 * and its trade's word, "Tamboril Logística") or a sector
 * (`SECTOR_WORDS`; English common words are names here), nor the whole a technology or a place; after Polish "w", no
 * word in a locative ending. The capitalised words alone are weak evidence: `fieldAfterTitle` (employer-beside-title.ts)
 * joins them back to the title when another part of the header can name the employer.
 */
function employerAfterFieldWord(employer: string, joiner: string, catalogue?: Catalogue): boolean {
  if (looseCompanyKey(`x ${employer}`) !== null) return true;
  // "Analista de Suporte em TI": a field's one word, whatever company the catalogue spells so.
  if (FOREIGN_FIELD_WORDS.has(employer.toLowerCase())) return false;
  if (catalogue?.companies.find(employer) !== undefined && !catalogue.technologies.resolveWhole(employer))
    return true;
  const words = employer.split(/\s+/u).filter((word) => !NAME_JOINERS.has(word.toLowerCase()));
  if (words.length === 0 || words.length > 4 || /\.$/u.test(employer)) return false;
  const fields = words.map((word) => {
    const bare = word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
    return (
      FIELD_WORDS.has(bare) ||
      FOREIGN_FIELD_WORDS.has(bare) ||
      FIELD_SUFFIX.test(bare) ||
      (/^w[e]?$/u.test(joiner) && POLISH_LOCATIVE.test(bare))
    );
  });
  // "Tamboril Logística", "Kelluwün Salud": a name of its own (no field, no common English word, no abstract noun's
  // ending) and the one word of its trade after it name a company; a field opens with a field's word ("Ciencia de Datos", "Sistemas de Información").
  const namedTrade =
    words.length === 2 &&
    !fields[0] &&
    fields[1] === true &&
    !ROMANCE_ABSTRACT_SUFFIX.test((words[0] as string).toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(words[0] as string) &&
    !commonWords().has((words[0] as string).toLowerCase());
  return (
    (namedTrade || !fields.some(Boolean)) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) &&
    !isLocation(employer) &&
    !knownPlace(employer) &&
    !catalogue?.technologies.resolveWhole(employer) &&
    !words.some((word) => SECTOR_WORDS.has(word.toLowerCase()))
  );
}

/** The longest title `titleAtOrField` tries before a joiner: a header's title, never a sentence's run. */
const LONGEST_TITLE_AT = 80;

/**
 * The first of the words for "at" in `segment` (`AT_OR_FIELD`) with a known title before it and an employer after it:
 * "Especialista em Dados no Banco Capibaribe" joins at "no", its "em" joining the title to its field. A title ending in
 * a name's particle reads on ("Responsable de la Qualité": "la" is the article there).
 */
function titleAtOrField(
  segment: string,
  catalogue?: Catalogue,
): { title: string; employerStart: number } | null {
  for (const at of segment.matchAll(AT_OR_FIELD)) {
    if (at.index > LONGEST_TITLE_AT) break;
    const title = segment.slice(0, at.index);
    const last = (title.split(/\s+/u).pop() as string).toLowerCase();
    if (title.trim().length < 2 || NAME_JOINERS.has(last) || titleScore(title) === 0) continue;
    const employerStart = at.index + at[0].length;
    const employer = (
      segment.slice(employerStart).split(/,\s+(?!(?:S\.|Sp\.|Inc|Ltd|LLC|GmbH|AG|SA\b))/u)[0] as string
    ).trim();
    if (employerAfterFieldWord(employer, at[0].trim(), catalogue)) return { title, employerStart };
  }
  return null;
}

/** A title, " in " and a capital after it: "Senior Software Engineer in Techlogix" (see `titleInEmployer`). */
const TITLE_IN = /^(\S.*?\S)\s+in\s+(?=\p{Lu}|\p{N}+\p{L})/u;

/** Roles held in a subject ("Lecturer in Digital Media", "Tutor in Statistics"): what follows "in" is no employer. */
const SUBJECT_ROLES = new Set([
  'lecturer',
  'professor',
  'teacher',
  'tutor',
  'instructor',
  'fellow',
  'researcher',
  'demonstrator',
  'reader',
  'student',
]);

/** Sectors written as one word that no common-words list holds ("Data Scientist in Fintech"). */
const SECTOR_WORDS = new Set([
  'fintech',
  'edtech',
  'healthtech',
  'medtech',
  'biotech',
  'insurtech',
  'proptech',
  'regtech',
  'legaltech',
  'govtech',
  'adtech',
  'martech',
  'agritech',
  'cleantech',
  'climatetech',
  'ecommerce',
  'e-commerce',
  'telecom',
  'telecoms',
  'saas',
]);

/**
 * "Healthcare", "Risk Management", "Fintech": a name of common words, fields or sectors only, with no legal form
 * ("Systems Limited" has one) and no company the catalogue knows ("Red Hat"), says the field the work was in.
 */
function namesSector(name: string, catalogue?: Catalogue): boolean {
  const common = commonWords();
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((word) => word !== '');
  return (
    words.length > 0 &&
    words.every((word) => common.has(word) || FIELD_WORDS.has(word) || SECTOR_WORDS.has(word)) &&
    looseCompanyKey(`x ${name}`) === null &&
    catalogue?.companies.find(name) === undefined
  );
}

/**
 * "Senior Software Engineer in Techlogix", "Systems Engineer in Wipro": South Asian CVs name the employer after "in".
 * Only after a title whose last word is a role noun, where the whole reads as no title held in a field ("Software
 * Engineer in Test", "Lecturer in Computer Science" are titles; see `roleInField`), before a name of at most five words
 * that is no place ("Software Engineer in Berlin" says where) nor a sector (see `namesSector`).
 */
function titleInEmployer(
  segment: string,
  catalogue?: Catalogue,
): { title: string; employerStart: number } | null {
  const found = TITLE_IN.exec(segment);
  if (!found) return null;
  const title = found[1] as string;
  if (titleScore(title) !== 2 || titleScore(segment) !== 0) return null;
  const head = (title.toLowerCase().split(/\s+/u).pop() as string).replace(/[^\p{L}-]/gu, '');
  if (SUBJECT_ROLES.has(head)) return null;
  const employer = (segment.slice(found[0].length).split(/,\s+/u)[0] as string).trim();
  if (employer.split(/\s+/u).length > 5 || isLocation(employer) || knownPlace(employer)) return null;
  // "Editor in TypeScript.": a sentence, or a technology the work was done in, names no employer.
  if (/\.$/u.test(employer) && looseCompanyKey(`x ${employer}`) === null) return null;
  if (catalogue?.technologies.resolveWhole(employer) || namesSector(employer, catalogue)) return null;
  return { title, employerStart: found[0].length };
}

/**
 * "Senior Engineer at Google", "Registered Nurse at Charité", "QA Engineer at bol.com, Utrecht", "Frontend
 * Developer at trivago", "Volunteer at local food bank": a title, " at " or " @ ", and its employer. The title is
 * one the vocabulary knows, or two to five capitalised words it does not ("Registered Nurse"); one unknown word
 * before "at" is no title ("Coffee at Work", "Girls at Code", "Presented at KubeCon", "Keynote at RailsConf").
 * An employer in lower case is a brand ("bol.com", "trivago") or a few plain words, never a sentence. The one
 * rule both for splitting a header line and for a line opening an entry over its dates.
 */
export function titleAt(
  segment: string,
  catalogue?: Catalogue,
): { title: string; employerStart: number } | null {
  const at = TITLE_AT.exec(segment);
  if (!at) return titleAtOrField(segment, catalogue) ?? titleInEmployer(segment, catalogue);
  const title = at[1] as string;
  const employer = segment.slice(at[0].length);
  const known = titleScore(title) > 0;
  const unknown = /^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){1,4}$/u.test(title);
  if (!known && (!unknown || namesOrganisation(title))) return null;
  const capital = /^(?:\p{Lu}|\p{N}|\p{Ll}{1,2}\p{Lu})/u.test(employer);
  const brand = /^\p{Ll}+(?:\.\p{Ll}{2,})+(?:,|$)|^\p{Ll}+,\s*\p{Lu}/u.test(employer);
  const plain = known && /^\p{Ll}[\p{Ll}'&-]*(?:\s+[\p{Ll}'&-]+){0,3}$/u.test(employer.trim());
  if (!capital && !brand && !plain) return null;
  return { title, employerStart: at[0].length };
}

/**
 * How many words a header's names have, not counting the particles and elided articles that join the words of a name
 * ("Agence nationale de la sécurité des systèmes d'information" has five): a long public body's name is no sentence.
 */
export function nameWords(text: string): number {
  return text
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word) && !NAME_JOINERS.has(word.toLowerCase())).length;
}

/** A line opening with an elided article before a word ("d'information", "dell'ambiente", "l'énergie"). */
const ELIDED_OPENING = /^(?:d|l|dell|dall|nell|sull|all|degl|dagl)['’]\p{L}/iu;

/**
 * "Agence nationale de la sécurité des systèmes" over "d'information": a name wrapped before an elided article goes
 * on on the next line, whose few words no header opens with. The two become one line (the first line's number and
 * place; the words joined from the next line are traced to the first line's last character).
 */
export function joinWrappedNames(lines: readonly DocLine[]): DocLine[] {
  const result: DocLine[] = [];
  for (const line of lines) {
    const previous = result[result.length - 1];
    const text = line.text.trim();
    if (
      previous &&
      !previous.blank &&
      !line.blank &&
      !line.bullet &&
      ELIDED_OPENING.test(text) &&
      text.split(/\s+/u).length <= 4 &&
      findDates(text).length === 0 &&
      findDates(previous.text).length === 0 &&
      /\p{L}$/u.test(previous.text.trimEnd())
    ) {
      const head = previous.text.trimEnd();
      const end = Math.max(0, previous.raw.trimEnd().length - 1);
      result[result.length - 1] = {
        ...previous,
        text: `${head} ${text}`,
        columns: [
          ...previous.columns.slice(0, head.length),
          ...Array.from({ length: text.length + 1 }, () => end),
        ],
      };
      continue;
    }
    result.push(line);
  }
  return result;
}
