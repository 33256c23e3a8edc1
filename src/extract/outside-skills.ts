import type { Catalogue } from '../catalogue/catalogue.js';
import { lookupKey } from '../catalogue/lookup-key.js';
import { isConcept, type MentionMatcher } from '../catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import type { DocLine } from './line-model.js';
import { type Located, locate } from './located.js';
import type { SkillGroupDraft } from './skills.js';

/**
 * Technologies a résumé names outside any position, project or skills list: in its headline ("Senior Android
 * Engineer"), a summary or profile ("mostly in Java on the JVM"), an opening paragraph. They are the person's
 * skills too, a group named after where they stand ("Headline", the summary's heading). Only what the catalogue
 * finds with evidence counts (the matcher's word and case rules), never a misspelling, a practice or a field, nor a
 * spelling that is also an ordinary word or a name (a summary's "Crystal Drive", "the Express train", "AL-SAYED"
 * capitalise them as any text does), and nothing `listed` already holds (technology ids of the skills lists, each
 * named once). Null when the lines name no other technology.
 */
export function namedOutsideLists(
  lines: readonly DocLine[],
  name: string,
  catalogue: Catalogue,
  matcher: MentionMatcher,
  listed: Set<string>,
  employers: ReadonlySet<string> = new Set(),
): SkillGroupDraft | null {
  const keywords: Located[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    for (const mention of matcher.find(line.text)) {
      const entry = catalogue.technologies.get(mention.technologyId);
      if (mention.fuzzy || !entry || isConcept(entry) || listed.has(entry.id)) continue;
      if (
        employers.has(lookupKey(mention.text)) ||
        ordinaryWord(entry, mention.text) ||
        EMPLOYER_BEFORE.test(line.text.slice(0, mention.start))
      )
        continue;
      listed.add(entry.id);
      keywords.push(locate(line, mention.start, mention.end, mention.text, 0.6));
    }
  }
  const first = lines.find((line) => !line.blank);
  const last = lines.findLast((line) => !line.blank);
  if (keywords.length === 0 || !first || !last) return null;
  return {
    name: { value: name, line: first.n, endLine: first.n, confidence: 0.6 },
    keywords,
    first: first.n,
    last: last.n,
    confidence: 0.6,
  };
}

/** "at Twilio", "@ GitLab", "joined Datadog": the employer, not a technology used. */
const EMPLOYER_BEFORE = /(?:\b(?:at|for|joined|joining)|@)\s+$/iu;

/** Whether `written` is a spelling of `entry` the catalogue marks as an ordinary word or a name (see its `ambiguous`). */
function ordinaryWord(entry: TechnologyEntry, written: string): boolean {
  const key = lookupKey(written);
  if (entry.ambiguous && key === lookupKey(entry.name)) return true;
  return [...(entry.ambiguousAliases ?? []), ...(entry.properNames ?? [])].some(
    (spelling) => lookupKey(spelling) === key,
  );
}
