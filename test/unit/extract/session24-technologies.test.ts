import { describe, expect, it } from 'vitest';
import { extractText, seedCatalogue, technologiesByPosition } from './extract-text.js';

/**
 * Session 24: technologies of fields the catalogue lacked (healthcare IT, FPGA and EDA, IT administration, ERP and
 * CRM, technical writing), skills items with qualifiers, and product words in context, through the seed catalogue
 * and the whole extractor, on résumés written here (invented people and employers).
 */

const resume = (experience: string[], skills: string[] = []) =>
  [
    'Tamsin Okoro-Vale',
    'tamsin.ov@example.org',
    '',
    'Experience',
    ...experience,
    ...(skills.length > 0 ? ['', 'Skills', ...skills] : []),
  ].join('\n');

const keywords = async (skills: string[]) => {
  const result = await extractText(resume(['Engineer, Brindle Works, Jan 2020 - Mar 2023'], skills));
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
};

const catalogueIds = async (names: string[]) => {
  const catalogue = await seedCatalogue();
  return names.map((name) => catalogue.technologies.find(name)?.id);
};

describe('the catalogue knows the fields it lacked, each product by its own spellings', () => {
  it.each([
    [
      'healthcare IT',
      ['Epic', 'ClinDoc', 'Cerner', 'MEDITECH Expanse', 'Cloverleaf', 'Mirth', 'NCPDP', 'C-CDA'],
    ],
    [
      'FPGA and EDA',
      [
        'QuestaSim',
        'ModelSim',
        'Xcelium',
        'UVM',
        'cocotb',
        'JESD204B',
        'JESD204C',
        'PCI Express',
        'AXI4-Stream',
        'Camera Link',
        'CoaXPress',
        'MIPI CSI-2',
        'Arria 10',
        'Cyclone V',
        'RFSoC',
      ],
    ],
    [
      'IT administration',
      ['Exchange Server', 'SCCM', 'MECM', 'WSUS', 'Intune', 'ServiceNow', 'Oracle OPERA PMS', 'Fortinet'],
    ],
    [
      'ERP and CRM',
      [
        'Dynamics 365 Finance',
        'Dynamics AX',
        'Navision',
        'Dynamics GP',
        'Exact Online',
        'Power Platform',
        'Sales Cloud',
        'Salesforce CPQ',
        'Copado',
        'Data Loader',
        'SOQL',
        'Aura Components',
        'Adobe Forms',
        'Smartforms',
        'IDoc',
        'ABAP Unit',
      ],
    ],
    ['technical writing', ['Vale', 'MadCap Flare', 'Oxygen XML Editor', 'Zendesk Guide', 'DITA', 'Paligo']],
  ])('%s', async (_field, names) => {
    const ids = await catalogueIds(names);
    expect(ids.filter((id) => id === undefined)).toEqual([]);
  });

  it('resolves a platform by its vendor-named spelling alone ("Databricks", "Salesforce", "SAP")', async () => {
    const [databricks, lakehouse, salesforce, platform, sap] = await catalogueIds([
      'Databricks',
      'Databricks Lakehouse',
      'Salesforce',
      'Salesforce Platform',
      'SAP',
    ]);
    expect(databricks).toBe(lakehouse);
    expect(salesforce).toBe(platform);
    expect(sap).toBeDefined();
  });

  it("gives a product of a family its own entry, not its vendor's or its family's", async () => {
    const [finance, service, suite, guide, desk, editor, xml, opera, oracle] = await catalogueIds([
      'Dynamics 365 Finance',
      'Dynamics 365 Customer Service',
      'Dynamics 365',
      'Zendesk Guide',
      'Zendesk',
      'Oxygen XML Editor',
      'XML',
      'Oracle OPERA PMS',
      'Oracle Database',
    ]);
    expect(new Set([finance, service, suite]).size).toBe(3);
    expect(guide).not.toBe(desk);
    expect(editor).not.toBe(xml);
    expect(opera).not.toBe(oracle);
  });
});

