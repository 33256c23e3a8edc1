import { OWN_ACCOUNT_WORDS } from './entries.js';
import type { DocLine } from './line-model.js';
import { isInstitution, isLocation } from './vocabulary.js';

/**
 * Kinds of engagement that are no position at an employer (issue 10): a national service year laid out as a job, a
 * university's co-operative programme written before the employer it placed the student at, freelance work through
 * a marketplace or for unnamed clients.
 */

/**
 * National service schemes by their names (Nigeria's "NYSC", the "National Youth Service Corps", Ghana's and Kenya's
 * "National Service Scheme", Germany's "Zivildienst", France's "Service civique", Italy's "Servizio civile", Turkey's
 * "Askerlik"), or its member ("NYSC Corps Member"): standing where a title or an employer goes, the entry is national
 * service, no position. A title with
 * the scheme in brackets after it ("IT Officer (National Service)") is a posting, read as the title says.
 */
const NATIONAL_SERVICE =
  /^(?:(?:N\.?Y\.?S\.?C\.?|national\s+youth\s+service(?:\s+corps)?)(?:\s+corps\s+member)?|national\s+service\s+scheme|zivildienst|wehrdienst|bundesfreiwilligendienst|service\s+(?:militaire|national|civique)|servizio\s+(?:civile|militare)|servicio\s+militar(?:\s+obligatorio)?|servi[çc]o\s+militar(?:\s+obrigat[óo]rio)?|askerlik(?:\s+hizmeti)?|s[łl]u[żz]ba\s+wojskowa|dienstplicht|v[äa]rnplikt)$/iu;

/** True when `text` (a part of an entry's header) is the name of a national service scheme alone. */
export function namesNationalService(text: string): boolean {
  return NATIONAL_SERVICE.test(text.trim());
}

/**
 * "Kettering University Co-op: Great Lakes Controls Inc.", "Waterloo Co-op Program — Northwind Robotics", "Co-op
 * Placement: Harbor Freight": a university's co-operative programme named before the employer it placed the
 * student at. Group 1 is the programme's words, group 2 the employer's.
 */
const PLACEMENT =
  /^(\s*(?:[*_]{1,2})?)((?:(\S[^:|]{1,70}?)\s+)?(?<!co-?op\s+)(?:co-?op|co-operative\s+education|cooperative\s+education|work\s+placement|placement)(?:\s+(?:program(?:me)?|placement|term|student))?\s*(?:[:—–]|\s-)\s*)(?=\S)/iu;

/**
 * A co-operative programme's line with the programme's words blanked, so the employer after them stands where an
 * employer's line puts it (columns kept); the line as it is when it names no programme before an employer, or the
 * words before "Co-op" are no institution ("Midcounties Co-op: …" is a shop's name).
 */
export function placementLine(line: DocLine): DocLine {
  if (line.bullet) return line;
  const found = PLACEMENT.exec(line.text);
  if (!found) return line;
  const school = found[3];
  if (school !== undefined && !isInstitution(school)) return line;
  const start = (found[1] as string).length;
  const end = start + (found[2] as string).length;
  return { ...line, text: line.text.slice(0, start) + ' '.repeat(end - start) + line.text.slice(end) };
}

/** "Terms 2013 - 2016", "Work terms: 2014 – 2016": a co-op's terms named before their years, no place or title. */
const TERMS_BEFORE_DATES = /(?<![\p{L}])(?:work\s+)?terms?\s*:?\s+(?=(?:\p{L}{3,9}\.?\s+)?\d{4})/giu;

/** `line` with "Terms" blanked before the years it qualifies (see TERMS_BEFORE_DATES). */
export function termsBlanked(line: DocLine): DocLine {
  if (!/terms?/iu.test(line.text)) return line;
  const text = line.text.replace(TERMS_BEFORE_DATES, (words) => ' '.repeat(words.length));
  return text === line.text ? line : { ...line, text };
}

/**
 * "Laravel Serbia meetup", "Kraków Java User Group", "Google Developer Group Accra": a community of practitioners
 * that meets, named by the word for one. Mentoring or organising there, set out like a job under "Other
 * experiences", is community work, no position (the golds' rule since unseen/).
 */
