import type { Catalogue } from '../catalogue/catalogue.js';
import { lookupKey, looseCompanyKey } from '../catalogue/lookup-key.js';
import { commonWords } from '../catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import { knownSpelling, onlyVersions, withoutVersion } from '../catalogue/versions.js';
import type { PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import { endOnFirstLine, type LocatedMention, locate } from './located.js';
import { LIST_OPENERS, listItems, namesAThing } from './skills.js';
import { ranksRole, titleScore } from './vocabulary.js';

/** The labels of a position's technology list ("Environment:", "Tech stack:", "Tools used:", "Tags:"). */
const LIST_LABEL =
  /^(?:(?:tech(?:nology|nologies)?\s*)?stack|tech(?:nologies)?(?:\s+used)?|technologies|tools(?:\s+used)?|environment|skills\s+used|tags)\s*[:：|]\s*/iu;

/**
 * "Environment: Java 8, Spring MVC, Servlets, Oracle 12c": a labelled list in a position names its
 * technologies, each item as written, whether the catalogue knows it or not (a name outside it loads
 * as not normalised, as in a skills list). An item the matcher reads only in part ("Spring" of "Spring
 * MVC") is the item; a trailing version is no part of the name. Changes `mentions` in place.
 */
export function addListedTechnologies(
  lines: readonly DocLine[],
  positions: readonly PositionDraft[],
  mentions: Map<number, LocatedMention[]>,
  catalogue: Catalogue,
): void {
  const inPosition = (n: number) => positions.some((position) => position.first <= n && n <= position.last);
  for (const line of lines) {
    if (line.blank || !inPosition(line.n)) continue;
    const label = LIST_LABEL.exec(line.text);
    if (!label) continue;
    const found = mentions.get(line.n) ?? [];
    const kept: LocatedMention[] = found.filter(
      (mention) => (mention.column ?? 0) < (line.columns[label[0].length] ?? 0),
    );
    for (const item of listItems(line.text, label[0].length)) {
      const span = locate(line, item.start, item.end, '', 0);
      const inside = found.filter(
        (mention) =>
          (span.column ?? 0) <= (mention.column ?? 0) && endOnFirstLine(mention) <= (span.endColumn ?? 0),
      );
      // "SOC 2", "Windows 11": a name the catalogue knows with its number keeps it.
      const written = line.text.slice(item.start, item.end);
      const value = knownSpelling(catalogue.technologies, written)?.spelling ?? withoutVersion(written);
      let rest = line.text.slice(item.start, item.end);
      for (const mention of inside) rest = rest.replace(mention.value, '');
      // A version may trail a name ("Java 17", "Oracle 12c") without making it another name.
      if (inside.length > 0 && (rest.trim() === '' || onlyVersions(rest))) {
        kept.push(...inside);
        continue;
      }
      if (value.split(/\s+/u).length > 4 || !/\p{L}/u.test(value)) {
        kept.push(...inside);
        continue;
      }
      kept.push({
        ...locate(line, item.start, item.start + value.length, value, 0.7),
        technologyId: catalogue.technologies.find(value)?.id ?? `name:${lookupKey(value)}`,
        fuzzy: false,
      });
    }
    mentions.set(line.n, kept);
  }
}

/** `text` as a pattern that matches it letter for letter. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A skills keyword the catalogue does not know ("BentoML", "Aerospike") is still a name the document
 * uses: where a position's lines write it, letter for letter, it is a technology of that position.
 * Keywords made of common words ("Leadership", "Public speaking") name no thing and are left alone.
 */
export function addSkillNames(
  lines: readonly DocLine[],
  positions: readonly PositionDraft[],
  keywords: readonly string[],
  mentions: Map<number, LocatedMention[]>,
  catalogue: Catalogue,
): void {
  const names = [...new Set(keywords)].filter(
    (keyword) =>
      !catalogue.technologies.find(keyword) &&
      keyword.split(/\s+/u).length <= 3 &&
      (namesAThing(keyword) || capitalisedName(keyword)),
  );
  if (names.length === 0) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(literal).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const inPosition = (n: number) => positions.some((position) => position.first <= n && n <= position.last);
  for (const line of lines) {
    if (line.blank || !inPosition(line.n)) continue;
    const found = mentions.get(line.n) ?? [];
    for (const match of line.text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (!namesAThing(match[0]) && !ownNameAt(line.text, start, match[0])) continue;
      const named = locate(line, start, start + match[0].length, match[0], 0.6);
      const overlaps = found.some(
        (mention) =>
          (mention.column ?? 0) < (named.endColumn ?? 0) && (named.column ?? 0) < endOnFirstLine(mention),
      );
      if (!overlaps) found.push({ ...named, technologyId: `name:${lookupKey(match[0])}`, fuzzy: false });
    }
    if (found.length > 0) {
      found.sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
      mentions.set(line.n, found);
    }
  }
}

/** "Gazebo", "After Effects": a name of common words, each capitalised, as a skills list writes a product made of them. */
function capitalisedName(keyword: string): boolean {
  return keyword.split(/\s+/u).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
}

/**
 * "simulation in Gazebo before…": a skills keyword made of common words counts in a position's line only written as
 * the list writes it, capitalised, inside a sentence (a sentence's first word is capitalised whatever it is) and not
 * beside another capitalised word, of whose name it would be a word ("the Gazebo Room").
 */
function ownNameAt(text: string, start: number, written: string): boolean {
  const before = text.slice(0, start);
  if (/(?:^|[.!?:;]\s|^\s*(?:[-*+•·◦▪►>#]+|\d+[.)])\s)[\s"“'‘*_(]*$/u.test(before)) return false;
  if (/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*\s+$/u.test(before)) return false;
  return !/^\s+\p{Lu}/u.test(text.slice(start + written.length));
}

/** A word of a product's name: capitalised or a number ("Nsight", "PIX", "12"), or lower then upper ("gRPC"); a dot only inside ("Node.js"). */
const NAME_WORD = String.raw`(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})(?:[\p{L}\p{N}+#'-]|\.(?=[\p{L}\p{N}]))*`;
/** A name of one to three such words. */
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
/** What joins the items of a coordinated list: ", ", ", and ", " and ", " & ", " or ", " / ". */
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|&\s+|or\s+)?|\s+(?:and|&|or)\s+|\s*/\s*)`;
/** What may follow a list's item: a join, a stop, a closing bracket, the end. */
const ITEM_END = String.raw`(?=\s*(?:[,;:.)]|/|\s(?:and|&|or)\s|$))`;
/** What may come before a list's item: the start, a bracket, a colon, a comma, or a word that opens a list. */
const ITEM_START = String.raw`(?:^|[(:;,]\s*|\b(?:${LIST_OPENERS})\s+)`;
const NEXT_ITEM = new RegExp(`^${JOIN}(${NAME})${ITEM_END}`, 'du');
const PREVIOUS_ITEM = new RegExp(`${ITEM_START}(${NAME})${JOIN}$`, 'du');
/**
 * How far before a name PREVIOUS_ITEM looks: farther than any list item with its opener and join, so that a long
 * line's list is read in time linear in the line, not from the line's start for every item. A run of blanks counts
 * as one character (JOIN's and ITEM_START's blanks are unbounded): "Frobnicator,<320 blanks>Kubernetes" is a list.
 */
const PREVIOUS_REACH = 300;

/**
 * Where PREVIOUS_ITEM's stretch before each position of `text` starts: PREVIOUS_REACH characters back, a run of blanks
 * counting as one, then on at the stretch's first space (where ITEM_START's "^" finds no name, as at a blank in the
 * whole line); 0 within reach of the line's start. The counts are made once, for the first position asked.
 */
function previousReach(text: string): (start: number) => number {
  if (text.length <= PREVIOUS_REACH) return () => 0;
  let counted: Int32Array | undefined;
  return (start) => {
    if (start <= PREVIOUS_REACH) return 0;
    if (!counted) {
      // counted[i]: the characters before i, each run of blanks as one.
      counted = new Int32Array(text.length + 1);
      let inRun = false;
      for (let i = 0; i < text.length; i++) {
        const blank = /\s/u.test(text[i] as string);
        counted[i + 1] = (counted[i] as number) + (blank && inRun ? 0 : 1);
        inRun = blank;
      }
    }
    const limit = (counted[start] as number) - PREVIOUS_REACH;
    if (limit <= 0) return 0;
    // The first position from which the stretch to `start` counts no more than the reach.
    let low = 0;
    let high = start;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((counted[middle] as number) < limit) low = middle + 1;
      else high = middle;
    }
    return low + Math.max(0, text.slice(low, start).indexOf(' '));
  };
}

/**
 * "GPU profiling with RenderDoc, PIX and Nsight": in a position's line, the items of a list that
 * also names a technology the catalogue knows are technologies too, when each is written as a
 * product is (one to three capitalised words, not all of them common English words, no company of
 * the catalogue). Found from a known technology outwards, item by item, so a list is only ever
 * entered through something the catalogue vouches for. Changes `mentions` in place.
 */
export function addListMates(
  lines: readonly DocLine[],
  positions: readonly PositionDraft[],
  mentions: Map<number, LocatedMention[]>,
  catalogue: Catalogue,
): void {
  const product = (name: string) =>
    namesAThing(name) && !catalogue.companies.find(name) && !catalogue.technologies.find(name);
  const anchors = (technologyId: string) => {
    const entry = catalogue.technologies.get(technologyId);
    return entry !== undefined && !entry.ambiguous && !catalogue.companies.find(entry.name);
  };
  const inPosition = (n: number) => positions.some((position) => position.first <= n && n <= position.last);
  for (const line of lines) {
    const found = mentions.get(line.n);
    if (line.blank || !found || found.length === 0 || !inPosition(line.n)) continue;
    // The first index whose column is at or after `column` (`columns` only grows), or the text's end.
    const offset = (column: number | undefined) => {
      let low = 0;
      let high = line.columns.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((line.columns[middle] as number) < (column ?? 0)) low = middle + 1;
        else high = middle;
      }
      return low < line.columns.length ? low : line.text.length;
    };
    const spans = found.map(
      (mention) => [offset(mention.column), offset(endOnFirstLine(mention))] as [number, number],
    );
    // Whether a stretch overlaps a span: the matcher's spans (which may overlap one another) by the greatest end
    // among those starting before the stretch ends; the added ones, which overlap nothing, by the last of them
    // starting before it ends.
    const byStart = [...spans].sort((a, b) => a[0] - b[0]);
    const reach: number[] = [];
    for (const [, to] of byStart) reach.push(Math.max(to, reach.at(-1) ?? to));
    const mates: [number, number][] = [];
    const startingBefore = (list: readonly [number, number][], end: number) => {
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((list[middle] as [number, number])[0] < end) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const taken = (start: number, end: number) => {
      const known = startingBefore(byStart, end);
      if (known > 0 && (reach[known - 1] as number) > start) return true;
      const mate = mates[startingBefore(mates, end) - 1];
      return mate !== undefined && mate[1] > start;
    };
    const added: LocatedMention[] = [];
    // A line with a year is a position's header or a dated line, where a list is of places and
    // employers; an anchor that may be a word, a place or an employer vouches for nothing.
    if (/\b(?:19|20)\d{2}\b/u.test(line.text)) continue;
    const reachFrom = previousReach(line.text);
    const queue = spans.filter((_, index) => anchors((found[index] as LocatedMention).technologyId));
    for (let next = 0; next < queue.length; next++) {
      const [start, end] = queue[next] as [number, number];
      const from = reachFrom(start);
      const neighbours = [
        [NEXT_ITEM.exec(line.text.slice(end)), end],
        [PREVIOUS_ITEM.exec(line.text.slice(from, start)), from],
      ] as const;
      for (const [match, base] of neighbours) {
        const at = match?.indices?.[1];
        if (!match || !at) continue;
        const [from, to] = [base + at[0], base + at[1]];
        const name = match[1] as string;
        if (taken(from, to) || !product(name)) continue;
        mates.splice(startingBefore(mates, from), 0, [from, to]);
        queue.push([from, to]);
        added.push({
          ...locate(line, from, to, name, 0.5),
          technologyId: `name:${lookupKey(name)}`,
          fuzzy: false,
        });
      }
    }
    if (added.length === 0) continue;
    const all = [...found, ...added].sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
    mentions.set(line.n, all);
  }
}

/**
 * "**Paystack.** Built the merchant app…", "payments at Razorpay", "fraud models for Mercado Pago" at Mercado Libre: a
 * position's own employer, named in that position's text by its name or by a name the company catalogue gives it, is
 * where the person worked, not a technology used, though a vendor of that name makes one (the employer's own products
 * are projects, as the golds read them). Only the position's own lines count: "Monitored services with Datadog" at
 * another employer names a technology, whoever the person worked for before. Changes `mentions` in place.
 */
export function withoutEmployers(
  mentions: Map<number, LocatedMention[]>,
  positions: readonly PositionDraft[],
  catalogue: Catalogue,
): void {
  for (const position of positions) {
    const name = position.company?.value;
    if (!name) continue;
    const names = new Set([lookupKey(name), looseCompanyKey(name) ?? lookupKey(name)]);
    const company = catalogue.companies.find(name)?.id;
    const vendor = firstWordKey(name);
    const employer = (value: string, technologyId: string) =>
      names.has(lookupKey(value)) ||
      (company !== undefined && catalogue.companies.find(value)?.id === company) ||
      // "SAP S/4HANA Finance" at SAP SE, "Sage 50 Accounts" at Sage Group plc: a business platform whose name opens
      // with the employer's is the product worked on there.
      ownPlatform(catalogue.technologies.get(technologyId), value, vendor, catalogue);
    for (const span of [{ first: position.first, last: position.last }, ...(position.details ?? [])]) {
      for (let n = span.first; n <= span.last; n++) {
        const list = mentions.get(n);
        if (!list) continue;
        const kept = list.filter((mention) => !employer(mention.value, mention.technologyId));
        if (kept.length !== list.length) mentions.set(n, kept);
      }
    }
  }
}

/**
 * Whether a business platform named `written` is its vendor's, the vendor's first word `vendor`: the name as written,
 * the catalogue's name or its broader platform's opens with it ("Dynamics 365 Business Central", part of Microsoft
 * Dynamics 365).
 */
function ownPlatform(
  entry: TechnologyEntry | undefined,
  written: string,
  vendor: string,
  catalogue: Catalogue,
): boolean {
  if (entry?.category !== 'platform') return false;
  const names = [
    written,
    entry.name,
    ...(entry.broader ?? []).map((id) => catalogue.technologies.get(id)?.name ?? ''),
  ];
  return names.some((name) => firstWordKey(name) === vendor);
}

/** The lookup key of a name's first word ("sap" of "SAP SE", "sage" of "Sage 50"). */
function firstWordKey(name: string): string {
  return lookupKey(name.trim().split(/\s+/u)[0] ?? '');
}

/** Whether the catalogue flags `written` as an ordinary word for `entry` (its name or an alias, see `ambiguous`). */
function flaggedWord(entry: TechnologyEntry, written: string): boolean {
  const key = lookupKey(written);
  return (
    (entry.ambiguous === true && key === lookupKey(entry.name)) ||
    (entry.ambiguousAliases ?? []).some((alias) => lookupKey(alias) === key)
  );
}

/**
 * "Sous Chef", "Head Chef", "Chef de Partie": a word the catalogue flags as ordinary, standing in a position's
 * title as the title's own role (its last word after a plain word, or a word the rest qualifies in lower case, with
 * no other role noun in the title) names the job, not the technology. "Chef Engineer", "Consultant SAP" and "Backend
 * Engineer – Go" keep theirs; "Executive Chef", like "Head Chef", does not (a rank before the word is no other role).
 * Changes `mentions` in place.
 */
export function withoutTitleRoles(
  mentions: Map<number, LocatedMention[]>,
  positions: readonly PositionDraft[],
  catalogue: Catalogue,
): void {
  for (const position of positions) {
    const title = position.title;
    if (!title) continue;
    const words = title.value.trim().split(/\s+/u);
    const role = (written: string) => {
      const at = words.indexOf(written);
      if (at < 0) return false;
      // "Consultant SAP", "Développeur Go", "Engineer – Go": another role noun in the title makes the word its field;
      // the ranks written just before the word ("Executive Chef", "Senior Go Developer") are no other role.
      let ranked = at;
      while (ranked > 0 && ranksRole(words[ranked - 1] as string)) ranked--;
      if (titleScore(words.filter((_, index) => index < ranked || index > at).join(' ')) > 0) return false;
      const next = words[at + 1];
      // "Sous Chef", "Head Chef": the last word after a plain word is the compound's head; "Chef de Partie": the role
      // qualified in lower case.
      return next === undefined
        ? at === 0 || /^\p{L}+$/u.test(words[at - 1] as string)
        : /^\p{Ll}/u.test(next);
    };
    for (let n = title.line; n <= title.endLine; n++) {
      const list = mentions.get(n);
      if (!list) continue;
      const kept = list.filter((mention) => {
        const entry = catalogue.technologies.get(mention.technologyId);
        const inside =
          title.column === undefined ||
          mention.line !== title.line ||
          ((mention.column ?? 0) >= title.column && endOnFirstLine(mention) <= (title.endColumn ?? 0));
        return !(entry && inside && flaggedWord(entry, mention.value) && role(mention.value));
      });
      if (kept.length !== list.length) mentions.set(n, kept);
    }
  }
}

/** What stands before a sentence's first word: nothing, a list marker, or a sentence's or a clause's end. */
const SENTENCE_OPENS = /(?:^|[.!?:;]|^\s*[-*+•·◦▪►>])\s*$/u;
/** "gateway" after "API", as "API gateway" names a service in front of APIs. */
const API_GATEWAY_AFTER = /^[ \t\u00a0]+gateways?(?![\p{L}\p{N}])/iu;
/** "API" as a word of its own. */
const API_WORD = /(?<![\p{L}\p{N}])API(?![\p{L}\p{N}])/gu;
/** A word of a product's name before "API": capitalised, a number or an inner capital ("Garmin", "R4", "eBay"). */
const API_NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}+#.&'-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u;

/**
 * "integrated the Garmin Connect API", "a real-time service against the Experian API": a public product's API named
 * in a position's line by the product's name (one to three capitalised words before "API", not all of them common
 * English words, none of them a technology the catalogue already found there, not the position's own employer) is a
 * technology used, named with its "API" as written. Changes `mentions` in place.
 */
export function addApiNames(
  lines: readonly DocLine[],
  positions: readonly PositionDraft[],
  mentions: Map<number, LocatedMention[]>,
): void {
  const words = commonWords();
  for (const position of positions) {
    const employer = position.company ? lookupKey(position.company.value) : null;
    for (const line of lines) {
      if (line.n < position.first || line.n > position.last || line.blank || !line.text.includes('API'))
        continue;
      const found = mentions.get(line.n) ?? [];
      const added: LocatedMention[] = [];
      for (const match of line.text.matchAll(API_WORD)) {
        const end = (match.index ?? 0) + 3;
        // "<Product> API gateway": a gateway in front of a product's APIs is a service of its own, no API used.
        if (API_GATEWAY_AFTER.test(line.text.slice(end, end + 12))) continue;
        // At most three words before "API", each set off by one space.
        const before = line.text.slice(Math.max(0, end - 3 - 60), end - 3);
        if (!/[^\s] $/u.test(before)) continue;
        const pieces = before.split(' ');
        const name: string[] = [];
        let opened = false;
        for (let at = pieces.length - 2; at >= 0 && name.length < 3; at--) {
          const word = pieces[at] as string;
          // "(Garmin Connect API)": an opening bracket or quote starts the name.
          const bare = word.replace(/^[(“"‘']/u, '');
          if (!API_NAME_WORD.test(bare)) break;
          name.unshift(bare);
          opened = bare !== word || SENTENCE_OPENS.test(pieces.slice(0, at).join(' '));
          if (bare !== word) break;
        }
        // "Build FHIR R4 API": a sentence's capitalised verb opening the run is no part of the name ("Met Éireann API",
        // inside a sentence, keeps its first word).
        if (opened && name.length > 1 && words.has((name[0] as string).toLowerCase())) name.shift();
        // "Refunds API in Go…", "Udviklede API'er til…": one plain capitalised word opening a sentence owes its capital
        // to the sentence, a noun or a verb of any language as likely as a product's name ("FHIR API", "eBay API" keep
        // theirs by their letters).
        if (opened && name.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name[0] as string)) continue;
        if (name.length === 0 || !namesAThing(name.join(' '))) continue;
        const value = `${name.join(' ')} API`;
        const start = end - value.length;
        if (line.text.slice(start, end) !== value || lookupKey(name.join(' ')) === employer) continue;
        const span = locate(line, start, end, value, 0.6);
        const overlaps = found.some(
          (mention) =>
            (mention.column ?? 0) < (span.endColumn ?? 0) && (span.column ?? 0) < endOnFirstLine(mention),
        );
        if (overlaps) continue;
        added.push({ ...span, technologyId: `name:${lookupKey(value)}`, fuzzy: false });
      }
      if (added.length === 0) continue;
      mentions.set(
        line.n,
        [...found, ...added].sort((a, b) => (a.column ?? 0) - (b.column ?? 0)),
      );
    }
  }
}
