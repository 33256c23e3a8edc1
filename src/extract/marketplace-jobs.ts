import { type DateMention, findDates } from './dates.js';
import type { DocLine } from './line-model.js';
import { type Located, locate } from './located.js';
import type { ProjectDraft } from './projects.js';

/**
 * A freelance marketplace's job history pasted as text (Upwork's "Work history", Freelancer's, Guru's,
 * PeoplePerHour's): each client's job a block of its own, the job's name over a line giving the client's rating
 * beside the job's dates, then the client's feedback and what the job paid. The client is unnamed and the
 * marketplace no employer: each job is a project outside positions, with its dates (issue 10).
 */

/**
 * A client's rating as the marketplaces print it: stars ("★★★★★ 5.00", "4.8 ★", "⭐ 5.0"), a score out of five
 * ("4.8/5", "4.9 out of 5", "Rating: 4.7"), or Upwork's score of two decimals alone ("5.00"). Bounded, linear.
 */
const RATING =
  /[★☆⭐✩]|(?<![\d.,])[0-5][.,]\d{1,2}\s*(?:\/\s*5(?![\d.,])|out\s+of\s+5(?![\d.,]))|\brating\s*(?::\s*)?[0-5](?:[.,]\d{1,2})?(?![\d.,])|^\s*[0-5]\.\d{2}(?![\d.,%])/iu;

/** The words of a line of what a client's job paid, after its amount: the kind of contract, hours, a currency. */
const PAYMENT_WORD = /^(?:hourly|fixed-price|fixed|price|hours?|hrs?|usd|eur|gbp|\d[\d,]*)$/iu;

/**
 * A line of what a client's job paid, as the marketplaces print it: the amount and nothing but the kind of contract,
 * the hours and the currency after it ("$18,600   Hourly   412 hours", "£450 fixed price", "£3,200 · 80 hours"), or
 * the kind of contract alone ("Fixed-price"). A sentence opening with an amount ("$2M of transactions a day…") is none.
 */
function paymentLine(text: string): boolean {
  const words = text.split(/[\s·|]+/u).filter((word) => word !== '');
  const [first, ...more] = words;
  if (first === undefined) return false;
  const amount = /^[$€£]\d[\d,]*(?:\.\d\d)?$/u.test(first);
  return (
    (amount || PAYMENT_WORD.test(first)) &&
    more.every((word) => PAYMENT_WORD.test(word)) &&
    !/^\d/u.test(first)
  );
}

/** A line of a rating beside the range of a job's dates (the rating outside the dates' text). */
function ratedRange(line: DocLine): DateMention | null {
  const range = findDates(line.text).find((date) => date.kind === 'range');
  if (!range) return null;
  const outside =
    line.text.slice(0, range.start) + ' '.repeat(range.end - range.start) + line.text.slice(range.end);
  return RATING.test(outside) ? range : null;
}

/** The blocks of non-blank lines between blank ones. */
function blocks(lines: readonly DocLine[]): DocLine[][] {
  const found: DocLine[][] = [];
  let current: DocLine[] = [];
  for (const line of lines) {
    if (line.blank) {
      if (current.length > 0) found.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) found.push(current);
  return found;
}

/**
 * Takes a marketplace's client jobs out of a section's lines: a block whose second line rates the job beside its date
 * range (or gives the range over what the job paid), under a first line that names the job (a short line, no date, no
 * quote). Returns the jobs as projects and the section's other lines, in order, for the work history they may hold.
 */
export function marketplaceJobs(lines: readonly DocLine[]): { jobs: ProjectDraft[]; rest: DocLine[] } {
  const jobs: ProjectDraft[] = [];
  const taken = new Set<DocLine>();
  for (const block of blocks(lines)) {
    const [head, dated, ...after] = block;
    if (!head || !dated) continue;
    const headText = head.text.trim();
    if (
      findDates(headText).length > 0 ||
      /^["“'‘]/u.test(headText) ||
      headText.split(/\s+/u).length > 16 ||
      /[.:]$/u.test(headText)
    )
      continue;
    const range =
      ratedRange(dated) ??
      (after.some((line) => paymentLine(line.text))
        ? (findDates(dated.text).find((date) => date.kind === 'range') ?? null)
        : null);
    if (!range?.from) continue;
    const at = (value: string, confidence: number) =>
      locate(dated, range.start, range.end, value, confidence);
    const name: Located = locate(head, head.text.indexOf(headText), head.text.length, headText, 0.7);
    jobs.push({
      name,
      start: { ...at(range.text, 0.8), date: range.from },
      end: range.to ? { ...at(range.text, 0.8), date: range.to } : null,
      current: range.ongoing,
      description: after
        .filter((line) => !paymentLine(line.text))
        .map((line) => locate(line, 0, line.text.length, line.text.trim(), 0.6)),
      highlights: [],
      first: head.n,
      last: (block[block.length - 1] as DocLine).n,
      confidence: 0.6,
    });
    for (const line of block) taken.add(line);
  }
  return { jobs, rest: lines.filter((line) => !taken.has(line)) };
}
