/** The one folding every heading and label comparison goes through (section headings, entry labels). */

/**
 * Letters the accents-off fold does not reach: Turkish dotless ı and dotted İ (JavaScript lower-cases İ to "i̇", an
 * i with a combining dot), Polish ł, Scandinavian ø, Vietnamese and Croatian đ, and those that fold to two letters
 * (ß, æ, œ). Typographic ligatures ("ﬁ") NFKD opens.
 */
const UNREACHED: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};
const UNREACHED_LETTER = /[ıİłŁøØđĐßẞæÆœŒ]/gu;

/**
 * The form in which headings and labels are compared: lower case with accents dropped, Turkish İ/ı as i, ß as
 * ss, ligatures opened ("İŞ DENEYİMİ" and "iş deneyimi" both give "is deneyimi", "Berufstätigkeit" and
 * "BERUFSTÄTIGKEIT" "berufstatigkeit"). The text may grow (ß, ligatures).
 */
export function foldKey(text: string): string {
  return text
    .replace(UNREACHED_LETTER, (letter) => UNREACHED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
