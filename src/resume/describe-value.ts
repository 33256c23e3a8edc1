const SHOWN_TEXT = 60;

/** How a found value is quoted in an error: the value itself, with its kind when that helps. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') {
    if (value.trim() === '') return value === '' ? 'an empty string' : 'a blank string';
    const shown = value.length > SHOWN_TEXT ? `${value.slice(0, SHOWN_TEXT)}…` : value;
    // Invisible characters (zero-width spaces, direction marks) are shown as escapes.
    return JSON.stringify(shown).replace(
      /\p{Cf}/gu,
      (c) => `\\u${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
    );
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty mapping' : `a mapping with keys ${keys.slice(0, 6).join(', ')}`;
  }
  return String(value);
}
