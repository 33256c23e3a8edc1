import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { didYouMean, mayBeMisspelling } from '../../../src/catalogue/did-you-mean.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry } from './constructed-catalogue.js';

/**
 * Session 24: product words, names inside other capitalised names, the longest product name over its vendor's, and
 * the tightened did-you-mean rule, on a catalogue built here (invented texts), so every expected answer follows
 * from this file alone.
 */
const entry = technologyEntry;

const technologies = new CatalogueIndex<TechnologyEntry>([
  // Words a vendor made a product's name, flagged as the build flags `ambiguity.products`.
  entry('mail-server', 'Microsoft Exchange', ['Exchange', 'MS Exchange'], {
    ambiguousAliases: ['Exchange'],
    productWords: ['Exchange'],
  }),
  entry('word-processor', 'Microsoft Word', ['Word'], { ambiguousAliases: ['Word'], productWords: ['Word'] }),
  entry('office-suite', 'Microsoft 365', ['Office'], {
    ambiguousAliases: ['Office'],
    productWords: ['Office'],
  }),
  entry('flow-tool', 'Salesforce Flow', ['Flows'], { ambiguousAliases: ['Flows'], productWords: ['Flows'] }),
  entry('ledger', 'Ledgerline', []),
  entry('helpdesk', 'Zendesk', []),
  entry('helpdesk-guide', 'Zendesk Guide', [], { broader: ['helpdesk'] }),
  entry('xml', 'XML', [], { category: 'data-format' }),
  entry('xml-editor', 'Oxygen XML Editor', []),
  entry('erp', 'Dynamics 365', []),
  entry('erp-finance', 'Dynamics 365 Finance', [], { broader: ['erp'] }),
  entry('erp-service', 'Dynamics 365 Customer Service', [], { broader: ['erp'] }),
  entry('flare', 'MadCap Flare', []),
  entry('intune', 'Intune', []),
  entry('sharepoint', 'SharePoint', []),
  entry('kafka', 'Kafka', []),
  // An ordinary word as a language's name (flagged `ambiguous` by the build), and a hardware part.
  entry('processing', 'Processing', [], { category: 'language', ambiguous: true }),
  entry('fpga', 'FPGA', [], { category: 'hardware' }),
  entry('python', 'Python', [], { category: 'language' }),
  entry('flask', 'Flask', [], { category: 'framework', ambiguous: true }),
  entry('functions', 'Cloud Lambda', ['Lambda'], { category: 'cloud', ambiguousAliases: ['Lambda'] }),
]);
const matcher = createMentionMatcher(technologies);
const found = (text: string) => matcher.find(text).map((mention) => [mention.text, mention.technologyId]);

describe('a product word counts where the context is technical', () => {
  it('counts in a clause that names another technology', () => {
    expect(found('Moved 300 mailboxes from on-premise Exchange to SharePoint and Intune.')).toEqual([
      ['Exchange', 'mail-server'],
      ['SharePoint', 'sharepoint'],
      ['Intune', 'intune'],
    ]);
    expect(found('Replaced the Word templates with MadCap Flare topics.')).toEqual([
      ['Word', 'word-processor'],
      ['MadCap Flare', 'flare'],
    ]);
  });

  it('counts listed beside another technology', () => {
    expect(found('Support for the branches: Windows PCs, Office, SharePoint.')).toContainEqual([
      'Office',
      'office-suite',
    ]);
    expect(found('Built Flows, Kafka consumers and reports.')).toContainEqual(['Flows', 'flow-tool']);
  });

  it('does not count in ordinary prose', () => {
    expect(found('Listed the company on the Nairobi Securities Exchange in 2019.')).toEqual([]);
    expect(found('Ran the Head Office move for 140 staff.')).toEqual([]);
    expect(found('Gave the opening Word at the annual meeting.')).toEqual([]);
    expect(found('Cash flows and budgets for the regional office.')).toEqual([]);
  });

  it('does not count after another capitalised word, even in a clause naming a technology', () => {
    expect(found('Connected the Stock Exchange feed to Kafka.')).toEqual([['Kafka', 'kafka']]);
  });

  it('counts in its own other spellings without a context ("MS Exchange")', () => {
    expect(found('Administered MS Exchange for the group.')).toEqual([['MS Exchange', 'mail-server']]);
  });
});

