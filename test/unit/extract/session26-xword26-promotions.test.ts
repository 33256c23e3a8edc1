import { describe, expect, it } from 'vitest';
import { knownPlace } from '../../../src/catalogue/places.js';
import { toldRoles } from '../../../src/extract/promotions.js';

describe('toldRoles: a promotion told in a sentence of an entry', () => {
  it('reads "Promoted from X (range)" as the earlier role with its range', () => {
    const told = toldRoles('Promoted from Claims Analyst (04/2013 - 06/2015). Ran the nightly batch.');
    expect(told?.earlier).toEqual({
      title: 'Claims Analyst',
      from: { year: 2013, month: 4, day: null },
      to: { year: 2015, month: 6, day: null },
    });
    expect(told?.later.title).toBeNull();
  });

  it('reads "Promoted to X in year" inside a bullet as the later role', () => {
    const told = toldRoles('• Promoted to Shift Supervisor in 2020, rostering nine agents.');
    expect(told?.later).toEqual({
      title: 'Shift Supervisor',
      from: { year: 2020, month: null, day: null },
      to: null,
    });
    expect(told?.earlier.title).toBeNull();
  });

  it('reads "Began as X in month year, then promoted to Y in month year" as both roles', () => {
    const told = toldRoles(
      'Began as Field Technician in May 2011, then promoted to Network Engineer in July 2014.',
    );
    expect(told?.earlier.title).toBe('Field Technician');
    expect(told?.later).toEqual({
      title: 'Network Engineer',
      from: { year: 2014, month: 7, day: null },
      to: null,
    });
  });

  it('keeps a specialty in brackets as part of the title', () => {
    expect(toldRoles('Promoted from Developer (Android) (2016 - 2018).')?.earlier.title).toBe(
      'Developer (Android)',
    );
  });

  it('tells no role in sentences that only share the words', () => {
    expect(toldRoles('Promoted the use of Terraform modules across squads in 2021.')).toBeNull();
    expect(
      toldRoles('The linter started as a side project in 2018 and became the default in 2020.'),
    ).toBeNull();
    // No span of the earlier role's own: the entry stays one position (the convention of unseen-4 to unseen-7).
    expect(toldRoles('Promoted from Junior Buyer in 2017.')).toBeNull();
  });
});

describe('knownPlace: a town with its compass point', () => {
  it('knows a district or city named by a town and a compass word, before or after', () => {
    expect(knownPlace('Bekasi Utara')).toBe(true);
    expect(knownPlace('South Tangerang')).toBe(true);
    expect(knownPlace('Lyon Est')).toBe(true);
  });

  it('does not make a place of a compass word beside a name that is none', () => {
    expect(knownPlace('Harbourline Selatan')).toBe(false);
    expect(knownPlace('North Star')).toBe(false);
  });
});
