/** The one folding every heading and label comparison goes through (section headings, entry labels). */

/**
 * Letters whose lower case the accents-off fold does not reach: Turkish dotless ı and dotted İ (JavaScript
 * lower-cases İ to "i̇", an i with a combining dot), Polish ł, Scandinavian ø, Vietnamese and Croatian đ.
 */
const ONE_LETTER: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
};

/** Letters that fold to two (ß, æ, œ and the typographic ligatures NFKD does not open). */
const TWO_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};

function foldLetter(letter: string): string {
  const one = ONE_LETTER[letter];
  if (one !== undefined) return one;
  const base = letter.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return base === '' ? letter : base;
}

/**
 * The form in which headings and labels are compared: lower case with accents dropped, Turkish İ/ı as i, ß as
 * ss, ligatures opened ("İŞ DENEYİMİ" and "iş deneyimi" both give "is deneyimi", "Berufstätigkeit" and
 * "BERUFSTÄTIGKEIT" "berufstatigkeit"). The text may grow (ß, ligatures); see `foldInPlace` for one that keeps
 * each character's place.
 */
export function foldKey(text: string): string {
  let folded = '';
  for (const letter of text) folded += TWO_LETTERS[letter] ?? foldLetter(letter);
  return folded;
}

/**
 * `foldKey` letter for letter, each character folded to one: a match in the folded text is at the same place in
 * the original. A letter that folds to several (ß, "ﬁ") is kept as written, lower-cased where that keeps it one.
 */
export function foldInPlace(text: string): string {
  let folded = '';
  for (const letter of text) {
    const one = foldLetter(letter);
    if (one.length === letter.length) folded += one;
    else {
      const lower = letter.toLowerCase();
      folded += lower.length === letter.length ? lower : letter;
    }
  }
  return folded;
}
