import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import { createMentionMatcher } from '../catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import type { Executor } from '../db/Executor.js';
import { badInput } from '../errors/index.js';
import { asOfMonth } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { apiCatalogue } from '../graphql/mutations/import-resume.js';
import { noPerson } from '../graphql/resolvers/career-resolvers.js';
import { technologyNeedles, technologyNotFound } from '../graphql/technology-lookup.js';
import {
  type GapFacts,
  gapFacts,
  maxGapTechnologies,
  maxRequirementsLength,
  type StoredUse,
} from './gaps.js';
import { gapsQuery, technologiesByIdQuery } from './gaps-query.js';

export interface MentionResult {
  technology: EntityRecord;
  text: string;
  start: number;
  end: number;
  fuzzy: boolean;
}

export interface GapResult extends GapFacts {
  technology: EntityRecord;
  roles: EntityRecord[];
  projects: EntityRecord[];
  skill: boolean;
  /** Rolled up from `via`, a narrower technology (`experts(rollUp: true)` only). */
  inferred?: boolean;
  via?: EntityRecord | null;
}

/** A catalogue technology the graph does not hold (nobody uses it yet), as the API shows entities. */
export function catalogueRecord(entry: TechnologyEntry): EntityRecord {
  return {
    id: entry.id,
    kind: 'TECHNOLOGY',
    name: entry.name,
    category: entry.category,
    aliases: entry.aliases,
    normalised: true,
  };
}

/**
 * The spellings a list of technologies asks for, repeats once: a catalogue spelling becomes its id,
 * so two spellings of one technology count once (`experts`, `team` and `gaps` read them alike).
 */
export function askedSpellings(
  catalogue: CatalogueIndex<TechnologyEntry>,
  spellings: readonly string[],
): string[] {
  return [...new Set(spellings.map((spelling) => catalogue.resolve(spelling)?.id ?? spelling))];
}

/**
 * The record of a technology asked by a spelling the graph has no node for: the catalogue's
 * (nobody's résumé names it yet), else BAD_USER_INPUT on `technologies` quoting the spelling with
 * the closest one the graph knows: the one answer of `experts`, `team` and `gaps`.
 */
export async function nodelessTechnology(
  executor: Executor,
  catalogue: CatalogueIndex<TechnologyEntry>,
  spelling: string,
): Promise<EntityRecord> {
  const entry = catalogue.get(spelling);
  if (entry) return catalogueRecord(entry);
  const notFound = await technologyNotFound(executor, spelling);
  throw badInput(`technologies: ${notFound.message}`, 'technologies');
}

export const gapsResolvers = {
  Query: {
    async requirements(
      _parent: unknown,
      args: { text: string },
      { executor }: Context,
    ): Promise<MentionResult[]> {
      const { text } = args;
      if (text.length > maxRequirementsLength) {
        throw badInput(
          `text: ${text.length} characters is too long: pass at most ${maxRequirementsLength} characters (the job description or brief itself).`,
          'text',
        );
      }
      const catalogue = await apiCatalogue();
      const mentions = createMentionMatcher(catalogue.technologies).find(text);
      const ids = [...new Set(mentions.map((mention) => mention.technologyId))];
      if (ids.length === 0) return [];
      const rows = await executor.read<{ technology: EntityRecord }>(technologiesByIdQuery, { ids });
      const inGraph = new Map(rows.map((row) => [row.technology.id, row.technology]));
      return mentions.flatMap((mention) => {
        const technology =
          inGraph.get(mention.technologyId) ?? maybeRecord(catalogue.technologies.get(mention.technologyId));
        return technology
          ? [{ technology, text: mention.text, start: mention.start, end: mention.end, fuzzy: mention.fuzzy }]
          : [];
      });
    },

    async gaps(
      _parent: unknown,
      args: { personId: string; technologies: string[]; asOf?: string | null },
      { executor }: Context,
    ): Promise<GapResult[]> {
      const catalogue = (await apiCatalogue()).technologies;
      const technologies = askedSpellings(catalogue, args.technologies);
      if (technologies.length < 1 || technologies.length > maxGapTechnologies) {
        throw badInput(
          `technologies: ${technologies.length} given: pass from 1 to ${maxGapTechnologies} technologies (ids or names, e.g. ["kafka", "k8s"]; requirements(text:) finds them in a job description).`,
          'technologies',
        );
      }
      const asOf = asOfMonth(args.asOf);
      const [row] = await executor.read<{
        items: {
          spelling: string;
          technology: EntityRecord | null;
          use: (StoredUse & { skill: boolean }) | null;
          roles: EntityRecord[];
          projects: EntityRecord[];
        }[];
      }>(gapsQuery, { personId: args.personId, technologies: technologies.map(technologyNeedles) });
      if (!row) throw noPerson([args.personId]);
      const results: GapResult[] = [];
      for (const item of row.items) {
        const technology = item.technology ?? (await nodelessTechnology(executor, catalogue, item.spelling));
        // Two spellings outside the catalogue may name one node: it is answered once.
        if (results.some((result) => result.technology.id === technology.id)) continue;
        results.push({
          technology,
          ...gapFacts(item.use, asOf),
          roles: item.roles,
          projects: item.projects,
          skill: item.use?.skill === true,
        });
      }
      return results;
    },
  },
};

function maybeRecord(entry: TechnologyEntry | undefined): EntityRecord | undefined {
  return entry ? catalogueRecord(entry) : undefined;
}
