import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import { compareStrings } from '../util/compare-strings.js';

/**
 * The catalogue's `broader` facts (React is a JavaScript library, Amazon EKS is a Kubernetes
 * service) read both ways. They are catalogue knowledge, not résumé evidence, and stay out of the
 * graph: a broader technology often has no node (nobody lists Kubernetes, someone used EKS), and
 * the orphan rule keeps nodes only while a résumé links to them. Roll-up queries take the ids as
 * parameters instead.
 */
export interface BroaderLinks {
  /** The technologies `id` is a kind or a part of, as the catalogue lists them. */
  broader(id: string): readonly TechnologyEntry[];
  /** The technologies that list `id` as broader, by id. */
  narrower(id: string): readonly TechnologyEntry[];
  /** Every technology below `id` along narrower links, at any depth (Express under JavaScript through Node.js), by id. */
  below(id: string): readonly string[];
  /**
   * Where `id` rolls up to in the landscape: its first broader technology's, up to one that has
   * none (Express → Node.js → JavaScript; Amazon EKS → Kubernetes, its first listed); itself when
   * it has none. One target each, so the rolled-up landscape is still a partition.
   */
  top(id: string): TechnologyEntry | undefined;
  /** Every catalogue technology with a broader one, mapped to its `top`. */
  tops(): ReadonlyMap<string, TechnologyEntry>;
}

/** The links of one loaded catalogue, computed once (a catalogue never changes once loaded). */
const linksOf = new WeakMap<CatalogueIndex<TechnologyEntry>, BroaderLinks>();

export function broaderLinks(catalogue: CatalogueIndex<TechnologyEntry>): BroaderLinks {
  const known = linksOf.get(catalogue);
  if (known) return known;
  const up = new Map<string, TechnologyEntry[]>();
  const down = new Map<string, TechnologyEntry[]>();
  for (const entry of catalogue.entries) {
    for (const id of entry.broader ?? []) {
      const broader = catalogue.get(id);
      if (!broader) continue;
      up.set(entry.id, [...(up.get(entry.id) ?? []), broader]);
      down.set(id, [...(down.get(id) ?? []), entry]);
    }
  }
  for (const list of down.values()) list.sort((a, b) => compareStrings(a.id, b.id));
  // The catalogue's validation refuses cycles, so these walks end.
  const walk = (links: Map<string, TechnologyEntry[]>, id: string): string[] => {
    const seen = new Set<string>();
    const visit = (from: string) => {
      for (const next of links.get(from) ?? []) {
        if (seen.has(next.id)) continue;
        seen.add(next.id);
        visit(next.id);
      }
    };
    visit(id);
    return [...seen].sort();
  };
  let tops: Map<string, TechnologyEntry> | undefined;
  const links: BroaderLinks = {
    broader: (id) => up.get(id) ?? [],
    narrower: (id) => down.get(id) ?? [],
    below: (id) => walk(down, id),
    top: (id) => {
      let entry = catalogue.get(id);
      while (entry?.broader?.[0] !== undefined) entry = catalogue.get(entry.broader[0]);
      return entry;
    },
    tops: () => {
      tops ??= new Map(
        catalogue.entries.flatMap((entry) => {
          const top = entry.broader ? links.top(entry.id) : undefined;
          return top ? [[entry.id, top] as const] : [];
        }),
      );
      return tops;
    },
  };
  linksOf.set(catalogue, links);
  return links;
}
