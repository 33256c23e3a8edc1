import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { generateResumes } from '../../../src/generate/generate-resumes.js';
import { Random } from '../../../src/generate/random.js';
import { atShapePrecision, formatDate, formatRange } from '../../../src/generate/render/dates.js';
import { presentResume } from '../../../src/generate/render/present.js';
import { type CorpusEntry, planCorpus, renderEntry } from '../../../src/generate/render/render-corpus.js';
import { chooseStyle, DATE_SHAPES, LAYOUTS, type RenderStyle } from '../../../src/generate/render/style.js';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('date shapes', () => {
  it('write April 2016 in every shape real résumés use', () => {
    expect(DATE_SHAPES.map((shape) => formatDate('2016-04', shape))).toEqual([
      'Apr 2016',
      'April 2016',
      '2016/04',
      '04/2016',
      '2016.04',
      '2016-04',
      "Apr '16",
      '2016',
    ]);
  });

  it('write a year-only date as its year in every shape', () => {
    expect(new Set(DATE_SHAPES.map((shape) => formatDate(2013, shape)))).toEqual(new Set(['2013']));
  });

  it('write ranges with the style dash and present word, or one end alone', () => {
    const shape = { shape: 'MM/YYYY' as const, dash: ' – ', presentWord: 'Now' };
    expect(formatRange({ startDate: '2020-09', current: true }, shape)).toBe('09/2020 – Now');
    expect(
      formatRange({ startDate: '2019-12', endDate: '2021-09' }, { ...shape, shape: 'YYYY/MM', dash: ' - ' }),
    ).toBe('2019/12 - 2021/09');
    expect(formatRange({ startDate: '2013-04' }, shape)).toBe('04/2013');
    expect(formatRange({ startDate: '2013', endDate: '2019' }, { ...shape, dash: '–' })).toBe('2013–2019');
  });

  it('keep the month in the gold only where the shape writes one', () => {
    expect(atShapePrecision('2016-04', 'Mon YYYY')).toBe('2016-04');
    expect(atShapePrecision('2016-04', 'YYYY')).toBe('2016');
    expect(atShapePrecision(2016, 'YYYY/MM')).toBe('2016');
  });
});

describe('generateResumes with documentDetails', () => {
  it('leaves the résumés the existing options give as they were', () => {
    const plain = generateResumes({ people: 20, seed: 7, catalogue });
    const explicit = generateResumes({ people: 20, seed: 7, catalogue, documentDetails: false });
    expect(explicit).toEqual(plain);
  });

  it('adds a name, e-mail and summary and keeps the career: employers, dates, technologies, schools', () => {
    const plain = generateResumes({ people: 40, seed: 7, catalogue });
    const detailed = generateResumes({ people: 40, seed: 7, catalogue, documentDetails: true });
    const career = (resume: ResumeDocument) => ({
      id: resume.id,
      work: resume.work?.map((work) => ({
        name: work.name,
        positions: work.positions?.map(({ position: _title, ...rest }) => rest),
      })),
      education: resume.education,
      skills: resume.skills,
    });
    detailed.forEach((resume, index) => {
      expect(career(resume.document)).toEqual(career(plain[index]?.document ?? {}));
      expect(resume.document.basics?.name).toMatch(/^\S+ \S/);
      expect(resume.document.basics?.email).toMatch(/^[a-z.]+@example\.com$/);
      expect(resume.document.basics?.summary).toMatch(/ years? of experience/);
    });
    // Companies write titles their own way: some titles differ, none is lost.
    const titles = (resumes: typeof plain) =>
      resumes
        .flatMap((resume) => resume.document.work?.flatMap((work) => work.positions ?? []) ?? [])
        .map((p) => p.position);
    expect(titles(detailed).filter((title, index) => title !== titles(plain)[index]).length).toBeGreaterThan(
      0,
    );
    expect(titles(detailed).every((title) => typeof title === 'string' && title !== '')).toBe(true);
  });
});

