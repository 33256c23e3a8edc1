import { formatPartialDate, type PartialDate } from '../resume/parse-partial-date.js';
import { yearOutOfRange } from '../resume/resume-limits.js';

/**
 * The extractor's date grammar: finds the dates and date ranges a résumé writes, at the precision
 * it writes them (a year stays a year, a month stays a month; a season or a quarter is read as its
 * year, since the format has no finer unit that would not be invented).
 *
 * Single dates: `2019`, `Apr 2016`, `April 2016`, `Sept. 2019`, `Jun '18`, `June 15, 2020`,
 * `15 June 2020`, `2019/12`, `2018.07`, `2019-12`, `2019-12-01`, `09/2020`, `9.2020`, `Summer 2014`,
 * `01/10/2013` and `15.03.2019` (day first, as Europass writes them; `10/31/2013` when only a month first reads),
 * `Q3 2019`, German, French and Spanish month names (`Okt 2019`, `janv. 2020`, `mayo 2018`).
 * Ongoing: present, now, current(ly), today, ongoing, till date, to date, till now, and their German,
 * French, Spanish, Portuguese, Italian, Dutch, Polish and Scandinavian words (heute, aujourd'hui, actualidad,
 * atualmente, oggi, heden, obecnie, idag, nu, …), as European engineers leave them in an English CV.
 * Ranges join two of them with -, –, —, ~, →, to, till, until, through, thru (`2013–19` and
 * `Jan – Mar 2020` too; Markdown marks may wrap each end), or say `since 2020`, `from 2015 to 2018`,
 * `2020 onwards`, `2019 –`, `(2019–)`, `2019 – …`. `06/15 – 07/17` and `'16 – '19` are read only as ranges.
 */

export interface DateMention {
  /** Character offsets of the whole expression in the text searched. */
  start: number;
  end: number;
  /** A range (two ends, or a start that runs on), a single date, or an ongoing word alone. */
  kind: 'range' | 'single' | 'ongoing';
  from: PartialDate | null;
  to: PartialDate | null;
  /** The end is "present", "now", … or the range is open (`since 2020`, `2020 –`). */
  ongoing: boolean;
  /** Open only by a dash at the end of the text (`2020 –`): its end may be on the next line. */
  openEnded?: boolean;
  /** The end's month, when the text ends before its year (`March 2016 - December`, the year wrapped to the next line). */
  endMonth?: number;
  /** The text of the expression as written. */
  text: string;
  /** Years alone written latest first ("2020 – 2017"), read as the span between them. */
  latestFirst?: boolean;
}

/**
 * The month words a résumé writes before a year, in English and in the other languages engineers write CVs in
 * (German, French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Polish, Czech, Slovak, Romanian, Hungarian,
 * Turkish, Russian, Indonesian, Finnish, Croatian, Serbian, Slovene, Estonian, Latvian, Greek): each full name and each
 * usual abbreviation is its own entry, read with or without a final period, and Polish months in the genitive
 * ("marca 2019") too. Turkish words are listed with and without their dotless ı, since an upper-case I lowers to a
 * dotted one. Croatian "listopad" (October) is left out: in Czech and Polish the same word is November.
 */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      [
        1,
        'january jan januar jänner jän janv janvier enero ene janeiro gennaio gen januari styczeń sty ocak oca ianuarie ian leden ledna január январь янв tammikuu stycznia siječanj jaanuar janvāris ιανουάριος gener січень січня января',
      ],
      [
        2,
        'february feb februar févr fevr fév fev février fevrier febrero fevereiro febbraio februari luty lut şubat subat şub sub februarie únor unor února unora február febr февраль фев helmikuu lutego veljača veebruar februāris φεβρουάριος febrer лютий лютого февраля pebrero',
      ],
      [
        3,
        'march mar mär märz mrz mars marts marzo março marco maart mrt maret marzec mart martie březen brezen března brezna március marcius márc март maaliskuu marca marec ožujak märts μάρτιος març березень березня марта marso',
      ],
      [
        4,
        'april apr avr avril abril abr aprile kwiecień kwi nisan nis aprilie duben dubna április aprilis ápr апрель апр huhtikuu kwietnia apríl travanj aprill aprīlis απρίλιος квітень квітня апреля',
      ],
      [
        5,
        'may mai mayo maio maggio mag mei maj mayıs mayis květen kveten května kvetna május majus máj май toukokuu maja svibanj maijs μάιος maig травень травня мая',
      ],
      [
        6,
        'june jun juni juin junio junho giugno giu czerwiec cze haziran haz iunie iun červen cerven června cervna június junius jún июнь июн kesäkuu czerwca junij lipanj juuni jūnijs ιούνιος juny червень червня июня hunyo',
      ],
      [
        7,
        'july jul juli juil juillet julio julho luglio lug lipiec lip temmuz tem iulie iul červenec cervenec července cervence július julius júl июль июл heinäkuu lipca julij srpanj juuli jūlijs ιούλιος juliol липень липня июля hulyo',
      ],
      [
        8,
        'august aug août aout agosto ago augustus augusti agustus sierpień sie ağustos agustos ağu agu srpen srpna augusztus август авг elokuu sierpnia avgust kolovoz augusts αύγουστος серпень серпня августа agost',
      ],
      [
        9,
        'september sep sept septembre septiembre setiembre setembro settembre sett set wrzesień wrz eylül eylul eyl septembrie září zari szeptember szept сентябрь сен сент syyskuu września septembar rujan septembris σεπτέμβριος setembre вересень вересня сентября setyembre',
      ],
      [
        10,
        'october oct okt oktober octobre octubre outubro out ottobre ott październik paź paz ekim eki octombrie říjen rijen října rijna október октябрь окт lokakuu października oktobar oktoober oktobris οκτώβριος жовтень жовтня октября oktubre',
      ],
      [
        11,
        'november nov novembre noviembre novembro listopad listopadu lis kasım kasim kas noiembrie noi ноябрь ноя marraskuu listopada novembar studeni novembris νοέμβριος листопад листопада ноября nobyembre',
      ],
      [
        12,
        'december dec dez dezember déc dic décembre decembre diciembre dezembro dicembre desember grudzień gru aralık aralik ara decembrie prosinec prosince декабрь дек joulukuu grudnia decembar prosinac detsember decembris δεκέμβριος desembre des грудень грудня декабря disyembre',
      ],
    ] as const
  ).flatMap(([month, words]) => words.split(' ').map((word) => [word, month] as const)),
);

