import type { ResumeDocument } from '../../../src/resume/types.js';

/**
 * Every name the extraction scores compare (employers, titles, technologies, schools, degrees), as a gold
 * writes them: what a hand-written gold must find in its document.
 */
export function scoredNames(gold: ResumeDocument): string[] {
  return [
    ...(gold.work ?? []).flatMap((work) => [
      work.name,
      ...(work.positions ?? []).flatMap((position) => [
        position.position ?? '',
        ...(position.technologies ?? []),
        ...(position.projects ?? []).flatMap((project) => project.technologies ?? []),
      ]),
    ]),
    ...(gold.education ?? []).flatMap((entry) => [entry.institution, entry.studyType ?? '']),
    ...(gold.projects ?? []).flatMap((project) => project.technologies ?? []),
    ...(gold.skills ?? []).flatMap((skill) => skill.keywords ?? []),
  ].filter((name) => name !== '');
}
