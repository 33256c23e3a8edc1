import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry } from './constructed-catalogue.js';

/**
 * Session 23: precision and spelling rules of the mention matcher, on a catalogue built here (invented texts), so
 * every expected mention follows from this file alone.
 */
const entry = technologyEntry;

const technologies = new CatalogueIndex<TechnologyEntry>([
  entry('github', 'GitHub'),
  entry('github-actions', 'GitHub Actions'),
  entry('gitlab', 'GitLab'),
  entry('socket-io', 'Socket.IO'),
  entry('redis', 'Redis'),
  entry('python', 'Python', ['Python 3']),
  // Ordinary English words, as the build flags them.
  entry('angular', 'Angular', [], { ambiguous: true }),
  entry('ember', 'Ember', [], { ambiguous: true }),
  entry('spring', 'Spring', [], { ambiguous: true }),
  entry('aws-x-ray', 'AWS X-Ray', ['X-Ray']),
  entry('core-data', 'Core Data'),
  entry('php', 'PHP', [], { category: 'language' }),
  entry('nodejs', 'Node.js', ['NodeJS']),
  // A package's long-tail names.
  entry('phpcms', 'phpCMS', [], { category: 'platform', source: 'webappanalyzer' }),
  entry('extjs', 'ExtJS', [], { category: 'framework', source: 'webappanalyzer' }),
  entry('ruby', 'Ruby', [], { category: 'language' }),
  entry('rubyweb', 'RubyWeb', [], { category: 'framework', source: 'webappanalyzer' }),
  // Hardware families.
  entry('stm32', 'STM32', [], { category: 'hardware' }),
  entry('nrf52', 'nRF52', ['Nordic nRF52'], { category: 'hardware' }),
  entry('arm-cortex-m', 'ARM Cortex-M', ['Cortex-M'], { category: 'hardware' }),
  entry('cisco-asr', 'Cisco ASR', [], { category: 'hardware' }),
  entry('juniper-mx', 'Juniper MX', [], { category: 'hardware' }),
  entry('raspberry-pi', 'Raspberry Pi', [], { category: 'hardware' }),
]);
const matcher = createMentionMatcher(technologies);
const found = (text: string) => matcher.find(text).map((mention) => [mention.text, mention.technologyId]);

describe('a web or e-mail address is no mention of the site it points to', () => {
  it.each([
    'Code samples at github.com/tovald-merrin and gitlab.com/merrin/tools.',
    'Portfolio: https://github.com/tovald-merrin (pinned repositories)',
    'See www.gitlab.com/merrin for the talks.',
    'Write to merrin@github.io or ops@gitlab.org.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads the names written outside the address on the same line', () => {
    expect(found('Pipelines in GitHub Actions; mirrors on https://gitlab.com/merrin/mirrors')).toEqual([
      ['GitHub Actions', 'github-actions'],
    ]);
    expect(found('Moved the repositories from GitLab to GitHub.')).toEqual([
      ['GitLab', 'gitlab'],
      ['GitHub', 'github'],
    ]);
  });

  it('reads a name that is the whole of an address-like word, and names joined by a slash', () => {
    expect(found('Chat built on Socket.IO/Redis')).toEqual([
      ['Socket.IO', 'socket-io'],
      ['Redis', 'redis'],
    ]);
  });
});

describe('a number after a name is its version unless it is a year', () => {
  it.each([
    ['Rewrote the admin UI in Angular 17 with signals.', [['Angular', 'angular']]],
    ['Kept the old client on Ember 15 until the cut-over.', [['Ember', 'ember']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("leaves a season with a year or an apostrophe's two digits alone", () => {
    expect(found('Exchange semester, Spring 2019, in Lyon.')).toEqual([]);
    expect(found("Teaching assistant, Spring '19, data structures.")).toEqual([]);
  });
});

describe('a name of several words written as one capitalised word is the product', () => {
  it.each([
    ['Traced the checkout calls with Xray and sampled 5% of them.', [['Xray', 'aws-x-ray']]],
    ['Offline storage with Coredata on the iPad app.', [['Coredata', 'core-data']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves the ordinary word alone, hyphenated or in lower case', () => {
    expect(found('Read X-ray images for the radiology study.')).toEqual([]);
    expect(found('Built an xray viewer for the clinic.')).toEqual([]);
  });
});

describe("a package's long-tail name is no compound of another technology and a word", () => {
  it('reads "PHP CMS" as PHP and a CMS, not as phpCMS, and "Ruby Web" as Ruby', () => {
    expect(found('Maintained a PHP CMS for the marketing sites.')).toEqual([['PHP', 'php']]);
    expect(found('Built the Ruby Web tier.')).toEqual([['Ruby', 'ruby']]);
  });

  it('reads the long-tail name written apart where the words before the break name nothing else', () => {
    expect(found('Admin screens in Ext JS.')).toEqual([['Ext JS', 'extjs']]);
  });

  it('still reads the long-tail name written as its own, and a curated name across its inner capital', () => {
    expect(found('Migrated 40 sites off phpCMS.')).toEqual([['phpCMS', 'phpcms']]);
    expect(found('APIs in Node JS and Python.')).toEqual([
      ['Node JS', 'nodejs'],
      ['Python', 'python'],
    ]);
  });
});

describe("a hardware family's name keeps the model number written into it or after it", () => {
  it.each([
    [
      'Bring-up of STM32F407 and STM32L4 boards.',
      [
        ['STM32F407', 'stm32'],
        ['STM32L4', 'stm32'],
      ],
    ],
    ['Firmware for the Nordic nRF52840 tags.', [['Nordic nRF52840', 'nrf52']]],
    ['Drivers for nRF52832 sensors.', [['nRF52832', 'nrf52']]],
    [
      'DSP kernels on ARM Cortex-M4 and Cortex-M33 cores.',
      [
        ['ARM Cortex-M4', 'arm-cortex-m'],
        ['Cortex-M33', 'arm-cortex-m'],
      ],
    ],
    ['Qualified Cisco ASR 9000 routers.', [['Cisco ASR 9000', 'cisco-asr']]],
    ['Peering on Juniper MX960 edge routers.', [['Juniper MX960', 'juniper-mx']]],
    ['Kiosks on Raspberry Pi 4 boards.', [['Raspberry Pi 4', 'raspberry-pi']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the family alone where no model follows, never a year, and drops a version after software', () => {
    expect(found('Ported the STM32 code to Cortex-M.')).toEqual([
      ['STM32', 'stm32'],
      ['Cortex-M', 'arm-cortex-m'],
    ]);
    expect(found('STM32 2019 pilot, then Python 3.12 tooling.')).toEqual([
      ['STM32', 'stm32'],
      ['Python 3', 'python'],
    ]);
  });
});
