import { findDates } from './dates.js';
import { type LineInfo, lineInfo } from './entries.js';
import { foldKey } from './fold.js';
import type { DocLine } from './line-model.js';
import { isHumanLanguage } from './vocabulary.js';

/** What a row of the Europass CV form holds. */
export type FormRowField =
  | 'dates'
  | 'title'
  | 'employer'
  | 'describing'
  | 'sector'
  | 'degree'
  | 'school'
  | 'subjects'
  | 'level';

/**
 * The rows of the Europass CV form (the EU's standard layout, printed by its online editor and its Word
 * templates, in every language the EU ships it): a label cell, then a value cell, with a colon, a bar or only the
 * gap between the cells. A label is read by what it names, whatever its language ("Name and address of
 * employer", "Nome e indirizzo del datore di lavoro", "Nom et adresse de l'employeur", "Naam en adres van de
 * werkgever"), each test run on the whole label folded (`foldKey`) with its bullet and its bracketed note ("Date
 * (da – a)", "(if appropriate)") taken off. Only these long labels, and the dates' own words before a date, are
 * read without a colon: a short word like "Title" before a gap is a table's column label.
 */
const FORM_LABELS: [FormRowField, RegExp][] = [
  // "Dates (from – to)", "Date (da – a)", "Dates (de – à)", "Zeitraum", "Fechas (de – a)", "Datas (de – até)",
  // "Data (van – tot)".
  ['dates', /^(?:dates?|data|datas|datum|fechas?|zeitraum)$/u],
  // "Name and address of employer", "Name und Adresse des Arbeitgebers", "Nombre y dirección del empleador",
  // "Nome e endereço do empregador".
  [
    'employer',
    /^(?:name|nome|nom|naam|nombre)\b.{0,40}\b(?:employer|datore di lavoro|employeur|arbeitgebers?|empleador|empresa|empregador|werkgever)$/u,
  ],
  [
    'title',
    /^(?:occupation or position held|tipo di impiego|lavoro o posizione ricopert[ie]|fonction ou poste occupe|beruf oder funktion|(?:puesto|empleo) o cargo (?:ocupados?|desempenados?)|profesion o cargo desempenado|funcao ou cargo ocupados?|functie(?: of positie)?)$/u,
  ],
  // "Main activities and responsibilities", "Principali mansioni e responsabilità", "Wichtigste Tätigkeiten und
  // Zuständigkeiten", "Voornaamste werkzaamheden en verantwoordelijkheden".
  [
    'describing',
    /^(?:main|principal[ie]?s?|principais|wichtigste|belangrijkste|voornaamste)\b.{0,40}\b(?:responsibilities|responsabilita|responsabilites|zustandigkeiten|responsabilidades|verantwoordelijkheden)$/u,
  ],
  ['describing', /^funciones y responsabilidades principales$/u],
  // "Type of business or sector", "Tipo di azienda o settore", "Type ou secteur d'activité", "Tätigkeitsbereich
  // oder Branche", "Tipo de empresa o sector", "Soort bedrijf of sector".
  [
    'sector',
    /^(?:type of business or sector|tipo di (?:azienda|attivita) o settore|type ou secteur d.activite|tatigkeitsbereich oder branche|tipo de (?:empresa|actividad|atividade|actividade) (?:o|ou) sector|soort (?:bedrijf|onderneming) of sector)$/u,
  ],
  // "Title of qualification awarded", "Qualifica conseguita" (the English word alone, "Qualification: AWS
  // Certified 2021", labels any certificate), "Titolo della qualifica rilasciata", "Intitulé du
  // certificat ou diplôme délivré", "Bezeichnung der erworbenen Qualifikation", "Título de la cualificación
  // obtenida", "Designação da qualificação atribuída", "Naam van het diploma".
  [
    'degree',
    /^(?:(?:title of|titolo della|titulo de la|designacao da|bezeichnung der erworbenen) (?:qualification|qualifica|qualifikation|cualificacion|qualificacao)\b.{0,30}|(?:qualifica|qualifikation|cualificacion|qualificacao)\b.{0,30}|qualifications? awarded)$/u,
  ],
  ['degree', /^(?:intitule du (?:certificat|diplome)|naam van het diploma)\b.{0,40}$/u],
  // "Principal subjects / occupational skills covered", "Principali materie / abilità professionali oggetto dello
  // studio", "Hauptfächer / berufliche Fähigkeiten", "Belangrijkste vakken / beroepsvaardigheden".
  [
    'subjects',
    /^(?:(?:principal|principali|principales|principais|belangrijkste|voornaamste)\b.{0,40}\b(?:subjects|materie|tematiche|matieres|materias|disciplinas|vakken)\b|hauptfacher\b).{0,80}$/u,
  ],
  // "Name and type of organisation providing education and training", "Nome e tipo di istituto di istruzione o
  // formazione", "Nom et type de l'établissement d'enseignement", "Name und Art der Bildungseinrichtung".
  ['school', /^(?:name|nome|nom|naam|nombre) (?:and|e|et|und|en|y) (?:type|tipo|art)\b.{0,90}$/u],
  // "Level in national or international classification", "Livello nella classificazione nazionale (se
  // pertinente)", "Niveau dans la classification nationale", "Stufe der nationalen Klassifikation".
  [
    'level',
    /^(?:level|livello|niveau|stufe|nivel)\b.{0,40}\b(?:classification|classificazione|klassifikation|clasificacion|classificacao|classificatie)\b.{0,30}$/u,
  ],
];

