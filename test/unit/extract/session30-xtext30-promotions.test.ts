import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

describe('several titles under one employer in a Markdown table (session 30)', () => {
  it('splits "Title → Senior title (year)" in a row into two positions at the year', async () => {
    const result = await extractText(
      [
        '# Tomasz Wróblewski',
        '',
        '## Experience',
        '',
        '| When | Where | What |',
        '|------|-------|------|',
        '| 09/2019 – now | **Allegro**, Poznań | QA Engineer → Test Automation Lead (2022) |',
        '| 2015 – 08/2019 | **Comarch** | Tester |',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      { company: 'Allegro', title: 'QA Engineer', startDate: '2019-09', endDate: '2022', current: undefined },
      {
        company: 'Allegro',
        title: 'Test Automation Lead',
        startDate: '2022',
        endDate: undefined,
        current: true,
      },
      { company: 'Comarch', title: 'Tester', startDate: '2015', endDate: '2019-08', current: undefined },
    ]);
  });

  it('keeps an arrow between technologies in a row as the title written', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '| Period | Company | Role |',
        '|--------|---------|------|',
        '| 2018 – 2021 | **Zalando** | Migration Engineer (Oracle → PostgreSQL) |',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result).map((position) => position.title)).toEqual([
      'Migration Engineer (Oracle → PostgreSQL)',
    ]);
  });

  it('gives the bullets under "### Employer" to a row dated by one year', async () => {
    const result = await extractText(
      [
        '## Work',
        '',
        '| Period | Company | Role |',
        '|--------|---------|------|',
        '| 2019 – 2023 | **Bolt** | Backend Developer |',
        '| 2018 | **Pipedrive** | Intern |',
        '',
        '### Bolt',
        '- Dispatch services in Go.',
        '',
        '### Pipedrive',
        '- A Vue dashboard for the sales team.',
      ].join('\n'),
      'resume.md',
    );
    const work = result.resume.work ?? [];
    expect(work.map((job) => [job.name, job.positions?.[0]?.technologies])).toEqual([
      ['Bolt', ['Go']],
      ['Pipedrive', ['Vue']],
    ]);
  });
});
