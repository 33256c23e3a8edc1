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

/**
 * Legal-form words résumés append to an employer's name, as written (any case, with or without the
 * dots and spaces: `S.p.A.`, `SpA` and `S p A` are one form). A form of several words (`Pvt. Ltd.`,
 * `Co., Ltd.`, `GmbH & Co. KG`) is listed whole when its words are not forms on their own; forms
 * stack (`Acme Holdings Co., Ltd.` drops `Ltd.` then `Co.`).
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  // English-speaking countries
  'Inc.',
  'Incorporated',
  'Corp.',
  'Corporation',
  'Co.',
  'Company',
  'Ltd.',
  'Limited',
  'LLC',
  'L.L.C.',
  'LLP',
  'LP',
  'L.P.',
  'PLC',
  'Pty',
  'Pvt.',
  'Private Limited',
  'Limited Liability Company',
  // German-speaking countries
  'GmbH',
  'gGmbH',
  'mbH',
  'AG',
  'KG',
  'KGaA',
  'OHG',
  'e.V.',
  // European company, France, Belgium, Luxembourg, Switzerland, Spain, Latin America
  'SE',
  'S.A.',
  'S.A.S.',
  'SAS',
  'SASU',
  'SARL',
  'S.à r.l.',
  'S.C.A.',
  'S.L.',
  'S.L.U.',
  'S.A.U.',
  'Ltda.',
  // Portugal
  'Lda.',
  'S.A. de C.V.',
  'S.A.B. de C.V.',
  'S. de R.L.',
  // Italy
  'S.p.A.',
  'S.r.l.',
  // Netherlands, Belgium
  'B.V.',
  'N.V.',
  'BVBA',
  // Nordic countries
  'AB',
  '(publ)',
  'A/S',
  'ApS',
  'AS',
  'ASA',
  'Oy',
  'Oyj',
  'hf.',
  // Baltic countries: Estonia's OÜ, Lithuania's UAB, Latvia's SIA
  'OÜ',
  'UAB',
  'SIA',
  // Central and Eastern Europe
  'Sp. z o.o.',
  'S.A.R.L.',
  's.r.o.',
  'spol. s r.o.',
  'a.s.',
  'd.o.o.',
  'd.d.',
  'Kft.',
  'Zrt.',
  'Nyrt.',
  'OOO',
  'ZAO',
  'PAO',
  // Asia
  'K.K.',
  'Kabushiki Kaisha',
  'G.K.',
  'Godo Kaisha',
  'Sdn. Bhd.',
  'Bhd.',
  'Pte.',
  'Tbk.',
  'JSC',
];

/** Each legal form as the words `looseCompanyKey` splits a name into. */
const SUFFIX_WORDS: readonly (readonly string[])[] = LEGAL_SUFFIXES.flatMap((form) => {
  const words = nameWords(form);
  const joined = words.join('');
  // `S.p.A.` is also written `SpA`: the joined form is one word.
  return words.length > 1 && joined.length > 1 ? [words, [joined]] : [words];
}).sort((a, b) => b.length - a.length);

/** A name's words in lookup form (`Booking.com B.V.` gives `booking`, `com`, `b`, `v`). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word !== '');
}

/** How many trailing words of `words` (ending at `end`) a legal form spells, or 0. */
function suffixAt(words: readonly string[], end: number): number {
  for (const suffix of SUFFIX_WORDS) {
    // at least one word of the name stays
    if (suffix.length >= end) continue;
    if (suffix.every((word, index) => words[end - suffix.length + index] === word)) return suffix.length;
  }
  return 0;
}

/**
 * A company name without trailing legal forms, for a second, looser match: `Baidu Inc.`,
 * `Baidu, Inc` and `Baidu Co., Ltd.` give `baidu`, `Booking.com B.V.` gives `bookingcom` (what
 * `lookupKey` gives for `Booking.com`). Null when nothing was stripped.
 */
export function looseCompanyKey(name: string): string | null {
  const words = nameWords(name);
  let end = words.length;
  for (let length = suffixAt(words, end); length > 0; length = suffixAt(words, end)) end -= length;
  return end === words.length ? null : words.slice(0, end).join('');
}
