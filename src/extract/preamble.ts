import type { Catalogue } from '../catalogue/catalogue.js';
import type { DocLine } from './line-model.js';
import { type Located, locate } from './located.js';
import { headingText } from './sections.js';
import { isLocation, sectionKind, titleScore } from './vocabulary.js';

export interface Basics {
  name: Located | null;
  label: Located | null;
  email: Located | null;
  phone: Located | null;
  url: Located | null;
  location: Located | null;
  /** Lines of the preamble none of these took. */
  unplaced: DocLine[];
}

/**
 * An e-mail address. Each part is bounded (RFC 5321: 64 characters before the "@", 253 after) and the address starts
 * where no address character precedes it, so a long run of letters with no "@" costs linear time.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}/u;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}/u;
const URL = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s,;|]*)?/iu;
/** A web address no list item writes: with its scheme, "www." or a profile host's path ("linkedin.com/in/…"). */
const PROFILE_URL =
  /\b(?:https?:\/\/|www\.|(?:linkedin|github|gitlab|behance|dribbble)\.com\/)[^\s()[\]<>|,;]*/giu;
const ALL_EMAILS = new RegExp(EMAIL.source, 'gu');
const ALL_PHONES = new RegExp(PHONE.source, 'gu');
/** A year of the last two centuries: digit groups that are all years ("2014 2016 2019") are no phone number. */
const YEAR = /^(?:19|20)\d\d$/u;

/** Whether a `PHONE` match is a phone number: seven digits or more, not only years. */
function isPhone(match: string): boolean {
  const groups = match.match(/\d+/gu) ?? [];
  return groups.join('').length >= 7 && !groups.every((group) => YEAR.test(group));
}

/**
 * The text of a line with its contact details cut out (e-mail addresses, phone numbers, web addresses as
 * `PROFILE_URL` reads them), or null when it holds none.
 */
export function withoutContact(text: string): string | null {
  let found = false;
  const cut = () => {
    found = true;
    return ' ';
  };
  const rest = text
    .replace(ALL_EMAILS, cut)
    .replace(ALL_PHONES, (match) => (isPhone(match) ? cut() : match))
    .replace(PROFILE_URL, cut);
  return found ? rest : null;
}

/** Whether a line holds contact details (`withoutContact`). */
export function holdsContact(text: string): boolean {
  return withoutContact(text) !== null;
}

const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.|(?:de|da|van|von|der|del|la|le|bin|al|di)|\p{Lu}{2,})$/u;

/** A person's name: two to four capitalised words, no title, no section name, nothing the catalogues know. */
function looksLikeName(text: string, catalogue: Catalogue): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => NAME_WORD.test(word))) return false;
  if (words.filter((word) => /^\p{Lu}{2,}$/u.test(word)).length === words.length && words.length < 2)
    return false;
  if (titleScore(text) > 0 || sectionKind(text) !== null || isLocation(text)) return false;
  if (catalogue.companies.find(text) || catalogue.technologies.find(text)) return false;
  return true;
}

/**
 * The lines before the first section: who the person is. Name (only from the first lines), e-mail,
 * phone, web address, a location line and a headline (a line that reads as a job title).
 */
export function readPreamble(lines: readonly DocLine[], catalogue: Catalogue): Basics {
  const basics: Basics = {
    name: null,
    label: null,
    email: null,
    phone: null,
    url: null,
    location: null,
    unplaced: [],
  };
  let seen = 0;
  for (const line of lines) {
    if (line.blank) continue;
    seen++;
    let used = false;
    const text = line.text;
    const email = EMAIL.exec(text);
    if (email && !basics.email) {
      basics.email = locate(line, email.index, email.index + email[0].length, email[0], 0.95);
      used = true;
    }
    const phone = PHONE.exec(text);
    if (phone && !basics.phone && isPhone(phone[0])) {
      basics.phone = locate(line, phone.index, phone.index + phone[0].length, phone[0], 0.8);
      used = true;
    }
    const url = email ? null : URL.exec(text);
    if (url && !basics.url && /[/.]/.test(url[0]) && !/^\d/.test(url[0])) {
      basics.url = locate(line, url.index, url.index + url[0].length, url[0], 0.7);
      used = true;
    }
    if (used) continue;
    const plain = headingText(line);
    // "Akua Mensah<TAB>Android Engineer<TAB>Accra": a banner in tab-separated cells, the name first.
    const cells = plain.split(/\s*\t\s*/u).filter((cell) => cell !== '');
    const first = cells[0] ?? plain;
    if (!basics.name && seen <= 3 && looksLikeName(first, catalogue)) {
      const at = line.text.indexOf(first);
      basics.name = locate(line, at, at + first.length, first, 0.8);
      if (cells.length === 1) continue;
      cells.shift();
    }
    const pieces = cells.join('\t').split(/\s*[|•·\t]\s*|\s+(?:at|@)\s+/u);
    const headline = pieces.find((piece) => titleScore(piece) > 0 && piece.split(/\s+/u).length <= 8);
    if (!basics.label && headline) {
      const at = line.text.indexOf(headline);
      basics.label = locate(line, at, at + headline.length, headline, 0.7);
      continue;
    }
    const place = pieces.find((piece) => isLocation(piece));
    if (!basics.location && place) {
      const at = line.text.indexOf(place);
      basics.location = locate(line, at, at + place.length, place, 0.6);
      continue;
    }
    basics.unplaced.push(line);
  }
  return basics;
}
