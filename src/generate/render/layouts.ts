import type {
  EducationDocument,
  LocationValue,
  PositionDocument,
  ProjectDocument,
  ResumeDocument,
  WorkDocument,
} from '../../resume/types.js';
import { listed } from '../generate-resumes.js';
import { type Block, BREAK, bold, italic, line, type Page, plain, type Span } from './blocks.js';
import { formatRange, proseDate } from './dates.js';
import type { Layout, RenderStyle } from './style.js';

/**
 * Lays out a presented résumé (see present.ts) as a page. Every field the evaluation scores
 * (company, title, dates, technologies per position, school, degree) is written; what the gold
 * dropped (team, location) is not.
 */
export function layOut(resume: ResumeDocument, style: RenderStyle): Page {
  return LAYOUTS[style.layout](resume, new Writer(style));
}

const LAYOUTS: Readonly<Record<Layout, (resume: ResumeDocument, writer: Writer) => Page>> = {
  'one-column': (resume, writer) => {
    const skills = writer.skills(resume);
    return {
      main: [
        ...writer.top(resume, true),
        ...writer.summary(resume),
        ...(writer.style.skillsFirst ? skills : []),
        ...writer.experience(resume, (work) => writer.entries(work)),
        ...writer.projects(resume),
        ...writer.education(resume, (entry) => writer.educationLines(entry)),
        ...(writer.style.skillsFirst ? [] : skills),
      ],
    };
  },
  sidebar: (resume, writer) => ({
    main: [
      ...writer.top(resume, false),
      ...writer.summary(resume),
      ...writer.experience(resume, (work) => writer.entries(work)),
      ...writer.projects(resume),
    ],
    sidebar: [
      writer.heading('Contact'),
      ...writer.contactLines(resume).map((text) => line(plain(text))),
      ...writer.skills(resume, true),
      ...writer.education(resume, (entry) => writer.educationStack(entry)),
    ],
  }),
  'date-column': (resume, writer) => ({
    main: [
      ...writer.top(resume, true),
      ...writer.summary(resume),
      ...writer.experience(resume, (work) =>
        (work.positions ?? []).map((position) => ({
          type: 'dated' as const,
          date: writer.dateCell(position),
          blocks: [...writer.datelessHeader(work, position), ...writer.details(work, position)],
        })),
      ),
      ...writer.projects(resume),
      ...writer.education(resume, (entry) => [
        {
          type: 'dated',
          date: writer.dateCell(entry),
          blocks: [line(bold(entry.institution)), line(plain(writer.degreeText(entry)))],
        },
      ]),
      ...writer.skills(resume),
    ],
  }),
  'table-header': (resume, writer) => ({
    main: [
      ...writer.top(resume, true),
      ...writer.summary(resume),
      ...(writer.style.skillsFirst ? writer.skillsTable(resume) : []),
      ...writer.experience(resume, (work) =>
        (work.positions ?? []).flatMap((position): Block[] => [
          BREAK,
          {
            type: 'table',
            rows: [
              [
                work.name,
                position.position ?? '',
                writer.range(position),
                ...(writer.location(work) ? [writer.location(work)] : []),
              ],
            ],
          },
          ...writer.details(work, position, false),
        ]),
      ),
      ...writer.projects(resume),
      ...writer.education(resume, (entry) => [
        { type: 'table', rows: [[entry.institution, writer.degreeText(entry), writer.range(entry)]] },
      ]),
      ...(writer.style.skillsFirst ? [] : writer.skillsTable(resume)),
    ],
  }),
  narrative: (resume, writer) => ({
    main: [
      ...writer.top(resume, true),
      writer.heading(writer.style.sections.summary),
      ...(resume.basics?.summary ? [line(plain(resume.basics.summary))] : []),
      ...[...(resume.work ?? [])]
        .reverse()
        .flatMap((work, index) => [BREAK, line(plain(writer.story(work, index === 0)))]),
      ...writer.projects(resume),
      ...writer.education(resume, (entry) => [line(plain(writer.educationSentence(entry)))]),
      ...writer.skills(resume),
    ],
  }),
};

