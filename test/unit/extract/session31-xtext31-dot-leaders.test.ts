import { describe, expect, it } from 'vitest';
import { unleader } from '../../../src/extract/frames.js';
import { extractText, schools } from './extract-text.js';

/** Session 31: a typed résumé's leaders of dots between fields read as the wide gaps they stand for. */

const texts = (...lines: string[]) => unleader(lines.map((text) => ({ text }))).map((line) => line.text);

describe('unleader', () => {
  it('turns leaders of three dots or more between spaces, two between words, or four or more before text, into as many spaces', () => {
    expect(
      texts(
        'Staff Engineer ........ Zalando ........ 2022 - present',
        'Tutor ... Aalto University ... 2014 - 2016',
        'Aalto University .. MSc Computer Science',
        'Languages........Scala, Kotlin',
      ),
    ).toEqual([
      'Staff Engineer          Zalando          2022 - present',
      'Tutor     Aalto University     2014 - 2016',
      'Aalto University    MSc Computer Science',
      'Languages        Scala, Kotlin',
    ]);
  });

  it('leaves an ellipsis closing a sentence, a dotted rule, a version, a domain and a range written with two dots as they are', () => {
    const lines = [
      'Tried everything...',
      '....................',
      'Node.js and Vue.js',
      'Moved to v2.1.0',
      '2020-03 .. today',
      '2014 .. 2016   M.Sc. Physics',
    ];
    expect(texts(...lines)).toEqual(lines);
  });
});

describe('a résumé typed with leaders of dots', () => {
  it('reads each job and each school of a leader row as a wide-gap row', async () => {
    const result = await extractText(
      [
        'OSKARI HEINONEN',
        'oskari.heinonen@example.fi',
        '',
        'EXPERIENCE',
        'Staff Engineer ................. Zalando .................. 2022 - present',
        '  Scala services on Kafka.',
        'Teaching Assistant ... Aalto University ... 2014 - 2016',
        '  Ran the Haskell exercises.',
        '',
        'EDUCATION',
        'Aalto University .............. MSc Computer Science ....... 2014 - 2016',
        'University of Helsinki ........ BSc Mathematics ............ 2011 - 2014',
      ].join('\n'),
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((p) => [work.name, p.position]),
      ),
    ).toEqual([
      ['Zalando', 'Staff Engineer'],
      ['Aalto University', 'Teaching Assistant'],
    ]);
    expect(schools(result).map((school) => [school.institution, school.studyType])).toEqual([
      ['Aalto University', 'MSc'],
      ['University of Helsinki', 'BSc'],
    ]);
  });
});
