import { LEGAL_SUFFIXES } from '../catalogue/lookup-key.js';

/** Abbreviations and initials whose period ends no sentence ("Sr. Engineer", "B.S. in", "J. Smith"). */
const ABBREVIATION =
  /(?:\b(?:Sr|Jr|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Corp|Co|St|Sts|Ss|Ste|Mt|Ft|Fr|Rev|Hon|Lt|Col|Capt|Sgt|Gen|Gov|vs|etc|approx|No|Dept|Univ|Inst|Assoc|Intl|Natl|Bros)|\b\p{Lu}|\b(?:e\.g|i\.e)|\.\p{Lu})\.$/u;

/** The words of the legal forms written with a period ("Pvt.", "Pte.", "Bhd.", "Kft."): a name's, not a sentence's end. */
const LEGAL_WORDS: ReadonlySet<string> = new Set(
  LEGAL_SUFFIXES.flatMap((form) => form.split(/\s+/u)).filter((word) => /^\p{L}[\p{L}.]*\.$/u.test(word)),
);

/** A legal form closed by its period ("Ltd.", "Inc.", "Pvt."): it may end a sentence as well as a name. */
const LEGAL_END = /\b(?:Inc|Ltd|Corp|Co|Bros)\.$/u;
/**
 * Words that open a sentence and go on no employer's name: after a legal form's period ("… at Brightline Ltd. In 2016
 * I moved …"), the sentence ends there.
 */
const OPENER =
  /^(?:I|In|From|Since|Then|After|Afterwards|Before|Later|My|We|There|This|That|Today|Now|Currently|During|When|While)\b/u;

/** Where the sentences of a text start and end: at . ! ? before a space and a capital, not after an abbreviation. */
export function sentences(text: string): { start: number; end: number }[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?]["”’)]?\s+(?=["“(]?[\p{Lu}\d])/gu)) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 8), at + 1);
    const word = /(?:^|[\s,(])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at + 1))?.[1];
    const legal = LEGAL_END.test(before) || (word !== undefined && LEGAL_WORDS.has(word));
    const opens = OPENER.test(text.slice(at + match[0].length));
    if (!(legal && opens) && (ABBREVIATION.test(before) || legal)) continue;
    starts.push(at + match[0].length);
  }
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? text.length }));
}

/** Whether `text` ends a sentence: with ". ! ?" (a closing quote or bracket after it), not after an abbreviation. */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd().replace(/["”’)\]]+$/u, '');
  if (!/[.!?]$/u.test(trimmed)) return false;
  if (ABBREVIATION.test(trimmed.slice(-9))) return false;
  const word = /(?:^|[\s,(])([\p{L}.]+)$/u.exec(trimmed.slice(-12))?.[1];
  return word === undefined || !LEGAL_WORDS.has(word);
}