const article = (word: string) => (/^[AEIOU]/i.test(word) ? 'an' : 'a');
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The pieces every layout is made of, written in one style. */
class Writer {
  constructor(readonly style: RenderStyle) {}

  heading(text: string): Block {
    return { type: 'heading', text: this.style.upperCaseHeadings ? text.toUpperCase() : text };
  }

  range(entry: { startDate?: string | number; endDate?: string | number; current?: boolean }): string {
    return formatRange(entry, {
      shape: this.style.dateShape,
      dash: this.style.rangeDash,
      presentWord: this.style.presentWord,
    });
  }

  /** The date column's lines: the range, or its start and its end one above the other. */
  dateCell(entry: { startDate?: string | number; endDate?: string | number; current?: boolean }): string[] {
    const range = this.range(entry);
    if (
      !this.style.splitDates ||
      entry.startDate === undefined ||
      (entry.endDate === undefined && !entry.current)
    ) {
      return [range];
    }
    const start = this.range({ startDate: entry.startDate });
    return [
      `${start}${this.style.rangeDash.trimEnd()}`,
      range.slice(start.length + this.style.rangeDash.length),
    ];
  }

  location(work: WorkDocument): string {
    return locationText(work.location, this.style.countryInLocation);
  }

  contactLines(resume: ResumeDocument): string[] {
    const basics = resume.basics ?? {};
    const home = locationText(basics.location, true);
    return [basics.email, home].filter((text): text is string => typeof text === 'string' && text !== '');
  }

  /** Name, headline and (when `contact`) the contact line. */
  top(resume: ResumeDocument, contact: boolean): Block[] {
    const basics = resume.basics ?? {};
    return [
      ...(basics.name ? [{ type: 'name' as const, text: basics.name }] : []),
      ...(basics.label ? [{ type: 'subtitle' as const, text: basics.label }] : []),
      ...(contact && this.contactLines(resume).length > 0
        ? [{ type: 'subtitle' as const, text: this.contactLines(resume).join(' · ') }]
        : []),
    ];
  }

  summary(resume: ResumeDocument): Block[] {
    const text = resume.basics?.summary;
    return text ? [this.heading(this.style.sections.summary), line(plain(text))] : [];
  }

  experience(resume: ResumeDocument, entry: (work: WorkDocument) => Block[]): Block[] {
    const work = resume.work ?? [];
    return work.length === 0 ? [] : [this.heading(this.style.sections.experience), ...work.flatMap(entry)];
  }

  /** An employer's positions with headings in the style's order. */
  entries(work: WorkDocument): Block[] {
    const positions = work.positions ?? [];
    const where = this.location(work);
    const { separator } = this.style;
    switch (this.style.header) {
      case 'stacked':
        return [
          BREAK,
          line(bold(work.name), plain(where ? `, ${where}` : '')),
          ...positions.flatMap((position) => [
            line(bold(position.position ?? '')),
            line(italic(this.range(position))),
            ...this.details(work, position, false),
          ]),
        ];
      case 'company-title-dates':
        return positions.flatMap((position) => [
          BREAK,
          line(
            bold(work.name),
            plain(`${separator}${position.position ?? ''}`),
            plain(where ? `${separator}${where}` : ''),
            plain(` (${this.range(position)})`),
          ),
          ...this.details(work, position, false),
        ]);
      case 'title-company-dates': {
        const before = separator === ', ' ? ' | ' : separator;
        return positions.flatMap((position) => [
          BREAK,
          line(
            bold(position.position ?? ''),
            plain(`, ${work.name}`),
            plain(`${before}${this.range(position)}`),
          ),
          ...this.details(work, position),
        ]);
      }
      case 'title-at-company':
        return positions.flatMap((position) => [
          BREAK,
          line(bold(position.position ?? ''), plain(' at '), bold(work.name)),
          line(italic(this.range(position)), plain(where ? ` · ${where}` : '')),
          ...this.details(work, position, false),
        ]);
      case 'dates-title-company':
        return positions.flatMap((position) => [
          BREAK,
          line(plain(`${this.range(position)}: `), bold(position.position ?? ''), plain(` (${work.name})`)),
          ...this.details(work, position),
        ]);
    }
  }

