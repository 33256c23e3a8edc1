import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { rolesUnderHead as rolesOf } from './extract-text.js';

/** Session 18 (audit3): misreadings the roles2 rules brought, on constructed résumés. */

describe('a title set by layout sits directly on its dated line', () => {
  it("does not take an entry's last line, set apart, as the next entry's title", async () => {
    const rows = await rolesOf(
      'Acme Logistics    Jan 2019 – Feb 2021',
      'Backend Engineer',
      'Built payment APIs in Go for the checkout.',
      '',
      'Team Lead of five engineers',
      '',
      'Netcompany    Jan 2015 – Dec 2018',
      'Software Developer',
      'Wrote Java services for the ministries.',
      '',
      'Promoted to Senior Developer',
      '',
      'Kestrel Freight    Mar 2012 – Dec 2014',
      'Junior Developer',
      'Maintained PHP sites for the depots.',
    );
    expect(rows).toContainEqual(['Acme Logistics', 'Backend Engineer', '2019-01', '2021-02']);
    expect(rows).toContainEqual(['Netcompany', 'Software Developer', '2015-01', '2018-12']);
    expect(rows.filter((row) => row[0] === 'Netcompany')).toHaveLength(1);
  });
});

describe('"o" lines are a list only with a real item or an introducing line', () => {
  const model = (...texts: string[]) =>
    modelLines(texts.map((text) => ({ text }))).map((line) => [line.bullet, line.text]);

  it('keeps Portuguese prose wrapped onto lines that open with the article "o" as prose', () => {
    expect(
      model(
        'Responsável pela migração do sistema de pagamentos e por todo',
        'o desenho da arquitetura de eventos em Kafka, incluindo',
        'o acompanhamento da equipa de operações.',
      ),
    ).toEqual([
      [false, 'Responsável pela migração do sistema de pagamentos e por todo'],
      [false, 'o desenho da arquitetura de eventos em Kafka, incluindo'],
      [false, 'o acompanhamento da equipa de operações.'],
    ]);
  });

  it('keeps a short Spanish line wrapped onto "o bien …" lines as prose', () => {
    expect(model('Lideré el equipo y', 'o bien coordiné releases', 'o bien las automaticé.')).toEqual([
      [false, 'Lideré el equipo y'],
      [false, 'o bien coordiné releases'],
      [false, 'o bien las automaticé.'],
    ]);
  });

  it('reads "o" lines under a line ending with ":" as items', () => {
    expect(
      model('Built the payment gateways for the retail banks:', 'o e-commerce checkout', 'o iOS wallet'),
    ).toEqual([
      [false, 'Built the payment gateways for the retail banks:'],
      [true, 'e-commerce checkout'],
      [true, 'iOS wallet'],
    ]);
  });
});

describe('a role under a line of dates alone takes no employer from the words after it', () => {
  it('does not read what goes on with the role ("…, then of the customer portal") as the employer', async () => {
    const rows = await rolesOf(
      '04/2015 - 09/2018',
      'Developer of the internal billing tools, then of the customer portal',
      'Worked in Java and Kotlin.',
      '',
      '01/2012 - 03/2015',
      'Softwareentwickler, msg systems ag',
      'Wrote Java services.',
    );
    expect(rows.map((row) => row[0])).not.toContain('then of the customer portal');
    expect(rows).toContainEqual(['msg systems ag', 'Softwareentwickler', '2012-01', '2015-03']);
  });

  it('leaves the employer to its own line under "Title, what the role covered"', async () => {
    const rows = await rolesOf(
      '04/2015 - 09/2018',
      'Engineer, backend payments',
      'Kestrel Freight GmbH',
      'Worked in Java and Kotlin.',
      '',
      '01/2012 - 03/2015',
      'Developer, internal tools',
      'Lumenpath Ltd',
      'Wrote PHP services.',
    );
    expect(rows.map((row) => row[0])).not.toContain('Worked in Java and Kotlin.');
    expect(rows.map((row) => row[0])).not.toContain('backend payments');
    expect(rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(['Kestrel Freight GmbH', 'Lumenpath Ltd']),
    );
  });
});

describe('a sub-heading set apart over a dated line is no title', () => {
  it('does not read "Client engagements" over a client\'s dated line as a title', async () => {
    const rows = await rolesOf(
      'Backend Engineer',
      'Netcompany    Jan 2015 – Feb 2019',
      'Built payment APIs in Go for the checkout.',
      '',
      'Software Developer',
      'Acme Logistics    Jan 2012 – Dec 2014',
      'Wrote Java services for the ministries.',
      '',
      'Client engagements',
      'Danske Bank    Jun 2013 – Dec 2014',
      'Moved the core banking ledger to Java services.',
    );
    expect(rows).toContainEqual(['Netcompany', 'Backend Engineer', '2015-01', '2019-02']);
    expect(rows).toContainEqual(['Acme Logistics', 'Software Developer', '2012-01', '2014-12']);
    expect(rows.map((row) => row[1])).not.toContain('Client engagements');
  });
});
