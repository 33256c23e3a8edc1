import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import {
  BULLETS,
  DATE_SHAPES,
  experienceHeading,
  HEADING_STYLES,
  HEADINGS,
  headerBlocks,
  LAYOUTS,
  type PositionHeader,
  positionHeaders,
  renderDates,
  restyleHeadings,
  rewriteBullets,
  rewriteDates,
  rewriteHeading,
  rewriteLayout,
  VARIANT_FAMILIES,
  variantsOf,
} from '../../../src/eval/variants.js';
import { findDates, rangeOf } from '../../../src/extract/dates.js';
import type { ExtractedFact } from '../../../src/extract/types.js';
import { Random } from '../../../src/generate/random.js';
import type { ResumeDocument } from '../../../src/resume/types.js';

/** A fact on 1-based line `line` (as the extractor numbers them). */
const fact = (path: string, value: string, line: number): ExtractedFact => ({
  path,
  value,
  line,
  endLine: line,
  confidence: 0.9,
});

// Two employers, the first with two titles under one employer line.
const LINES = [
  'Jane Doe', // 0
  '',
  '## Work Experience', // 2
  '',
  'Acme Corp, Berlin', // 4
  'Staff Engineer | Jan 2020 - Present', // 5
  '- Led the platform team', // 6
  '- Cut build times in half', // 7
  'Senior Engineer | Mar 2017 - Dec 2019', // 8
  '* Built the billing service', // 9
  '',
  'Globex', // 11
  'Engineer', // 12
  '2014 - 2017', // 13
  '• Wrote the first API', // 14
  '',
  'Education', // 16
  '- BSc, Uppsala University', // 17
];

const RESUME: ResumeDocument = {
  work: [
    {
      name: 'Acme Corp',
      positions: [
        { position: 'Staff Engineer', startDate: '2020-01', current: true },
        { position: 'Senior Engineer', startDate: '2017-03', endDate: '2019-12' },
      ],
    },
    { name: 'Globex', positions: [{ position: 'Engineer', startDate: '2014', endDate: '2017' }] },
  ],
} as ResumeDocument;

const FACTS: ExtractedFact[] = [
  fact('work[0].name', 'Acme Corp', 5),
  fact('work[0].positions[0].position', 'Staff Engineer', 6),
  fact('work[0].positions[0].startDate', '2020-01', 6),
  fact('work[0].positions[0].current', 'true', 6),
  fact('work[0].positions[1].position', 'Senior Engineer', 9),
  fact('work[0].positions[1].startDate', '2017-03', 9),
  fact('work[0].positions[1].endDate', '2019-12', 9),
  fact('work[0].positions[0].technologies[0]', 'Go', 7),
  fact('work[1].name', 'Globex', 12),
  fact('work[1].positions[0].position', 'Engineer', 13),
  fact('work[1].positions[0].startDate', '2014', 14),
  fact('work[1].positions[0].endDate', '2017', 14),
];

const EXTRACTION = { facts: FACTS, resume: RESUME };

function headers(): PositionHeader[] {
  const found = positionHeaders(EXTRACTION);
  if (!found) throw new Error('expected the constructed positions to have headers');
  return found;
}

describe('positionHeaders', () => {
  it('gives each position its values and the lines of its company, title and dates, in document order', () => {
    expect(headers()).toEqual([
      {
        company: 'Acme Corp',
        title: 'Staff Engineer',
        start: '2020-01',
        end: undefined,
        current: true,
        lines: [4, 5],
        dateLine: 5,
      },
      {
        company: 'Acme Corp',
        title: 'Senior Engineer',
        start: '2017-03',
        end: '2019-12',
        current: false,
        lines: [4, 8],
        dateLine: 8,
      },
      {
        company: 'Globex',
        title: 'Engineer',
        start: '2014',
        end: '2017',
        current: false,
        lines: [11, 12, 13],
        dateLine: 13,
      },
    ]);
  });

  it('gives nothing when a position has no start, or its dates stand on two lines', () => {
    const noStart = {
      facts: FACTS,
      resume: { work: [{ name: 'Globex', positions: [{ position: 'Engineer' }] }] } as ResumeDocument,
    };
    expect(positionHeaders(noStart)).toBeNull();
    const split = FACTS.map((f) =>
      f.path === 'work[1].positions[0].endDate' ? { ...f, line: 15, endLine: 15 } : f,
    );
    expect(positionHeaders({ facts: split, resume: RESUME })).toBeNull();
  });
});

