import type { Catalogue } from '../catalogue/catalogue.js';
import {
  commonWords,
  isConcept,
  LIST_CONJUNCTIONS,
  type MentionMatcher,
  PREPOSITION_LIKE,
  type TechnologyMention,
} from '../catalogue/mention-matcher.js';
import { knownCity } from '../catalogue/places.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import { knownSpelling, onlyVersions } from '../catalogue/versions.js';
import { findDates } from './dates.js';
import { foldKey } from './fold.js';
import { formGridRow, formSkillsLabel } from './form-rows.js';
import type { DocLine } from './line-model.js';
import { type Located, locate } from './located.js';
import { withoutContact } from './preamble.js';
import { isHumanLanguage, isLocation, isProficiency, sectionKind } from './vocabulary.js';

export interface SkillGroupDraft {
  name: Located;
  keywords: Located[];
  first: number;
  last: number;
  confidence: number;
}

export interface FuzzySkill {
  written: Located;
  suggestion: string;
}

const LABEL = /^([^:：]{1,40}?)\s*[:：]\s*/u;
/**
 * "Languages | Go, Rust", "Tools<tab>Kafka", "Cloud  AWS, GCP" (a table's cells or aligned columns read as text),
 * "Data — SQL, Spark", "Tools ....... Git, CMake": a group name set off by a bar, a gap of two spaces or more, a
 * dash between spaces or a leader of dots.
 */
const SET_OFF_LABEL = /^([^|\t]{1,40}?)(\s+\|\s+|\t+|\s*(?:\.{3,}|…+)\s*|\s{2,}|\s+[—–-]\s+)/u;
/**
 * Between list items: commas and the like, a slash or a dash between spaces ("Java — Spring, Hibernate"), a wide
 * gap, the gap between two code spans ("`Go` `Rust`", Markdown's way of setting names apart), and a full stop
 * before the next group's label ("Tools: Jira, Git. Languages: Python").
 */
const ITEM_SEPARATOR =
  /\s*(?:[,;|•·▪◦]|\s\/\s|\t|\s{3,}|\s+[-—–]\s+|`\s*`|\.(?=\s+\p{Lu}[^,;:：.]{0,40}[:：]))\s*/uy;

interface Item {
  start: number;
  end: number;
}

/** List items of `text[from:]`: split at commas and the like, not inside brackets; "X (a, b)" gives X, a and b. */
export function listItems(text: string, from: number): Item[] {
  const found: Item[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    let a = start;
    let b = end;
    // A full stop before a letter opens a name (".NET Core"), not the item.
    while (a < b && /[\s.()[\]*`-]/u.test(text[a] as string) && !/^\.\p{L}/u.test(text.slice(a, a + 2))) a++;
    while (b > a && /[\s.()[\]*,;:`]/u.test(text[b - 1] as string)) b--;
    if (b > a) found.push({ start: a, end: b });
  };
  for (let i = from; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '(' || char === '[') {
      if (depth === 0) {
        push(i);
        start = i + 1;
      }
      depth++;
      continue;
    }
    if ((char === ')' || char === ']') && depth > 0) {
      depth--;
      if (depth === 0) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    ITEM_SEPARATOR.lastIndex = i;
    const separator = ITEM_SEPARATOR.exec(text);
    if (separator && separator.index === i && separator[0].length > 0) {
      push(i);
      start = i + separator[0].length;
      i = start - 1;
    }
  }
  push(text.length);
  // "Python and Go" at the end of a list; "Coroutines & Flow" alone, two names of which one is no common word
  // ("Research & Development" stays one).
  return found.flatMap((item) => {
    const value = text.slice(item.start, item.end);
    const and = /\s+(?:and|&)\s+/u.exec(value);
    if (!and) return [item];
    const pair = /^\p{Lu}\S*\s+&\s+\p{Lu}\S*$/u.test(value) && namesAThing(value.replace('&', ''));
    if (found.length < 2 && !pair) return [item];
    const at = item.start + and.index;
    return [
      { start: item.start, end: at },
      { start: at + and[0].length, end: item.end },
    ];
  });
}

/**
 * Whether a name can name a thing of its own: it has letters, and not every word of it is a common
 * English word or a number ("Leadership", "Public speaking", "Design 2" name no product).
 */
export function namesAThing(name: string): boolean {
  const words = commonWords();
  const tokens = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return /\p{L}/u.test(name) && !tokens.every((token) => words.has(token) || /^\d+$/u.test(token));
}

/**
 * Words of soft skills and traits ("Leadership", "Mentoring", "Communication", "Stakeholder Management",
 * "Problem Solving", "Attention to Detail", "Responsible", "Team Player", "Fast Learner"): named, not found by
 * suffix, since "Processing", "Testing", "Security", "Automation" end alike and are technical work.
 * "Development" and "Management" name work in general: "Android Development" keeps the catalogue's Android.
 */
const SOFT_WORD = new Set(
  'leadership communication communications communicator mentoring mentorship mentor coaching hiring recruiting recruitment interviewing onboarding teamwork player collaboration collaborative cooperation problem solving solver thinking thinker learner worker speaking listening negotiation negotiating presentation presentations persuasion storytelling facilitation delegation motivation motivated initiative ownership accountability responsibility responsible reliable reliability dependable punctual punctuality attention detail decision conflict relationship relationships interpersonal empathy patience creativity creative adaptability adaptable flexibility flexible curiosity curious resilience integrity diligence diligent organisation organization organisational organizational prioritisation prioritization multitasking planning management development stakeholder stakeholders customer etiquette emotional ethic ethics influence influencing starter skills skill soft'.split(
    ' ',
  ),
);

/**
 * A skills-list item that is a soft skill: common English words only (no product's name, see
 * `namesAThing`), one of them an abstract noun or a trait. "Pebble", "Gazebo", "Flux", "After Effects"
 * are common words too, and names of things.
 */
function softSkill(value: string): boolean {
  if (namesAThing(value)) return false;
  return (value.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => SOFT_WORD.has(word));
}

/**
 * Words of group names that name a kind of list and no kind of work: an item made only of them ("Tools", "Cloud / Infra"
 * read as items) is a table's label, not a keyword, while "Testing", "Security" or "Streaming" are work done.
 */
const LIST_KIND_WORDS = new Set(
  'languages language tools tooling frameworks framework libraries library databases platforms platform technologies technology stack tech cloud clouds infra infrastructure other others misc miscellaneous skills skill concepts methods methodologies practices paradigms engines editors ides environments'.split(
    ' ',
  ),
);

/** Words of skill-group names ("Languages", "Cloud & DevOps", "Tools and Frameworks"): the kinds of list and the fields of work. */
const GROUP_WORDS = new Set([
  ...LIST_KIND_WORDS,
  ...'database data storage devops ops testing web frontend front-end backend back-end mobile ml ai os operating systems programming scripting messaging streaming monitoring observability security networking soft core technical and & big analytics machine learning orchestration containers ci cd ci/cd version control build design architecture certifications spoken human hardware embedded firmware protocols protocol reporting visualisation visualization bi engine ide automation apis api integration integrations programmiersprachen programmiersprache sprachen werkzeuge datenbanken betriebssysteme kenntnisse lenguajes herramientas langages outils linguagens ferramentas linguaggi strumenti talen programmeertalen'.split(
    ' ',
  ),
]);

/** Group words that also qualify a product's name ("Embedded Linux", "Mobile Safari", "Web Components"). */
const QUALIFIER_WORDS = new Set([
  'embedded',
  'mobile',
  'web',
  'core',
  'technical',
  'soft',
  'human',
  'spoken',
]);

/**
 * Words of a skills table's header row besides group words ("Area | Technologies", "Type | Name | Years", a job
 * portal's "Skills | Version | Last used | Experience").
 */