describe('an ordinary word inside another capitalised name is part of that name', () => {
  it('reads no language in a team name', () => {
    expect(found('Technical lead of the Signal Processing FPGA team.')).toEqual([['FPGA', 'fpga']]);
    expect(found('Member of the Image Processing group.')).toEqual([]);
  });

  it('reads no technology in a conference or an event named with it', () => {
    expect(found('Spoke at Lambda Days about Kafka consumers.')).toEqual([['Kafka', 'kafka']]);
    expect(found('Handlers on Lambda behind the Kafka bridge.')).toEqual([
      ['Lambda', 'functions'],
      ['Kafka', 'kafka'],
    ]);
  });

  it('reads the word in a run of names, a name opening beside it ("Flask Kafka", "Flask Processing")', () => {
    expect(found('Python Flask Kafka')).toEqual([
      ['Python', 'python'],
      ['Flask', 'flask'],
      ['Kafka', 'kafka'],
    ]);
  });

  it('still reads the word where a list names it, or mid-sentence after a lower-case word', () => {
    expect(found('Sketches in Python, Processing and p5.js.')).toContainEqual(['Processing', 'processing']);
    expect(found('Generative posters written in Processing for the festival.')).toEqual([
      ['Processing', 'processing'],
    ]);
    expect(found('Services in Python, Flask and Kafka.')).toEqual([
      ['Python', 'python'],
      ['Flask', 'flask'],
      ['Kafka', 'kafka'],
    ]);
  });
});

describe('a company named as an owner is no technology', () => {
  it('reads no product in "acquired by X", "a subsidiary of X"', () => {
    expect(found('Quillby (acquired by Zendesk) · Frontend Developer')).toEqual([]);
    expect(found('Ledgerline became a subsidiary of Zendesk in 2021.')).toEqual([['Ledgerline', 'ledger']]);
    expect(found('Moved the help desk to Zendesk and Kafka.')).toEqual([
      ['Zendesk', 'helpdesk'],
      ['Kafka', 'kafka'],
    ]);
  });
});

describe('the longest product name wins over its vendor or a generic word', () => {
  it.each([
    ['Articles in Zendesk Guide for the support desk.', [['Zendesk Guide', 'helpdesk-guide']]],
    ['Topics in Oxygen XML Editor.', [['Oxygen XML Editor', 'xml-editor']]],
    [
      'Dynamics 365 Finance and Dynamics 365 Customer Service roll-outs.',
      [
        ['Dynamics 365 Finance', 'erp-finance'],
        ['Dynamics 365 Customer Service', 'erp-service'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('did you mean: one rule, tightened', () => {
  const keys = ['doris', 'thanos', 'prisma', 'forth', 'dart', 'iac', 'django', 'kubernetes', 'postgresql'];

  it('takes one edit or a swap below eight characters, never two edits turning a word into another', () => {
    expect(didYouMean('djanog', keys)).toBe('django');
    expect(didYouMean('dart', keys)).toBe('dart');
    expect(didYouMean('dartt', keys)).toBe('dart');
    expect(didYouMean('paris', keys)).toBeUndefined();
    expect(didYouMean('porto', keys)).toBeUndefined();
    expect(didYouMean('priya', keys)).toBeUndefined();
  });

  it('keeps two edits for long names', () => {
    expect(didYouMean('kubrnetis', keys)).toBe('kubernetes');
    expect(didYouMean('postgresqel', keys)).toBe('postgresql');
  });

  it('never takes an acronym, a name with a digit, a common word or a town for a misspelling', () => {
    for (const written of ['UART', 'I2C', 'XCP', 'CPQ', 'Thanks', 'Paris', 'Porto', 'Lisbon', 'Cocoa2'])
      expect(mayBeMisspelling(written), written).toBe(false);
    for (const written of ['Kubernets', 'Djanog', 'Postgress'])
      expect(mayBeMisspelling(written), written).toBe(true);
  });

  it('gives no suggestion for them through the catalogue either', () => {
    const index = new CatalogueIndex<TechnologyEntry>([
      entry('thanos', 'Thanos'),
      entry('dart', 'Dart', [], { category: 'language' }),
      entry('kubernetes', 'Kubernetes'),
    ]);
    expect(index.suggest('Thanks')).toBeUndefined();
    expect(index.suggest('DART2')).toBeUndefined();
    expect(index.suggest('UART')).toBeUndefined();
    expect(index.suggest('Kubernets')?.id).toBe('kubernetes');
  });
});