describe('headerBlocks', () => {
  it('gives an employer line shared by two titles to the first, and each position its own lines', () => {
    expect(headerBlocks(LINES, headers())).toEqual([[4, 5], [8], [11, 12, 13]]);
  });

  it('refuses a header that is a sentence of prose', () => {
    const prose = [...LINES];
    prose[13] = '2014 - 2017 I wrote the first public API of the company and ran its on-call rota alone';
    expect(headerBlocks(prose, headers())).toBeNull();
  });

  it('refuses a position whose facts stand far apart', () => {
    const far = headers().map((header, k) => (k === 2 ? { ...header, lines: [11, 17] } : header));
    expect(headerBlocks(LINES, far)).toBeNull();
  });
});

describe('renderDates', () => {
  const month: PositionHeader = { ...headers()[1], start: '2016-04', end: '2017-11' } as PositionHeader;
  const years: PositionHeader = headers()[2] as PositionHeader;
  const ongoing: PositionHeader = headers()[0] as PositionHeader;

  it('writes the same dates in each shape, each end at the precision it has', () => {
    const written = DATE_SHAPES.map((shape) => renderDates(month, shape, new Random(3)));
    expect(written[0]).toMatch(/^Apr 2016(?: [-–—] |–)Nov 2017$/u);
    expect(written[1]).toMatch(/^04\/2016 [-–—] 11\/2017$/u);
    expect(written[2]).toMatch(/^2016\.04 [-–—] 2017\.11$/u);
    expect(written[3]).toBe('April 2016 to November 2017');
    expect(written[4]).toMatch(/^Apr '16 [-–] Nov '17$/u);
    expect(written[5]).toMatch(/^2016-04(?: [–—] | to )2017-11$/u);
    expect(written[6]).toMatch(/^2016\/04 [-–—] 2017\/11$/u);
    expect(renderDates(years, DATE_SHAPES[4] as (typeof DATE_SHAPES)[number], new Random(3))).toMatch(
      /^2014 [-–] 2017$/u,
    );
    expect(renderDates(years, DATE_SHAPES[1] as (typeof DATE_SHAPES)[number], new Random(3))).toMatch(
      /^2014 [-–—] 2017$/u,
    );
    expect(renderDates(ongoing, DATE_SHAPES[0] as (typeof DATE_SHAPES)[number], new Random(3))).toMatch(
      /^Jan 2020 [-–—] (?:Present|present|Now|Current|Today)$/u,
    );
  });

  it('writes only what the date grammar reads back as the same range', () => {
    for (const header of [month, years, ongoing]) {
      for (const shape of DATE_SHAPES) {
        for (let seed = 0; seed < 5; seed++) {
          const text = renderDates(header, shape, new Random(seed));
          const [mention] = findDates(text);
          expect(mention && rangeOf(mention), `${shape.name}: ${text}`).toEqual({
            startDate: header.start,
            ...(header.end && { endDate: header.end }),
            ...(header.current && { current: true }),
          });
        }
      }
    }
  });
});

describe('rewriteDates', () => {
  it('replaces the dates where they are written and leaves the rest of the line and document', () => {
    const shape = DATE_SHAPES[3] as (typeof DATE_SHAPES)[number];
    const out = rewriteDates(LINES, headers(), shape, new Random(1));
    expect(out?.[5]).toMatch(/^Staff Engineer \| January 2020 to (?:Present|present|Now|Current|Today)$/u);
    expect(out?.[8]).toBe('Senior Engineer | March 2017 to December 2019');
    expect(out?.[13]).toBe('2014 to 2017');
    expect(out?.filter((_, n) => ![5, 8, 13].includes(n))).toEqual(
      LINES.filter((_, n) => ![5, 8, 13].includes(n)),
    );
  });

  it('leaves a form’s labelled pair of dates alone', () => {
    const form = LINES.map((line, n) => (n === 13 ? 'From: 2014   To: 2017' : line));
    expect(
      rewriteDates(form, headers(), DATE_SHAPES[0] as (typeof DATE_SHAPES)[number], new Random(1)),
    ).toBeNull();
  });

  it('gives nothing when the dates are not on the line the facts say', () => {
    const moved = headers().map((header, k) => (k === 2 ? { ...header, dateLine: 12 } : header));
    expect(
      rewriteDates(LINES, moved, DATE_SHAPES[0] as (typeof DATE_SHAPES)[number], new Random(1)),
    ).toBeNull();
  });
});