  /** The heading of a position whose dates stand in the date column. */
  datelessHeader(work: WorkDocument, position: PositionDocument): Block[] {
    const title = position.position ?? '';
    const where = this.location(work);
    switch (this.style.header) {
      case 'company-title-dates':
        return [
          line(bold(work.name), plain(`${this.style.separator}${title}`), plain(where ? `, ${where}` : '')),
        ];
      case 'title-company-dates':
        return [line(bold(title), plain(`, ${work.name}`), plain(where ? `, ${where}` : ''))];
      case 'title-at-company':
        return [line(bold(title), plain(' at '), plain(work.name), plain(where ? `, ${where}` : ''))];
      default:
        return [line(bold(title)), line(plain(work.name), plain(where ? `, ${where}` : ''))];
    }
  }

  /** Team and location (unless the heading carried it), bullets, projects and the technology line. */
  details(work: WorkDocument, position: PositionDocument, withLocation = true): Block[] {
    const team = position.team
      ? this.style.teamLabelFirst
        ? `Team: ${position.team}`
        : `${position.team} team`
      : '';
    const where = withLocation && this.style.layout !== 'date-column' ? this.location(work) : '';
    const about = [team, where].filter((text) => text !== '').join(' · ');
    const technologies = position.technologies ?? [];
    return [
      ...(about ? [line(italic(about))] : []),
      ...((position.highlights ?? []).length > 0
        ? [{ type: 'bullets' as const, items: (position.highlights ?? []).map((text) => [plain(text)]) }]
        : []),
      ...(position.projects ?? []).map((project) => line(plain('Project: '), ...projectSpans(project))),
      ...(technologies.length > 0
        ? [line(bold(`${this.style.technologyLabel}: `), plain(technologies.join(', ')))]
        : []),
    ];
  }

  projects(resume: ResumeDocument): Block[] {
    const projects = resume.projects ?? [];
    if (projects.length === 0) return [];
    return [
      this.heading(this.style.sections.projects),
      ...projects.map((project) =>
        line(
          bold(project.name),
          plain(project.description ? `${this.style.separator}${project.description}` : ''),
        ),
      ),
    ];
  }

  education(resume: ResumeDocument, entry: (education: EducationDocument) => Block[]): Block[] {
    const education = resume.education ?? [];
    return education.length === 0
      ? []
      : [
          this.heading(this.style.sections.education),
          ...education.flatMap((item) => [BREAK, ...entry(item)]),
        ];
  }

  degreeText(entry: EducationDocument): string {
    if (!entry.studyType) return entry.area ?? '';
    return entry.area ? `${entry.studyType} in ${entry.area}` : entry.studyType;
  }

  educationLines(entry: EducationDocument): Block[] {
    if (this.style.header === 'stacked') {
      return [
        line(bold(entry.institution)),
        line(plain(this.degreeText(entry))),
        line(italic(this.range(entry))),
      ];
    }
    return [
      line(
        bold(entry.institution),
        plain(`${this.style.separator}${this.degreeText(entry)}`),
        plain(` (${this.range(entry)})`),
      ),
    ];
  }

  educationStack(entry: EducationDocument): Block[] {
    return [
      line(bold(this.degreeText(entry))),
      line(plain(entry.institution)),
      line(italic(this.range(entry))),
    ];
  }

