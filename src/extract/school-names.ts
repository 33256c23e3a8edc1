import { commonWords } from '../catalogue/mention-matcher.js';
import { knownCity, knownPlace } from '../catalogue/places.js';
import { findDates } from './dates.js';
import { foldKey } from './fold.js';
import {
  FIELD_WORDS_LIST,
  findDegree,
  isCountry,
  isInstitution,
  isLocation,
  isRegion,
} from './vocabulary.js';

/** Words that name fields of study, as a set (see `FIELD_WORDS_LIST`). */
export const FIELD_WORDS: ReadonlySet<string> = new Set(FIELD_WORDS_LIST);

/** The labels of a grade ("GPA 3.8/4.0", "CGPA: 8.9", "Grade 1.3", "Note: 1,7", "Mention Bien", "Honours"). */
export const GRADE_WORDS = 'gpa|cgpa|grade|grades|note|mention|average|score|percentage|marks|honou?rs';

/** A text that opens with a grade's label: never a school's name or campus. */
export const GRADE_LABEL = new RegExp(`^(?:${GRADE_WORDS})(?![\\p{L}])`, 'iu');

/**
 * A grade written as its class or honour, with no label ("Distinction", "First Class", "Magna Cum Laude"): what a
 * degree was awarded with, never a school's campus.
 */
const GRADE_AWARD =
  /^(?:(?:with\s+)?(?:distinction|merit|honou?rs)|first[ -]class|(?:upper|lower)?\s*second[ -]class|third[ -]class|(?:summa\s+|magna\s+)?cum\s+laude)(?![\p{L}])/iu;

/** The words of a school's name that name no school in particular ("National Institute of Technology"). */
const GENERIC_SCHOOL_WORDS = new Set([
  ...FIELD_WORDS_LIST,
  ...'national international government state federal central regional institute university college school polytechnic academy of for the'.split(
    ' ',
  ),
]);

/** A name with a word no English dictionary has ("Tarvik", "Central Asia"): a place's, not a subject's ("Computer Studies"). */
function properName(text: string): boolean {
  const common = commonWords();
  return text.split(/\s+/u).some((word) => !common.has(word.toLowerCase()));
}

/**
 * "Government Engineering College", "National Institute of Technology", "College of Engineering": a name of generic
 * words only, one of many schools so named, told apart by the place written after it.
 */
export function genericSchoolName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 3 && words.every((word) => GENERIC_SCHOOL_WORDS.has(word.toLowerCase()));
}

/** A name that says it is a campus ("Laucala Campus", "Campus Monterrey"). */
export const CAMPUS_WORD = /(?:^|\s)Campus$|^Campus\s/u;

/** ", Berkeley" after "University of California": how many characters of `after` name the campus. */
export function campusLength(name: string, after: string): number {
  const system = /(?:^|\s)University of (\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(name);
  // "National Institute of Technology, Tiruchirappalli": a name of generic words only is one of many
  // schools so named, told apart by the city after it.
  const generic = genericSchoolName(name);
  // "Chalmers University of Technology, Gothenburg": a field after "University of" names no system.
  if (
    !generic &&
    (!system || (system[1] as string).split(/\s+/u).every((word) => FIELD_WORDS.has(word.toLowerCase())))
  )
    return 0;
  const campus =
    /^\s*,\s*(\p{Lu}[\p{L}'.-]*\p{L}(?:[ -]\p{Lu}[\p{L}'.-]*\p{L}){0,2})(?![\p{L}\p{N}])(?![ -]\p{Lu})(?!\s*,\s*\p{Lu}{2}\b)/u.exec(
      after,
    );
  if (!campus) return 0;
  const place = campus[1] as string;
  // "University of Puerto Rico, Mayagüez Campus": a part that calls itself a campus is a campus of the university
  // named before it, the institution a person is found by; no part of its name.
  if (CAMPUS_WORD.test(place)) return 0;
  // "University of Jordan, Amman": after a country's university a major city (one the time zones are named after)
  // is where it stands; a smaller place may name its campus ("University of Nigeria, Nsukka").
  const country = system !== null && isCountry(system[1] as string) && !isRegion(system[1] as string);
  // "American University of Central Asia, Bishkek", "University of Tamale, Bolgatanga": after a university named for a
  // place that is no state and no country, a major city (one the time zones are named after), or a town after a
  // university named for a town, is where it stands; a state's system names its campuses so ("University of
  // California, Berkeley"), and so may a country's university (see above) or one of a place no gazetteer knows. A
  // name of generic words keeps its place whole.
  const townAfterCity =
    !generic &&
    system !== null &&
    !isRegion(system[1] as string) &&
    !isCountry(system[1] as string) &&
    !isCountry(place) &&
    properName(system[1] as string) &&
    (knownCity(place) || (knownPlace(system[1] as string) && knownPlace(place)));
  if (
    townAfterCity ||
    (country && knownCity(place)) ||
    place === system?.[1] ||
    // "University of Technology, Jamaica": a name of generic words only is told apart by its country too.
    (isLocation(place) && !(generic && isCountry(place))) ||
    GRADE_LABEL.test(place) ||
    GRADE_AWARD.test(place) ||
    isInstitution(place) ||
    findDegree(place) ||
    findDates(place).length > 0 ||
    // ", April 2010": a date's month, not a campus.
    findDates(after).some((date) => date.start < campus[0].length)
  )
    return 0;
  return campus[0].length;
}

