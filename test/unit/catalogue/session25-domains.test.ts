import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';

/**
 * Session 25: the fields the catalogue covered thinly, each with the widely used products of the field (at least 25 a
 * field, from the vendors' product lines, not only the names one résumé used), and the vendor-prefixed spelling of a
 * product naming the product, through the seed catalogue.
 */

let catalogue: Promise<Catalogue> | undefined;
const seed = () => {
  catalogue ??= loadCatalogue();
  return catalogue;
};

const domains: [string, string[]][] = [
  [
    'payments',
    [
      'Adyen',
      'Checkout.com',
      'Worldpay',
      'Cybersource',
      'Authorize.Net',
      'Braintree',
      'Stripe',
      'PayPal',
      'Square API',
      'Klarna',
      'Afterpay',
      'Mollie',
      'Razorpay',
      'PayU',
      'Paystack',
      'Flutterwave',
      'Mercado Pago',
      'dLocal',
      'EBANX',
      'Trustly',
      'Skrill',
      'Neteller',
      'GoCardless',
      'Plaid',
      'Dwolla',
      'Nuvei',
      'Alipay',
      'WeChat Pay',
      'Chargebee',
      'Zuora',
    ],
  ],
  [
    'industrial automation',
    [
      'Allen-Bradley',
      'ControlLogix',
      'CompactLogix',
      'MicroLogix',
      'PowerFlex',
      'PanelView',
      'Studio 5000',
      'RSLogix 500',
      'RSLinx',
      'FactoryTalk View',
      'TIA Portal',
      'STEP 7',
      'SIMATIC PCS 7',
      'Modicon',
      'Wonderware InTouch',
      'OSIsoft PI',
      'GE iFIX',
      'MELSEC',
      'TwinCAT',
      'Emerson DeltaV',
      'Honeywell Experion PKS',
      'Yokogawa CENTUM VP',
      'ABB 800xA',
      'KEPServerEX',
      'Ignition',
      'EtherNet/IP',
      'PROFIBUS',
      'DeviceNet',
      'EtherCAT',
      'IO-Link',
      'FANUC',
      'ABB',
      'KUKA',
      'Yaskawa Motoman',
      'Universal Robots',
      'ROBOGUIDE',
      'RobotStudio',
    ],
  ],
  [
    'telecom equipment and network management',
    [
      'Huawei',
      'Huawei VRP',
      'NE40E',
      'USN9810',
      'UGW9811',
      'BTS3900',
      'RTN 950',
      'OptiX OSN',
      'U2000',
      'iMaster NCE',
      'Ericsson ENM',
      'OSS-RC',
      'Ericsson RBS',
      'MINI-LINK',
      'NetAct',
      'Nokia Flexi',
      'Nokia AirScale',
      'Nokia SR OS',
      'NetNumen',
      'Ciena',
      'Infinera',
      'Aviat',
      'Cambium',
      'Ceragon',
      'iPASOLINK',
      'Juniper EX',
      'Amdocs',
      'Netcracker',
      'Oracle BRM',
      'DSL',
    ],
  ],
  [
    'bioinformatics',
    [
      'Prokka',
      'Bakta',
      'IQ-TREE',
      'RAxML',
      'FastTree',
      'PhyML',
      'BEAST',
      'MAFFT',
      'Clustal Omega',
      'Snippy',
      'Roary',
      'Panaroo',
      'Bracken',
      'MetaPhlAn',
      'QUAST',
      'CheckM',
      'BUSCO',
      'GTDB-Tk',
      'ABRicate',
      'AMRFinderPlus',
      'Unicycler',
      'Medaka',
      'Guppy',
      'NanoPlot',
      'Bismark',
      'MACS2',
      'deepTools',
      'StringTie',
      'GridION',
      'HiSeq',
      'Ion Torrent',
    ],
  ],
  [
    'GIS',
    [
      'ArcGIS Experience Builder',
      'ArcGIS Web AppBuilder',
      'ArcGIS Dashboards',
      'ArcGIS StoryMaps',
      'Esri Utility Network',
      'ArcGIS Collector',
      'ArcGIS QuickCapture',
      'ArcGIS Workforce',
      'ArcGIS Hub',
      'ArcGIS Network Analyst',
      'ArcGIS Spatial Analyst',
      'ArcGIS GeoEvent Server',
      'ArcGIS Arcade',
      'ArcGIS Runtime',
      'CityEngine',
      'GE Smallworld',
      'AutoCAD Map 3D',
      'SAGA GIS',
      'WhiteboxTools',
      'Orfeo ToolBox',
      'GeoTools',
      'JTS Topology Suite',
      'GeoMesa',
      'GeoNode',
      'GeoDjango',
      'Uber H3',
      'Tippecanoe',
      'MapLibre',
      'CARTO',
      'QGIS',
    ],
  ],
  [
    'security operations',
    [
      'InsightIDR',
      'InsightVM',
      'QRadar',
      'ArcSight',
      'LogRhythm',
      'Exabeam',
      'Elastic Security',
      'Google Chronicle',
      'Wazuh',
      'Security Onion',
      'Suricata',
      'Snort',
      'Zeek',
      'Velociraptor',
      'KAPE',
      'Volatility',
      'Autopsy',
      'FTK Imager',
      'EnCase',
      'X-Ways Forensics',
      'Magnet AXIOM',
      'Cellebrite UFED',
      'SentinelOne',
      'Carbon Black',
      'Cortex XDR',
      'Cortex XSOAR',
      'Splunk SOAR',
      'TheHive',
      'MISP',
      'YARA',
      'osquery',
      'Sysmon',
      'BloodHound',
      'Mimikatz',
      'Impacket',
      'Cobalt Strike',
      'Hashcat',
    ],
  ],
  [
    'e-commerce',
    [
      'Shopify',
      'Shopify Plus',
      'Liquid',
      'Shopify Hydrogen',
      'WooCommerce',
      'BigCommerce',
      'PrestaShop',
      'OpenCart',
      'Shopware',
      'Magento',
      'Salesforce Commerce Cloud',
      'ISML',
      'SAP Hybris',
      'commercetools',
      'Spryker',
      'Saleor',
      'Medusa.js',
      'Vendure',
      'Sylius',
      'Solidus',
      'Spree Commerce',
      'VTEX',
      'nopCommerce',
      'Oracle ATG',
      'HCL Commerce',
      'Elastic Path',
      'Ecwid',
      'Klaviyo',
      'Akeneo',
      'Salsify',
    ],
  ],
  [
    'MLOps monitoring',
    [
      'Evidently',
      'WhyLabs',
      'whylogs',
      'Arize',
      'Fiddler AI',
      'Arthur AI',
      'NannyML',
      'Deepchecks',
      'Alibi Detect',
      'Aporia',
      'Superwise',
      'TruEra',
      'Giskard',
      'Langfuse',
      'LangSmith',
      'Helicone',
      'Neptune.ai',
      'Comet ML',
      'ClearML',
      'MLflow',
      'Weights & Biases',
      'SageMaker Model Monitor',
      'Vertex AI Model Monitoring',
      'Soda Core',
      'Monte Carlo Data',
      'Bigeye',
      'Datafold',
      'Great Expectations',
    ],
  ],
  [
    'warehouse management',
    [
      'Manhattan WMS',
      'Manhattan Active WM',
      'Blue Yonder',
      'JDA WMS',
      'SAP EWM',
      'Oracle WMS Cloud',
      'Körber WMS',
      'HighJump',
      'Infor WMS',
      'Softeon WMS',
      'Made4net',
      'Tecsys',
      'Generix WMS',
      'Reflex WMS',
      'Deposco',
      'ShipHero',
      'Fishbowl Inventory',
      '3PL Central',
      'Logiwa',
      'Vocollect',
      'Locus Robotics',
      'AutoStore',
      'Geek+',
      'GreyOrange',
      'Fetch Robotics',
      'Dematic',
      'Swisslog',
      'KNAPP',
      'Vanderlande',
    ],
  ],
];

