import type { Catalogue } from '../catalogue/catalogue.js';
import { createMentionMatcher } from '../catalogue/mention-matcher.js';
import type { ProjectDocument, ResumeDocument, WorkDocument } from './types.js';

/** A technology found in an entry's text and added to the entry's `technologies`. */
export interface TextMention {
  /** Where the technology now is in the résumé, e.g. `work[0].technologies[1]`. */
  path: string;
  /** As the text writes it. */
  value: string;
  technologyId: string;
  /** The text it was found in, e.g. `work[0].highlights[2]`, and where in that text (end exclusive). */
  from: string;
  start: number;
  end: number;
}

/**
 * True for a résumé in plain JSON Resume form: none of this format's extensions that say which
 * technologies an entry used (`positions`, `technologies` on a work entry or a project). There the
 * summary and highlights are the only place a work entry or project names its technologies.
 */
export function isPlainJsonResume(document: ResumeDocument): boolean {
  const work = document.work ?? [];
  const projects = document.projects ?? [];
  return (
    !work.some((entry) => entry.positions !== undefined || entry.technologies !== undefined) &&
    !projects.some((project) => project.technologies !== undefined)
  );
}

/**
 * For a plain JSON Resume (see `isPlainJsonResume`): every catalogue technology a work entry names
 * in its `summary` or `highlights`, and a project in its `description` or `highlights`, becomes one
 * of that entry's `technologies`, as the text writes it, once per technology (a project's
 * `keywords` already count). Any other résumé comes back unchanged with no mentions. Pure: the
 * document given is not modified.
 */
export function withTechnologiesFromText(
  document: ResumeDocument,
  catalogue: Catalogue,
): { document: ResumeDocument; mentions: TextMention[] } {
  if (!isPlainJsonResume(document)) return { document, mentions: [] };
  const matcher = createMentionMatcher(catalogue.technologies);
  const mentions: TextMention[] = [];

  const technologiesOf = (
    entryPath: string,
    listed: readonly string[],
    texts: readonly (readonly [string, string | undefined])[],
  ): string[] | undefined => {
    const technologies: string[] = [];
    const seen = new Set(
      listed.map((name) => catalogue.technologies.find(name)?.id).filter((id) => id !== undefined),
    );
    for (const [from, text] of texts) {
      if (!text) continue;
      for (const mention of matcher.find(text)) {
        if (seen.has(mention.technologyId)) continue;
        seen.add(mention.technologyId);
        mentions.push({
          path: `${entryPath}.technologies[${technologies.length}]`,
          value: mention.text,
          technologyId: mention.technologyId,
          from: `${entryPath}.${from}`,
          start: mention.start,
          end: mention.end,
        });
        technologies.push(mention.text);
      }
    }
    return technologies.length > 0 ? technologies : undefined;
  };
  const highlights = (items: readonly string[] | undefined) =>
    (items ?? []).map((text, index) => [`highlights[${index}]`, text] as const);

  const work = document.work?.map((entry, index): WorkDocument => {
    const technologies = technologiesOf(
      `work[${index}]`,
      [],
      [['summary', entry.summary], ...highlights(entry.highlights)],
    );
    return technologies ? { ...entry, technologies } : entry;
  });
  const projects = document.projects?.map((project, index): ProjectDocument => {
    const technologies = technologiesOf(`projects[${index}]`, project.keywords ?? [], [
      ['description', project.description],
      ...highlights(project.highlights),
    ]);
    return technologies ? { ...project, technologies } : project;
  });
  return {
    document: { ...document, ...(work && { work }), ...(projects && { projects }) },
    mentions,
  };
}
