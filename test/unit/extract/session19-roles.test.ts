import { describe, expect, it } from 'vitest';
import { extractBytes, extractText } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 19: résumé conventions that lose roles on documents nobody tuned on. Every document is written
 * here, so each expected position is what its lines say.
 */

type Result = Awaited<ReturnType<typeof extractText>>;

function rolesOf(result: Result) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [
      work.name,
      position.position,
      position.startDate,
      position.endDate ?? (position.current ? 'present' : undefined),
    ]),
  );
}

async function roles(text: string, fileName = 'resume.txt') {
  return rolesOf(await extractText(text, fileName));
}

const person = ['Jane Roe', 'jane.roe@example.com', ''];

describe('a row of column labels heads its table and is no position', () => {
  it('reads a Markdown table under "Period | Employer / Position | Environment"', async () => {
    expect(
      await roles(
        [
          ...person,
          '## Experience',
          '',
          '| Period | Employer / Position | Environment |',
          '| --- | --- | --- |',
          '| 2019 – 2022 | Northwind Freight, Senior Developer | Java, Kafka |',
          '| 2016 – 2019 | Larkspur Systems Ltd, Developer | C#, SQL Server |',
        ].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems Ltd', 'Developer', '2016', '2019'],
    ]);
  });

  it('reads a table of two labelled columns ("| Role | Period |")', async () => {
    expect(
      await roles(
        [
          ...person,
          '## Experience',
          '',
          '| Role | Period |',
          '| --- | --- |',
          '| Senior Developer, Northwind Freight | 2019 – 2022 |',
          '| Developer, Larkspur Systems Ltd | 2016 – 2019 |',
        ].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems Ltd', 'Developer', '2016', '2019'],
    ]);
  });

  it('reads a table set in wide gaps by where its labels stand, its text column as the text', async () => {
    const result = await extractText(
      [
        ...person,
        'EXPERIENCE',
        '',
        'Dates          Company              Title                Technologies',
        '2019 – 2022    Northwind Freight    Senior Developer     Java, Kafka',
        '2016 – 2019    Larkspur Systems     Developer            C#, PostgreSQL',
      ].join('\n'),
    );
    expect(rolesOf(result)).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems', 'Developer', '2016', '2019'],
    ]);
    const [first, second] = (result.resume.work ?? []).map((work) => work.positions?.[0]);
    expect(first?.technologies).toEqual(expect.arrayContaining(['Java', 'Kafka']));
    expect(second?.technologies).toEqual(expect.arrayContaining(['C#', 'PostgreSQL']));
    expect(result.resume.work?.map((work) => work.location)).toEqual([undefined, undefined]);
  });

  it('reads a Word table whose header names the employer and the position in one cell', async () => {
    const docx = await makeDocx([
      { paragraph: 'Jane Roe' },
      { paragraph: 'jane.roe@example.com' },
      { heading: 'Professional Experience', level: 2 },
      {
        table: [
          [['Period'], ['Employer / Position'], ['Environment']],
          [['03/2019 – 06/2022'], ['Northwind Freight, Senior Developer'], ['Java, Kafka']],
          [['01/2016 – 02/2019'], ['Larkspur Systems Ltd, Developer'], ['C#, SQL Server']],
        ],
      },
    ]);
    expect(rolesOf(await extractBytes(docx, 'cv.docx'))).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019-03', '2022-06'],
      ['Larkspur Systems Ltd', 'Developer', '2016-01', '2019-02'],
    ]);
  });

  it('reads the labels in the languages of European résumés ("Periodo | Empresa | Cargo")', async () => {
    expect(
      await roles(
        [
          ...person,
          '## Experiencia',
          '',
          '| Periodo | Empresa | Cargo |',
          '| --- | --- | --- |',
          '| 2019 – 2022 | Transportes Quimera | Desarrolladora Senior |',
          '| 2016 – 2019 | Larkspur Systems | Desarrolladora |',
        ].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Transportes Quimera', 'Desarrolladora Senior', '2019', '2022'],
      ['Larkspur Systems', 'Desarrolladora', '2016', '2019'],
    ]);
  });
});