describe('the catalogue knows each field it covered thinly, at least 25 products a field', () => {
  it.each(domains)('%s', async (_, names) => {
    const technologies = (await seed()).technologies;
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(names.filter((name) => technologies.find(name) === undefined)).toEqual([]);
    // Every name is its own product: no two of a field's names meet in one entry unless the list spells one twice.
    const ids = new Set(names.map((name) => technologies.find(name)?.id));
    expect(ids.size).toBeGreaterThanOrEqual(names.length - 4);
  });
});

describe("a vendor's name before its product's names the product alone", () => {
  it.each([
    ['Allen-Bradley ControlLogix', 'ControlLogix'],
    ['Allen-Bradley PowerFlex', 'PowerFlex'],
    ['Allen-Bradley Studio 5000', 'Studio 5000'],
    ['Oxford Nanopore GridION', 'GridION'],
    ['Huawei USN9810', 'USN9810'],
    ['Huawei BTS3900', 'BTS3900'],
    ['Shopify Liquid', 'Liquid'],
    ['Emerson DeltaV', 'DeltaV'],
    ['Rapid7 InsightIDR', 'InsightIDR'],
    ['Esri Utility Network', 'ArcGIS Utility Network'],
    ['FANUC ROBOGUIDE', 'ROBOGUIDE'],
    ['Burp Suite Pro', 'Burp Suite'],
  ])('"%s" is %s', async (written, product) => {
    const technologies = (await seed()).technologies;
    expect(technologies.find(written)?.id).toBe(technologies.find(product)?.id);
    const matcher = createMentionMatcher(technologies);
    const mentions = matcher.find(`Commissioned ${written} for the plant, with Python and Git.`);
    expect(mentions[0]?.text).toBe(written);
    expect(mentions[0]?.technologyId).toBe(technologies.find(product)?.id);
  });

  it('a family and its board is the board ("STM32 Nucleo"), a family and its model number the family', async () => {
    const technologies = (await seed()).technologies;
    const matcher = createMentionMatcher(technologies);
    const ids = (text: string) => matcher.find(text).map((mention) => [mention.text, mention.technologyId]);
    expect(ids('A scheduler on an STM32 Nucleo board.')).toEqual([['STM32 Nucleo', 'stm32-nucleo']]);
    expect(ids('Drivers for the STM32F407 on a custom board.')).toEqual([['STM32F407', 'stm32']]);
  });
});

describe("a payment company's or a vendor's name counts as a technology only where the text uses it as one", () => {
  it.each([
    ['Integrated Adyen, Trustly and Skrill for deposits.', ['adyen-payments', 'trustly', 'skrill']],
    ['Card payments through Klarna and Braintree.', ['klarna-payments', 'braintree']],
    ['Joined Adyen in 2019 as a backend engineer.', []],
    ['Cisco and Huawei routers across the core network.', ['cisco-networking', 'huawei-networking']],
    ['Worked at Huawei on the radio team.', []],
  ])('%s', async (text, expected) => {
    const technologies = (await seed()).technologies;
    const matcher = createMentionMatcher(technologies);
    expect(matcher.find(text).map((mention) => mention.technologyId)).toEqual(expected);
  });

  it('a Spanish word spelled like a tool is no tool ("Busco un estudio")', async () => {
    const technologies = (await seed()).technologies;
    const matcher = createMentionMatcher(technologies);
    expect(matcher.find('Busco un estudio donde pueda crecer.')).toEqual([]);
    expect(matcher.find('Genome completeness with BUSCO and QUAST.').map((m) => m.technologyId)).toEqual([
      'busco',
      'quast',
    ]);
  });
});