const HEADER_WORDS = new Set(
  'area areas name names type types years year level levels category categories proficiency rating description domain domains details expertise competency competencies focus field fields of specialization specializations specialisation specialisations version versions last used experience'.split(
    ' ',
  ),
);

/**
 * A text made only of the words of `vocabulary` and of header words ("Area", "Tools", "Years"): a header row's
 * cell with GROUP_WORDS, a label read as an item with LIST_KIND_WORDS.
 */
function onlyWordsOf(text: string, vocabulary: ReadonlySet<string>): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s,/]+/u)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => vocabulary.has(word) || HEADER_WORDS.has(word));
}

function isGroupLabel(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[:：]\s*$/u, '')
    .split(/[\s,/]+/u)
    .filter((word) => word !== '');
  // "Backend Master", "Frontend Intermediate": a group's name followed by how well the person knows it.
  if (words.length >= 2 && LEVEL_WORDS.test(words.at(-1) as string)) words.pop();
  // "API and", "& Tools": a name neither opens nor ends on the word that joins two of its parts.
  const joiner = (word: string | undefined) => word === 'and' || word === '&';
  return (
    (words.length > 0 &&
      words.length <= 4 &&
      !joiner(words[0]) &&
      !joiner(words.at(-1)) &&
      words.every((word) => GROUP_WORDS.has(word))) ||
    formSkillsLabel(text)
  );
}

/**
 * "Cloud    AWS, GCP", "MLOps    MLflow, Kubernetes": a name set off before a list is the list's name
 * when it is made of group words, or when a list follows and the name is no technology of its own (a
 * practice such as MLOps names a group).
 */
function setOffLabel(setOff: RegExpExecArray, text: string, catalogue: Catalogue): boolean {
  const name = (setOff[1] as string).trim();
  if (isGroupLabel(name)) return true;
  // After a dash only a group's name is a name ("Python - 5 years"); a spoken language before its level is none.
  if (/[—–-]/u.test(setOff[2] as string) || isHumanLanguage(name)) return false;
  const list = text.slice(setOff[0].length).split(/\s*[,;]\s*/u).length >= 2;
  if (!list || name.split(/\s+/u).length > 3) return false;
  const known = catalogue.technologies.find(name);
  // "Processing    Spark, Airflow": a name that is also an ordinary word heads the list it is set off from.
  return !known || known.category === 'practice' || known.ambiguous === true;
}

/**
 * "Wireless<tab>LTE" among "Transport<tab>SONET, DWDM" rows: a table's row label set off by a tab or a bar before a
 * single item is the row's label when a neighbouring row of the table is labelled so too, the label is no
 * technology and the item no level ("Python<tab>5 years" rows name technologies with their time of use).
 */
function tabulatedLabel(
  lines: readonly DocLine[],
  index: number,
  setOff: RegExpExecArray,
  catalogue: Catalogue,
): boolean {
  const cell = (gap: string) => (gap.includes('\t') ? 'tab' : gap.includes('|') ? 'bar' : null);
  const kind = cell(setOff[2] as string);
  const text = (lines[index] as DocLine).text;
  const name = (setOff[1] as string).trim();
  const rest = text.slice(setOff[0].length).trim();
  if (kind === null || catalogue.technologies.find(name) || isHumanLanguage(name)) return false;
  if (rest === '' || LEVEL_WORDS.test(rest) || isProficiency(rest)) return false;
  return [lines[index - 1], lines[index + 1]].some((neighbour) => {
    if (!neighbour || neighbour.blank) return false;
    const other = SET_OFF_LABEL.exec(neighbour.text);
    return (
      other !== null && cell(other[2] as string) === kind && setOffLabel(other, neighbour.text, catalogue)
    );
  });
}

/**
 * "Tools GCC, CMake", "Programmiersprachen Go, Kotlin": a group's name before its list with only a space between
 * (a table's cells joined by a conversion), when the name is made of group words and the list's first item is a
 * name the catalogue knows that the name does not continue ("Data Science, ML" is a list, not "Data:").
 */
function spacedLabel(text: string, catalogue: Catalogue): { name: string; end: number } | null {
  const words = /^(\S+)(?:\s(\S+))?(?:\s(\S+))?/u.exec(text);
  if (!words) return null;
  let end = 0;
  for (let count = 1; count <= 3; count++) {
    const word = words[count];
    if (word === undefined) return null;
    end = text.indexOf(word, end) + word.length;
    const name = text.slice(0, end);
    if (/[,;]/u.test(name)) return null;
    // "Embedded Linux, Yocto", "Mobile Safari, WebKit": a group word that qualifies things names one with the name
    // after it ("Tools GCC", "Protocols CAN", "Big Data Hadoop" name lists).
    if (QUALIFIER_WORDS.has((name.split(/\s+/u).at(-1) as string).toLowerCase())) continue;
    const items = text
      .slice(end)
      .trim()
      .split(/\s*[,;]\s*/u);
    if (
      isGroupLabel(name) &&
      /^\s/u.test(text.slice(end)) &&
      items.length >= 2 &&
      catalogue.technologies.find(items[0] as string) &&
      !catalogue.technologies.find(`${name} ${items[0]}`)
    ) {
      return { name, end: end + (/^\s+/u.exec(text.slice(end)) as RegExpExecArray)[0].length };
    }
  }
  return null;
}

/**
 * Words that say how well or how long someone knows a skill rather than name one: "expert", "(learning)",
 * "basic", "some exposure", "5+ years", "4 Years 3 Months" (a job portal's column of the time a skill was used), and
 * a résumé builder's levels beside its bars ("skillful", "experienced").
 */
const LEVEL_WORDS =
  /^(?:master|expert|advanced|proficient|intermediate|beginner|novice|skil(?:l)?ful|experienced|basics?|familiar|familiarity|fluent|native|rusty|learning|currently\s+learning|still\s+learning|self-taught|in\s+progress|(?:some\s+)?exposure|limited|elementary|working\s+knowledge|hands-on|\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*(?:and\s+)?\d+\s*(?:months?|mos?))?(?:\s+(?:of\s+)?(?:experience|exp\.?))?)$/iu;

/**
 * Levels of a skill in the languages résumés come in, as a builder writes them after a name ("Python avanzado", "SQL
 * básico", "Excel zaawansowany", "Git temel"): Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech,
 * Slovak, Turkish, Vietnamese, Indonesian and Malay.
 */
const FOREIGN_LEVELS = [
  'b[áa]sic[oa]',
  'intermedi[oa]',
  'avanzad[oa]',
  'expert[oa]',
  'avan[çc]ad[oa]',
  'intermedi[áa]ri[oa]',
  'especialista',
  'd[ée]butant(?:e)?',
  'interm[ée]diaire',
  'avanc[ée]e?',
  'confirm[ée]e?',
  'grundkenntnisse',
  'fortgeschritten',
  'experte',
  'avanzato',
  'esperto',
  'gevorderd',
  'beginner',
  'podstawowy',
  '(?:[śs]rednio)?zaawansowany',
  '(?:(?:mierne|stredne|m[íi]rn[ěe]|st[řr]edn[ěe])\\s+)?pokro[čc]il[ýy]',
  'za[čc][áa]te[čc]n[íi]k',
  'za[čc]iato[čc]n[íi]k',
  'temel',
  'ileri(?:\\s+düzey)?',
  'ba[şs]lang[ıi][çc]',
  'c[ơo]\\s+b[ảa]n',
  'n[âa]ng\\s+cao',
  'dasar',
  'menengah',
  'mahir',
].join('|');

/** A level in one of those languages standing as an item of its own ("Kubernetes – stredne pokročilý"). */
const FOREIGN_LEVEL = new RegExp(`^(?:${FOREIGN_LEVELS})$`, 'iu');

/** Level words in English and in the languages of FOREIGN_LEVELS. */
const ANY_LEVEL = `expert|advanced|intermediate|beginner|novice|proficient|basic|elementary|skil(?:l)?ful|experienced|${FOREIGN_LEVELS}`;

