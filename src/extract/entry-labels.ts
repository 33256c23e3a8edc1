/**
 * Labelled entry blocks: a position written as a block of "label: value" lines ("Company: …", "Position: …",
 * "Dates: …", "City: …", "Department: …") in the language of the CV, as forms, job portals and Word templates
 * print them. This module holds the labels' vocabularies (English, Turkish, Spanish, Portuguese, French, German,
 * Italian, Dutch, Polish, Czech, Romanian, Indonesian/Malay, Vietnamese), compared as `foldKey` folds them.
 */

import { findDates } from './dates.js';
import { foldKey } from './fold.js';

/** What a labelled line of a position's block gives. `from`/`to` are the two ends of its dates. */
export type EntryLabelField = 'employer' | 'title' | 'dates' | 'from' | 'to' | 'location' | 'team';

/** Each field's labels, folded (`foldKey`: lower case, no accents, ı and İ as i), spaces single. */
const ENTRY_LABELS: Readonly<Record<EntryLabelField, readonly string[]>> = {
  employer: [
    // English
    'company',
    'company name',
    'employer',
    'employer name',
    'name of employer',
    'name of company',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'name of organisation',
    'name of organization',
    'firm',
    'employing organisation',
    'employing organization',
    // Turkish
    'firma',
    'firma adi',
    'sirket',
    'sirket adi',
    'kurum',
    'kurum adi',
    'kurulus',
    'isyeri',
    // Spanish
    'empresa',
    'nombre de la empresa',
    'empleador',
    'compania',
    'entidad',
    // Portuguese
    'empregador',
    'nome da empresa',
    'companhia',
    'instituicao',
    // French
    'entreprise',
    'employeur',
    'societe',
    'organisme',
    "nom de l'entreprise",
    // German
    'arbeitgeber',
    'unternehmen',
    'organisation',
    // Italian
    'azienda',
    'datore di lavoro',
    'nome azienda',
    'nome del datore di lavoro',
    // Dutch
    'werkgever',
    'bedrijf',
    'bedrijfsnaam',
    'organisatie',
    // Polish
    'pracodawca',
    'nazwa firmy',
    'nazwa pracodawcy',
    // Romanian
    'angajator',
    'angajatorul',
    'companie',
    'numele angajatorului',
    // Indonesian and Malay
    'perusahaan',
    'nama perusahaan',
    'instansi',
    'syarikat',
    'nama syarikat',
    'majikan',
    // Vietnamese
    'cong ty',
    'ten cong ty',
    'don vi',
    'noi lam viec',
  ],
  title: [
    'position',
    'position held',
    'job title',
    'title',
    'role',
    'job role',
    'designation',
    'post',
    'occupation',
    // Turkish
    'pozisyon',
    'pozisyonu',
    'unvan',
    'unvani',
    'gorev',
    'gorevi',
    // Spanish
    'cargo',
    'puesto',
    'funcion',
    'posicion',
    'titulo del puesto',
    // Portuguese
    'funcao',
    'posicao',
    // French
    'poste',
    'fonction',
    'intitule du poste',
    // German
    'funktion',
    'stelle',
    'berufsbezeichnung',
    'jobtitel',
    // Italian
    'ruolo',
    'posizione',
    'mansione',
    'qualifica',
    // Dutch
    'functie',
    'rol',
    'positie',
    'functietitel',
    // Polish
    'stanowisko',
    // Romanian
    'functia',
    'pozitie',
    'pozitia',
    // Indonesian and Malay
    'jabatan',
    'posisi',
    'jawatan',
    // Vietnamese
    'chuc vu',
    'vi tri',
  ],
  dates: [
    // Both ends under one label ("From – To:", "Desde/Hasta:", "Von – Bis:"), its dash or slash read as "/".
    'from/to',
    'from/till',
    'from/until',
    'start/end',
    'desde/hasta',
    'de/a',
    'du/au',
    'de/ate',
    'von/bis',
    'dal/al',
    'da/a',
    'van/tot',
    'od/do',
    'de la/pana la',
    'dari/sampai',
    'tu/den',
    'dates',
    'date',
    'period',
    'time period',
    'employment period',
    'duration',
    'tenure',
    'dates of employment',
    'employment dates',
    'dates employed',
    // Turkish
    'tarih',
    'tarihler',
    'tarihi',
    'calisma tarihleri',
    'calisma suresi',
    'sure',
    'donem',
    // Spanish
    'fecha',
    'fechas',
    'periodo',
    'duracion',
    // Portuguese
    'data',
    'datas',
    'duracao',
    // French
    'periode',
    'duree',
    // German
    'zeitraum',
    'dauer',
    'beschaftigungszeitraum',
    // Italian
    'durata',
    // Dutch
    'periode',
    'datum',
    'duur',
    // Polish
    'okres',
    'okres zatrudnienia',
    'daty',
    // Romanian
    'perioada',
    // Indonesian and Malay
    'tahun',
    'tempoh',
    'tarikh',
    // Vietnamese
    'thoi gian',
  ],
  from: [
    'from',
    'start',
    'start date',
    // A data file's keys ("date_start:", "startDate:"), underscores read as spaces.
    'date start',
    'startdate',
    'date from',
    'since',
    'baslangic',
    'baslangic tarihi',
    'desde',
    'fecha de inicio',
    'inicio',
    'data de inicio',
    'debut',
    'date de debut',
    'beginn',
    'von',
    'data inizio',
    'data di inizio',
    'begindatum',
    'data rozpoczecia',
    'data inceput',
    'data de inceput',
    'mulai',
    'tanggal mulai',
    'tu',
    // The day a person joined ("Fecha de ingreso", "Data de admissão", "Date d'entrée", "Eintrittsdatum", "Data di
    // assunzione", "Datum in dienst"), as Latin American hojas de vida and European HR forms label a job's start.
    'fecha de ingreso',
    'fecha ingreso',
    'ingreso',
    'fecha de entrada',
    'data de admissao',
    'admissao',
    'data de entrada',
    'data de ingresso',
    "date d'entree",
    "date d'embauche",
    'eintritt',
    'eintrittsdatum',
    'data di assunzione',
    'data assunzione',
    'datum in dienst',
    'in dienst',
    'nastup',
    'datum nastupu',
  ],
  to: [
    'to',
    'until',
    'end',
    'end date',
    'date end',
    'enddate',
    'date to',
    'bitis',
    'bitis tarihi',
    'hasta',
    'fecha de fin',
    'fecha de finalizacion',
    'fin',
    'data de fim',
    'data de termino',
    'date de fin',
    'ende',
    'bis',
    'data fine',
    'data di fine',
    'einddatum',
    'data zakonczenia',
    'data sfarsit',
    'data de sfarsit',
    'selesai',
    'tanggal selesai',
    'den',
    // The day a person left ("Fecha de retiro", "Fecha de egreso", "Data de saída", "Date de sortie", "Austrittsdatum",
    // "Data di cessazione", "Datum uit dienst"), the other half of the labels above.
    'fecha de retiro',
    'fecha retiro',
    'retiro',
    'fecha de egreso',
    'egreso',
    'fecha de salida',
    'salida',
    'fecha de terminacion',
    'fecha de termino',
    'data de saida',
    'data de desligamento',
    'data de demissao',
    'desligamento',
    'date de sortie',
    'date de depart',
    'austritt',
    'austrittsdatum',
    'data di cessazione',
    'data cessazione',
    'datum uit dienst',
    'uit dienst',
    'odchod',
    'datum odchodu',
  ],
  location: [
    'location',
    'city',
    'place',
    'work location',
    'job location',
    'company location',
    'office location',
    // Turkish
    'sehir',
    'il',
    'konum',
    'lokasyon',
    // Spanish
    'ubicacion',
    'ciudad',
    'lugar',
    'localidad',
    // Portuguese
    'local',
    'cidade',
    'localizacao',
    // French
    'lieu',
    'ville',
    'localisation',
    // German
    'ort',
    'standort',
    'arbeitsort',
    'stadt',
    // Italian
    'luogo',
    'citta',
    'sede',
    // Dutch
    'plaats',
    'locatie',
    'standplaats',
    // Polish
    'miejsce',
    'miasto',
    'lokalizacja',
    'miejscowosc',
    // Romanian
    'locatie',
    'locatia',
    'oras',
    'localitate',
    // Indonesian and Malay
    'lokasi',
    'kota',
    'bandar',
    // Vietnamese
    'dia diem',
    'thanh pho',
  ],
  team: [
    'department',
    'division',
    'business unit',
    // Turkish
    'departman',
    'bolum',
    'birim',
    // Spanish and Portuguese
    'departamento',
    'area',
    'setor',
    // French
    'departement',
    'service',
    // German
    'abteilung',
    'bereich',
    // Italian
    'dipartimento',
    'reparto',
    'divisione',
    // Dutch
    'afdeling',
    'divisie',
    // Polish
    'dzial',
    // Romanian
    'departament',
    'departamentul',
    // Indonesian and Malay
    'departemen',
    'divisi',
    'bahagian',
    // Vietnamese
    'phong ban',
    'bo phan',
  ],
};

