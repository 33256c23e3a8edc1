import type { EducationDocument, PositionDocument, ResumeDocument } from '../../resume/types.js';
import { atShapePrecision } from './dates.js';
import type { DegreeStyle, RenderStyle } from './style.js';

const DEGREES: Readonly<Record<string, Readonly<Record<DegreeStyle, string>>>> = {
  'B.S.': { abbreviated: 'B.S.', long: 'Bachelor of Science', european: 'BSc' },
  'M.S.': { abbreviated: 'M.S.', long: 'Master of Science', european: 'MSc' },
  'Ph.D.': { abbreviated: 'Ph.D.', long: 'Doctor of Philosophy', european: 'PhD' },
};

/** A degree as a style writes it; one the table does not know stays as it is. */
export function degreeName(studyType: string, style: DegreeStyle): string {
  return DEGREES[studyType]?.[style] ?? studyType;
}

/**
 * The résumé as the rendered document states it: the gold an extractor is scored against. Dates
 * lose the month when the style writes none, degrees are spelled as the style spells them, and
 * team and location are dropped when the style does not show them. Everything else is what the
 * generator made, and the renderers write every field left here that the scores count.
 */
export function presentResume(document: ResumeDocument, style: RenderStyle): ResumeDocument {
  // Prose writes months by name whatever the style says.
  const shape = style.layout === 'narrative' ? 'Month YYYY' : style.dateShape;
  const date = <T extends { startDate?: string | number; endDate?: string | number }>(entry: T): T => ({
    ...entry,
    ...(entry.startDate !== undefined && { startDate: atShapePrecision(entry.startDate, shape) }),
    ...(entry.endDate !== undefined && { endDate: atShapePrecision(entry.endDate, shape) }),
  });
  const position = (held: PositionDocument): PositionDocument => {
    const { team, location, ...rest } = date(held);
    return {
      ...rest,
      ...(style.showTeam && team !== undefined && { team }),
      ...(style.showLocation && location !== undefined && { location }),
    };
  };
  const education = (entry: EducationDocument): EducationDocument => ({
    ...date(entry),
    ...(entry.studyType !== undefined && { studyType: degreeName(entry.studyType, style.degreeStyle) }),
  });
  const { work, education: schools, ...rest } = document;
  return {
    ...rest,
    ...(work && {
      work: work.map(({ location, positions, ...employer }) => ({
        ...employer,
        ...(style.showLocation && location !== undefined && { location }),
        ...(positions && { positions: positions.map(position) }),
      })),
    }),
    ...(schools && { education: schools.map(education) }),
  };
}