  educationSentence(entry: EducationDocument): string {
    const start = entry.startDate === undefined ? '' : ` from ${proseDate(entry.startDate)}`;
    const end = entry.endDate === undefined ? '' : ` to ${proseDate(entry.endDate)}`;
    const degree = entry.studyType
      ? ` and graduated with ${article(entry.studyType)} ${entry.studyType}`
      : '';
    return `I studied ${entry.area ?? 'there'} at ${entry.institution}${start}${end}${degree}.`;
  }

  skills(resume: ResumeDocument, onePerLine = this.style.skillsOnePerLine): Block[] {
    const groups = (resume.skills ?? []).filter((group) => (group.keywords ?? []).length > 0);
    if (groups.length === 0) return [];
    return [
      this.heading(this.style.sections.skills),
      ...groups.flatMap((group): Block[] =>
        onePerLine
          ? [line(bold(group.name)), ...(group.keywords ?? []).map((keyword) => line(plain(keyword)))]
          : [line(bold(`${group.name}: `), plain((group.keywords ?? []).join(', ')))],
      ),
    ];
  }

  skillsTable(resume: ResumeDocument): Block[] {
    const groups = (resume.skills ?? []).filter((group) => (group.keywords ?? []).length > 0);
    if (groups.length === 0) return [];
    return [
      this.heading(this.style.sections.skills),
      { type: 'table', rows: groups.map((group) => [group.name, (group.keywords ?? []).join(', ')]) },
    ];
  }

  /**
   * An employer told in sentences, oldest position first: "From April 2016 to November 2017 I
   * worked at Stripe as a Backend Engineer." A later position there is a promotion that names no
   * company, as people write it; an ongoing one is "Since June 2021 I have been ...".
   */
  story(work: WorkDocument, first: boolean): string {
    const where = this.location(work) ? ` in ${this.location(work).split(',')[0]}` : '';
    const positions = [...(work.positions ?? [])].reverse();
    return positions
      .map((position, index) => {
        const title = position.position ?? '';
        const a = `${article(title)} ${title}`;
        const start = position.startDate === undefined ? '' : proseDate(position.startDate);
        const end = position.endDate === undefined ? '' : proseDate(position.endDate);
        let opening: string;
        if (index > 0) {
          opening = position.current
            ? `Since ${start} I have been ${title} there.`
            : `In ${start} I was promoted to ${title}, a role I held until ${end}.`;
        } else if (position.current) {
          opening = `Since ${start} I have been ${a} at ${work.name}${where}.`;
        } else if (first) {
          opening = `I began my career in ${start} at ${work.name}${where} as ${a}, and stayed until ${end}.`;
        } else {
          opening = `From ${start} to ${end} I worked at ${work.name}${where} as ${a}.`;
        }
        const team = position.team ? ` I was part of the ${position.team} team.` : '';
        const highlights = (position.highlights ?? []).map(
          (text) => ` I ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
        );
        const projects = (position.projects ?? []).map(
          (project) =>
            ` ${sentence(`one of my projects was ${project.name}${project.technologies?.length ? `, built with ${listed(project.technologies)}` : ''}.`)}`,
        );
        const technologies = position.technologies?.length
          ? ` Day to day I worked with ${listed(position.technologies)}.`
          : '';
        return `${opening}${team}${highlights.join('')}${projects.join('')}${technologies}`;
      })
      .join(' ');
  }
}

function projectSpans(project: ProjectDocument): Span[] {
  const technologies = project.technologies ?? [];
  return [bold(project.name), plain(technologies.length > 0 ? ` (${technologies.join(', ')})` : '')];
}

function locationText(location: LocationValue | undefined, withCountry: boolean): string {
  if (location === undefined) return '';
  if (typeof location === 'string') return location;
  const country = withCountry ? (location.region ?? location.countryCode) : undefined;
  return [location.city, country].filter((part) => part !== undefined && part !== '').join(', ');
}