/**
 * Month words that are also English words ("set", "out", "gen", "ago", "mag", "lug", "mart"): without a period,
 * a month only directly before a year, never a month alone (`Jan – Mar 2020`), and in running words ("I set 2015
 * goals", "Wal-Mart 2019") only as an end of a range.
 */
const ENGLISH_WORD_MONTHS: ReadonlySet<string> = new Set([
  'set',
  'out',
  'gen',
  'ago',
  'mag',
  'lug',
  'mart',
  // Abbreviations that are words of other languages ("noi", "tem", "ara", "paz", "haz") or English ("sub").
  'noi',
  'tem',
  'ara',
  'paz',
  'haz',
  'kas',
  'sub',
  // Norwegian "des" (December), a French article too.
  'des',
]);
/**
 * Month words that are also given names and surnames ("Data Engineer, Kasim 2019 – 2021"): a month only where the
 * other end of their range names one too ("Nisan 2019 – Kasım 2021") or is a now-word ("Maret 2019 – Sekarang");
 * before a bare year, or alone, the year only. Romanian "ian" is also the given name Ian, Polish "maja" (May's genitive)
 * the given name Maja.
 */
const NAME_MONTHS: ReadonlySet<string> = new Set(['kasim', 'nisan', 'maret', 'ian', 'maja']);

