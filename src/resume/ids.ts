import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { slug } from './slug.js';

/*
 * Every id the graph derives from a résumé, in one place: validation (which checks that ids do not
 * collide within a file), normalisation (which decides them) and the loader's plan (names outside
 * the catalogues, schools) all call these, so what is checked is what is loaded.
 */

/** The kinds of node whose id may be derived from a name (kept free of src/graph to stay pure). */
export type NamedKind = 'Company' | 'Technology' | 'School';

/**
 * The person id of a résumé that gives none: the hex part of the file name
 * (`000_b0bdae752341232c.json` → `b0bdae752341232c`), else the file name without extension, slugged.
 */
export function personIdFromFileName(file: string): string {
  const stem = basename(file, extname(file));
  const hex = /(?:^|[_.-])([0-9a-f]{8,})$/i.exec(stem)?.[1];
  return hex ? hex.toLowerCase() : slug(stem);
}

/**
 * The person of a résumé, whatever brought it in (a file, a document, the API): its `id`, else the
 * one `documentPersonId` derives from its `basics` (e-mail, name) and the file name, so loading a
 * plain JSON Resume and ingesting it give one person.
 */
export function personId(
  document: { id?: unknown; basics?: { email?: unknown; name?: unknown } | undefined },
  file: string,
): string {
  if (typeof document.id === 'string') return document.id;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return documentPersonId({
    email: text(document.basics?.email),
    name: text(document.basics?.name),
    fileName: file,
  });
}

/**
 * The person id of a document (a PDF, a text résumé) that names no id, derived stably from what it
 * says: its e-mail address (16 hex digits of its SHA-256, so the address itself never becomes part
 * of a URL), else the person's name (slugged), else the file name (`personIdFromFileName`).
 * Case and surrounding spaces of the e-mail do not count: `Jane@Example.com ` is `jane@example.com`.
 */
export function documentPersonId(input: {
  email?: string | null | undefined;
  name?: string | null | undefined;
  fileName: string;
}): string {
  const email = input.email?.trim().toLowerCase();
  if (email) return createHash('sha256').update(email).digest('hex').slice(0, 16);
  const name = input.name?.trim();
  if (name && /[\p{L}\p{N}]/u.test(name)) return slug(name);
  return personIdFromFileName(input.fileName);
}

/** Id of a position: the one the file gives, else `<personId>-w<i>-p<j>`, both indexes 0-based. */
export function roleId(
  person: string,
  workIndex: number,
  positionIndex: number,
  given?: string | undefined,
): string {
  return given ?? `${person}-w${workIndex}-p${positionIndex}`;
}

/**
 * Id of a project: the one the file gives, else `<personId>-<slug(name)>`. A project without an
 * id is the person's own: two résumés naming a project alike rarely mean the same one, and its
 * name may be a technology's (a project called Kafka). Projects several people share get one `id`.
 */
export function projectId(person: string, project: { id?: string | undefined; name: string }): string {
  return project.id ?? `${person}-${slug(project.name.trim())}`;
}

/**
 * The ids a document that names none must give its projects (the extractor's), one call per
 * project in document order: none (`projectId`'s own `<personId>-<slug(name)>`) for the first name
 * of a slug and for that same name again, which is the same project; `<personId>-<slug>-<n>`, n
 * from 2, for a different name with a slug already taken ("CI/CD" after "CI CD"), so two projects
 * never become one node.
 */
export function documentProjectIds(person: string): (name: string) => string | undefined {
  const names = new Map<string, string>();
  return (name) => {
    const base = slug(name);
    const known = names.get(base);
    if (known === undefined) {
      names.set(base, name);
      return undefined;
    }
    if (known === name) return undefined;
    let n = 2;
    while (names.has(`${base}-${n}`)) n++;
    names.set(`${base}-${n}`, name);
    return `${person}-${base}-${n}`;
  };
}

/** A bracketed group of one to three capitalised words: perhaps the name's acronym or short name. */
const BRACKETED_SHORT_NAME = /\s*\((\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,2})\)/gu;

/** Upper-case letters without their accents ("Č" is "C"). */
function capitals(text: string): string[] {
  return (text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/\p{Lu}/gu) ?? []) as string[];
}

