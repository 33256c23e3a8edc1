import type { Random } from '../random.js';

/** The five page layouts of the rendered corpus. */
export const LAYOUTS = ['one-column', 'sidebar', 'date-column', 'table-header', 'narrative'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The four document formats each résumé is rendered into. */
export const FORMATS = ['text', 'markdown', 'pdf', 'docx'] as const;
export type RenderFormat = (typeof FORMATS)[number];

export const EXTENSIONS: Readonly<Record<RenderFormat, string>> = {
  text: '.txt',
  markdown: '.md',
  pdf: '.pdf',
  docx: '.docx',
};

/**
 * How a month is written. `year` drops the month, so a résumé rendered with it is as precise as
 * a year (its gold follows). `yy` is the apostrophe year, `Jun '18`.
 */
export const DATE_SHAPES = [
  'Mon YYYY',
  'Month YYYY',
  'YYYY/MM',
  'MM/YYYY',
  'YYYY.MM',
  'YYYY-MM',
  "Mon 'YY",
  'YYYY',
] as const;
export type DateShape = (typeof DATE_SHAPES)[number];

/** How an entry's heading orders company, title and dates. */
export const HEADER_ORDERS = [
  'company-title-dates', // Stripe — Senior Engineer (Apr 2016 - Nov 2017)
  'title-company-dates', // Senior Engineer, Stripe | Apr 2016 - Nov 2017
  'title-at-company', //   Senior Engineer at Stripe, dates on the next line
  'stacked', //            Stripe / Senior Engineer / dates, one company line for all its positions
  'dates-title-company', // Apr 2016 - Nov 2017: Senior Engineer (Stripe)
] as const;
export type HeaderOrder = (typeof HEADER_ORDERS)[number];

export const DEGREE_STYLES = ['abbreviated', 'long', 'european'] as const;
export type DegreeStyle = (typeof DEGREE_STYLES)[number];

export interface SectionNames {
  summary: string;
  experience: string;
  education: string;
  skills: string;
  projects: string;
}

/** Every choice a rendering makes that real résumés make differently, drawn once per résumé. */
export interface RenderStyle {
  layout: Layout;
  dateShape: DateShape;
  /** Between the two ends of a range: ` - `, ` – `, ` to `, `–`... */
  rangeDash: string;
  /** The word for an ongoing end. */
  presentWord: string;
  header: HeaderOrder;
  /** Between the parts of a one-line heading: ` — `, ` | `, `, `. */
  separator: string;
  sections: SectionNames;
  upperCaseHeadings: boolean;
  bullet: string;
  /** The label of a position's technology line: `Technologies`, `Stack`... */
  technologyLabel: string;
  showTeam: boolean;
  showLocation: boolean;
  /** `Berlin` or `Berlin, DE`. */
  countryInLocation: boolean;
  degreeStyle: DegreeStyle;
  /** Skills as `Group: a, b` lines, or one name a line under each group. */
  skillsOnePerLine: boolean;
  /** Skills before experience, as many résumés put them. */
  skillsFirst: boolean;
  /** `Team: Payments` or `Payments team`. */
  teamLabelFirst: boolean;
  /** Which side a sidebar stands on (PDF, Word). */
  sidebarLeft: boolean;
  /** In a date column, the end of a range on the line below its start. */
  splitDates: boolean;
}

const EXPERIENCE = [
  'Experience',
  'Work Experience',
  'Work History',
  'Professional Experience',
  'Employment',
  'Employment History',
  'Career',
];
const SKILLS = ['Skills', 'Technical Skills', 'Technologies', 'Tech Stack', 'Toolbox', 'Core Competencies'];
const EDUCATION = ['Education', 'Academic Background', 'Education & Training', 'Studies'];
const SUMMARY = ['Summary', 'Profile', 'Professional Summary', 'About', 'Objective'];
const PROJECTS = ['Projects', 'Open Source', 'Side Projects', 'Selected Projects'];
const PRESENT = ['Present', 'present', 'Now', 'now', 'Current', 'Till date', 'Today', 'ongoing'];
const DASHES = [' - ', ' – ', ' — ', ' to ', '–', ' -- '];
const BULLETS = ['•', '-', '*', '–', '▪', '◦', '>'];
const TECHNOLOGY_LABELS = ['Technologies', 'Tech stack', 'Stack', 'Environment', 'Tools', 'Key technologies'];
const SEPARATORS = [' — ', ' | ', ', ', ' - ', ' · '];

/** The style of one rendered résumé: its layout is given, every other choice is drawn from `random`. */
export function chooseStyle(layout: Layout, random: Random): RenderStyle {
  const dateShape = random.pick(DATE_SHAPES);
  // `Apr 2016 to Nov 2017` reads naturally; `2019/12 to 2021/09` rarely appears.
  const wordy = dateShape === 'Mon YYYY' || dateShape === 'Month YYYY' || dateShape === 'YYYY';
  const dashes = wordy ? DASHES : DASHES.filter((dash) => dash !== ' to ');
  return {
    layout,
    dateShape,
    rangeDash: random.pick(dashes),
    presentWord: random.pick(PRESENT),
    header: random.pick(HEADER_ORDERS),
    separator: random.pick(SEPARATORS),
    sections: {
      summary: layout === 'narrative' ? 'About me' : random.pick(SUMMARY),
      experience: random.pick(EXPERIENCE),
      education: random.pick(EDUCATION),
      skills: layout === 'narrative' && random.chance(0.5) ? 'Things I use' : random.pick(SKILLS),
      projects: random.pick(PROJECTS),
    },
    upperCaseHeadings: random.chance(0.4),
    bullet: random.pick(BULLETS),
    technologyLabel: random.pick(TECHNOLOGY_LABELS),
    showTeam: random.chance(0.7),
    showLocation: random.chance(0.7),
    countryInLocation: random.chance(0.5),
    degreeStyle: random.pick(DEGREE_STYLES),
    skillsOnePerLine: random.chance(0.3),
    skillsFirst: random.chance(0.3),
    teamLabelFirst: random.chance(0.5),
    sidebarLeft: random.chance(0.5),
    splitDates: random.chance(0.3),
  };
}
