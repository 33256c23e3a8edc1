import { knownPlace } from '../catalogue/places.js';
import type { Part } from './header-parts.js';
import { isInstitution, isRegion } from './vocabulary.js';

/** A state or province written as its code or its name, a country's code after it or not ("MO US", "OH", "Texas"). */
const REGION_CODE = /^\p{Lu}{2}(?:\s+\p{Lu}{2,3})?$/u;

/** The words that join a school's name to what follows ("University of Texas at"): no name ends on one. */
const JOINER_END = /\s(?:of|at|in|for|and|the|de|del|di|da|do|&)$/iu;

/**
 * "University of Missouri-Kansas City Kansas City, MO US", "Kent State University Kent, OH": a federal or
 * applicant-tracking form writes the school, then its city with no comma between, then the state's code. Where the
 * part after the school's part is a state (its code or its name) and the school's part ends with a place the
 * gazetteer knows (up to three words), that place is where the school stands, no part of its name; the name ends
 * before it. Returns that end (an offset into `text`), or null when the part ends with no such place or what stays
 * before it names no school.
 */
export function schoolEndBeforeCity(text: string, part: Part, next: Part | undefined): number | null {
  if (!next || next.line !== part.line || !/^\s*,\s*$/u.test(text.slice(part.end, next.start))) return null;
  if (!REGION_CODE.test(next.text.trim()) && !isRegion(next.text)) return null;
  const words = [...part.text.matchAll(/\S+/gu)];
  for (let count = Math.min(3, words.length - 2); count >= 1; count--) {
    const first = words[words.length - count] as RegExpMatchArray;
    const place = part.text.slice(first.index).trimEnd();
    const name = part.text.slice(0, first.index).trimEnd();
    if (!knownPlace(place) || JOINER_END.test(` ${name}`) || !isInstitution(name)) continue;
    return part.start + name.length;
  }
  return null;
}