/** The school words German-speaking schools' names compound ("Fachhochschule", "Musikhochschule"). */
const SCHOOL_MORPHEME = /(?<=\p{L})(?=hochschule|schule|akademie|universit)/giu;

/**
 * "Fachhochschule" as "Fach", "hoch", "schule": the parts a compound school word is abbreviated by
 * ("BFH" for "Berner Fachhochschule", "PH" for "Pädagogische Hochschule").
 */
function compoundParts(word: string): string[] {
  return word.split(SCHOOL_MORPHEME).flatMap((part) => part.split(/(?<=^hoch)(?=schule)/iu));
}

/**
 * Whether `short` abbreviates `name`: two capitals or more, each the initial of a different word
 * of the name, in any order ("ÉTS" for "École de technologie supérieure", "DTU" for "Technical
 * University of Denmark", "TalTech" for "Tallinn University of Technology", "PUC Minas" for
 * "Pontifícia Universidade Católica de Minas Gerais"). "UCLA" does not abbreviate "University of California", nor "New York"
 * "Columbia College": such a bracket tells schools apart.
 */
export function abbreviates(short: string, name: string): boolean {
  const letters = capitals(short);
  return letters.length >= 2 && initialsMatched(letters, name).every((matched) => matched);
}

/** Per capital of an acronym, whether it is the initial of a word of `name` no earlier capital took. */
function initialsMatched(letters: readonly string[], name: string): boolean[] {
  const initials = capitals(
    name
      // "d'Informatique", "l'Ingénieur": the word after an elided article gives the initial too.
      .split(/[\s,/-]+|(?<=(?:^|[\s,/-])[dlDL])['’]/u)
      .flatMap(compoundParts)
      .map((word) => word.charAt(0).toUpperCase())
      .join(' '),
  );
  return letters.map((letter) => {
    const at = initials.indexOf(letter);
    if (at >= 0) initials.splice(at, 1);
    return at >= 0;
  });
}

/**
 * Whether `short` is the acronym of `name` in the school's own language: three capitals or more, most of them and the
 * last the initials of the name's words ("BME", Budapesti Műszaki és Gazdaságtudományi Egyetem, for "Budapest
 * University of Technology and Economics"; "ČVUT" for "Czech Technical University"). A bracket that adds a campus's
 * letters after the name's ("UCLA", "IITB") or abbreviates other words ("ZHAW", "ESCOM") tells schools apart.
 */
function abbreviatesInOwnLanguage(short: string, name: string): boolean {
  const letters = capitals(short);
  if (letters.length < 3 || letters.length !== short.replace(/[.\s]/gu, '').length) return false;
  const matched = initialsMatched(letters, name);
  return matched.filter(Boolean).length * 2 > letters.length && matched[matched.length - 1] === true;
}

/**
 * What names a school, for its identity: its name without the acronym or short name of it that it
 * is often written with in brackets, so "Karlsruhe Institute of Technology (KIT)" and "Karlsruhe
 * Institute of Technology" are one school, and so are "Budapest University of Technology and Economics (BME)" and
 * the name alone (an acronym in the school's own language, see `abbreviatesInOwnLanguage`). One rule for a bracket of
 * capitals: an acronym is dropped, the school's own in any language ("Royal Institute of Technology (KTH)") or one of
 * its units' ("University of Copenhagen (DIKU)", "Instituto Politécnico Nacional (ESCOM)": a faculty or school of a
 * university is the university), unless it is the name's own initials and then a campus's letters ("(UCLA)" after
 * "University of California", "(IITK)": see `campusAcronym`), which tell two schools apart. A bracket of other words
 * stays: another name of the school ("(Tehran Polytechnic)"), "(Online)".
 */
export function schoolIdentity(name: string): string {
  const kept = name
    .replace(BRACKETED_SHORT_NAME, (whole, inner: string, offset: number) => {
      const before = name.slice(0, offset);
      const joined = lastJoinedAcronym(inner);
      return inner.length <= 20 &&
        (abbreviatesName(inner, before) ||
          (joined !== null && abbreviatesName(joined, before)) ||
          (ACRONYM.test(inner) && !campusAcronym(inner, before)))
        ? ''
        : whole;
    })
    .trim();
  // "NTNU — Norwegian University of Science and Technology": the acronym written before a dash and the name.
  const leading = LEADING_ACRONYM.exec(kept);
  const rest = leading ? kept.slice(leading[0].length) : '';
  if (leading && abbreviatesName(leading[1] as string, rest)) return rest.trim();
  return kept === '' ? name.trim() : kept;
}

/** An acronym opening a name, a dash after it ("NTNU — …", "UPC - …"). */
const LEADING_ACRONYM = /^(\p{Lu}[\p{Lu}\p{N}&]{1,7})\s*[—–-]\s*(?=\p{Lu})/u;

/** A word of two to eight capitals (digits and "&" inside): an acronym, no name written in words. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;

/**
 * "UCLA" after "University of California", "IITK" after "Indian Institute of Technology": the acronym opens with two
 * capitals or more that abbreviate the name, and the letters after them name a campus of it.
 */
function campusAcronym(short: string, name: string): boolean {
  const letters = capitals(short);
  for (let cut = letters.length - 1; cut >= 2; cut--) {
    if (abbreviates(letters.slice(0, cut).join(''), name)) return true;
  }
  return false;
}

function abbreviatesName(short: string, name: string): boolean {
  return abbreviates(short, name) || abbreviatesInOwnLanguage(short, name) || spellsWordPrefixes(short, name);
}

/** A word's letters and digits, lowercase, without accents ("Pará" is "para"). */
function foldedLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether `short` spells the name's words by their first letters, more than one of a word where the acronym takes
 * them, in order, every capitalised word giving at least its initial ("UFPE" for "Universidade Federal de Pernambuco",
 * "UFPA" for "… do Pará", "UdeA" for "Universidad de Antioquia"). "UCLA" after "University of California" takes
 * letters from inside a word, no first letters: a campus's, which tells schools apart.
 */
function spellsWordPrefixes(short: string, name: string): boolean {
  const letters = foldedLetters(short);
  if (letters.length < 3 || capitals(short).length < 2) return false;
  const words = name
    .split(/[\s-]+/u)
    .filter((word) => foldedLetters(word) !== '')
    .map((word) => ({ text: foldedLetters(word), required: /^\p{Lu}/u.test(word) }));
  const failed = new Set<number>();
  const spells = (word: number, at: number): boolean => {
    if (word === words.length) return at === letters.length;
    const key = word * (letters.length + 1) + at;
    if (failed.has(key)) return false;
    const { text, required } = words[word] as { text: string; required: boolean };
    let found = !required && spells(word + 1, at);
    for (let take = 1; !found && take <= text.length && at + take <= letters.length; take++) {
      if (text[take - 1] !== letters[at + take - 1]) break;
      found = spells(word + 1, at + take);
    }
    if (!found) failed.add(key);
    return found;
  };
  return spells(0, 0);
}

/**
 * "FAST-NUCES": a short name joining two acronyms by a hyphen (the parent foundation's with the school's), each of two
 * capitals or more: the last of them, when three letters or more; null when the bracket is no such pair. Only that
 * last piece abbreviating the name makes the bracket the school's short name ("National University of Computer and
 * Emerging Sciences (FAST-NUCES)"); a first piece that does names the school and the last its campus ("IIT-KGP",
 * "PUC-SP", "UTN-FRBA"), which tells schools apart.
 */
function lastJoinedAcronym(inner: string): string | null {
  const pieces = inner.split('-');
  const last = pieces[1];
  return pieces.length === 2 &&
    last !== undefined &&
    last.length >= 3 &&
    pieces.every((piece) => /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}+$/u.test(piece))
    ? last
    : null;
}

/**
 * Id of a node named by a résumé without an id (a company or technology outside the catalogues, a
 * school): the slug of its name (a school's `schoolIdentity`), unless `takenByOtherKind(slug)` says that id belongs to another
 * kind of node (an employer called GitHub beside the technology GitHub), then `<kind>-<slug>`.
 */
export function namedNodeId(
  kind: NamedKind,
  name: string,
  takenByOtherKind: (id: string) => boolean,
): string {
  const base = slug(kind === 'School' ? schoolIdentity(name) : name);
  return takenByOtherKind(base) ? `${kind.toLowerCase()}-${base}` : base;
}