describe('rewriteLayout', () => {
  const layout = (name: string) => {
    const found = LAYOUTS.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no layout ${name}`);
    return found;
  };

  it('writes every position its own header in the layout, in place of its header lines', () => {
    const blocks = headerBlocks(LINES, headers()) as number[][];
    const out = rewriteLayout(LINES, headers(), blocks, layout('Title at Company, dates'), new Random(1));
    expect(out).toEqual([
      'Jane Doe',
      '',
      '## Work Experience',
      '',
      expect.stringMatching(
        /^Staff Engineer at Acme Corp, Jan 2020 [-–—] (?:Present|present|Now|Current|Today)$/u,
      ),
      '- Led the platform team',
      '- Cut build times in half',
      expect.stringMatching(/^Senior Engineer at Acme Corp, Mar 2017(?: [-–—] |–)Dec 2019$/u),
      '* Built the billing service',
      '',
      expect.stringMatching(/^Engineer at Globex, 2014(?: [-–—] |–)2017$/u),
      '• Wrote the first API',
      '',
      'Education',
      '- BSc, Uppsala University',
    ]);
  });

  it('keeps the Markdown heading marks of the first header line, and writes the company in capitals', () => {
    const marked = LINES.map((line, n) => ([4, 8, 11].includes(n) ? `### ${line}` : line));
    const blocks = headerBlocks(marked, headers()) as number[][];
    const out = rewriteLayout(marked, headers(), blocks, layout('COMPANY / Title    dates'), new Random(1));
    const at = out?.indexOf('### GLOBEX') ?? -1;
    expect(out?.slice(at, at + 2)).toEqual([
      '### GLOBEX',
      expect.stringMatching(/^Engineer {4}2014(?: [-–—] |–)2017$/u),
    ]);
  });

  it('gives nothing for a table, or for headers of several lines stacked with no body between', () => {
    const table = LINES.map((line, n) => (n === 13 ? '| 2014 - 2017 | Globex | Engineer |' : line));
    const tableBlocks = headerBlocks(table, headers()) as number[][];
    expect(
      rewriteLayout(table, headers(), tableBlocks, layout('Title, Company | dates'), new Random(1)),
    ).toBeNull();
    const stacked = LINES.filter((_, n) => n !== 6 && n !== 7);
    const moved = headers().map((header, k) =>
      k === 0
        ? header
        : {
            ...header,
            lines: header.lines.map((line) => (line === 4 ? 4 : line - 2)),
            dateLine: header.dateLine - 2,
          },
    );
    const stackedBlocks = headerBlocks(stacked, moved) as number[][];
    expect(stackedBlocks.slice(0, 2)).toEqual([[4, 5], [6]]);
    expect(
      rewriteLayout(stacked, moved, stackedBlocks, layout('Company / Title    dates'), new Random(1)),
    ).toBeNull();
    expect(
      rewriteLayout(stacked, moved, stackedBlocks, layout('Title, Company | dates'), new Random(1)),
    ).not.toBeNull();
  });

  it('keeps a list item’s marker on a one-line header, and writes no header of several lines for one', () => {
    const listed = LINES.map((line, n) => ([4, 8, 11].includes(n) ? `- ${line}` : line));
    const blocks = headerBlocks(listed, headers()) as number[][];
    const out = rewriteLayout(listed, headers(), blocks, layout('Title, Company | dates'), new Random(1));
    expect(out?.find((line) => line.includes('Senior Engineer'))).toMatch(
      /^- Senior Engineer, Acme Corp \| Mar 2017/u,
    );
    expect(
      rewriteLayout(listed, headers(), blocks, layout('Company / Title    dates'), new Random(1)),
    ).toBeNull();
  });

  it('gives nothing when one header is set as a heading and another as a list item', () => {
    const mixed = LINES.map((line, n) => (n === 4 ? `### ${line}` : n === 8 ? `- ${line}` : line));
    const blocks = headerBlocks(mixed, headers()) as number[][];
    expect(
      rewriteLayout(mixed, headers(), blocks, layout('Title, Company | dates'), new Random(1)),
    ).toBeNull();
  });

  it('gives nothing when the document opens with a header, with no name above it', () => {
    const opening = LINES.slice(4);
    const moved = headers().map((header) => ({
      ...header,
      lines: header.lines.map((line) => line - 4),
      dateLine: header.dateLine - 4,
    }));
    const blocks = headerBlocks(opening, moved) as number[][];
    expect(rewriteLayout(opening, moved, blocks, layout('Title, Company | dates'), new Random(1))).toBeNull();
  });

  it('gives nothing when a position has no title to lay out', () => {
    const untitled = headers().map((header) => ({ ...header, title: undefined }));
    const blocks = headerBlocks(LINES, headers()) as number[][];
    expect(
      rewriteLayout(LINES, untitled, blocks, layout('Title, Company | dates'), new Random(1)),
    ).toBeNull();
  });
});