function monthNumber(word: string): number | null {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Longest first, so that `märz` is not read as `mär` followed by a letter. */
const MONTH_WORD = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
/** The same words capitalised, for a pattern that tells a name by its capital ("March", "März", "Sept"). */
export const CAPITALISED_MONTH_WORD = MONTH_WORD.split('|')
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .join('|');
const ENGLISH_MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH = String.raw`(?:${MONTH_WORD})\.?`;
/**
 * A comma between a month and its year ("June 15, 2020", "May, 2019") is written after an English month
 * name only: "Acme — Marco, 2019" names a place, then the year. `tail` is what may stand between the name
 * and the comma.
 */
const COMMA_AFTER_ENGLISH_MONTH = (tail: string) => String.raw`(?<=(?<!\p{L})${ENGLISH_MONTH}\.?${tail}),`;
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
/**
 * The seasons, in English and in the languages the month table reads ("Été 2015", "verano 2018", "Sommer 2016",
 * "zomer 2019", "lato 2014", "léto 2013", "kesä 2017"): a summer job's or an internship's period. Italian "estate" is
 * also English ("Real Estate 2019"): a season only where no word stands before it.
 */
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter|été|printemps|automne|hiver|verano|primavera|otoño|invierno|verão|outono|inverno|(?<![\p{L}.,&]\s{0,3})estate|autunno|sommer|frühling|frühjahr|herbst|zomer|lente|voorjaar|najaar|herfst|lato|wiosna|jesień|zima|léto|jaro|podzim|leto|jeseň|sommar|vår|höst|høst|vinter|forår|nyár|tavasz|ősz|tél|kesä|kevät|syksy|talvi)`;
/** A text that opens with a season's name: a bounded stretch of a year, never the start of an open one. */
export const LEADING_SEASON = new RegExp(String.raw`^${SEASON}(?![\p{L}])`, 'iu');
/**
 * The words for "now" that end an ongoing range, in English and in the languages engineers leave them in an
 * otherwise English CV (or write a whole CV in): German, French, Spanish, Portuguese, Italian, Dutch, Polish,
 * Czech, Catalan, Scandinavian, Turkish, Romanian, Hungarian, Russian, Ukrainian, Vietnamese, Indonesian, Tagalog,
 * Korean, Chinese and Japanese. Those that open with their own "until" ("bis heute", "jusqu'à aujourd'hui",
 * "по настоящее время") join a start with no dash.
 */
const ONGOING = `(?:${[
  String.raw`present(?:\s+day)?`,
  'now',
  // A job board's "Currently working here", "Currently Working".
  String.raw`currently\s+working(?:\s+here)?`,
  'current(?:ly)?',
  'today',
  'ongoing',
  String.raw`(?:till|until|up\s+to|to)\s+(?:date|now|present|today|this\s+day)`,
  String.raw`pres\.`,
  String.raw`as\s+of\s+(?:today|now)`,
  String.raw`bis\s+(?:heute|jetzt|dato)`,
  'heute',
  'jetzt',
  'aktuell',
  'derzeit',
  String.raw`jusqu['’]\s?(?:à\s+|a\s+)?(?:aujourd['’]hui|ce\s+jour|présent|maintenant)`,
  "aujourd['’]hui",
  'actuellement',
  String.raw`(?:à\s+)?ce\s+jour`,
  'présent',
  String.raw`en\s+cours`,
  String.raw`hasta\s+(?:la\s+)?(?:fecha|actualidad|hoy|(?:el\s+)?presente)`,
  String.raw`(?:la\s+)?actualidad`,
  String.raw`en\s+curso`,
  'actualmente',
  // Catalan "actualitat", "fins a l'actualitat", "fins avui"; Tagalog "kasalukuyan"; Ukrainian "по теперішній час",
  // "дотепер", "зараз".
  String.raw`(?:fins\s+(?:a\s+)?)?l['’]actualitat`,
  'actualitat',
  String.raw`fins\s+(?:avui|ara)`,
  'kasalukuyan',
  String.raw`(?:по\s+)?теперішній\s+час`,
  'дотепер',
  'зараз',
  String.raw`até\s+(?:o\s+momento|hoje|(?:o\s+)?presente|a\s+data|agora)`,
  // LinkedIn in Portuguese: "jan. de 2022 - o momento".
  String.raw`o\s+momento`,
  'atualmente',
  'atual',
  'presente',
  String.raw`(?:fino\s+)?ad\s+oggi`,
  'oggi',
  'attuale',
  'attualmente',
  String.raw`in\s+corso`,
  String.raw`tot\s+(?:heden|nu)`,
  'heden',
  String.raw`do\s+(?:dziś|dzisiaj|teraz|chwili\s+obecnej)`,
  'obecnie',
  'současnost',
  'dosud',
  'idag',
  'nå',
  'nu',
  String.raw`a\s+la\s+fecha`,
  'günümüz',
  String.raw`devam\s+ediyor`,
  // Hungarian ("prezent", Romanian's, is ongoingEnd's).
  'jelenleg',
  'napjainkig',
  'folyamatban',
  // Romanian "(până) în prezent"; Finnish "nykyään", "nykyhetki", "jatkuu" (goes on), "tähän asti", "toistaiseksi";
  // Swedish "pågående", "pågår", "tills vidare"; Danish and Norwegian "dags dato", "nuværende", "nåværende";
  // Polish "nadal", "aktualnie", "teraz"; Czech "doposud", "nyní", "do současnosti"; Slovak "súčasnosť",
  // "doteraz", "dodnes"; Croatian and Serbian "danas", "trenutno", "u tijeku"; Slovene "danes"; Estonian "praegu",
  // "tänaseni"; Lithuanian "dabar", "iki šiol"; Latvian "šobrīd", "līdz šim"; Greek "σήμερα".
  String.raw`(?:până\s+|pana\s+)?(?:în|in)\s+prezent`,
  'nykyään',
  'nykyhetki',
  'jatkuu',
  String.raw`tähän\s+(?:asti|päivään|saakka)`,
  'toistaiseksi',
  'pågående',
  'pågår',
  String.raw`tills\s+vidare`,
  String.raw`dags\s+dato`,
  'nuværende',
  'nåværende',
  'nadal',
  'aktualnie',
  'teraz',
  'doposud',
  'nyní',
  String.raw`do\s+současnosti`,
  String.raw`(?:do\s+)?súčasnosť`,
  String.raw`do\s+súčasnosti`,
  'doteraz',
  'dodnes',
  String.raw`(?:do\s+)?danas`,
  'trenutno',
  String.raw`u\s+tijeku`,
  'danes',
  'praegu',
  'tänaseni',
  'dabar',
  String.raw`iki\s+šiol`,
  'šobrīd',
  String.raw`līdz\s+šim`,
  'σήμερα',
  String.raw`(?:по\s+)?(?:настоящее\s+время|н\.\s?в\.|наст\.\s*вр(?:емя|\.))`,
  'сейчас',
  String.raw`(?:đến|tới)\s+(?:nay|hiện\s+tại|bây\s+giờ)`,
  String.raw`hiện\s+(?:tại|nay)`,
  'sekarang',
  String.raw`saat\s+ini`,
  '현재',
  String.raw`재직\s?중`,
  '至今',
  '迄今',
  '现在',
  '現在',
  '目前',
].join('|')})`;
/** An ongoing phrase that brings its own "until": it follows its start with no dash ("March 2018 till date"). */
const CONNECTED_ONGOING =
  /^(?:(?:till|until|up|to|bis|jusqu|hasta|a|até|fino|ad|tot|do|по|đến|tới|până|pana|tähän|tills|fins)(?![\p{L}])|[至迄])/iu;
/** Scripts written with no spaces between words: a date may touch their letters (`2019年3月至今`). */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/**
 * Characters that may not touch a date on either side (it would be part of a longer token): a letter of a spaced
 * script (a class of what is neither a non-letter nor an unspaced letter), a digit, a currency or a sign.
 */
const BEFORE = String.raw`(?<![^\P{L}${UNSPACED}]|[\p{N}$£€#+])(?:(?<!\d[.,/])|(?<=(?<!\p{N})${YEAR}/))`;
const AFTER = String.raw`(?![^\P{L}${UNSPACED}]|[\p{N}%+]|[.,]\d)`;

// BEFORE is said once for all the shapes (it looks at the start only); AFTER after each, so that a shorter shape
// may still match when a longer one would run into a letter.
const SINGLE = new RegExp(
  `${BEFORE}(?:${[
    // 1: Month [day,] Year | Month 'YY | Month "de" Year (Spanish and Portuguese: "enero de 2018") | Month/Year and
    // Month-Year with the month a word ("jan/2021", as Brazilian CVs write it; "Jan-2019", as Indian ones do)
    String.raw`(?<m1>${MONTH})(?:\s+de\s+|(?<mark1>[/-])(?=${YEAR})|(?:\s|${COMMA_AFTER_ENGLISH_MONTH(String.raw`[\s,]*`)})*(?:(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:${COMMA_AFTER_ENGLISH_MONTH(String.raw`[\s,]*[0-3]?\d(?:st|nd|rd|th)?`)})?\s+)?)(?:(?<y1>${YEAR})|['’‘](?<yy1>\d\d))`,
    // 2: Day Month Year; a day is never set apart from its month by a column's gap ("Brain Station 23    Jul 2016")
    String.raw`(?<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \u00a0]{1,2}(?<m2>${MONTH})(?:${COMMA_AFTER_ENGLISH_MONTH('')})?\s+(?<y2>${YEAR})`,
    // 2b: Year年Month月 (Chinese, Japanese) and Year년 Month월 (Korean), or the year alone so marked
    String.raw`(?<y11>${YEAR})\s?[年년](?:\s?(?<m11>${MONTH_NUMBER})\s?[月월])?`,
    // 2c: Year Month, year first with the month a word ("2022 Feb", as Nepali and other South Asian CVs write it;
    // "2019. március", "2017. szept.", as Hungarian ones do, the year closed by a period); one space between, and no
    // number after the month ("2019 Jan 2020" is a year, then a month and its year)
    String.raw`(?<y12>${YEAR})\.?[ \u00a0](?<m12>${MONTH})(?![ \u00a0]*(?:[,'][ \u00a0]*)?\d)`,
    // 3: Season Year | Quarter Year | Season "de" Year ("verano de 2018", "verão de 2017")
    String.raw`(?:(?<season>${SEASON})(?:\s+de(?=\s))?|(?<quarter>Q[1-4]))[\s,]*(?:(?<y3>${YEAR})|['’‘](?<yy3>\d\d))`,
    // 4: Year/Month[/Day] with / . or -
    String.raw`(?<y4>${YEAR})(?<sep4>[/.-])(?<m4>${MONTH_NUMBER})(?:\k<sep4>(?<d4>[0-3]\d))?`,
    // 4b: Day/Month/Year (Europass, most of the world) or Month/Day/Year when the day shows it (US)
    String.raw`(?<d8>[0-3]?\d)(?<sep8>[/.-])(?<m8>[0-3]?\d)\k<sep8>(?<y8>${YEAR})`,
    // 5: Month/Year with / . or -
    `(?<m5>${MONTH_NUMBER})[/.-](?<y5>${YEAR})`,
    // 5b: Month/YY (`06/15 – 07/17`), and 5c: 'YY alone (`'16 – '19`): only kept as an end of a range
    String.raw`(?<m9>${MONTH_NUMBER})/(?<yy9>\d\d)`,
    String.raw`['’‘](?<yy10>\d\d)`,
    // 6: a month word alone (only kept as the start of a range that names the year once: Jan – Mar 2020)
    `(?<m6>${MONTH})`,
    // 7: Year alone
    `(?<y7>${YEAR})`,
    // 8: ongoing words
    `(?<ongoing>${ONGOING})`,
    // 8b: "actual" (Spanish "current", an English word too), "halen" (Turkish "still", a name too: "Van
    // Halen") and "prezent" (Romanian "present", Polish "gift"): ongoing only as the end of a range; so are
    // job portals' "Continuing" ("June 1, 2021 - Continuing"), English "presently" and Spanish "hoy" ("2019 – hoy"),
    // words of running text too ("Continuing Education", "I am presently leading")
    // and so are Finnish "nyt" (now, and the New York Times' initials), Scandinavian "i dag" (today), Hungarian "jelen"
    // (present) and Dutch "huidig" (current); "Date" alone ("Sept 2020 – Date"), as Ghanaian, Nigerian and Indian CVs
    // shorten "to date", a word of running text too; not a field's label ("End Date: 2021-01") nor "Date of …"
    // ("Mar 2016 – Date of Leaving Jun 2018")
    // French "actuel(le)", Spanish "vigente" (in force), German "laufend" (running) and "dato" (bis dato) too.
    String.raw`(?<ongoingEnd>actual|actuel(?:le)?|vigente|laufend|dato|halen|prezent|continuing|presently|hoy|nyt|i\s+dag|jelen|huidig|(?<!(?:end|start)\s?)date(?!\s*[:：]|\s+of\b))`,
  ]
    .map((alternative) => `(?:${alternative})${AFTER}`)
    .join('|')})`,
  'giu',
);

/** A date as a number that orders it: an unknown month is the year's first for a start, its last for an end. */
export function monthKey(date: PartialDate, end: boolean): number {
  return date.year * 100 + (date.month ?? (end ? 12 : 1));
}

/**
 * A dash as résumés type it: hyphen (U+2010 too, as word processors and PDFs set it), en/em dash and their
 * look-alikes, the tilde and wave dash of Korean, Chinese and Japanese CVs (`~`, `〜`, `～`) and full-width forms,
 * `--`, `- -`, an HTML entity, or an arrow or pointer a designed template sets between the years (`2021 ▸ now`).
 */
const DASH = String.raw`(?:[-‐–—‑−‒―－~〜～→▸►▶➔➜➝➞⟶⇒]|&[nm]dash;)(?:\s?(?:[-‐–—‑−‒―－~〜～→▸►▶➔➜➝➞⟶⇒]|&[nm]dash;))*`;
/** Markdown emphasis or code marks that may close one end and open the other (`*Jan 2020* – *Mar 2021*`). */
const MARKS = '[*_`]*';
/** "to" between two dates in the languages the month table reads ("März 2015 bis Juni 2018", "dal 2019 al 2021"). */
const FOREIGN_TO = 'bis|à|au|al|a|hasta|até|tot|do|по|đến|tới';
/**
 * What may stand between the two ends of a range: a dash, a word, the `..` of a range in code
 * ("2017-01 .. 2020-02"), or the labelled end of a form's pair of fields ("From: 04/2022   To: Current").
 */
const CONNECTOR = new RegExp(
  String.raw`^${MARKS}\s*(?:${DASH}|->|/|\.{2,3}|to|till|until|thru|through|and|${FOREIGN_TO}|[,;|]?\s*(?:to|until|end(?:\s+date)?)\s*[:：])\s*${MARKS}$`,
  'iu',
);
/** A dash alone between two dates, Markdown marks around it (see `MARKS`). */
const LATEST_FIRST_DASH = new RegExp(String.raw`^${MARKS}\s*${DASH}\s*${MARKS}$`, 'u');
/** A start with nothing after its dash, or a placeholder for the unknown end (`2019 – …`, `2019 - ?`). */
const OPEN_END = new RegExp(String.raw`^\s*(?:${DASH}|->)\s*(?:\.{2,}|…|\?)?\s*$`, 'u');
/** The same inside brackets (`(2019–)`, `[2019 - ]`): the bracket closes it, so its end is nowhere else. */
const OPEN_IN_BRACKETS = new RegExp(String.raw`^\s*(?:${DASH}|->)\s*(?:\.{2,}|…|\?)?(?=\s*[)\]])`, 'u');
// "seit 04/2021", "depuis 2019", "desde 2020", "dal 2018", "sinds 2019", "od 2018", "с 2015": since, in German,
// French, Spanish, Portuguese, Italian, Dutch, Polish and Russian.
const SINCE_BEFORE =
  /(?:^|[^\p{L}])(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|seit|depuis|desde|a\s+partir\s+de|dal|sinds|vanaf|od|с)\s+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])(?:from|between|start(?:\s+date)?\s*[:：]|from\s*[:：])\s+$/iu;
