import type { Catalogue } from '../catalogue/catalogue.js';
import { knownPlace } from '../catalogue/places.js';
import { findDates } from './dates.js';
import {
  AT_OR_FIELD_WORDS,
  AT_WORDS,
  nameWords,
  type Part,
  type PartFeatures,
  type PartLabel,
} from './header-parts.js';

interface LabelledPart {
  part: Part;
  found: PartFeatures;
  label: PartLabel | null;
  strong: boolean;
}

/** The part right after `title` on its line when the text between them is `joiner` (" at ", a bar, a dash). */
function partAfter(parts: LabelledPart[], title: LabelledPart, joiner: RegExp): LabelledPart | undefined {
  const { line } = title.part;
  return parts.find(
    (item) =>
      item.part.line === line &&
      item.part.index === title.part.index + 1 &&
      joiner.test(line.text.slice(title.part.end, item.part.start)),
  );
}

/**
 * "Senior Data Engineer · Northwind Freight" over "Feb 2021 – today · Perth · Logistics Systems": the name set
 * right after the title across a bar, a middle dot or a spaced dash is the employer, as "Title at Employer" is;
 * a name that only an organisation's word makes one ("Systems", "Analytics") standing after the place on another
 * line of the header is the unit the job was in. A catalogue employer or a legal form on that line keeps its label.
 */
export function employerBesideTitle(parts: LabelledPart[]): void {
  const title = parts.find((item) => item.label === 'title');
  if (!title) return;
  const { line } = title.part;
  const beside = partAfter(parts, title, /^\s*[|·•]\s*$|^\s+[–—-]\s+$/u);
  if (
    !beside ||
    beside.label !== null ||
    beside.found.title > 0 ||
    beside.found.location ||
    !/^[\p{Lu}\p{N}]/u.test(beside.part.text)
  )
    return;
  const company = parts.find((item) => item.label === 'company');
  if (!company || company.found.company >= 2 || company.part.line === line) return;
  const place = parts.find(
    (item) => item.part.line === company.part.line && item.part.index === company.part.index - 1,
  );
  // The place: labelled so, or a name no evidence makes an organisation or a title, on the line of the dates.
  const placeLike =
    place !== undefined &&
    (place.label === 'location' ||
      (place.label === null &&
        place.found.company === 0 &&
        place.found.title === 0 &&
        /^\p{Lu}/u.test(place.part.text) &&
        findDates(company.part.line.text).some((date) => date.kind === 'range')));
  if (!placeLike) return;
  company.label = 'team';
  company.strong = false;
  beside.label = 'company';
  beside.strong = true;
}

/**
 * "at" and the words other languages write for it between a title and its employer (`titleAt` in header-parts.ts
 * decides where they join the two: "Desarrolladora Backend en Papelera Andina", "Utvecklare på Spotify").
 */
const AT_JOINER = new RegExp(`^\\s+(?:${[...AT_WORDS, ...AT_OR_FIELD_WORDS].join('|')})\\s+$`, 'u');

/** The words for "at" that also join a title to its field, its mode or its place (`AT_OR_FIELD_WORDS`). */
const AT_OR_FIELD_JOINER = new RegExp(`^\\s+(?:${AT_OR_FIELD_WORDS.join('|')})\\s+$`, 'u');

/** `rest`, the part after `title` on its line, becomes a piece of the title: one part less on that line. */
function joinToTitle(parts: LabelledPart[], title: LabelledPart, rest: LabelledPart): void {
  const { line } = title.part;
  for (const item of parts) {
    if (item === rest || item.part.line !== line) continue;
    const index = item.part.index > rest.part.index ? item.part.index - 1 : item.part.index;
    item.part = { ...item.part, index, count: item.part.count - 1 };
  }
  title.part = { ...title.part, end: rest.part.end, text: line.text.slice(title.part.start, rest.part.end) };
  parts.splice(parts.indexOf(rest), 1);
}

/**
 * A part that can name the employer: company evidence, or a short capitalised name, no title, no sentence (a line of
 * the job's work read with its header: "Styrenheter i C."), no place and no team.
 */
function canNameEmployer(item: LabelledPart): boolean {
  const text = item.part.text.trim();
  return (
    (item.found.company > 0 || (item.found.title === 0 && !/\.$/u.test(text) && nameWords(text) <= 5)) &&
    item.label !== 'location' &&
    !item.found.location &&
    !item.found.team &&
    !knownPlace(text) &&
    /^[\p{Lu}\p{N}]/u.test(text)
  );
}