describe('presentResume', () => {
  const document: ResumeDocument = {
    work: [
      {
        name: 'Stripe',
        location: { city: 'Berlin', countryCode: 'DE' },
        positions: [{ position: 'Engineer', team: 'Payments', startDate: '2016-04', endDate: '2017-11' }],
      },
    ],
    education: [{ institution: 'ETH Zurich', studyType: 'M.S.', startDate: '2012-09', endDate: '2014-06' }],
  };
  const style = (changes: Partial<RenderStyle>): RenderStyle => ({
    ...chooseStyle('one-column', new Random(1)),
    ...changes,
  });

  it('states dates at the precision the style writes and degrees as it spells them', () => {
    const gold = presentResume(
      document,
      style({ dateShape: 'YYYY', degreeStyle: 'european', showTeam: true, showLocation: true }),
    );
    expect(gold).toEqual({
      work: [
        {
          name: 'Stripe',
          location: { city: 'Berlin', countryCode: 'DE' },
          positions: [{ position: 'Engineer', team: 'Payments', startDate: '2016', endDate: '2017' }],
        },
      ],
      education: [{ institution: 'ETH Zurich', studyType: 'MSc', startDate: '2012', endDate: '2014' }],
    });
  });

  it('drops team and location when the style does not show them', () => {
    const gold = presentResume(
      document,
      style({ dateShape: 'Mon YYYY', degreeStyle: 'long', showTeam: false, showLocation: false }),
    );
    expect(gold.work).toEqual([
      { name: 'Stripe', positions: [{ position: 'Engineer', startDate: '2016-04', endDate: '2017-11' }] },
    ]);
    expect(gold.education?.[0]?.studyType).toBe('Master of Science');
  });
});

describe('planCorpus', () => {
  let entries: CorpusEntry[];
  beforeAll(() => {
    entries = planCorpus({ count: 20, seed: 3, catalogue });
  });

  it('covers the five layouts in turn and is the same for the same seed', () => {
    expect(entries.map((entry) => entry.layout)).toEqual([...LAYOUTS, ...LAYOUTS, ...LAYOUTS, ...LAYOUTS]);
    expect(planCorpus({ count: 20, seed: 3, catalogue })).toEqual(entries);
    expect(planCorpus({ count: 20, seed: 4, catalogue })).not.toEqual(entries);
  });

  it('shares no person between corpora of nearby seeds', () => {
    const ids = (seed: number) => planCorpus({ count: 50, seed, catalogue }).map((entry) => entry.gold.id);
    const first = new Set(ids(1));
    for (const seed of [2, 3, 7]) expect(ids(seed).filter((id) => first.has(id))).toEqual([]);
  });

  it('varies date shapes, heading orders and section names across résumés', () => {
    expect(new Set(entries.map((entry) => entry.style.dateShape)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(entries.map((entry) => entry.style.header)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(entries.map((entry) => entry.style.sections.experience)).size).toBeGreaterThanOrEqual(4);
  });

  it('has golds the résumé format accepts', () => {
    for (const entry of entries) {
      expect(() =>
        validateResume({ file: `${entry.baseName}.yaml`, data: entry.gold, locate: () => undefined }),
      ).not.toThrow();
    }
  });

  it('writes every scored fact of the gold into the text and Markdown documents', async () => {
    for (const entry of entries) {
      for (const format of ['text', 'markdown'] as const) {
        const text = new TextDecoder()
          .decode(await renderEntry(entry, format))
          .replace(/\\([*_`[\]\\|])/g, '$1');
        const expected = scoredStrings(entry);
        const missing = expected.filter((value) => !text.includes(value));
        expect({ file: `${entry.baseName} ${format}`, missing }).toEqual({
          file: `${entry.baseName} ${format}`,
          missing: [],
        });
      }
    }
  });

  it('writes Word documents (a zip) and refuses a PDF without a printer', async () => {
    const [entry] = entries;
    if (!entry) throw new Error('no entry');
    const docx = await renderEntry(entry, 'docx');
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    await expect(renderEntry(entry, 'pdf')).rejects.toThrow('Rendering a PDF needs a PdfPrinter (Chromium).');
  });
});

/** The strings a document must contain for its gold to be readable from it. */
function scoredStrings(entry: CorpusEntry): string[] {
  const { gold, style } = entry;
  const narrative = style.layout === 'narrative';
  const shape = narrative ? ('Month YYYY' as const) : style.dateShape;
  const date = (value: string | number | undefined) =>
    value === undefined ? [] : [formatDate(value, shape)];
  return [
    ...(gold.work ?? []).flatMap((work) => [
      work.name,
      ...(work.positions ?? []).flatMap((position) => [
        position.position ?? '',
        ...date(position.startDate),
        ...date(position.endDate),
        ...(position.current && !narrative ? [style.presentWord] : []),
        ...(position.technologies ?? []),
        ...(position.team ? [position.team] : []),
      ]),
    ]),
    ...(gold.education ?? []).flatMap((entry) => [
      entry.institution,
      entry.studyType ?? '',
      ...date(entry.startDate),
      ...date(entry.endDate),
    ]),
    ...(gold.skills ?? []).flatMap((skill) => skill.keywords ?? []),
  ];
}
