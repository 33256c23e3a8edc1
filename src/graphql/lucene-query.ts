/**
 * The Lucene queries the API sends to the full-text indexes, built from user text. Every character
 * Lucene's classic query syntax gives a meaning (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`) is
 * escaped here, so user text is only ever terms.
 */

/** Most words of a search text used: the rest are ignored. */
export const maxSearchTerms = 10;

/** `text` with a backslash before each Lucene special character (`&` and `|` each, not only pairs). */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`);
}

/** Lucene's fuzzy edit distance for a term: 1 for short terms, 2 (Lucene's most) for long ones. */
function editDistance(term: string, longFrom: number): 1 | 2 {
  return [...term].length >= longFrom ? 2 : 1;
}

/**
 * A Lucene query from free text: every word escaped (so `C++`, `k8s` or `'}) DETACH DELETE n //`
 * are plain text), lower-cased (so `AND`/`OR`/`NOT` are words, not operators), and matched as the
 * word itself, as a prefix (`kube` finds Kubernetes) and, from 4 letters on, with typos (`~1`, from
 * 8 letters `~2`). Words are OR-ed: more matching words score higher; at most `maxSearchTerms`.
 * Text with no word gives '' (callers refuse empty text before asking).
 */
export function luceneQuery(text: string): string {
  const words = text.trim().split(/\s+/u).filter(Boolean).slice(0, maxSearchTerms);
  return words
    .map((word) => {
      const escaped = escapeLucene(word.toLowerCase());
      const alternatives = [escaped, `${escaped}*`];
      if ([...word].length >= 4) alternatives.push(`${escaped}~${editDistance(word, 8)}`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' OR ');
}

/**
 * A Lucene fuzzy term for a lookup key (src/catalogue/lookup-key.ts: letters, digits, `+`, `#`),
 * at most 1 edit away under 3 characters, else 2; undefined for an empty key (nothing to look for).
 */
export function fuzzyKeyQuery(key: string): string | undefined {
  if (key === '') return undefined;
  return `${escapeLucene(key)}~${editDistance(key, 3)}`;
}