const COMMUNITY =
  /(?<![\p{L}])(?:meet-?ups?|user\s+groups?|users['’]?\s+groups?|developer\s+groups?)(?![\p{L}])/iu;

/**
 * True when `name`, where an employer goes, is a practitioners' community's (see COMMUNITY): the word for one after
 * words that name it ("Laravel Serbia meetup"). The word alone ("Meetup") is the company of that name.
 */
export function namesCommunity(name: string): boolean {
  const found = COMMUNITY.exec(name);
  return found !== null && /\p{L}/u.test(name.slice(0, found.index));
}

/** "Member since 2019 · Responds within 2 hours": how long a marketplace profile has been open, no position. */
export const MEMBERSHIP = /\bmember\s+since\b/iu;

/** "Lviv, Ukraine – 11:05 am local time": a marketplace profile's line giving the freelancer's hour. */
const LOCAL_TIME = /\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s+local\s+time\b/iu;

/**
 * True when `lines` show a freelance marketplace's profile pasted whole: its "Member since" or its freelancer's
 * local time (Upwork's and Fiverr's headers).
 */
export function showsMarketplaceProfile(lines: readonly DocLine[]): boolean {
  return lines.some((line) => MEMBERSHIP.test(line.text) || LOCAL_TIME.test(line.text));
}

/** Freelance marketplaces, where a freelancer finds clients: no employer ("Content Writer (Freelance) at Upwork"). */
const MARKETPLACES =
  /^(?:upwork|fiverr|toptal|freelancer(?:\.com)?|peopleperhour|guru(?:\.com)?|99designs|malt|contra|workana|truelancer|gun\.io|codementor|arc\.dev|braintrust|a\.team|turing(?:\.com)?|topcoder)$/iu;

/** True when `name` is a freelance marketplace's (see MARKETPLACES). */
export function namesMarketplace(name: string): boolean {
  return MARKETPLACES.test(name.trim());
}

/** "Freelance", "freelancer", "Self-employed", "Freiberuflich", "Autónomo", "Indépendant": work on one's own account. */
const FREELANCE = new RegExp(
  `(?<![\\p{L}])(?:${OWN_ACCOUNT_WORDS.join('|')}|freelancer|freelancing|freiberufliche?r?|selbstst[äa]ndige?r?|aut[óo]nom[oa]|ind[ée]pendant|zzp(?:'er)?|wolny\\s+strzelec)(?![\\p{L}])`,
  'iu',
);

/** "for about 30 clients", "various clients", "Kunden", "clientes": the work was for many clients, none named as one. */
const MANY_CLIENTS =
  /(?<![\p{L}])(?:clients|clientes|klienten|kunden|klientów|klienci|opdrachtgevers)(?![\p{L}])/iu;

/**
 * True when an entry's header (`header`, its text) says the work was freelance and the name where the employer goes
 * (`employer`) names no client: none, a marketplace, a place ("Content Writer (Freelance) at Upwork, Remote"), or a
 * name nothing shows to be an organisation (`unknownName`) while the entry's text (`body`) speaks of its clients in
 * the plural ("Freelance web developer, Port Vila" over "sites for about 30 clients"). Such work is a project
 * outside positions, no position at an employer.
 */
export function freelanceWithoutClient(
  header: string,
  employer: string | null,
  unknownName: boolean,
  body: string,
): boolean {
  if (!FREELANCE.test(header)) return false;
  if (employer === null) return true;
  const name = employer
    .replace(/[^\p{L}\p{N}.&' -]/gu, ' ')
    .trim()
    .replace(/^(?:via|through|on|at)\s+/iu, '');
  if (
    namesMarketplace(name) ||
    isLocation(name) ||
    /^(?:remote|remoto|various|diverse|multiple)$/iu.test(name) ||
    OWN_WORK_NAME.test(name)
  )
    return true;
  return unknownName && MANY_CLIENTS.test(body);
}

/**
 * Where the employer goes, words that name one's own work or many clients, no employer: "Independent projects",
 * "Various clients", "Proyectos independientes", "Projets personnels", "Eigene Projekte", "Progetti indipendenti".
 */
const OWN_WORK_NAME = new RegExp(
  [
    String.raw`(?:independent|personal|own|private|freelance|side|various|multiple|several)\s+(?:projects?|clients?|work|engagements?|contracts?)`,
    String.raw`(?:proyectos|projetos|progetti|projets)\s+(?:independientes|independentes|indipendenti|ind[ée]pendants|propios|pr[óo]prios|personales|pessoais|personali|personnels|freelance|varios|v[áa]rios|vari|divers)`,
    String.raw`(?:varios|v[áa]rios|diversos|divers|vari)\s+(?:clientes|clients|clienti|proyectos|projetos|projets|progetti)`,
    String.raw`(?:eigene|freie|verschiedene|diverse)\s+(?:projekte|kunden|auftraggeber)`,
  ]
    .map((alternative) => `^(?:${alternative})$`)
    .join('|'),
  'iu',
);

/** True when `text` says work was freelance ("Freelance Illustrator", "Programista freelancer"). */
export function namesFreelance(text: string): boolean {
  return FREELANCE.test(text);
}

/** "Freelance", "💼 Freelance", "Self-employed": a name that is only the words of work on one's own account. */
const OWN_ACCOUNT_ALONE = new RegExp(`^(?:${OWN_ACCOUNT_WORDS.join('|')}|freelancer|freelancing)$`, 'iu');

/** True when `name`, without emoji and marks, is only an own-account word ("💼 Freelance"): no employer. */
export function ownAccountAlone(name: string): boolean {
  return OWN_ACCOUNT_ALONE.test(name.replace(/[^\p{L}\s-]/gu, ' ').trim());
}

/** The lines of an experience section with co-op programmes' words and "Terms" before years blanked. */
export function engagementLines(lines: readonly DocLine[]): DocLine[] {
  return lines.map((line) => termsBlanked(placementLine(line)));
}