const FIELD_OF_LABEL: ReadonlyMap<string, EntryLabelField> = new Map(
  (Object.entries(ENTRY_LABELS) as [EntryLabelField, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as const),
  ),
);

/**
 * "Label: value", "Label : value", "Label | value" (a Word table's row), "Label<TAB>value": a label of a few words
 * (letters, apostrophes, a slash or a dash between two labels, an underscore between a key's words), then its value.
 */
const LABELLED_LINE = /^\s*(\p{L}[\p{L}\p{M}'’ _/–—-]{0,40}?)\s*(?:[:：]|\s\|\s|\t)\s*(\S(?:.*\S)?)\s*$/u;

/** An empty quoted value ('' or ""), as a data file writes a field left empty. */
export const EMPTY_VALUE = /^(['"])\1$/u;

/**
 * A position's labelled line: its field, the value as written and where the value starts on the line; null for
 * any other line (an unknown label, "Job Function:", "Industry:", "Duties and responsibilities:" with nothing after,
 * a dates label whose value holds no date).
 */
export function entryLabel(text: string): { field: EntryLabelField; value: string; at: number } | null {
  const found = LABELLED_LINE.exec(text);
  if (!found) return null;
  const field = labelField(found[1] as string);
  if (field === null) return null;
  const value = found[2] as string;
  const at = (found[0] as string).lastIndexOf(value);
  // "date_end: ''": a data file's empty end, the position still held (as JSON Resume reads a missing endDate).
  if (field === 'to' && EMPTY_VALUE.test(value)) return { field, value, at };
  // "Data: PostgreSQL, BigQuery" (a skills line), "Period: three months": a dates label holds dates.
  if ((field === 'dates' || field === 'from' || field === 'to') && findDates(value).length === 0) return null;
  return { field, value, at };
}

/**
 * "Cargos", "Positionen", "Ruoli", "Funções", "Roles": a label naming a position's title or, in the plural, its
 * titles (English, German and Dutch "-s", "-en", "-n"; Spanish "-es"; Italian "-i" for "-o" and "-e"; Portuguese
 * "-ões" for "-ão").
 */
export function titlesLabel(label: string): boolean {
  const key = foldKey(label).replace(/\s+/gu, ' ').trim();
  const singular = [
    key,
    key.replace(/(?:es|s|en|n)$/u, ''),
    key.replace(/s$/u, ''),
    key.replace(/i$/u, 'o'),
    key.replace(/i$/u, 'e'),
    key.replace(/oes$/u, 'ao'),
  ];
  return singular.some((form) => FIELD_OF_LABEL.get(form) === 'title');
}

/** The field a label names ("Firma", "Job Title:", "FİRMA ADI"), whatever its case and accents; null for none. */
function labelField(label: string): EntryLabelField | null {
  const key = foldKey(label)
    .replace(/[:：]\s*$/u, '')
    .replace(/[’]/gu, "'")
    .replace(/_/gu, ' ')
    .replace(/\s*[/–—-]\s*/gu, '/')
    .replace(/\s+/gu, ' ')
    .trim();
  return FIELD_OF_LABEL.get(key) ?? null;
}

/** What sets a form's cells apart on one line: a tab, a wide gap, a bar between spaces (a Word table's cells). */
const CELL_GAP = /\t+|[ \u00a0]{2,}|[ \u00a0]\|[ \u00a0]/gu;

/** The spans of a line's cells, each trimmed, in order: the text between its cell gaps (CELL_GAP). */
export function lineCells(text: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let from = 0;
  for (const gap of [...text.matchAll(CELL_GAP), null]) {
    const to = gap ? (gap.index ?? 0) : text.length;
    const cell = text.slice(from, to);
    if (cell.trim() !== '') {
      const lead = cell.length - cell.trimStart().length;
      cells.push({ start: from + lead, end: from + cell.trimEnd().length });
    }
    if (gap) from = (gap.index ?? 0) + gap[0].length;
  }
  return cells;
}

/**
 * "Firma | Lodos Bilişim | Tarih | 2018 – 2021", "Company: Quillon Labs    Position: QA Engineer": a line holding
 * two of a position's labelled fields or more, each a label and its value (in one cell, or the label's cell then the
 * value's), one of them a field that makes a position (employer, title, dates). The span of each field on the line;
 * null for any other line (a cell that is neither a field nor a known label's value).
 */
export function labelledPairs(text: string): { start: number; end: number }[] | null {
  const cells = lineCells(text);
  if (cells.length < 2) return null;
  const pairs: { start: number; end: number }[] = [];
  let makesPosition = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as { start: number; end: number };
    const own = entryLabel(text.slice(cell.start, cell.end));
    const next = cells[i + 1];
    const field = labelField(text.slice(cell.start, cell.end));
    const paired =
      field !== null && next !== undefined && labelField(text.slice(next.start, next.end)) === null
        ? entryLabel(
            `${text.slice(cell.start, cell.end).replace(/[:：]\s*$/u, '')}: ${text.slice(next.start, next.end)}`,
          )
        : null;
    if (paired) {
      pairs.push({ start: cell.start, end: (next as { end: number }).end });
      makesPosition ||= paired.field !== 'location' && paired.field !== 'team';
      i++;
    } else if (own) {
      pairs.push(cell);
      makesPosition ||= own.field !== 'location' && own.field !== 'team';
    } else return null;
  }
  return pairs.length >= 2 && makesPosition ? pairs : null;
}