const ONWARDS_AFTER = /^\s*(?:onwards?|to\s+(?:present|date|now))(?![\p{L}])/iu;

interface Single {
  start: number;
  end: number;
  date: PartialDate | null;
  /** A month named without its year (`Jan` of `Jan – Mar 2020`). */
  monthOnly: number | null;
  ongoing: boolean;
  /** A shape too ambiguous alone (`06/15`, `'16`): a date only as an end of a range of its own kind. */
  rangeOnly?: boolean;
  /** A now-word that is also English ("actual"): ongoing only as the end of a range. */
  endOnly?: boolean;
  /** Where the year starts when the month is a word that is also English ("set 2015"): see ENGLISH_WORD_MONTHS. */
  wordMonthYear?: number;
  /** The month word is also a name (see NAME_MONTHS); `wordMonthYear` is where its year starts. */
  nameMonth?: boolean;
  /** A two-digit year written with an apostrophe, or a season/quarter: the year is all it gives. */
  text: string;
}

function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigitYear(yy: string): number {
  const value = Number(yy);
  // Résumés name years of working life: '95 is 1995, '18 is 2018.
  return value >= 50 ? 1900 + value : 2000 + value;
}

function readSingle(match: RegExpExecArray): Single | null {
  const g = match.groups ?? {};
  const start = match.index;
  const end = start + match[0].length;
  const base = { start, end, monthOnly: null, ongoing: false, text: match[0] };
  const date = (year: number, month: number | null, day: number | null): Single | null => {
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (month === null || !validDay(year, month, day))) return null;
    return { ...base, date: { year, month, day } };
  };
  if (g.m1 !== undefined) {
    const year = g.y1 !== undefined ? Number(g.y1) : twoDigitYear(g.yy1 ?? '');
    const single = date(year, monthNumber(g.m1), g.d1 !== undefined ? Number(g.d1) : null);
    const word = g.m1.toLowerCase();
    // Catalan "des de 2018" is "since 2018": Norwegian "des" (December) stands directly before its year, never before "de".
    if (word === 'des' && /^\s+de\s/u.test(match[0].slice(g.m1.length))) return date(year, null, null);
    // "set/2019", "out-2020": a month word joined to its year is no word of a sentence.
    if (!single || g.mark1 !== undefined || !(ENGLISH_WORD_MONTHS.has(word) || NAME_MONTHS.has(word)))
      return single;
    return {
      ...single,
      wordMonthYear: end - (g.y1 ?? `'${g.yy1}`).length,
      ...(NAME_MONTHS.has(word) && { nameMonth: true }),
    };
  }
  if (g.m2 !== undefined) return date(Number(g.y2), monthNumber(g.m2), Number(g.d2));
  if (g.y12 !== undefined) {
    const word = (g.m12 ?? '').toLowerCase().replace(/\.$/u, '');
    // "In 2019 set up …", "in 2019 may": a month word that is also a word or a name, and "may" or "mar" not
    // capitalised, leave the year alone.
    if (ENGLISH_WORD_MONTHS.has(word) || NAME_MONTHS.has(word) || /^(?:may|mar)$/u.test(g.m12 ?? '')) {
      const year = date(Number(g.y12), null, null);
      return year && { ...year, end: start + (g.y12 ?? '').length };
    }
    return date(Number(g.y12), monthNumber(g.m12 ?? ''), null);
  }
  if (g.y11 !== undefined) return date(Number(g.y11), g.m11 !== undefined ? Number(g.m11) : null, null);
  if (g.season !== undefined || g.quarter !== undefined) {
    return date(g.y3 !== undefined ? Number(g.y3) : twoDigitYear(g.yy3 ?? ''), null, null);
  }
  if (g.y4 !== undefined) {
    return date(Number(g.y4), Number(g.m4), g.d4 !== undefined ? Number(g.d4) : null);
  }
  if (g.d8 !== undefined) {
    // 01/10/2013 is the first of October; 10/31/2013 can only be October the 31st.
    const [first, second] = [Number(g.d8), Number(g.m8)];
    return second > 12 ? date(Number(g.y8), first, second) : date(Number(g.y8), second, first);
  }
  if (g.m5 !== undefined) return date(Number(g.y5), Number(g.m5), null);
  if (g.m9 !== undefined) {
    const single = date(twoDigitYear(g.yy9 ?? ''), Number(g.m9), null);
    return single && { ...single, rangeOnly: true };
  }
  if (g.yy10 !== undefined) {
    const single = date(twoDigitYear(g.yy10), null, null);
    return single && { ...single, rangeOnly: true };
  }
  if (g.m6 !== undefined) {
    const month = monthNumber(g.m6);
    // "may" alone is a verb far more often than a month; a word that is also English is a month alone only in
    // capitals ("JUN – AGO" over "2017" in a date column), as the word never is.
    if (
      month === null ||
      /^may$/i.test(g.m6) ||
      (ENGLISH_WORD_MONTHS.has(g.m6.toLowerCase()) && !/^\p{Lu}{3,}\.?$/u.test(g.m6))
    )
      return null;
    return { ...base, date: null, monthOnly: month };
  }
  if (g.y7 !== undefined) return date(Number(g.y7), null, null);
  if (g.ongoing !== undefined) return { ...base, date: null, ongoing: true };
  if (g.ongoingEnd !== undefined) return { ...base, date: null, ongoing: true, endOnly: true };
  return null;
}