/** A level word after a name, with no separator between ("Microsoft 365 Advanced", "Windows administration Expert"). */
const TRAILING_LEVEL = new RegExp(String.raw`\s+\(?(?:${ANY_LEVEL})\)?$`, 'iu');

/** One level word and the spaces after it, read from a given place (see `levelsOnly`). */
const LEVEL_AT = new RegExp(String.raw`(?:${ANY_LEVEL})(?![\p{L}\p{N}])\s*`, 'iuy');

/**
 * "expert pokročilý", "pokročilý mírně pokročilý", "Advanced Intermediate": a cell of two levels or more, as a
 * builder prints the level a person gives and the one a test gave, or two columns of levels read as one. Read word
 * by word from the start, so that it takes one pass over the cell.
 */
function levelsOnly(value: string): boolean {
  let at = 0;
  let count = 0;
  while (at < value.length) {
    LEVEL_AT.lastIndex = at;
    const level = LEVEL_AT.exec(value);
    if (level === null || level[0].length === 0) return false;
    at += level[0].length;
    count++;
  }
  return count >= 2;
}
/** Rates or sizes before a standard's name ("10/25G Ethernet", "100G Ethernet", "1/10GbE"): no part of the name. */
const LEADING_RATE = /^\d+(?:[./]\d+)*\s?(?:[GMKT](?:b(?:it)?(?:\/s|ps)?|bE)?)?\s+(?=\p{L})/u;

/**
 * The span of `value` that names the thing when a level word trails it or rates lead it, relative to `value`; null
 * when neither does (or nothing would be left).
 */
export function withoutQualifier(value: string): { start: number; end: number } | null {
  const level = TRAILING_LEVEL.exec(value);
  const rate = LEADING_RATE.exec(value);
  if (!level && !rate) return null;
  const start = rate ? rate[0].length : 0;
  const end = level ? level.index : value.length;
  return end > start && /\p{L}/u.test(value.slice(start, end)) ? { start, end } : null;
}

/**
 * "JESD204B/C", "DDR3/4", "PCIe Gen3/4": pieces after a slash that replace the end of the first piece name its
 * variants ("JESD204C"), not names of their own ("C"). The names each piece gives, when the catalogue knows every
 * one and at least one piece is such an ending; null otherwise.
 */
export function slashVariants(pieces: readonly string[], catalogue: Catalogue): string[] | null {
  const first = pieces[0] as string;
  let completed = false;
  const names = pieces.map((piece, index) => {
    if (index === 0 || piece.length > 2 || first.length <= piece.length + 2) return piece;
    const stem = first.slice(0, first.length - piece.length);
    const kind = (text: string) =>
      /^\p{N}+$/u.test(text) ? 'digits' : /^\p{L}+$/u.test(text) ? 'letters' : null;
    if (kind(piece) === null || kind(piece) !== kind(first.slice(stem.length))) return piece;
    completed = true;
    return stem + piece;
  });
  return completed && names.every((name) => catalogue.technologies.find(name)) ? names : null;
}

/**
 * "Proficient in Go", "familiar with MySQL", "experience with Prometheus monitoring": an item that says how
 * well the person knows what follows. Only the technologies the catalogue finds in it are skills.
 */
const HOW_WELL =
  /^(?:(?:very\s+|highly\s+)?(?:proficient|familiar|experienced|skilled|fluent|good|strong|expert|comfortable|knowledgeable|competent)\s+(?:in|with|at|on)|(?:some\s+|hands-on\s+|working\s+|basic\s+|solid\s+|good\s+|strong\s+)?(?:experience|knowledge|exposure|familiarity|understanding)\s+(?:with|in|of|on)|able\s+to)\s/iu;

/**
 * A list item that is a spoken language or how well one is spoken, not a technology: "English", "C1",
 * "Muttersprache", and a language with its level after a dash or a colon ("Français — langue maternelle").
 */
function spoken(value: string, catalogue: Catalogue): boolean {
  if (catalogue.technologies.find(value)) return false;
  if (isHumanLanguage(value) || isProficiency(value)) return true;
  const parts = /^(.+?)\s*(?:\s[—–-]|:)\s*(.+)$/u.exec(value);
  return parts !== null && isHumanLanguage(parts[1] as string) && isProficiency(parts[2] as string);
}

/** "Sprachen", "Langues", "Spoken languages": a group named as spoken languages are. */
function spokenGroup(group: SkillGroupDraft, catalogue: Catalogue): boolean {
  if (sectionKind(group.name.value) !== 'languages') return false;
  // "Languages: Python, Go" names programming languages: kept when the catalogue knows any of its items, since
  // legacy and niche languages ("RPG IV", "PL/I") often are not catalogued. spoken() has already taken out each
  // spoken language, so a group of them reaches here with no known item.
  const known = group.keywords.filter((keyword) => catalogue.technologies.find(keyword.value)).length;
  return known === 0;
}

/** Nouns of qualities ("Accessibility", "Scalability", "Awareness"), not "Security". */
const QUALITY_NOUN = /^\p{Lu}?\p{Ll}+(?:bility|ness)$/u;
/** Nouns that may be made from a verb or an adjective ("Governance", "Deployment", "Resilience"). */
const ACTION_NOUN = /^(\p{Lu}?\p{Ll}+?)(ment|ance|ence)$/u;

/**
 * An abstract noun of a quality or of a kind of work: "Scalability", "Awareness", and a noun in -ment, -ance or
 * -ence made from a common word ("Governance" from govern, "Deployment" from deploy, "Resilience" from resilient,
 * "Compliance" from comply). A one-word name that only ends so ("Cadence", "Element") is no such noun.
 */
function abstractNoun(word: string): boolean {
  if (QUALITY_NOUN.test(word)) return true;
  const noun = ACTION_NOUN.exec(word);
  if (!noun) return false;
  const stem = (noun[1] as string).toLowerCase();
  const related = [stem, `${stem}e`];
  if (noun[2] !== 'ment') {
    related.push(`${stem}${noun[2] === 'ance' ? 'ant' : 'ent'}`);
    if (stem.endsWith('i')) related.push(`${stem.slice(0, -1)}y`);
  }
  return related.some((candidate) => candidate.length >= 4 && commonWords().has(candidate));
}

/** The last word of a kind of work ("testing", "mapping", "design", "management"). */
const WORK_NOUN =
  /(?:ing|design|management|development|practice|practices|analysis|architecture|automation|optimi[sz]ation|administration|governance|compliance|strategy)$/u;

/**
 * A skills item naming a practice or a field, not a thing used, written as one (see `practiceShape`): the
 * catalogue's practice, a phrase of common words ("Machine learning", "Rate limiting"), or a phrase ending in a
 * kind of work ("Usability testing"). A catalogued product written so ("Spring boot", "Unity engine") is a thing
 * used, though its words are common ones.
 */
function practiceItem(value: string, known: TechnologyEntry | undefined): boolean {
  if (!practiceShape(value)) return false;
  if (known) return known.category === 'practice' || (isConcept(known) && !namesAThing(value));
  const words = value.trim().split(/\s+/u);
  // One word of that shape is an abstract noun ("Scalability", "Governance") or a common word in lower case.
  return words.length === 1 || !namesAThing(value) || WORK_NOUN.test((words.at(-1) as string).toLowerCase());
}

/**
 * Written as the catalogue's practices are: a phrase whose later words are in lower case ("Load testing", "Rate
 * limiting", "Observability practice"), one abstract noun ("Accessibility") or one common word in lower case
 * ("pairing"); "ARM assembly", "Raft" and "Signal Processing" are not.
 */
