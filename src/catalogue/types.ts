/** An entry of seed/technologies.yaml. */
export interface TechnologyEntry {
  id: string;
  name: string;
  category: string;
  aliases: string[];
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