/**
 * "Développeur Web en Alternance" over "Fromagerie Vallon, Annecy", "Vývojář v Brně" over the employer's line,
 * "Técnico en Soporte Técnico, Grupo Sierra": a name after "en", "em", "w", "v"… that only its capitalised words made an
 * employer (no legal form, no catalogue company) is the title's field, mode or place when another part of the header,
 * no title, no place and no team, can name the employer. It goes back into the title. Runs before the parts get
 * their labels.
 */
export function fieldAfterTitle(parts: LabelledPart[]): void {
  for (const title of parts.filter((item) => item.found.title > 0)) {
    if (!parts.includes(title)) continue;
    const rest = partAfter(parts, title, AT_OR_FIELD_JOINER);
    if (!rest || rest.found.company >= 2) continue;
    if (parts.some((item) => item !== title && item !== rest && canNameEmployer(item)))
      joinToTitle(parts, title, rest);
  }
}

/**
 * "Full-Stack Developer at Waitematā Ticketing" under "Mar 2021 – Present · Auckland": the name " at " joins to
 * the title is the employer by the sentence's own grammar, over a part elsewhere in the header that only weak
 * evidence (none, or an organisation's word) makes one. A catalogue employer or a legal form keeps its label.
 */
export function employerAfterAt(parts: LabelledPart[]): void {
  const title = parts.find((p) => p.label === 'title');
  if (!title) return;
  const after = partAfter(parts, title, AT_JOINER);
  if (!after || after.label === 'company' || after.found.title > 0) return;
  const company = parts.find((p) => p.label === 'company');
  if (company && company.found.company >= 2) return;
  if (company) {
    company.label = null;
    company.strong = false;
  }
  after.label = 'company';
  after.strong = true;
}

/**
 * Two to four words in lower case, no brand's dot ("medicinsk teknik", "pagamenti digitali"): a unit's description; one
 * word alone may be a brand written so ("trivago").
 */
const LOWER_CASE_UNIT = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u;

/**
 * "Testare, medicinsk teknik, Ljusdal Instrument, Umeå", "Desarrolladora, pagos móviles, Papelera Andina, CDMX": a unit
 * in lower case between the title's comma and a capitalised name's is the team, the name after it the employer,
 * however little evidence either has ("Title, unit, Employer"), unless the name is a technology ("web apps, React") or
 * another part of the header can name the employer ("Nurse, night shift, Ward Seven" over "St Agnes Hospital, York").
 */
export function lowerCaseUnitAfterTitle(parts: LabelledPart[], catalogue: Catalogue): void {
  const title = parts.find((item) => item.label === 'title');
  if (!title) return;
  const comma = /^\s*,\s*$/u;
  const unit = partAfter(parts, title, comma);
  if (
    !unit ||
    (unit.label !== null && unit.label !== 'company') ||
    !LOWER_CASE_UNIT.test(unit.part.text.trim())
  )
    return;
  const employer = partAfter(parts, unit, comma);
  if (
    !employer ||
    (employer.label !== null && employer.label !== 'team') ||
    employer.found.title > 0 ||
    employer.found.location ||
    knownPlace(employer.part.text) ||
    !/^[\p{Lu}\p{N}]/u.test(employer.part.text) ||
    catalogue.technologies.resolveWhole(employer.part.text.trim())
  )
    return;
  if (parts.some((item) => item !== title && item !== unit && item !== employer && canNameEmployer(item)))
    return;
  const company = parts.find((item) => item.label === 'company');
  if (company) company.label = null;
  unit.label = 'team';
  unit.strong = false;
  employer.label = 'company';
  employer.strong = false;
}

/**
 * "Praktykant – Analityk danych" over "Modrzew Systemy, Gdańsk", "Praktikant – Softwaretester" over the
 * employer's line: a title whose dash is followed by words that read as a title too, no employer by any evidence, is
 * one title, when another part of the header, no title and no place, is free to name the employer. The two parts
 * become one title part.
 */
export function titleAcrossDash(parts: LabelledPart[]): void {
  const title = parts.find((item) => item.label === 'title');
  if (!title) return;
  const rest = partAfter(parts, title, /^\s+[–—-]\s+$/u);
  if (!rest || rest.label !== null || rest.found.title === 0 || rest.found.company > 0 || rest.found.location)
    return;
  const employer = parts.some(
    (item) =>
      item !== title &&
      item !== rest &&
      (item.label === null || item.label === 'company') &&
      item.found.title === 0 &&
      !item.found.location &&
      /^[\p{Lu}\p{N}]/u.test(item.part.text),
  );
  if (!employer) return;
  joinToTitle(parts, title, rest);
}
