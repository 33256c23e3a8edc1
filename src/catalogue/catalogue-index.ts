import { slug } from '../resume/slug.js';
import { type DidYouMeanOptions, didYouMean, mayBeMisspelling } from './did-you-mean.js';
import { lookupKey } from './lookup-key.js';
import type { NamedEntry } from './types.js';

export interface CatalogueIndexOptions {
  /** A second, looser key tried when the exact one misses (companies: legal suffixes dropped). */
  looseKey?: (name: string) => string | null;
  /**
   * Whether another index of the catalogue knows the name ("OpenAI", "Workday" among the companies): a name known
   * there is itself, never a misspelling of an entry here ("OpenAPI", "Worldpay").
   */
  knownElsewhere?: (name: string) => boolean;
  /**
   * The spelling without a trailing version, tried when the whole spelling names nothing (technologies: "Java 17"
   * is Java, src/catalogue/versions.ts); null when none trails.
   */
  versionless?: (name: string) => string | null;
}

/**
 * The longest spelling `resolve` takes apart (steps 4 and 5 of name-lookup.ts). The catalogue's longest spelling has
 * 71 characters, so two of them in brackets with a version stay well under it; a longer text (a sentence, or a
 * technology asked by an API client) is looked up whole only, and costs no more than that.
 */
export const MAX_PARTED_LENGTH = 200;

/** "Amazon Web Services (AWS)" → its two spellings; null unless a bracket without brackets inside closes `name`. */
function bracketedParts(name: string): [string, string] | null {
  if (!name.endsWith(')')) return null;
  const open = name.lastIndexOf('(');
  const outside = name.slice(0, Math.max(open, 0)).trimEnd();
  const inside = name.slice(open + 1, -1);
  if (open < 0 || outside === '' || inside === '' || /[()]/u.test(outside) || inside.includes(')'))
    return null;
  return [outside, inside];
}

/**
 * Finds catalogue entries by any spelling: id, name or alias, compared by `lookupKey`.
 * Assumes a validated catalogue (no key shared by two entries).
 */
export class CatalogueIndex<E extends NamedEntry> {
  readonly entries: readonly E[];
  private readonly byKey = new Map<string, E>();
  private readonly byLooseKey = new Map<string, E | null>();
  private readonly byId = new Map<string, E>();
  private readonly looseKey: ((name: string) => string | null) | undefined;
  private readonly knownElsewhere: ((name: string) => boolean) | undefined;
  private readonly versionless: ((name: string) => string | null) | undefined;
  private readonly suggestions = new Map<string, E | undefined>();
  private readonly strictSuggestions = new Map<string, E | undefined>();
  private keys: string[] | undefined;

  constructor(entries: readonly E[], options: CatalogueIndexOptions = {}) {
    this.entries = entries;
    this.looseKey = options.looseKey;
    this.knownElsewhere = options.knownElsewhere;
    this.versionless = options.versionless;
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      for (const spelling of [entry.id, entry.name, ...entry.aliases]) {
        const key = lookupKey(spelling);
        if (!this.byKey.has(key)) this.byKey.set(key, entry);
        const loose = this.looseKey?.(spelling) ?? key;
        const known = this.byLooseKey.get(loose);
        // A loose key two entries share is ambiguous and matches neither.
        if (known === undefined) this.byLooseKey.set(loose, entry);
        else if (known !== entry) this.byLooseKey.set(loose, null);
      }
    }
  }

  get(id: string): E | undefined {
    return this.byId.get(id);
  }

  /** The entry this spelling names, if any. */
  find(name: string): E | undefined {
    const exact = this.byKey.get(lookupKey(name));
    if (exact) return exact;
    const loose = this.looseKey?.(name);
    return loose ? (this.byLooseKey.get(loose) ?? undefined) : undefined;
  }

  /**
   * The entry a spelling names by the whole rule of name-lookup.ts: key, loose key, slug as id, then (with the
   * `versionless` option) the same for the spelling without its trailing version, then a spelling and another of
   * the same entry in brackets after it ("Amazon Web Services (AWS)"). Steps 4 and 5 only for a spelling of at most
   * MAX_PARTED_LENGTH characters.
   */
  resolve(name: string): E | undefined {
    const whole = this.resolveWhole(name);
    if (whole || name.length > MAX_PARTED_LENGTH) return whole;
    const unversioned = this.resolveUnversioned(name);
    if (unversioned) return unversioned;
    const parts = bracketedParts(name.trim());
    if (!parts) return undefined;
    const outside = this.resolveWhole(parts[0]) ?? this.resolveUnversioned(parts[0]);
    const inside = this.resolveWhole(parts[1]) ?? this.resolveUnversioned(parts[1]);
    return outside && outside === inside ? outside : undefined;
  }

  /**
   * The entry the whole spelling names, steps 1 to 3 of name-lookup.ts (key, loose key, slug as id): nothing dropped,
   * so "Amazon Web Services (AWS), Seattle" or "Java 17" name no entry here.
   */
  resolveWhole(name: string): E | undefined {
    return this.find(name) ?? this.byId.get(slug(name));
  }

  private resolveUnversioned(name: string): E | undefined {
    const bare = this.versionless?.(name);
    return bare ? this.resolveWhole(bare) : undefined;
  }

  /**
   * For a name the catalogue does not know: the entry it is probably a misspelling of. None for a name that is
   * no misspelling of anything (`mayBeMisspelling`: an acronym, a common word, a town; or a name another index of
   * the catalogue knows).
   */
  suggest(name: string, options: DidYouMeanOptions = {}): E | undefined {
    if (!mayBeMisspelling(name) || this.knownElsewhere?.(name)) return undefined;
    const key = lookupKey(name);
    const cached = options.strict ? this.strictSuggestions : this.suggestions;
    if (cached.has(key)) return cached.get(key);
    this.keys ??= [...this.byKey.keys()];
    const best = didYouMean(key, this.keys, options);
    const entry = best === undefined ? undefined : this.byKey.get(best);
    cached.set(key, entry);
    return entry;
  }
}
