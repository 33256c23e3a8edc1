/**
 * The form in which names are compared: case, accents, spaces and punctuation do not count, but
 * `+` and `#` do (`C`, `C++` and `C#` are different languages). `Kubernetes`, `kubernetes` and
 * `Node.js` / `NodeJS` / `node js` meet; `CI/CD` and `CICD` meet.
 */
export function lookupKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, '');
}

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'ab',
  'oy',
  'srl',
  'pty',
]);

/**
 * A company name without trailing legal-form words, for a second, looser match:
 * `Baidu Inc.` and `Baidu, Inc` both give `baidu`. Null when nothing was stripped.
 */
export function looseCompanyKey(name: string): string | null {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word !== '');
  let end = words.length;
  while (end > 1 && LEGAL_SUFFIXES.has(words[end - 1] ?? '')) end--;
  return end === words.length ? null : words.slice(0, end).join('');
}