function singles(text: string): Single[] {
  const found: Single[] = [];
  // Turkish capitals write a dotted İ ("EKİM", "NİSAN"), which no case folding makes an i: read as I, one code
  // unit for one, so every offset stays the text's own.
  const folded = text.replace(/\u0130/gu, 'I');
  SINGLE.lastIndex = 0;
  for (let match = SINGLE.exec(folded); match; match = SINGLE.exec(folded)) {
    const single = readSingle(match);
    if (single) found.push({ ...single, text: text.slice(single.start, single.end) });
  }
  return found;
}

/**
 * `2013–19`: the end of a range written with two digits. Two digits that decimals or a grade's unit follow
 * ("2014 – 71%", "2015 – 71.5%", "2016 – 17/20", "2012 – 68 percent") are the score obtained that year, as Indian
 * and European résumés write it, not a year.
 */
const SHORT_END =
  /^(\s*(?:[-‐–—‑−－~〜～→]+|to|till|until)\s*)(\d\d)(?![\p{L}\p{N}])(?![.,]\d|\s*(?:[%‰]|\/\s*\d|per\s?cent(?!\p{L})))/iu;

/** Every date expression in `text`, ranges joined, left to right, not overlapping. */
export function findDates(text: string): DateMention[] {
  let found = foundDates.get(text);
  if (!found) {
    if (foundDates.size >= FOUND_DATES_KEPT) foundDates.clear();
    found = Object.freeze(readDates(text).map(frozen));
    foundDates.set(text, found);
  }
  return found.slice();
}