/**
 * A row: the label (after a bullet, as the Word template prints one), then a colon, a bar (a Word table's cells
 * joined), a tab or a gap of two spaces, then the value. The label is the shortest run up to the first such
 * separator, so the test is linear in the line.
 */
const FORM_ROW =
  /^\s*(?:[•·▪*-]\s*)?([\p{L}(][^|:：\t]{0,110}?)(?:\s*[:：|]\s*|\s{2,}|\t\s*)(\S(?:.*\S)?)\s*$/u;

/** A label's bracketed note ("(da – a)", "(if appropriate)", "(se pertinente)"), dropped before it is read. */
const LABEL_NOTE = /\s*\([^()]{0,40}\)/gu;

/** "Data", "Datas" (with a bullet or a bracketed note): a dates label that is also the English word. */
const AMBIGUOUS_DATES_LABEL = /^\W*datas?(?![\p{L}])/u;

/**
 * True when `text` is one date or range and nothing else but a short word before it and a bracket after it
 * ("2015 – 2016", "03/2019 – present", "Dal 03/2018 al 05/2020", "2019 – 2021 (part-time)").
 */
export function onlyDate(text: string): boolean {
  const found = findDates(text);
  const date = found[0];
  if (found.length !== 1 || !date) return false;
  return (
    /^\p{L}{0,4}$/u.test(text.slice(0, date.start).trim()) &&
    /^(?:\([^()]*\))?$/u.test(text.slice(date.end).trim())
  );
}

/** The field a label names, or null. */
function formLabel(label: string): FormRowField | null {
  const key = foldKey(label)
    .replace(LABEL_NOTE, '')
    .replace(/[’`]/gu, "'")
    .replace(/\s*\/\s*/gu, ' / ')
    .replace(/\s+/gu, ' ')
    .trim();
  return FORM_LABELS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/** A Europass form row's field, its value and where the value starts on the line; null for any other line. */
export function formRow(text: string): { field: FormRowField; value: string; at: number } | null {
  const found = FORM_ROW.exec(text);
  if (!found) return null;
  const field = formLabel(found[1] as string);
  const value = found[2] as string;
  // "Dates    Sept 2019 – today" is a row only when it holds a date; "Data" (Italian, Portuguese) is also the
  // English word ("Data: Snowflake, dbt since 2019"), a row only when its value is its dates.
  if (!field || (field === 'dates' && findDates(value).length === 0)) return null;
  if (field === 'dates' && AMBIGUOUS_DATES_LABEL.test(foldKey(found[1] as string)) && !onlyDate(value))
    return null;
  return { field, value, at: text.lastIndexOf(value) };
}

/**
 * The Europass CV's rows of technical and computer skills as the form names them in its languages ("Technical skills
 * and competences", "Capacità e competenze tecniche", "Aptitudes et compétences informatiques", "Technische
 * Fähigkeiten und Kompetenzen", "Capacidades y aptitudes técnicas", "Aptidões e competências técnicas", "Technische
 * vaardigheden en competenties"): each names the skills group its value lists. Tested on the label folded.
 */
const FORM_SKILLS_LABEL =
  /^(?:(?:technical|computer) skills and competences|(?:capacita|capacites|aptitudes|capacidades|aptidoes) (?:e|et|y) (?:competenze|competences|aptitudes|competencias) (?:tecniche|techniques|tecnicas|informatiche|informatiques|informaticas)|technische (?:fahigkeiten und kompetenzen|vaardigheden en competenties))$/u;

/** True when `label` is a Europass skills row's label (see FORM_SKILLS_LABEL). */
export function formSkillsLabel(label: string): boolean {
  return FORM_SKILLS_LABEL.test(foldKey(label).trim().replace(/\s+/gu, ' '));
}

/**
 * The Europass CV's rows that hold no technology: the languages and their grid of CEFR levels, the
 * self-assessment grid of digital skills, the driving licence, in the languages the form ships ("Madrelingua",
 * "Patente o patenti", "Permis de conduire", "Führerschein", "Rijbewijs"). Such a row and the unlabelled grid lines
 * under it, up to a blank line or the next labelled row, are no skills list.
 */
const FORM_GRID =
  /^\s*(?:mother\s+tongue|levels?\s*:\s*A1|common\s+european\s+framework|driving\s+licen[cs]e|digital\s+skills\b.*self-assessment|madrelingua|langue\s+maternelle|muttersprache|lengua\s+materna|l[ií]ngua\s+materna|moedertaal|patente\s+(?:o\s+patenti|di\s+guida)|permis\s+de\s+conduire|f[üu]hrerschein|permiso\s+de\s+conducir|carta\s+de\s+condu[çc][ãa]o|rijbewijs)/iu;

/**
 * "Other language(s)" alone, before the grid's header or before a spoken language; before "Rust, Haskell"
 * it names programming languages.
 */
const OTHER_LANGUAGES = /^\s*other\s+languages?(?:\s*\(s\))?(?:\s{2,}|\t|\s*$)(.*)$/iu;
const CEFR_HEADER = /^(?:understanding|speaking|writing|listening|reading)\b/iu;

export function formGridRow(text: string): boolean {
  if (FORM_GRID.test(text)) return true;
  const other = OTHER_LANGUAGES.exec(text);
  if (!other) return false;
  const first = (other[1] as string).trim().split(/\s*[,;(]\s*|\s{2,}|\t/u)[0] as string;
  return first === '' || CEFR_HEADER.test(first) || isHumanLanguage(first);
}

/** The fields of an engagement record that make it a position. */
type RecordField = 'employer' | 'title' | 'dates';

/**
 * The labels of an engagement record's fields, as contractors and consultancies print one block per engagement
 * ("Client: Northmoor Bank", "Role: Data Engineer", "Period: February 2023 – present", then its location, its
 * technologies and its bullets).
 */
const RECORD_LABELS: [RecordField, RegExp][] = [
  ['employer', /^(?:client|customer|company|employer|organi[sz]ation|firm)(?:\s+name)?$/iu],
  ['title', /^(?:role|position|title|job\s+title|designation)$/iu],
  ['dates', /^(?:period|dates?|duration|when|tenure|timeline|time\s*frame)$/iu],
];

/** "Label: value", or "Label" a tab before its value (a Word table of labels and values reads as its own rows). */
const RECORD_LINE = /^\s*(\p{L}[\p{L} ]{0,24}?)\s*(?:[:：]|\t)\s*(\S(?:.*\S)?)\s*$/u;

function recordField(text: string): { field: RecordField; value: string; at: number; dated: boolean } | null {
  const found = RECORD_LINE.exec(text);
  if (!found) return null;
  const field = RECORD_LABELS.find(([, label]) => label.test(found[1] as string))?.[0];
  const value = found[2] as string;
  if (!field || (field === 'dates' && findDates(value).length === 0)) return null;
  const at = text.lastIndexOf(value);
  // "Client: Harborview Mutual, Richmond, VA      Jun 2022 - Till Date": the employer with the engagement's range
  // flush right after a gap, as US staffing résumés print it; the name is the value before the gap.
  const range = field === 'employer' ? findDates(value).find((date) => date.kind === 'range') : undefined;
  if (range && FLUSH_RIGHT_GAP.test(value.slice(0, range.start)) && /^\s*$/u.test(value.slice(range.end))) {
    const name = value.slice(0, range.start).trimEnd();
    return { field, value: name, at, dated: true };
  }
  return { field, value, at, dated: field === 'dates' };
}

/** The gap before a field set flush right: a tab or three blanks or more after a name. */
const FLUSH_RIGHT_GAP = /\S(?:\t|\s{3,})$/u;

/**
 * Engagement records: blocks of labelled lines (apart by blank lines, or where a field comes again) that name an
 * employer ("Client:", "Company:", "Organisation:") and the engagement's dates ("Period:", "Dates:", "Duration:",
 * "When:", or a range flush right on the employer's line). Each such block is a position of its own, its client the employer, unless it stands under a dated
 * header of the section that holds no record ("Consultant, Acme   2019 – 2022" over "Client: Aviva" / "Period: …"):
 * there the records are that position's engagements. Marks each record's employer line (`recordEmployer`).
 */
export function markEngagementRecords(infos: readonly LineInfo[]): void {
  let datedHeader = false;
  let block: { info: LineInfo; field: RecordField; value: string; at: number; dated: boolean }[] = [];
  const close = () => {
    const employer = block.find((entry) => entry.field === 'employer');
    if (employer && block.some((entry) => entry.dated) && !datedHeader)
      employer.info.recordEmployer = { value: employer.value, at: employer.at };
    block = [];
  };
  for (const info of infos) {
    if (info.line.blank) {
      close();
      continue;
    }
    const found = recordField(info.line.text);
    if (!found) {
      if (block.length === 0 && !info.line.bullet && info.dates.some((date) => date.kind === 'range'))
        datedHeader = true;
      continue;
    }
    if (block.some((entry) => entry.field === found.field)) close();
    block.push({ info, ...found });
  }
  close();
}

/**
 * True when `lines` hold an engagement record (see `markEngagementRecords`) that names the role held: a client or
 * employer with its dates and a title, in any order between blank lines.
 */
export function holdsEngagementRecords(lines: readonly DocLine[]): boolean {
  const infos = lines.map(lineInfo);
  markEngagementRecords(infos);
  return infos.some((info, index) => {
    if (info.recordEmployer === undefined) return false;
    const start = infos.findLastIndex((other, at) => at < index && other.line.blank);
    const end = infos.findIndex((other, at) => at > index && other.line.blank);
    return infos
      .slice(start + 1, end === -1 ? infos.length : end)
      .some((other) => recordField(other.line.text)?.field === 'title');
  });
}
