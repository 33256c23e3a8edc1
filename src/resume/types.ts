/**
 * Two shapes of a résumé: `ResumeDocument` is the file as written (schema/resume.schema.json,
 * JSON Resume plus extensions) and `Resume` is the internal model the loader works from, with
 * positions flattened, dates as strings and ids decided.
 */

export type PartialDateValue = string | number;

export interface LocationObject {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export type LocationValue = string | LocationObject;

/** Where an entry was read in its source document (the extractor sets it; schema `entrySource`). */
export interface EntrySource {
  /** "N" or "N-M", 1-based lines of the document's text. */
  lines: string;
  /** From 0 to 1. */
  confidence?: number;
}

export interface ProjectDocument {
  id?: string;
  name: string;
  description?: string;
  entity?: string;
  type?: string;
  url?: string;
  roles?: string[];
  startDate?: PartialDateValue;
  endDate?: PartialDateValue;
  highlights?: string[];
  technologies?: string[];
  keywords?: string[];
  note?: string;
  source?: EntrySource;
}

export interface PositionDocument {
  id?: string;
  /** The title; JSON Resume leaves it optional, and some résumés name none. */
  position?: string;
  team?: string;
  location?: LocationValue;
  startDate?: PartialDateValue;
  endDate?: PartialDateValue;
  current?: boolean;
  summary?: string;
  highlights?: string[];
  technologies?: string[];
  projects?: ProjectDocument[];
  note?: string;
  source?: EntrySource;
}

/** An employer with `positions`, or (plain JSON Resume) the fields of a single position. */
export interface WorkDocument extends Partial<PositionDocument> {
  name: string;
  url?: string;
  description?: string;
  positions?: PositionDocument[];
}

export interface EducationDocument {
  institution: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: PartialDateValue;
  endDate?: PartialDateValue;
  score?: string;
  courses?: string[];
  note?: string;
  source?: EntrySource;
}

export interface SkillDocument {
  name: string;
  level?: string;
  keywords?: string[];
  source?: EntrySource;
}

export type PublicationType = 'paper' | 'patent' | 'talk';

export interface PublicationDocument {
  name: string;
  type?: PublicationType;
  publisher?: string;
  releaseDate?: PartialDateValue;
  url?: string;
  count?: number;
  summary?: string;
  note?: string;
  source?: EntrySource;
}

export interface ResumeDocument {
  $schema?: string;
  id?: string;
  source?: { document: string; lines?: string | number };
  basics?: {
    name?: string;
    label?: string;
    summary?: string;
    location?: LocationObject;
    [key: string]: unknown;
  };
  work?: WorkDocument[];
  education?: EducationDocument[];
  skills?: SkillDocument[];
  projects?: ProjectDocument[];
  publications?: PublicationDocument[];
  meta?: Record<string, unknown>;
  [section: string]: unknown;
}

export interface Project {
  /** Where it is in the file, e.g. `work[1].positions[0].projects[2]`. */
  path: string;
  id: string;
  name: string;
  description: string | null;
  entity: string | null;
  startDate: string | null;
  endDate: string | null;
  /** As written; the catalogue resolves them. */
  technologies: string[];
}

export interface Position {
  /** Where it is in the file, e.g. `work[1].positions[0]` or `work[3]`. */
  path: string;
  id: string;
  /** 0 for the first position listed in the document. */
  order: number;
  /** Employer as written. */
  employer: string;
  /** Null when the résumé names no title: none is invented. */
  title: string | null;
  team: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  summary: string | null;
  highlights: string[];
  note: string | null;
  /** Where the position was read in the source document (`source.document` of the résumé). */
  source: EntrySource | null;
  technologies: string[];
  projects: Project[];
}

export interface Education {
  path: string;
  institution: string;
  degree: string | null;
  area: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface Skill {
  path: string;
  /** The technology as written. */
  name: string;
  /** The skills group it was listed under; null for a group-less skill. */
  group: string | null;
}

export interface Publication {
  name: string;
  type: PublicationType | null;
  publisher: string | null;
  releaseDate: string | null;
  url: string | null;
  count: number | null;
  summary: string | null;
}

export interface Resume {
  /** The file it came from, as given to the loader. */
  file: string;
  id: string;
  headline: string | null;
  summary: string | null;
  location: string | null;
  sourceDocument: string | null;
  sourceLines: string | null;
  /** Every position of every employer, in document order. */
  positions: Position[];
  education: Education[];
  skills: Skill[];
  /** Projects outside any position. */
  projects: Project[];
  publications: Publication[];
}