/** A mention frozen to its dates, since the cache hands the same one to every caller. */
function frozen(mention: DateMention): DateMention {
  if (mention.from) Object.freeze(mention.from);
  if (mention.to) Object.freeze(mention.to);
  return Object.freeze(mention);
}

/**
 * The dates of texts read lately: the readers ask for a line's dates several times (its section, its entry, its
 * header). Shared by every document read in the process, concurrent ones too, which is sound because
 * `readDates` depends on its text alone (no catalogue, no document, no clock) and callers get frozen mentions
 * they cannot change. Bounded; `forgetDates` empties it between documents to keep it small.
 */
const foundDates = new Map<string, readonly Readonly<DateMention>[]>();
const FOUND_DATES_KEPT = 4096;

/** Empties the dates kept for the document read before (see `foundDates`). */
export function forgetDates(): void {
  foundDates.clear();
}

function readDates(text: string): DateMention[] {
  const found = singles(text);
  const mentions: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Single;
    const b = found[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    // "March 2018 till date": the ongoing phrase brings its own connector.
    const joined =
      CONNECTOR.test(between) ||
      (b?.ongoing === true && /^\s*$/u.test(between) && CONNECTED_ONGOING.test(b.text));
    const sameKind = !(a.rangeOnly || b?.rangeOnly) || (a.rangeOnly && (b?.rangeOnly || b?.ongoing));
    // "present - 2022": a range written latest first (pagedown's habit) from its ongoing end; the start a date of
    // no range of its own ("present - 2022 - 2023" is none).
    const c = found[i + 2];
    if (
      b?.date &&
      a.ongoing &&
      !a.endOnly &&
      !b.rangeOnly &&
      LATEST_FIRST_DASH.test(between) &&
      !(c && CONNECTOR.test(text.slice(b.end, c.start)))
    ) {
      mentions.push({
        start: a.start,
        end: b.end,
        kind: 'range',
        from: b.date,
        to: null,
        ongoing: true,
        text: text.slice(a.start, b.end),
        latestFirst: true,
      });
      i++;
      continue;
    }
    if (b && !a.ongoing && joined && (b.date || b.ongoing) && sameKind) {
      let from = a.date;
      if (a.monthOnly !== null) {
        if (!b.date) continue;
        // Jan – Mar 2020; Nov – Feb 2020 runs over the new year.
        const year = b.date.month !== null && a.monthOnly > b.date.month ? b.date.year - 1 : b.date.year;
        from = { year, month: a.monthOnly, day: null };
      }
      let start = a.start;
      const before = text.slice(0, a.start);
      // "Rolled out 2019 – 2021": a month word that is also English, in running words, starts the range with its
      // year only, unless the end names a month too ("Set 2015 – Out 2018") or a column's gap sets the date apart
      // ("Engenheiro    Out 2019 – atual").
      const wordStart =
        a.wordMonthYear !== undefined &&
        from &&
        (a.nameMonth
          ? b.date?.month === null
          : b.date?.month == null && RUNNING_WORDS.test(before) && !/\s{2}$/u.test(before))
          ? a.wordMonthYear
          : null;
      const fromWord = wordStart === null ? FROM_BEFORE.exec(before) : null;
      if (wordStart !== null && from) {
        start = wordStart;
        from = { year: from.year, month: null, day: null };
      } else if (fromWord) start = a.start - fromWord[0].trimStart().length;
      const gloss = b.ongoing ? glossOf(text, found, i + 1) : null;
      const end = gloss?.end ?? b.end;
      // "2020 - 2017": years alone written latest first (pagedown's and some CVs' habit) name the span between them.
      // A reversed range with months ("Dec 2019 - Dec 2012") is left to the mistyped-decade repair (year-slips.ts),
      // one from a year no date can have ("2098 – 2016") to the check that leaves that year out (build-resume.ts).
      const latestFirst =
        from !== null &&
        b.date !== null &&
        from.month === null &&
        b.date.month === null &&
        b.date.year < from.year &&
        yearOutOfRange(from) === undefined;
      mentions.push({
        start,
        end,
        kind: 'range',
        from: latestFirst ? b.date : from,
        to: latestFirst ? from : b.date,
        ongoing: b.ongoing,
        text: text.slice(start, end),
        ...(latestFirst ? { latestFirst } : {}),
      });
      i += gloss ? 2 : 1;
      continue;
    }
    if (a.monthOnly !== null || a.rangeOnly || a.endOnly) continue;
    if (a.date) {
      const after = text.slice(a.end);
      const short = a.date.month === null ? SHORT_END.exec(after) : null;
      if (short) {
        const century = Math.floor(a.date.year / 100) * 100;
        const year = century + Number(short[2]);
        if (year >= a.date.year) {
          const end = a.end + short[0].length;
          mentions.push({
            start: a.start,
            end,
            kind: 'range',
            from: a.date,
            to: { year, month: null, day: null },
            ongoing: false,
            text: text.slice(a.start, end),
          });
          continue;
        }
      }
      // "…, March 2016 - December" over "2018": a hard wrap between the end's month and its year.
      if (
        b?.monthOnly != null &&
        found[i + 2] === undefined &&
        a.date.month !== null &&
        CONNECTOR.test(text.slice(a.end, b.start)) &&
        text.slice(b.end).trim() === ''
      ) {
        mentions.push({
          start: a.start,
          end: b.end,
          kind: 'range',
          from: a.date,
          to: null,
          ongoing: false,
          text: text.slice(a.start, b.end),
          openEnded: true,
          endMonth: b.monthOnly,
        });
        i++;
        continue;
      }
      const since = SINCE_BEFORE.exec(text.slice(0, a.start));
      const onwards = ONWARDS_AFTER.exec(after);
      const openDash = !b && OPEN_END.test(after);
      const inBrackets = since || onwards || openDash ? null : OPEN_IN_BRACKETS.exec(after);
      if (since || onwards || openDash || inBrackets) {
        const start = since ? a.start - since[0].trimStart().length : a.start;
        const end = onwards
          ? a.end + onwards[0].length
          : openDash
            ? text.length
            : a.end + (inBrackets?.[0].length ?? 0);
        const cut = text.slice(start, end).replace(/\s+$/u, '');
        mentions.push({
          start,
          end: start + cut.length,
          kind: 'range',
          from: a.date,
          to: null,
          ongoing: true,
          text: cut,
          ...(openDash && !since && !onwards && { openEnded: true }),
        });
        // An ongoing word the range took in ("2020 to date") is not a date of its own.
        while (found[i + 1] && (found[i + 1] as Single).start < start + cut.length) i++;
        continue;
      }
      // "I set 2015 goals": a month word that is also English, in running words and in no range, is that word.
      const wordStart =
        a.wordMonthYear !== undefined && (a.nameMonth || RUNNING_WORDS.test(text.slice(0, a.start)))
          ? a.wordMonthYear
          : null;
      mentions.push({
        start: wordStart ?? a.start,
        end: a.end,
        kind: 'single',
        from: wordStart === null ? a.date : { year: a.date.year, month: null, day: null },
        to: null,
        ongoing: false,
        text: wordStart === null ? a.text : text.slice(wordStart, a.end),
      });
      continue;
    }
    const gloss = glossOf(text, found, i);
    mentions.push({
      start: a.start,
      end: gloss?.end ?? a.end,
      kind: 'ongoing',
      from: null,
      to: null,
      ongoing: true,
      text: text.slice(a.start, gloss?.end ?? a.end),
    });
    if (gloss) i++;
  }
  return mentions;
}

