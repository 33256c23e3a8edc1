import { describe, expect, it } from 'vitest';
import { extractText, positions, technologiesByPosition } from './extract-text.js';

/** Session 15 audit: the earlier career read from a summary adds only jobs held before the dated entries. */

const document = (summary: string, second = 'Engineer | Beta Ltd | Mar 2016 – Dec 2019') =>
  [
    'Jane Doe',
    'jane@example.com',
    '',
    'Summary',
    `Backend engineer. ${summary}`,
    '',
    'Experience',
    'Senior Engineer | Acme Corp | Jan 2020 – Present',
    '• Built APIs in Go.',
    second,
    '• Wrote Python services.',
  ].join('\n');

async function career(text: string) {
  const result = await extractText(text);
  const technologies = technologiesByPosition(result);
  return positions(result).map((position, index) => ({
    ...position,
    technologies: technologies[index]?.technologies,
  }));
}

const ENTRIES = [
  {
    company: 'Acme Corp',
    title: 'Senior Engineer',
    startDate: '2020-01',
    endDate: undefined,
    current: true,
    technologies: ['Go'],
  },
  {
    company: 'Beta Ltd',
    title: 'Engineer',
    startDate: '2016-03',
    endDate: '2019-12',
    current: undefined,
    technologies: ['Python'],
  },
];

describe('the summary beside dated entries', () => {
  it('adds no second position for an entry\'s employer named without its legal form ("Beta" for "Beta Ltd")', async () => {
    expect(
      await career(
        document(
          'I joined Beta in 2016 as an engineer. I have worked with clients such as Google since 2012. Speaker at KubeCon since 2014. Led a migration to AWS in 2015. Worked for Microsoft in 2010 on Azure tooling.',
        ),
      ),
    ).toEqual(ENTRIES);
  });

  it('adds none for a job started, with no end, in the year the first entry starts', async () => {
    expect(
      await career(
        document(
          'I joined Kobo Market in 2016 as an engineer.',
          'Engineer | Talentbridge | Mar 2016 – Dec 2019',
        ),
      ),
    ).toEqual([ENTRIES[0], { ...ENTRIES[1], company: 'Talentbridge' }]);
  });

  it('adds none for two employers joined by "and", or for a sentence with no title', async () => {
    expect(
      await career(
        document(
          'I spent 2012 consulting for Shell and BP. In 2014 I served as a judge for Hack Cambridge. In 2015 I was a speaker at Devoxx. I was a contributor to Kubernetes in 2015. I was a finalist at TechCrunch Disrupt in 2013.',
        ),
      ),
    ).toEqual(ENTRIES);
  });

  it('adds none for a role at a programme whose name only starts with an employer ("Google Summer of Code")', async () => {
    expect(
      await career(
        document(
          'In 2013 I was a mentor at Google Summer of Code. In 2015 I was a keynote speaker at PyCon. I was a volunteer at Code Club in 2014. In 2011 I won a hackathon at Facebook. I got my first job as a freelancer in 2012 for Shopify clients.',
        ),
      ),
    ).toEqual(ENTRIES);
  });

  it('still adds a titled job at one employer that the summary dates before the first entry', async () => {
    expect(
      await career(
        document('In 2013 I joined Kobo Market as a PHP developer, building the seller dashboard in Go.'),
      ),
    ).toEqual([
      ...ENTRIES,
      {
        company: 'Kobo Market',
        title: 'PHP developer',
        startDate: '2013',
        endDate: undefined,
        current: undefined,
        technologies: ['PHP', 'Go'],
      },
    ]);
  });
});
