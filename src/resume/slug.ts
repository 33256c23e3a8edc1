/**
 * URL-safe id from a name: lower-case ASCII letters and digits joined by '-'. Characters that
 * carry meaning in technology names are spelled out so that `C`, `C++` and `C#` stay distinct
 * (`c`, `cpp`, `csharp`). Never empty: a name without letters or digits gets a hash.
 */
export function slug(name: string): string {
  const spelled = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ');
  const joined = spelled
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return joined === '' ? `x${fnv1a(name)}` : joined;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
