/**
 * The kinds of technology the catalogue knows, each entry in exactly one; the header of
 * seed/technologies.curated.yaml says what each covers.
 */
export const TECHNOLOGY_CATEGORIES = [
  'language',
  'data-format',
  'framework',
  'library',
  'database',
  'storage',
  'big-data',
  'streaming',
  'messaging',
  'ml',
  'cloud',
  'orchestration',
  'infrastructure',
  'networking',
  'observability',
  'testing',
  'security',
  'tool',
  'platform',
  'os',
  'hardware',
  'algorithm',
  'practice',
] as const;

export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number];

/** An entry of seed/technologies.json (generated from seed/technologies.curated.yaml and packages). */
export interface TechnologyEntry {
  id: string;
  name: string;
  category: TechnologyCategory;
  aliases: string[];
  /**
   * The name is also an ordinary English word or a common first name (Go, Spring, Julia): in free
   * text a bare occurrence is not evidence of the technology without context.
   */
  ambiguous?: true;
  /** The aliases that are ordinary words or first names (Glue for AWS Glue), as in `aliases`. */
  ambiguousAliases?: string[];
  /**
   * The spellings (name or aliases, ambiguous all) that are also a place's, a person's or a body's name
   * (Oban, EDI): a capital letter does not tell them apart, so in free text a bare one is no evidence
   * of the technology unless listed beside another or named by the document's skills list.
   */
  properNames?: string[];
  /**
   * The spellings (name or aliases, ambiguous all) that are words a vendor made a product's name and
   * ordinary prose capitalises as part of other names (Exchange: "the Stock Exchange"; Office: "Head
   * Office"): in free text a bare one counts only where the context is technical (see mention-matcher.ts).
   */
  productWords?: string[];
  /**
   * Ids of the technologies this one is a kind or a part of, where that is a fact (React → JavaScript,
   * Amazon EKS → Kubernetes and Amazon Web Services); never a cycle.
   */
  broader?: string[];
  /**
   * The package list the entry comes from (`linguist-languages`, `webappanalyzer`); none for the
   * hand-kept entries, the technologies résumés commonly name.
   */
  source?: string;
}

/** An entry of seed/companies.yaml; `parent` is the id of the company it is part of. */
export interface CompanyEntry {
  id: string;
  name: string;
  aliases: string[];
  parent?: string;
  industry?: string;
}

export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}