function practiceShape(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length === 1) {
    const word = words[0] as string;
    return abstractNoun(word) || (/^\p{Ll}+$/u.test(word) && !namesAThing(word));
  }
  return (
    /^\p{Lu}?\p{Ll}+$/u.test(words[0] as string) && words.slice(1).every((word) => /^\p{Ll}+$/u.test(word))
  );
}

/** Words for a computer or a device of any make ("PC", "laptops", "workstation"): a kind of thing, no product. */
const DEVICE_WORDS = new Set(
  'pc pcs laptop laptops desktop desktops workstation workstations tablet tablets smartphone smartphones printer printers peripherals'.split(
    ' ',
  ),
);

/**
 * A skills item naming a kind of device or instrument, not a product: a word for a computer of any make ("PC",
 * "laptops"), or common nouns in lower case ending in a plural ("oscilloscopes", "logic analysers", "8-bit
 * microcontrollers", "soldering stations"). Named hardware is capitalised or numbered ("STM32", "Saleae Logic",
 * "Raspberry Pi"); the caller asks only about items the catalogue does not know.
 */
export function kindOfDevice(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length === 1 && DEVICE_WORDS.has((words[0] as string).toLowerCase())) return true;
  return (
    words.length <= 3 &&
    words.every((word) => /^[\p{Ll}\p{N}-]+$/u.test(word)) &&
    /\p{Ll}{2,}[^su\P{Ll}]s$/u.test(words.at(-1) as string)
  );
}

/**
 * "TypeScript React Next.js Vite": an item that is no catalogue name but technologies one after the
 * other with only spaces between (badges in a row, a list whose commas a conversion lost).
 */