/** A university by its name's word, in the languages résumés name one ("Universidade", "Universität", "Uniwersytet"). */
export const UNIVERSITY_WORD =
  /(?<![\p{L}])(?:universit(?:y|ies|ät|ä|é|e|à|eit|et|etet|at|atea|etas|āte|i|as)|universidad(?:e)?|[üu]niversitesi|uniwersytet|univerzit(?:a|et))(?![\p{L}])/iu;

/**
 * "Norvik School of Business, Universidade Norvik de Lisboa", "Instituto Superior Tarvo, Universidade de Kelmor",
 * "Institute of Tropical Diseases, University of Kelmor": a school, an institute, a faculty or a college named right
 * before the university it belongs to is a unit of it; the university is the institution a person is found by. Says
 * whether `unit` is such a unit of `parent`, both parts of one line joined by a comma (a dash between two
 * names of schools more often gives one school's name in two languages, the first form its name).
 */
export function unitOfUniversity(unit: string, between: string, parent: string): boolean {
  return (
    /^\s*,\s*$/u.test(between) &&
    isInstitution(unit) &&
    !UNIVERSITY_WORD.test(unit) &&
    UNIVERSITY_WORD.test(parent) &&
    !findDegree(parent) &&
    !findDegree(unit)
  );
}

/** The words that join a unit's name to the university it belongs to ("of", "da", "der", "de"). */
const UNIT_JOINER = /^(?:of|da|do|das|dos|de|del|della|dell['’]|der|des|du|di)$/iu;

/**
 * "Faculdade de Engenharia da Universidade do Porto", "Faculty of Engineering of the University of Porto", "Fakultät
 * für Informatik der Technischen Universität München": the university a unit's name ends with, after the word joining
 * them; its name runs from its first capitalised word to the end. Where the unit's name ends and the university's
 * starts, or null when the text names no university so.
 */
export function universityInUnit(text: string): { unitEnd: number; start: number } | null {
  const words = [...text.matchAll(/\S+/gu)];
  if (words.length > 24) return null;
  for (let index = 1; index < words.length - 1; index++) {
    const joiner = words[index] as RegExpExecArray;
    if (!UNIT_JOINER.test(joiner[0])) continue;
    let first = index + 1;
    if (/^(?:the|la|le)$/iu.test(words[first]?.[0] ?? '')) first++;
    const start = words[first]?.index;
    if (start === undefined) return null;
    const rest = text.slice(start);
    const word = UNIVERSITY_WORD.exec(rest);
    // Only capitalised words before the university's word: "Engenharia da Universidade" is no university's name.
    if (word && /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(rest.slice(0, word.index)))
      return { unitEnd: text.slice(0, joiner.index).trimEnd().length, start };
  }
  return null;
}

/**
 * The words that name a kind of school and no school, in the languages CVs are written in (folded as `foldKey`
 * folds them): "School", "Institute", "Okul", "Universidad", "Hochschule", "Trường".
 */
const KIND_OF_SCHOOL = new Set([
  'school',
  'schools',
  'institute',
  'institution',
  'institutions',
  'college',
  'university',
  'academy',
  'polytechnic',
  'faculty',
  'school name',
  'name of school',
  'name of institution',
  'institute name',
  'school/college',
  'college/university',
  'board/university',
  'university/board',
  'university/institute',
  'institute/university',
  'okul',
  'okulu',
  'universite',
  'universitesi',
  'fakulte',
  'universidad',
  'universidade',
  'instituto',
  'institucion',
  'instituicao',
  'escuela',
  'escola',
  'colegio',
  'faculdade',
  'facultad',
  'ecole',
  'etablissement',
  'hochschule',
  'universitat',
  'schule',
  'fachhochschule',
  'istituto',
  'universita',
  'scuola',
  'instelling',
  'hogeschool',
  'universiteit',
  'school/instelling',
  'uczelnia',
  'szkola',
  'universitate',
  'facultate',
  'institutie',
  'universitas',
  'sekolah',
  'institut',
  'kampus',
  'truong',
  'dai hoc',
]);

/**
 * "School", "Institute", "Okul": a bare word for a kind of school (a table's column label or a heading taken for a
 * name), never a school's name.
 */
export function bareSchoolWord(text: string): boolean {
  return KIND_OF_SCHOOL.has(
    foldKey(text)
      .replace(/[\s:：.]+$/u, '')
      .replace(/\s*\/\s*/gu, '/')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}