describe('a position names the products of those fields in its bullets', () => {
  it('reads each product once, the longest name at each place', async () => {
    const result = await extractText(
      resume([
        'Integration Analyst, Harbour Point Clinics, Feb 2019 - Present',
        '- HL7 v2 feeds between the lab and the billing system in Cloverleaf; NCPDP claims to the pharmacy.',
        '- Built ClinDoc flowsheets in Epic for the emergency department.',
        '',
        'Documentation Lead, Quillfeather Ltd, Jan 2016 - Jan 2019',
        '- Help articles in Zendesk Guide; DITA topics in Oxygen XML Editor.',
        '- Rolled out Dynamics 365 Finance and Dynamics 365 Customer Service for the back office.',
      ]),
    );
    const [health, writing] = technologiesByPosition(result);
    expect(health?.technologies).toEqual(['HL7 v2', 'Cloverleaf', 'NCPDP', 'ClinDoc', 'Epic']);
    expect(writing?.technologies).toEqual([
      'Zendesk Guide',
      'DITA',
      'Oxygen XML Editor',
      'Dynamics 365 Finance',
      'Dynamics 365 Customer Service',
    ]);
  });

  it('counts a product word beside other technologies, not in ordinary prose', async () => {
    const result = await extractText(
      resume([
        'Systems Administrator, Larkspur Hotels, Mar 2018 - Present',
        '- Migrated 600 mailboxes from Exchange to Microsoft 365; Intune for the front desks.',
        '- Moved the Head Office to the new site and set up the Reservations Office.',
        '- Templates in Word for the finance team.',
      ]),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Exchange', 'Microsoft 365', 'Intune']);
  });
});

describe('a skills item with a qualifier names the technology without it', () => {
  it('drops a level word written after the name', async () => {
    expect(
      await keywords(['Office suite: Microsoft 365 Advanced, Microsoft Excel Expert, Visual Basic']),
    ).toEqual(['Microsoft 365', 'Microsoft Excel', 'Visual Basic']);
  });

  it('reads the technology inside "administration" with its level', async () => {
    expect(await keywords(['Platforms: Linux administration Advanced, Kubernetes'])).toEqual([
      'Linux',
      'Kubernetes',
    ]);
  });

  it('reads both variants a slash gives ("JESD204B/C"), never a stray letter as the C language', async () => {
    expect(await keywords(['Interfaces: JESD204B/C, PCIe, AXI4'])).toEqual([
      'JESD204B',
      'JESD204C',
      'PCIe',
      'AXI4',
    ]);
  });

  it('drops the rates before a standard ("10/25G Ethernet")', async () => {
    expect(await keywords(['Networking: 10/25G Ethernet, 100G Ethernet, VLANs'])).toEqual(
      expect.arrayContaining(['Ethernet']),
    );
    expect(await keywords(['Networking: 10/25G Ethernet'])).toEqual(['Ethernet']);
  });

  it('names UVM in "verification with UVM"', async () => {
    expect(await keywords(['Design: RTL design in VHDL, verification with UVM and cocotb'])).toEqual(
      expect.arrayContaining(['VHDL', 'UVM', 'cocotb']),
    );
  });
});

describe('FUZZY_MATCH: no misspelling of a catalogue name in a word, a town or an acronym', () => {
  it('warns for a real typo but not for words, towns and acronyms listed beside technologies', async () => {
    const result = await extractText(
      resume(
        [
          'Engineer, Brindle Works, Jan 2020 - Mar 2023',
          '- Firmware over UART, I2C and SPI; Kubernets for the test rigs.',
        ],
        ['Tools: Terraform, Kubernets', 'Offices: Porto, Paris'],
      ),
    );
    const warned = result.warnings
      .filter((warning) => warning.code === 'FUZZY_MATCH')
      .map((warning) => /"([^"]+)" is not/u.exec(warning.message)?.[1]);
    expect(new Set(warned)).toEqual(new Set(['Kubernets']));
  });
});
