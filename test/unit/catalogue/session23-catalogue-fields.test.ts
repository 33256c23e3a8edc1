import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';

/**
 * Session 23: the catalogue knows the standard toolchain of fields it covered thinly. Each list is what a
 * practitioner of the field names on a résumé (its product names and the other spellings in use), with the category
 * the entry's kind gives it.
 */
let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const category = (name: string) => catalogue.technologies.find(name)?.category;
const id = (name: string) => catalogue.technologies.find(name)?.id;

describe('the fields the catalogue covered thinly', () => {
  it.each([
    [
      'backup and virtualisation',
      [
        'Veeam',
        'Commvault',
        'NetBackup',
        'Rubrik',
        'restic',
        'Zerto',
        'Velero',
        'vSAN',
        'NSX',
        'Nutanix AHV',
        'oVirt',
        'Citrix XenApp',
      ],
    ],
    [
      'telecom and networking',
      [
        'LTE',
        '5G NR',
        'UMTS',
        'GPON',
        'DOCSIS',
        'IS-IS',
        'EVPN',
        'VXLAN',
        'RADIUS',
        'Diameter',
        'TACACS+',
        'SIP',
        'SMPP',
        'IOS XR',
        'Arista EOS',
        'Cisco ASR',
        'Juniper MX',
        'FreeSWITCH',
        'NETCONF',
        'SNMP',
      ],
    ],
    [
      'embedded',
      [
        'ARM Cortex-M',
        'nRF52',
        'ESP-IDF',
        'MSP430',
        'NXP i.MX',
        'Infineon AURIX',
        'ThreadX',
        'RTEMS',
        'I2C',
        'SPI',
        'UART',
        'CAN FD',
        'LIN',
        'FlexRay',
        'VectorCAST',
        'LDRA',
        'CppUTest',
        'Keil',
        'IAR Embedded Workbench',
        'J-Link',
      ],
    ],
    [
      'bioinformatics',
      [
        'BWA',
        'Bowtie2',
        'STAR',
        'minimap2',
        'GATK',
        'DeepVariant',
        'bcftools',
        'SAMtools',
        'PLINK',
        'BEAGLE',
        'SPAdes',
        'Flye',
        'Cromwell',
        'Bioconductor',
        'Seurat',
        'Illumina',
        'Oxford Nanopore',
        'PacBio',
      ],
    ],
    [
      'GIS and field data collection',
      [
        'ArcGIS',
        'ArcGIS Pro',
        'QGIS',
        'GDAL',
        'GeoServer',
        'GeoPandas',
        'OpenLayers',
        'Google Earth Engine',
        'Survey123',
        'KoboToolbox',
        'ODK',
        'QField',
        'FME',
      ],
    ],
    [
      'accessibility and QA',
      [
        'JAWS',
        'NVDA',
        'VoiceOver',
        'TalkBack',
        'axe DevTools',
        'WAVE',
        'Pa11y',
        'Allure',
        'ExtentReports',
        'TestRail',
        'Zephyr Scale',
        'qTest',
        'TestLink',
        'Katalon',
        'UFT',
      ],
    ],
    [
      'payments and banking',
      [
        'ISO 20022',
        'SWIFT MT',
        'EMV',
        '3-D Secure',
        'FIX',
        'Temenos T24',
        'Mambu',
        'Murex',
        'BASE24',
        'Thales payShield',
        'UPI',
      ],
    ],
    [
      'game development',
      [
        'Blueprints',
        'Unity Profiler',
        'Unreal Insights',
        'RenderDoc',
        'Photon PUN',
        'Mirror',
        'Netcode for GameObjects',
        'Steamworks',
        'PlayFab',
        'Vuforia',
        'AR Foundation',
        'Wwise',
        'FMOD',
        'Havok',
        'PhysX',
      ],
    ],
    [
      'mobile platform APIs',
      [
        'BiometricPrompt',
        'Face ID',
        'Touch ID',
        'LocalAuthentication',
        'Android Keystore',
        'Secure Enclave',
        'Play Integrity API',
        'App Attest',
        'CryptoKit',
        'HealthKit',
        'WidgetKit',
        'CameraX',
      ],
    ],
    [
      'OCR and document processing',
      [
        'Tesseract',
        'ABBYY FineReader',
        'Google Document AI',
        'Azure Form Recognizer',
        'PaddleOCR',
        'EasyOCR',
        'LayoutLM',
        'Apache PDFBox',
        'pdfplumber',
        'PyMuPDF',
        'iText',
      ],
    ],
  ])('%s', (_field, names) => {
    expect(names.filter((name) => !catalogue.technologies.find(name))).toEqual([]);
  });

  it('files each kind under its category: hardware, protocols, standards followed, tools', () => {
    expect(category('STM32')).toBe('hardware');
    expect(category('ESP32')).toBe('hardware');
    expect(category('Juniper MX')).toBe('hardware');
    expect(category('BGP')).toBe('networking');
    expect(category('ISO 20022')).toBe('messaging');
    // coding and safety standards are followed, not used: practices, which the extractor records as no technology
    expect(category('MISRA C')).toBe('practice');
    expect(category('ISO 26262')).toBe('practice');
  });

  it('gives a network operating system its own entry, apart from the family it belongs to', () => {
    expect(id('IOS XR')).toBe('cisco-ios-xr');
    expect(id('NX-OS')).toBe('cisco-nx-os');
    expect(id('Cisco IOS')).toBe('cisco-ios');
    expect(catalogue.technologies.get('cisco-ios-xr')?.broader).toEqual(['cisco-ios']);
  });

  it('leaves a name two products share to neither: "Photon" alone is an unknown name', () => {
    expect(catalogue.technologies.find('Photon')).toBeUndefined();
    expect(id('Databricks Photon')).toBe('databricks-photon');
    expect(id('Photon PUN')).toBe('photon-engine');
  });

  it('flags names that are also places, people or words capitalised in titles', () => {
    for (const name of ['Trinity', 'Picard', 'Palo Alto', 'Matter']) {
      const entry = catalogue.technologies.find(name);
      expect(
        [entry?.name, ...(entry?.aliases ?? [])].filter((spelling) =>
          entry?.properNames?.includes(spelling as string),
        ),
      ).toEqual([name]);
    }
  });
});
