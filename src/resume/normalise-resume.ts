import { personId, projectId, roleId } from './ids.js';
import { formatPartialDate, parsePartialDate } from './parse-partial-date.js';
import type {
  LocationValue,
  PartialDateValue,
  Position,
  PositionDocument,
  Project,
  ProjectDocument,
  Resume,
  ResumeDocument,
  Skill,
} from './types.js';

/**
 * Maps a validated document (extended or plain JSON Resume) onto the internal model: positions
 * flattened in document order, ids decided, dates as canonical partial-ISO strings, locations as
 * text. Expects `validateResume` to have passed.
 */
export function normaliseResume(document: ResumeDocument, file: string): Resume {
  const id = personId(document, file);
  const positions: Position[] = [];
  document.work?.forEach((work, workIndex) => {
    const held: PositionDocument[] = work.positions ?? [work as PositionDocument];
    held.forEach((position, positionIndex) => {
      const path = work.positions ? `work[${workIndex}].positions[${positionIndex}]` : `work[${workIndex}]`;
      positions.push({
        path,
        id: roleId(id, workIndex, positionIndex, position.id),
        order: positions.length,
        employer: work.name.trim(),
        title: text(position.position),
        team: text(position.team),
        location: locationText(position.location) ?? locationText(work.location),
        startDate: date(position.startDate),
        endDate: date(position.endDate),
        // JSON Resume's single-position work entry: a start and no end means it is still held.
        current:
          position.current ??
          (work.positions === undefined &&
            position.startDate !== undefined &&
            position.endDate === undefined),
        summary: text(position.summary),
        highlights: position.highlights ?? [],
        note: text(position.note),
        source: position.source ?? null,
        technologies: unique(position.technologies ?? []),
        projects: (position.projects ?? []).map((item, index) =>
          project(item, `${path}.projects[${index}]`, id),
        ),
      });
    });
  });

  const skills: Skill[] = [];
  document.skills?.forEach((group, groupIndex) => {
    if (group.keywords && group.keywords.length > 0) {
      for (const [index, keyword] of group.keywords.entries()) {
        skills.push({
          path: `skills[${groupIndex}].keywords[${index}]`,
          name: keyword.trim(),
          group: group.name.trim(),
        });
      }
    } else {
      skills.push({ path: `skills[${groupIndex}].name`, name: group.name.trim(), group: null });
    }
  });

  return {
    file,
    id,
    headline: text(document.basics?.label),
    summary: text(document.basics?.summary),
    location: locationText(document.basics?.location),
    sourceDocument: text(document.source?.document),
    sourceLines: document.source?.lines === undefined ? null : String(document.source.lines),
    positions,
    education: (document.education ?? []).map((education, index) => ({
      path: `education[${index}]`,
      institution: education.institution.trim(),
      degree: text(education.studyType),
      area: text(education.area),
      startDate: date(education.startDate),
      endDate: date(education.endDate),
    })),
    skills,
    projects: (document.projects ?? []).map((item, index) => project(item, `projects[${index}]`, id)),
    publications: (document.publications ?? []).map((publication) => ({
      name: publication.name.trim(),
      type: publication.type ?? null,
      publisher: text(publication.publisher),
      releaseDate: date(publication.releaseDate),
      url: text(publication.url),
      count: publication.count ?? null,
      summary: text(publication.summary),
    })),
  };
}

/** A project with its id decided (`projectId`). */
function project(document: ProjectDocument, path: string, person: string): Project {
  const name = document.name.trim();
  return {
    path,
    id: projectId(person, document),
    name,
    description: text(document.description),
    entity: text(document.entity),
    startDate: date(document.startDate),
    endDate: date(document.endDate),
    technologies: unique([...(document.technologies ?? []), ...(document.keywords ?? [])]),
  };
}

function text(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function date(value: PartialDateValue | undefined): string | null {
  if (value === undefined) return null;
  const parsed = parsePartialDate(value);
  return parsed ? formatPartialDate(parsed) : null;
}

function locationText(location: LocationValue | undefined): string | null {
  if (location === undefined) return null;
  if (typeof location === 'string') return text(location);
  const parts = [location.address, location.city, location.region, location.postalCode, location.countryCode]
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()))];
}