function spaceSeparated(
  value: string,
  matcher: MentionMatcher,
  catalogue: Catalogue,
): TechnologyMention[] | null {
  if (!/\s/u.test(value.trim()) || catalogue.technologies.find(value)) return null;
  // A list item vouches for the names its words spell on their own ("GitHub Actions k6": two cells a PDF joined).
  const vouched = new Set<string>();
  for (const word of value.trim().split(/\s+/u)) {
    const entry = catalogue.technologies.find(word);
    if (entry) vouched.add(entry.id);
  }
  const mentions = matcher.find(value, { vouched }).filter((mention) => !mention.fuzzy);
  // Mentions a compound implies overlap the compound; the run is made of the outer ones.
  const outer = mentions.filter(
    (mention, i) =>
      !mentions.some(
        (other, j) =>
          j !== i &&
          other.start <= mention.start &&
          mention.end <= other.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
  if (outer.length < 2) return null;
  // "C# .NET 8 ASP.NET Core": a name's version may trail it before the next name.
  const between = (gap: string) => /^\s*$/u.test(gap) || (at > 0 && onlyVersions(gap.trimEnd()));
  let at = 0;
  for (const mention of outer) {
    if (!between(value.slice(at, mention.start))) return null;
    at = mention.end;
  }
  return between(value.slice(at)) ? outer : null;
}

/** "Code for Hong Kong": a mention that is a word of the capitalised place name around it ("Kong" of "Hong Kong"). */
function inPlaceName(text: string, mention: TechnologyMention): boolean {
  const before = /(?:\p{Lu}[\p{L}'.-]*\s+)+$/u.exec(text.slice(0, mention.start))?.[0] ?? '';
  const after = /^(?:\s+\p{Lu}[\p{L}'.-]*)+/u.exec(text.slice(mention.end))?.[0] ?? '';
  if (before === '' && after === '') return false;
  const words = `${before}${mention.text}${after}`.split(/\s+/u);
  const at = before.split(/\s+/u).filter((word) => word !== '').length;
  for (let from = 0; from <= at; from++) {
    for (let to = at + 1; to <= words.length; to++) {
      if (to - from < 2) continue;
      const run = words.slice(from, to).join(' ');
      if (isLocation(run) || knownCity(run)) return true;
    }
  }
  return false;
}

/** Words after which a list of names opens ("with Kafka", "in Go and Rust", "using Helm"). */
export const LIST_OPENERS = 'with|using|in|on|via|of|like|including|from|to|into|and';
const LIST_OPENER_BEFORE = new RegExp(String.raw`\b(?:${LIST_OPENERS})\s+$`, 'iu');
/** "fixes to the Rails monolith", "work on the Swift compiler": a name after a list-opening word and "the". */
const OPENER_THE_BEFORE = new RegExp(String.raw`\b(?:${LIST_OPENERS})\s+the\s+$`, 'iu');

/**
 * "C++ and Rust systems programming", "Built tooling in Python", "event streaming with Kafka": an item written
 * as a phrase, not as a name, gives the catalogue's names inside it, as a list of them would (found in its whole line, whose
 * other items are evidence for a name that is also a word: "C++ and Rust"). A phrase is an
 * item the catalogue does not know as a whole with a word in lower case outside the names it finds ("and",
 * "systems", "in"); "Chronicle Queue" or "Spring Boot" stays one item. A name made of common words ("Swift",
 * "Go", "Order Processing") counts only when another name is joined to it ("C++ and Rust"), it ends the
 * phrase after a word that opens a list ("REST APIs in Go"), or it follows such a word and "the" ("fixes to
 * the Rails monolith"); otherwise it is a word of the phrase ("Swift decision making", "Go meetups"). Null
 * when the item is no phrase or the catalogue finds nothing in it.
 */
function namesInPhrase(
  text: string,
  item: Item,
  lineMentions: readonly TechnologyMention[],
  catalogue: Catalogue,
): TechnologyMention[] | null {
  const value = text.slice(item.start, item.end);
  if (!/\s/u.test(value.trim()) || catalogue.technologies.find(value)) return null;
  const mentions = lineMentions.filter(
    (mention) =>
      !mention.fuzzy &&
      item.start <= mention.start &&
      mention.end <= item.end &&
      !inPlaceName(text, mention) &&
      (namesAThing(mention.text) ||
        joinedToName(text, mention, lineMentions) ||
        (mention.end === item.end && LIST_OPENER_BEFORE.test(text.slice(0, mention.start))) ||
        OPENER_THE_BEFORE.test(text.slice(0, mention.start))),
  );
  if (mentions.length === 0) return null;
  let rest = value;
  for (const mention of mentions) {
    const from = mention.start - item.start;
    rest =
      rest.slice(0, from) +
      ' '.repeat(mention.end - mention.start) +
      rest.slice(from + mention.end - mention.start);
  }
  return /(?<![\p{L}\p{N}.+#-])\p{Ll}{2,}(?![\p{L}\p{N}])/u.test(rest) ? mentions : null;
}

/** "C++ and Rust", "Python/Go": a mention joined to another name of its line by a comma, "and", "&", "or" or "/". */
function joinedToName(
  text: string,
  mention: TechnologyMention,
  lineMentions: readonly TechnologyMention[],
): boolean {
  return lineMentions.some(
    (other) =>
      other !== mention &&
      !other.fuzzy &&
      CONJOINED_GAP.test(
        other.end <= mention.start
          ? text.slice(other.end, mention.start)
          : text.slice(mention.end, other.start),
      ),
  );
}

/** A conjunction between two items, with the spaces around it ("Unity y C#", "Git & Perforce", "Go + Rust"). */
const CONJUNCTION = new RegExp(`\\s+(?:${LIST_CONJUNCTIONS.join('|')}|&|\\+)\\s+`, 'giu');
/** What stands between two names of one list: a comma, a slash or a conjunction (see LIST_CONJUNCTIONS). */
const CONJOINED_GAP = new RegExp(`^\\s*(?:,|\\/|&|\\+|${LIST_CONJUNCTIONS.join('|')})\\s*$`, 'iu');

/**
 * The catalogue's entry for `name`, also without a trailing version or level ("Unreal Engine 5", "SQL Advanced").
 */
function knownEntry(name: string, catalogue: Catalogue): TechnologyEntry | undefined {
  const qualified = withoutQualifier(name);
  const bare = qualified ? name.slice(qualified.start, qualified.end) : name;
  return knownSpelling(catalogue.technologies, bare)?.entry;
}

/**
 * "Unity y C#", "Git und Perforce", "Python ve Go", "Docker & Kubernetes": an item the catalogue does not know whole
 * that is names joined by conjunctions (LIST_CONJUNCTIONS), each part relative to `value`. Every part must be a name
 * (`known`, or written as a product is: capitalised or with a digit, not only common words, or a `competency`) and
 * one at least a known thing, no practice (`thing`), so "Research & Development", "Payments and reconciliation" and
 * "API and Performance Testing" stay whole. Null when the item is no such list.
 */
export function conjoinedParts(
  value: string,
  known: (name: string) => boolean,
  thing: (name: string) => boolean = known,
): { start: number; end: number }[] | null {
  if (known(value)) return null;
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of value.matchAll(CONJUNCTION)) {
    parts.push({ start, end: match.index ?? 0 });
    start = (match.index ?? 0) + match[0].length;
  }
  if (parts.length === 0) return null;
  parts.push({ start, end: value.length });
  const names = parts.map((part) => value.slice(part.start, part.end).trim());
  // "Shaders en HLSL", "Power of Attorney": a word that is also a preposition or an article joins only known names.
  const strict = [...value.matchAll(CONJUNCTION)].some((match) =>
    PREPOSITION_LIKE.has((match[0] as string).trim().toLowerCase()),
  );
  const nameShaped = (name: string) => !strict && /^[\p{Lu}\p{N}.]/u.test(name) && namesAThing(name);
  // "Payments & PCI DSS": a competency beside a known name is a part too, left for the item rules to drop.
  const part = (name: string) => name !== '' && (known(name) || nameShaped(name) || competency(name));
  if (!names.some(thing) || !names.every(part)) return null;
  return parts;
}

/**
 * "Photon (multijugador)", "Unreal Engine 5 y C++ (básico)", "Nextflow (nf-core contributor)": an item in brackets
 * after a name, written in lower case and unknown to the catalogue, says how or where the name is used, or how well
 * it is known, in any language; it names no technology.
 */
function bracketedQualifier(text: string, item: Item, value: string, catalogue: Catalogue): boolean {
  if (!/[\p{L}\p{N}+#)\]]\s*\(\s*$/u.test(text.slice(0, item.start))) return false;
  return !/[\p{Lu}\p{N}]/u.test(value) && catalogue.technologies.find(value) === undefined;
}

/** A level or an amount of use before a name ("some Perl", "basic SQL", "advanced Excel", "Grundkenntnisse in C"). */
const LEADING_LEVEL =
  /^(?:some|basic|basics\s+of|advanced|intermediate|beginner|expert|strong|solid|working|(?:básico|avanzado|intermedio)\s+(?:en|de)|conocimientos\s+(?:básicos\s+|avanzados\s+)?(?:de|en)|noções\s+de|notions\s+(?:de|d['’])|(?:grund|basis)kenntnisse\s+(?:in|von)|nozioni\s+di|temel|ileri\s+düzey)(?:\s+|(?<=['’]))/iu;

/** How many characters of `value` a leading level takes when a name the catalogue knows follows it; 0 otherwise. */
export function withoutLeadingLevel(value: string, catalogue: Catalogue): number {
  const level = LEADING_LEVEL.exec(value);
  if (!level || level[0].length === value.length) return 0;
  const rest = value.slice(level[0].length);
  return knownSpelling(catalogue.technologies, rest) ? level[0].length : 0;
}

/**
 * "Languages: Python, R.    Workflows:    Nextflow, Snakemake.": inside a line of several groups, a short capitalised
 * name before a colon, no technology of its own, followed by items, names the group of those items, whatever its
 * words.
 */
function innerLabel(text: string, item: Item, items: readonly Item[], catalogue: Catalogue): boolean {
  if (!/^\s*[:：]/u.test(text.slice(item.end)) || item === items.at(-1)) return false;
  return runGroupName(text.slice(item.start, item.end), catalogue);
}

/** A group's name inside a run of groups: one to three capitalised words, no technology of its own. */
function runGroupName(value: string, catalogue: Catalogue): boolean {
  const name = value.trim();
  return (
    /^\p{Lu}[\p{L}&/ -]*$/u.test(name) &&
    name.split(/\s+/u).length <= 3 &&
    catalogue.technologies.find(name) === undefined
  );
}

/** Whether a word in -ing is a common verb's: "growing" (grow), "hiring" (hire), "running" (run), "building". */
function verbOfGerund(word: string): boolean {
  const stem = word.slice(0, -3);
  const words = commonWords();
  return (
    words.has(word) ||
    words.has(stem) ||
    words.has(`${stem}e`) ||
    (/(.)\1$/u.test(stem) && words.has(stem.slice(0, -1)))
  );
}

/** A gerund opening a phrase ("Hiring across Central America", "Managing vendors"). */
const GERUND = /^\p{Lu}?\p{Ll}{2,}ing$/u;

/**
 * A skills item the catalogue does not know that names a competency, not a product: a phrase opened by a gerund
 * ("Hiring across Central America", "Building teams"). A product's name has a word of its own ("Evidently", "Prokka"), a number ("Studio 5000"), or common words naming a
 * thing ("Burp Suite Pro", "Platform Events", "Gazebo", "Canvas"); a field named by common words ("Signal
 * Processing") is kept as written, as the skills lists' golds record it.
 */
export function competency(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  const first = words[0] as string;
  if (words.length >= 2 && GERUND.test(first) && verbOfGerund(first.toLowerCase())) return true;
  return false;
}

/**
 * "Core competencies: Engineering leadership, Platform architecture, Payments & PCI DSS, Board reporting": in a list
 * made mostly of activities (practices, soft skills, competencies; `activities` of them, at least three and twice
 * the names the catalogue lacks, `phrases` of them phrases already left out), a name the catalogue lacks is an
 * activity too; the catalogue's names stay.
 */
function withoutCompetencies(
  keywords: Located[],
  activities: number,
  phrases: number,
  catalogue: Catalogue,
): Located[] {
  const unknown = keywords.filter((keyword) => !catalogue.technologies.find(keyword.value)).length + phrases;
  if (unknown === 0 || activities < 3 || activities < 2 * unknown) return keywords;
  return keywords.filter((keyword) => catalogue.technologies.find(keyword.value));
}

/**
 * An unlabelled line of a Europass grid ("Listening    Reading", "English    C1    C2"). A labelled row, a
 * group set off by a gap ("Tools    Docker, Git") or a line naming a technology ends the grid.
 */
function gridLine(text: string, catalogue: Catalogue, matcher: MentionMatcher): boolean {
  if (LABEL.exec(text) || /^[\p{Lu}\s/()&-]{4,}\s{2,}\S/u.test(text)) return false;
  const setOff = SET_OFF_LABEL.exec(text);
  if (setOff && setOffLabel(setOff, text, catalogue)) return false;
  return !matcher.find(text).some((mention) => !mention.fuzzy);
}

/**
 * "`C` `Rust` `KiCad`": a Markdown line of code spans after `from`, each span an item (the reader drops the
 * backticks, so only the raw line tells where one name ends). Null when the rest of the line is not such spans
 * with only spaces or list punctuation between them.
 */
function codeSpanItems(line: DocLine, from: number): Item[] | null {
  // Just after the label's last character: the backtick opening the first span is no character of the text.
  const rawFrom = from === 0 ? 0 : (line.columns[from - 1] ?? line.raw.length) + 1;
  const rest = line.raw.slice(rawFrom);
  if (!/^(?:[\s,;·|]*`[^`]+`)+[\s,;·|.]*$/u.test(rest)) return null;
  const items: Item[] = [];
  for (const span of rest.matchAll(/`([^`]+)`/gu)) {
    const open = rawFrom + (span.index ?? 0);
    const close = open + span[0].length - 1;
    let start = -1;
    let end = -1;
    line.columns.forEach((column, at) => {
      if (at < from || column <= open || column >= close) return;
      if (start < 0) start = at;
      end = at + 1;
    });
    if (start >= 0) items.push({ start, end });
  }
  return items.length >= 2 ? items : null;
}

/** Words of a group of certificates ("Certifications", "Licences & Certificates", "Zertifikate"). */
const CERTIFICATE_WORDS = new Set(
  'certifications certification certificates certificate certs licenses license licences licence accreditations professional and & zertifikate zertifizierungen certificats certificados certificaciones certificações certificazioni certificaten'.split(
    ' ',
  ),
);

/**
 * "Dislikes: cordova", "Disliked tags", "Not interested in": what a profile (Stack Overflow's Developer Story) says the
 * person would rather not work with, no skill of theirs.
 */
const DISLIKED =
  /^(?:dislikes?|disliked(?:\s+(?:tags|technologies|tech))?|not\s+interested\s+in|would\s+rather\s+not)$/iu;

/** A group named as certificates are: its items are certificates, whatever technology they certify. */
function certificateGroup(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s,/]+/u)
    .filter((word) => word !== '');
  return (
    words.some((word) => word.startsWith('cert') || word.startsWith('zerti')) &&
    words.every((word) => CERTIFICATE_WORDS.has(word))
  );
}

/**
 * The fields of a person's particulars ("Age | 30", "Civil Status: Married", "Religion: Roman Catholic", "State of
 * Origin: Enugu", "Estado civil: Soltero", "Familienstand: ledig"), accents dropped: a row so labelled names no skill.
 */
const PERSONAL_FIELDS = new Set([
  'age',
  'sex',
  'gender',
  'height',
  'weight',
  'religion',
  'citizenship',
  'nationality',
  'civil status',
  'marital status',
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'place of birth',
  'birthplace',
  'state of origin',
  'local government area',
  'hometown',
  'home town',
  "father's name",
  "mother's name",
  'fathers name',
  'mothers name',
  'spouse',
  'dependents',
  'dependants',
  'blood type',
  'blood group',
  'edad',
  'estado civil',
  'nacionalidad',
  'fecha de nacimiento',
  'lugar de nacimiento',
  'idade',
  'nacionalidade',
  'data de nascimento',
  'naturalidade',
  'alter',
  'familienstand',
  'staatsangehorigkeit',
  'geburtsdatum',
  'geburtsort',
  'nationalite',
  'situation familiale',
  'date de naissance',
  'lieu de naissance',
  'leeftijd',
  'nationaliteit',
  'geboortedatum',
  'burgerlijke staat',
  'eta',
  'nazionalita',
  'stato civile',
  'data di nascita',
  // A person's standing to work and to drive ("Work permit: Settled status", "Military service: Completed", "Körkort: B").
  'work permit',
  'work authorization',
  'work authorisation',
  'right to work',
  'visa',
  'visa status',
  'residence permit',
  'military status',
  'military service',
  'driving licence',
  'driving license',
  "driver's license",
  "driver's licence",
  'drivers license',
  'permiso de trabajo',
  'servicio militar',
  'licencia de conducir',
  'carnet de conducir',
  'permiso de conducir',
  'autorizacao de trabalho',
  'servico militar',
  'carteira de habilitacao',
  'cnh',
  'permis de travail',
  'service militaire',
  'permis de conduire',
  'arbeitserlaubnis',
  'aufenthaltstitel',
  'wehrdienst',
  'fuhrerschein',
  'permesso di soggiorno',
  'servizio militare',
  'patente',
  'rijbewijs',
  'werkvergunning',
  'korkort',
  'korekort',
  'forerkort',
  'medborgarskap',
  'arbetstillstand',
  'askerlik',
  'askerlik durumu',
  'ehliyet',
]);

/** A line that is one HTML comment and nothing else. */
const HTML_COMMENT = /^\s*<!--[\s\S]*?-->\s*$/u;

/** A row whose first cell (before a colon, a bar, a tab or a wide gap) is a field of a person's particulars. */
function personalDataRow(text: string): boolean {
  const cell = /^\s*([^:：|\t]{1,40}?)\s*(?:[:：|\t]|\s{2,})/u.exec(text);
  if (!cell) return false;
  const key = foldKey(cell[1] as string)
    .replace(/[’`]/gu, "'")
    .replace(/[^\p{L}'\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return PERSONAL_FIELDS.has(key);
}

/**
 * "Perfil publicado en Bumeran", "Updated 3 days ago", "Draft release notes weekly": three words or more, two
 * of them in lower case letters only, read as a phrase, no product's name ("NVMe over Fabrics" has one such word).
 */
function phraseItem(value: string): boolean {
  const words = value.split(/\s+/u);
  return words.length >= 3 && words.filter((word) => /^\p{Ll}+$/u.test(word)).length >= 2;
}

/**
 * "Quarkite, Zorblax (2019)", "Tools: Codewind, Slint, 2021": a line whose dates are years standing as items of
 * their own among names, with a label or two names at least. A full date ("Sent: Monday, March 3, 2025 4:47 PM",
 * "München, im November 2026") dates the line itself.
 */
function namesWithYears(text: string, labelled: boolean): boolean {
  const items = listItems(text, 0);
  const dated = items.filter((item) => findDates(text.slice(item.start, item.end)).length > 0);
  if (!dated.every((item) => /^(?:19|20)\d{2}$/u.test(text.slice(item.start, item.end)))) return false;
  return items.filter((item) => undatedName(text, item)).length >= (labelled ? 1 : 2);
}

/**
 * "Processing" on a line of its own over "Spark, Dataflow, Kafka": one word the catalogue knows only as an
 * ordinary word ("Processing", "Storage") heads the list on the next line, as a group's name does.
 */
function headsList(lines: readonly DocLine[], index: number, catalogue: Catalogue): boolean {
  const text = (lines[index] as DocLine).text.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || catalogue.technologies.find(text)?.ambiguous !== true) return false;
  const next = lines.slice(index + 1).find((line) => !line.blank);
  return next !== undefined && next.text.split(/\s*,\s*/u).length >= 3;
}

/** A list item with no date in it that names no place: on a dated line, a name ("Zorblax" of "Zorblax (2019)"). */
function undatedName(text: string, item: Item): boolean {
  const value = text.slice(item.start, item.end);
  return findDates(value).length === 0 && !isLocation(value) && !knownCity(value);
}

/** A copyright's opening ("©", "(c) 2024", "Copyright 2024", "Copyright © 2024"), the one home of what a copyright is. */
const COPYRIGHT_SOURCE = String.raw`©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}`;

/** A line opening with a copyright ("© 2024 Name", "Copyright 2023 Name. All rights reserved."). */
export const COPYRIGHT = new RegExp(String.raw`^[\s*_]*(?:${COPYRIGHT_SOURCE})`, 'iu');

/**
 * A line telling how the document was made ("Built with …", "This CV was typeset in …", "Powered by …") or a site's
 * footer opening with its copyright ("© 2024 Name · Built with …").
 */
export const COLOPHON = new RegExp(
  String.raw`^[\s*_]*(?:${COPYRIGHT_SOURCE}|(?:this\s+(?:cv|résumé|resume|page|site|document)\s+(?:was|is)\s+)?(?:built|made|generated|created|typeset|rendered|compiled|powered)\s+(?:with|by|using|in|on|from)\b)`,
  'iu',
);

/** A person's noun ("Organiser", "Maintainer", "Contributor", "Speaker"). */
const PERSON_NOUN = /^\p{Lu}\p{Ll}+(?:er|or|ist|ian)$/u;

/**
 * "Organiser of PyData Copenhagen", "Speaker at PyCon", "Download as PDF": a list item the catalogue does not know
 * made of one word that is no catalogue name (an ordinary word or a person's noun) and a phrase after a preposition
 * tells a role held or an action, no product's name ("Firebase for Flutter" opens with a name).
 */
function rolePhrase(value: string, catalogue: Catalogue): boolean {
  const phrase = /^(\p{Lu}\p{Ll}+)\s+(?:of|as|at|for|to|with|from|by|in|on)\s+\S/u.exec(value.trim());
  if (!phrase) return false;
  const first = phrase[1] as string;
  return (
    !catalogue.technologies.find(first) && (commonWords().has(first.toLowerCase()) || PERSON_NOUN.test(first))
  );
}

/**
 * The last word of a field of work named in title case ("Systems" of "Distributed Systems", "Design"). Not
 * "administration": administering a thing ("System Administration", "Database Administration") is hands-on technical
 * work, a skill like "Network Security".
 */
const FIELD_TAIL = new Set(
  'systems design architecture management development practices analysis automation governance compliance strategy optimisation optimization'.split(
    ' ',
  ),
);

/**
 * "Design Systems", "Distributed Systems", "Software Architecture", "Project Management": ordinary words in title
 * case ending in a field's or a practice's noun name a field, no product ("After Effects", "Core Audio" end otherwise).
 */
function fieldOfWork(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) &&
    !namesAThing(value) &&
    FIELD_TAIL.has((words.at(-1) as string).toLowerCase())
  );
}

/**
 * Reads a skills section as it is written: "Label: a, b, c" lines are named groups, a heading line
 * opens a group, other items go to a group named after the section. Every item stays a keyword as
 * written; items the catalogue knows only through a typo are reported.
 */
export function readSkills(
  lines: readonly DocLine[],
  sectionName: string,
  catalogue: Catalogue,
  matcher: MentionMatcher,
): { groups: SkillGroupDraft[]; fuzzy: FuzzySkill[] } {
  const groups: SkillGroupDraft[] = [];
  const fuzzy: FuzzySkill[] = [];
  let current: SkillGroupDraft | null = null;
  const open = (name: Located, line: DocLine) => {
    current = { name, keywords: [], first: line.n, last: line.n, confidence: 0.9 };
    groups.push(current);
    return current;
  };
  let grid = false;
  /** By group: its items that name a practice, a soft skill or a competency and no technology. */
  const activities = new Map<SkillGroupDraft, number>();
  /** By group: its items left out as phrases (`phraseItem`), still names the catalogue lacks to `withoutCompetencies`. */
  const phrases = new Map<SkillGroupDraft, number>();
  /** Where the lines since the last blank one begin. */
  let runStart = 0;
  for (const [index, line] of lines.entries()) {
    if (line.blank) {
      grid = false;
      runStart = index + 1;
      continue;
    }
    // "Leeds | 07700 900431 | name@example.org" under the name and title a table's other column put after the list,
    // "Mr. K. Obi – Lead, Harwell Ltd – 0917 555 2207" (a reference): a line with contact details that names no
    // technology the catalogue knows once they are cut out (outside a phrase: "the newest copy is on a GitHub Pages
    // site"), and the lines of its run just above it that name none, say who someone is.
    const rest = withoutContact(line.text);
    if (
      rest
        ?.split(/[,;|•·]/u)
        .every((item) => phraseItem(item.trim()) || matcher.find(item).every((mention) => mention.fuzzy))
    ) {
      let first = index;
      while (
        first > Math.max(runStart, index - 3) &&
        matcher.find((lines[first - 1] as DocLine).text).every((mention) => mention.fuzzy)
      )
        first--;
      const from = (lines[first] as DocLine).n;
      for (const group of groups) {
        group.keywords = group.keywords.filter((keyword) => keyword.line < from || keyword.line > line.n);
      }
      current = null;
      continue;
    }
    // "Age | 30", "Civil Status: Married": a person's particulars.
    if (personalDataRow(line.text)) continue;
    if (formGridRow(line.text) || (grid && gridLine(line.text, catalogue, matcher))) {
      grid = true;
      current = null;
      continue;
    }
    grid = false;
    // "Built with markdown-resume: `md2resume html …`", "Typeset in LaTeX": how the document was made, under its list.
    if (COLOPHON.test(line.text)) continue;
    // "<!-- Contact -->": a Markdown file's HTML comment is markup its reader never sees, no item of the list.
    if (HTML_COMMENT.test(line.text)) continue;
    // "| Area | Tools |" over "| --- | --- |": a table's header row names its columns, not skills.
    const below = lines[index + 1];
    if (below?.rule && below.raw.includes('|')) continue;
    const text = line.text;
    // "Area | Technologies", "Type   Name   Years": a table's header row names its columns.
    const cells = text.split(/\s*(?:\||\t|\s{2,})\s*/u).filter((cell) => cell !== '');
    if (cells.length >= 2 && cells.every((cell) => onlyWordsOf(cell, GROUP_WORDS))) continue;
    // "München, im November 2026", "Available from March 2024": a place and a date under the list sign it and name
    // no technology. A list with a year among names the catalogue lacks ("Quarkite 3, Zorblax (2019)") keeps them:
    // there only the items with a date, or a place, are dropped.
    const dated = findDates(text).length > 0 && matcher.find(text).every((mention) => mention.fuzzy);
    const setOff = SET_OFF_LABEL.exec(text);
    const colon = LABEL.exec(text);
    const label = colon
      ? { name: colon[1] as string, end: colon[0].length }
      : setOff && (setOffLabel(setOff, text, catalogue) || tabulatedLabel(lines, index, setOff, catalogue))
        ? { name: setOff[1] as string, end: setOff[0].length }
        : spacedLabel(text, catalogue);
    if (dated && !namesWithYears(text, label !== null)) continue;
    let group: SkillGroupDraft;
    let from = 0;
    if (
      label &&
      // "</details>:" read without its markup names no group: a name has a letter or a digit.
      /[\p{L}\p{N}]/u.test(label.name) &&
      !/^\s*https?$/iu.test(label.name) &&
      label.name.split(/\s+/u).length <= 4
    ) {
      const name = label.name.trim();
      const start = text.indexOf(name);
      group = open(locate(line, start, start + name.length, name, 0.9), line);
      from = label.end;
    } else if (
      !/[,;|]/u.test(text) &&
      (!catalogue.technologies.find(text) || headsList(lines, index, catalogue)) &&
      (line.heading > 0 || line.bold || isGroupLabel(text) || headsList(lines, index, catalogue))
    ) {
      open(locate(line, 0, text.length, text, 0.8), line);
      continue;
    } else {
      group = current ?? open({ value: sectionName, line: line.n, endLine: line.n, confidence: 0.6 }, line);
    }
    group.last = line.n;
    // A sentence, not a list: no separators, or items too long to be names ("Designed a Selenium
    // framework used by six teams; 2,400 tests run nightly." in a functional résumé).
    const spans = codeSpanItems(line, from);
    const items = spans ?? listItems(text, from);
    const itemWords = items.reduce(
      (sum, item) => sum + text.slice(item.start, item.end).split(/\s+/u).length,
      0,
    );
    const prose =
      spans === null &&
      text.split(/\s+/u).length >= 10 &&
      (!/[,;|•·]/u.test(text.slice(from)) || itemWords / items.length > 4);
    if (prose) {
      // A sentence in a skills section: what the catalogue finds in it.
      for (const mention of matcher.find(text)) {
        group.keywords.push(locate(line, mention.start, mention.end, mention.text, 0.7));
      }
      continue;
    }
    let lineMentions: TechnologyMention[] | undefined;
    for (let index = 0; index < items.length; index++) {
      let item = items[index] as Item;
      if (dated && !undatedName(text, item)) continue;
      let value = text.slice(item.start, item.end);
      // "Languages: Python, Go · Tools: Git, Docker": a group named after a separator inside the line opens there.
      const inner = LABEL.exec(value);
      // "… · Military service: Completed": a person's particulars after a separator name no skill either.
      if (inner && index > 0 && personalDataRow(value)) continue;
      if (
        inner &&
        (isGroupLabel(inner[1] as string) ||
          (index > 0 && !certificateGroup(group.name.value) && runGroupName(inner[1] as string, catalogue)))
      ) {
        const name = (inner[1] as string).trim();
        group = open(locate(line, item.start, item.start + name.length, name, 0.9), line);
        item = { start: item.start + inner[0].length, end: item.end };
        value = text.slice(item.start, item.end);
      }
      const run = spaceSeparated(value, matcher, catalogue);
      if (run) {
        for (const mention of run) {
          const at = item.start + mention.start;
          group.keywords.push(locate(line, at, at + mention.text.length, mention.text, 0.9));
        }
        continue;
      }
      const howWell = HOW_WELL.exec(value);
      if (howWell) {
        const mentions = matcher.find(value);
        for (const mention of mentions) {
          const at = item.start + mention.start;
          group.keywords.push(locate(line, at, at + mention.text.length, mention.text, 0.8));
        }
        // "familiar with Tilt": a name the catalogue lacks is the item, read as a plain one; a word in
        // lower case after the phrase ("good at communication", "able to read") names no technology.
        const rest = value.slice(howWell[0].length);
        if (mentions.length > 0 || !/^[\p{Lu}\p{N}]/u.test(rest)) continue;
        item = { start: item.start + howWell[0].length, end: item.end };
        value = rest;
      }
      // "Workflows:    Nextflow": a short name before a colon inside the line names the group of the items after it.
      if (!certificateGroup(group.name.value) && innerLabel(text, item, items, catalogue)) {
        group = open(locate(line, item.start, item.end, value, 0.9), line);
        continue;
      }
      // "Unity y C#", "Git und Perforce", "Python ve Go": two names joined by a conjunction of any language.
      const parts = conjoinedParts(
        value,
        (name) => knownEntry(name, catalogue) !== undefined,
        (name) => (knownEntry(name, catalogue)?.category ?? 'practice') !== 'practice',
      );
      if (parts) {
        const from = item.start;
        items.splice(
          index + 1,
          0,
          ...parts.map((part) => ({ start: from + part.start, end: from + part.end })),
        );
        continue;
      }
      // "(básico)", "(multijugador)", "(nf-core contributor)": words in lower case in brackets say how or where a
      // name is used; "some Perl", "basic SQL": a level before a name the catalogue knows.
      if (bracketedQualifier(text, item, value, catalogue)) continue;
      const leading = withoutLeadingLevel(value, catalogue);
      if (leading > 0) {
        item = { start: item.start + leading, end: item.end };
        value = text.slice(item.start, item.end);
      }
      lineMentions ??= matcher.find(text);
      const named = namesInPhrase(text, item, lineMentions, catalogue);
      if (named) {
        for (const mention of named) {
          const at = mention.start;
          group.keywords.push(locate(line, at, at + mention.text.length, mention.text, 0.8));
        }
        continue;
      }
      if (
        LEVEL_WORDS.test(value) ||
        FOREIGN_LEVEL.test(value) ||
        levelsOnly(value) ||
        spoken(value, catalogue) ||
        value.split(/\s+/u).length > 5 ||
        !/\p{L}/u.test(value) ||
        // "Cloud", "Tools": a cell naming a group or a column, not an item of one; "Strengths", "Experience": a
        // heading the layout put in the list.
        ((onlyWordsOf(value, LIST_KIND_WORDS) || sectionKind(value) !== null) &&
          !catalogue.technologies.find(value))
      )
        continue;
      const slash = value.split('/');
      const variants = slash.length > 1 ? slashVariants(slash, catalogue) : null;
      // "C#/.NET 8/ASP.NET Core": a stack whose parts are names the catalogue knows, a part's version no part of its name.
      const spellings = slash.map((piece) => knownSpelling(catalogue.technologies, piece)?.spelling);
      if (
        slash.length > 1 &&
        !catalogue.technologies.find(value) &&
        (variants !== null || spellings.every((spelling) => spelling !== undefined))
      ) {
        let at = item.start;
        for (const [index, piece] of slash.entries()) {
          const name = variants?.[index] ?? spellings[index] ?? piece;
          group.keywords.push(locate(line, at, at + name.length, name, 0.9));
          at += piece.length + 1;
        }
        continue;
      }
      // "Microsoft 365 Advanced" (a level set beside the name), "10/25G Ethernet" (the rates of the standard): the
      // name the catalogue knows, without its qualifier.
      const qualified = withoutQualifier(value);
      if (qualified && !catalogue.technologies.find(value)) {
        item = { start: item.start + qualified.start, end: item.start + qualified.end };
        value = text.slice(item.start, item.end);
      }
      // "Java 17", "Unreal Engine 5": the name the catalogue knows, without its version.
      const unversioned = knownSpelling(catalogue.technologies, value)?.spelling;
      if (unversioned !== undefined && unversioned !== value) {
        value = unversioned;
        item = { start: item.start, end: item.start + value.length };
      }
      const known = catalogue.technologies.find(value);
      // "Leadership", "Team Player", "Mentoring": a soft skill is no technology, nor is a practice or a field
      // ("Load testing", "Usability testing", "Machine learning"); what the catalogue finds in it stays ("Android
      // development"). "Linux kernel" names a thing.
      if ((!known && softSkill(value)) || practiceItem(value, known)) {
        let named = false;
        for (const mention of matcher.find(value)) {
          // "Order Processing" ends in the catalogue's "Processing", the common noun naming the kind of work, no
          // product; "Android Development" names the thing worked on before it.
          const head = mention.start + mention.text.length === value.length;
          if (mention.fuzzy || (head && !namesAThing(mention.text))) continue;
          const at = item.start + mention.start;
          group.keywords.push(locate(line, at, at + mention.text.length, mention.text, 0.8));
          named = true;
        }
        if (!named) activities.set(group, (activities.get(group) ?? 0) + 1);
        continue;
      }
      if (!known && competency(value)) {
        activities.set(group, (activities.get(group) ?? 0) + 1);
        continue;
      }
      if (!known && (kindOfDevice(value) || rolePhrase(value, catalogue))) continue;
      if (!known && fieldOfWork(value)) {
        activities.set(group, (activities.get(group) ?? 0) + 1);
        continue;
      }
      if (!known && phraseItem(value)) {
        phrases.set(group, (phrases.get(group) ?? 0) + 1);
        continue;
      }
      const written = locate(line, item.start, item.end, value, known ? 0.95 : 0.6);
      if (!known) {
        const suggestion = catalogue.technologies.suggest(value, { strict: true });
        if (suggestion) fuzzy.push({ written, suggestion: suggestion.name });
      }
      group.keywords.push(written);
    }
  }
  // A practice, a method or a field the catalogue knows ("Microservices", "TDD", "CI/CD") is no technology used,
  // nor is a certificate ("Certifications: CKA, AWS Certified Developer").
  for (const group of groups) {
    const practices = group.keywords.filter(
      (keyword) => catalogue.technologies.find(keyword.value)?.category === 'practice',
    ).length;
    group.keywords =
      certificateGroup(group.name.value) || DISLIKED.test(group.name.value.trim())
        ? []
        : group.keywords.filter(
            (keyword) => catalogue.technologies.find(keyword.value)?.category !== 'practice',
          );
    group.keywords = withoutCompetencies(
      group.keywords,
      (activities.get(group) ?? 0) + practices,
      phrases.get(group) ?? 0,
      catalogue,
    );
  }
  return {
    groups: groups.filter((group) => group.keywords.length > 0 && !spokenGroup(group, catalogue)),
    fuzzy,
  };
}