describe('headings and bullets', () => {
  const blocks = () => headerBlocks(LINES, headers()) as number[][];

  it('finds the experience heading above the first header and respells it, keeping its Markdown marks', () => {
    expect(experienceHeading(LINES, blocks())).toBe(2);
    expect(rewriteHeading(LINES, 2, 'Employment History')[2]).toBe('## Employment History');
    const capsColon = LINES.map((line, n) => (n === 2 ? 'WORK EXPERIENCE:' : line));
    expect(rewriteHeading(capsColon, 2, 'Career History')[2]).toBe('CAREER HISTORY:');
    const none = LINES.map((line, n) => (n === 2 ? 'Jane writes software' : line));
    expect(experienceHeading(none, blocks())).toBeNull();
  });

  it('sets every section heading in one style, keeping Markdown marks, an underline only when the style has one', () => {
    const lines = [
      'Jane Doe',
      '',
      '## work experience',
      'Acme',
      '',
      'EDUCATION',
      '=========',
      'BSc',
      '',
      'Skills:',
      'Go',
    ];
    expect(restyleHeadings(lines, 'Title Case:')).toEqual([
      'Jane Doe',
      '',
      '## Work Experience:',
      'Acme',
      '',
      'Education:',
      'BSc',
      '',
      'Skills:',
      'Go',
    ]);
    expect(restyleHeadings(lines, 'underlined')).toEqual([
      'Jane Doe',
      '',
      '## Work Experience',
      '---------------',
      'Acme',
      '',
      'Education',
      '---------',
      'BSc',
      '',
      'Skills',
      '------',
      'Go',
    ]);
    expect(restyleHeadings(lines, '--- CAPITALS ---')?.[5]).toBe('--- EDUCATION ---');
    expect(restyleHeadings(['Jane Doe', 'Built things'], 'CAPITALS')).toBeNull();
    expect(restyleHeadings(['Jo', '', 'E D U C A T I O N'], 'Title Case:')).toBeNull();
    // A heading in capitals with a qualifier is one; markup that happens to hold a section's word is none.
    expect(
      restyleHeadings(['Jo', '', 'EARLIER ROLES (before contracting)', '', '<details open>'], 'Title Case:'),
    ).toEqual(['Jo', '', 'Earlier Roles (before contracting):', '', '<details open>']);
  });

  it('changes the markers of the positions’ bodies only, up to the next section', () => {
    const out = rewriteBullets(LINES, blocks(), '▪') as string[];
    expect([out[6], out[7], out[9], out[14]]).toEqual([
      '▪ Led the platform team',
      '▪ Cut build times in half',
      '▪ Built the billing service',
      '▪ Wrote the first API',
    ]);
    expect(out[17]).toBe('- BSc, Uppsala University');
  });

  it('numbers each position’s items from one', () => {
    const out = rewriteBullets(LINES, blocks(), '1.') as string[];
    expect([out[6], out[7], out[9], out[14]]).toEqual([
      '1. Led the platform team',
      '2. Cut build times in half',
      '1. Built the billing service',
      '1. Wrote the first API',
    ]);
  });

  it('gives nothing when no body has a marker', () => {
    const plain = LINES.map((line) => line.replace(/^[-*•] /u, ''));
    expect(rewriteBullets(plain, blocks(), '•')).toBeNull();
  });
});

describe('variantsOf', () => {
  it('gives every variant of every family, the same for the same seed', () => {
    const variants = variantsOf(LINES, EXTRACTION, 7);
    expect(new Set(variants.map((variant) => variant.family))).toEqual(new Set(VARIANT_FAMILIES));
    expect(variants).toHaveLength(
      DATE_SHAPES.length + LAYOUTS.length + HEADINGS.length + HEADING_STYLES.length + BULLETS.length,
    );
    expect(variantsOf(LINES, EXTRACTION, 7)).toEqual(variants);
    expect(
      variants.every(
        (variant) => variant.text.includes('Globex'.toUpperCase()) || variant.text.includes('Globex'),
      ),
    ).toBe(true);
  });

  it('gives none for a document whose positions it cannot place', () => {
    expect(variantsOf(LINES, { facts: [], resume: RESUME }, 7)).toEqual([]);
  });
});

describe('--variants', () => {
  it('varies every tuned-on set by default and refuses a blind one', () => {
    const sets = parseEvalArguments(['--variants']).sets;
    expect(sets).toContain('dev-text');
    expect(sets).toContain('unseen-9');
    for (const blind of BLIND_SETS) expect(sets).not.toContain(blind);
    expect(sets).not.toContain('unseen-12');
    expect(sets).not.toContain('rendered');
    expect(() => parseEvalArguments(['--variants', '--sets', 'dev-text,unseen-12'])).toThrow(
      /unseen-12 is kept blind/u,
    );
    expect(parseEvalArguments(['--sets', 'unseen-12']).variants).toBe(false);
  });

  it('varies the sets tuned on since session 19 (unseen-8, unseen-10, unseen-11)', () => {
    const sets = parseEvalArguments(['--variants']).sets;
    for (const tuned of ['unseen-8', 'unseen-10', 'unseen-11'] as const) expect(sets).toContain(tuned);
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-8,unseen-10,unseen-11']).sets).toEqual([
      'unseen-8',
      'unseen-10',
      'unseen-11',
    ]);
  });
});