/** The text before a date ends in a word, as a sentence runs ("I set 2015 …"), not a label, dash or bracket. */
const RUNNING_WORDS = /\p{L}[\p{L}'’-]*\s+$|\p{L}-$/u;
/** "현재 (Present)", "Present / 現在": a now-word glossed in a second language, in brackets or after a slash. */
const GLOSS_BETWEEN = /^\s*(?:[([]|[/|]\s*[([]?)\s*$/u;
const GLOSS_CLOSE = /^\s*[)\]]/u;

/** The end of the gloss that follows the ongoing word `found[index]`, if one does. */
function glossOf(text: string, found: readonly Single[], index: number): { end: number } | null {
  const word = found[index];
  const gloss = found[index + 1];
  if (!word?.ongoing || !gloss?.ongoing || !GLOSS_BETWEEN.test(text.slice(word.end, gloss.start)))
    return null;
  return { end: gloss.end + (GLOSS_CLOSE.exec(text.slice(gloss.end))?.[0].length ?? 0) };
}

/** A date as the résumé format writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatDate(date: PartialDate): string {
  return formatPartialDate(date);
}

export interface DateRange {
  startDate?: string;
  endDate?: string;
  current?: boolean;
}

/** The range one expression gives, in the résumé format (for tests and simple callers). */
export function parseDateRange(text: string): DateRange | null {
  const [mention] = findDates(text);
  if (!mention) return null;
  return rangeOf(mention);
}

export function rangeOf(mention: DateMention): DateRange {
  const range: DateRange = {};
  if (mention.from) range.startDate = formatDate(mention.from);
  if (mention.to) range.endDate = formatDate(mention.to);
  if (mention.ongoing) range.current = true;
  if (mention.kind === 'single' && mention.from) return { startDate: formatDate(mention.from) };
  return range;
}

/** A line that holds a date range and nothing else ("07/2013 – 09/2013"). */
export function datesAlone(text: string): boolean {
  // Every range names a year: a line without a digit is none (and most lines are prose).
  if (!/\d/u.test(text)) return false;
  const range = findDates(text).find((date) => date.kind === 'range');
  return range !== undefined && `${text.slice(0, range.start)}${text.slice(range.end)}`.trim() === '';
}
