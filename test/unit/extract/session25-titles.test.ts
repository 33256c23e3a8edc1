import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/**
 * Session 25 (xpdf25): titles inside entries. The header's own title is the title, whatever a body line opens with;
 * how someone was engaged, in brackets, is no part of the title while a specialty is; a trade's role is a title as
 * an engineer's is. Each shape is written in the layouts résumés use (title first, employer first, dates on the
 * left, pipes), with invented people and employers.
 */

const rows = async (text: string, fileName = 'resume.txt') =>
  positions(await extractText(text, fileName)).map(({ company, title }) => [company, title]);

describe("the header's own title outranks a body line that names a role", () => {
  it('keeps the title of a title-first header over "Member of the … team:" and "Apprentice, then …:"', async () => {
    expect(
      await rows(`Gwen Ellis
Cardiff | gwen@example.org

Employment

Senior Analyst, Genomics Unit    2021–present
Severn Health Ltd, Cardiff
Lead developer of the unit's pipelines.

Glassblower    Oct 2017 – Mar 2021
Hinterland Studio Ltd, Cambridge
Member of the Lamp Workshop team: blown shades and lenses for the lighting range.

Sommelier    May 2008 – May 2014
Quayside Hotels Ltd, Bristol
Apprentice, then head of cellar: tastings, orders and the wine list.
`),
    ).toEqual([
      ['Severn Health Ltd', 'Senior Analyst'],
      ['Hinterland Studio Ltd', 'Glassblower'],
      ['Quayside Hotels Ltd', 'Sommelier'],
    ]);
  });

  it('keeps it in a job board\'s layout: title, "Employer - City", dates, each on a line of its own', async () => {
    expect(
      await rows(`Marcus Broussard
Lafayette, LA

Work Experience

Controls Technician
Acadiana Packaging Inc - Lafayette, LA
March 2021 to Present
Member of the plant's controls team: PLC changes and HMI screens.

Industrial Electrician
Bayou Fabricators LLC - Lake Charles, LA
May 2012 to February 2021
Apprentice, then journeyman: conduit, motor controls and VFD installs.

Package Handler
Gulfway Freight Inc - Lafayette, LA
June 2010 to April 2012
Loaded and scanned parcels on the night shift.
`),
    ).toEqual([
      ['Acadiana Packaging Inc', 'Controls Technician'],
      ['Bayou Fabricators LLC', 'Industrial Electrician'],
      ['Gulfway Freight Inc', 'Package Handler'],
    ]);
  });

  it('keeps it with the employer first and the title under it', async () => {
    expect(
      await rows(`Aoife Brennan
Galway

EXPERIENCE

Corrib Diagnostics Ltd, Galway                    Jan 2019 – Present
Bioinformatician
Member of the Sequencing Platform team: variant calling pipelines in Nextflow.

Western Health Board, Galway                      Sep 2014 – Dec 2018
Radiographer
Part of the imaging team: CT and MRI lists.
`),
    ).toEqual([
      ['Corrib Diagnostics Ltd', 'Bioinformatician'],
      ['Western Health Board', 'Radiographer'],
    ]);
  });
});

describe('brackets after a title', () => {
  it('leaves out how the person was engaged, in every wording, and keeps the title before it', async () => {
    const found = await rows(`Niamh Quigley
Derry | niamh@example.org

Experience

Harbour Analytics Ltd                                   Sep 2021 – Present
Data Engineer, Customer Insights

Foyle Health Trust                                      Jun 2019 – Jun 2020
IT Support Technician (placement year)

Lough Systems Ltd                                       Jun 2018 – Sep 2018
Junior Developer (summer internship)

Kestrel Labs Ltd                                        Jan 2017 – Jun 2017
Research Assistant (maternity cover)

Sperrin Software Ltd                                    Sep 2015 – Dec 2016
QA Analyst (co-op term)
`);
    expect(found.map(([, title]) => title)).toEqual([
      'Data Engineer',
      'IT Support Technician',
      'Junior Developer',
      'Research Assistant',
      'QA Analyst',
    ]);
  });

  it('keeps a specialty in brackets, though the other entries set a unit after a comma', async () => {
    expect(
      await rows(`Elin Morgan
Swansea

Employment

Senior Analyst, Genomics Unit    2019–present
Severn Health Ltd, Cardiff
Pipelines for the genomics service.

Research Assistant, School of Biosciences    2016–2019
Tawe University, Swansea
Variant calling for a cohort study.

Biomedical Scientist (haematology)    2012–2016
Gower Laboratories Ltd, Swansea
Blood films and coagulation testing.
`),
    ).toEqual([
      ['Severn Health Ltd', 'Senior Analyst'],
      ['Tawe University', 'Research Assistant'],
      ['Gower Laboratories Ltd', 'Biomedical Scientist (haematology)'],
    ]);
  });

  it('reads a pipe header whose title carries an engagement in brackets: the employer is its own', async () => {
    expect(
      await rows(`Tamsin Reyes
Mobile, AL | tamsin@example.org

EXPERIENCE

Senior Software Engineer | Larkspur Grocery | Mobile, AL (hybrid) | 04/2022 - Present
- Built checkout services in Node.js.

Software Engineer | Larkspur Grocery | Mobile, AL | 08/2020 - 03/2022
- Order tracking in React.

Shopify Developer (contract) | Bayou Threads | Remote | 09/2019 - 07/2020
- Moved the store to Shopify Plus.

Front-end Developer (part-time) | Pelican Outdoor | Mobile, AL | 01/2017 - 01/2019
- Magento storefront.
`),
    ).toEqual([
      ['Larkspur Grocery', 'Senior Software Engineer'],
      ['Larkspur Grocery', 'Software Engineer'],
      ['Bayou Threads', 'Shopify Developer'],
      ['Pelican Outdoor', 'Front-end Developer'],
    ]);
  });
});

describe("a job board's layout: title, employer and dates each on a line of their own", () => {
  it('reads a title the vocabulary does not know where the other entries show the layout', async () => {
    const found = positions(
      await extractText(`Wanjiru Kamau
Nairobi, Kenya

WORK EXPERIENCE

MLOps Engineer
Tana Agritech
Mar 2023 - Currently working here
Location: Nairobi
Description:
- Training pipelines in Kubeflow.

Annotation Team Lead
Kilima Labs
Jan 2021 - Feb 2023
Location: Nairobi
Description:
- Led annotation squads.

Data Annotator
Kilima Labs
Aug 2019 - Dec 2020
Location: Nairobi
Description:
- Bounding boxes for image data.
`),
    );
    expect(
      found.map(({ company, title, startDate, endDate, current }) => [
        company,
        title,
        startDate,
        endDate,
        current,
      ]),
    ).toEqual([
      ['Tana Agritech', 'MLOps Engineer', '2023-03', undefined, true],
      ['Kilima Labs', 'Annotation Team Lead', '2021-01', '2023-02', undefined],
      ['Kilima Labs', 'Data Annotator', '2019-08', '2020-12', undefined],
    ]);
  });
});

describe('freelance work that names no employer', () => {
  it('takes no employer from the entry above, in a date column or after a title', async () => {
    expect(
      await rows(`Lucía Ortega
Valencia

EXPERIENCIA

2021 – 2024    Desarrolladora Backend
Naranjo Software S.L. · Valencia
APIs en Go.

2018 – 2021    Programadora Freelance
Webs para pequeños comercios (unos 20 proyectos).

2016 – 2018    Desarrolladora Junior
Azahar Sistemas S.A. · Castellón
Mantenimiento de una intranet en PHP.
`),
    ).toEqual([
      ['Naranjo Software S.L.', 'Desarrolladora Backend'],
      ['Azahar Sistemas S.A.', 'Desarrolladora Junior'],
    ]);
  });

  it('reads "Independent projects" and its translations where the employer goes as no employer', async () => {
    expect(
      await rows(`Tomás Lindqvist
Malmö

EXPERIENCE

Backend Engineer | Öresund Data AB | 2021 – Present
- Payment APIs in Kotlin.

Freelance Web Developer | Independent Projects | 2018 – 2021
- Shop sites in WordPress.

Diseñador Freelance | Proyectos Propios | 2017 – 2018
- Tiendas en línea.

Frontend Developer | Skåne Media AB | 2015 – 2017
- React dashboards.
`),
    ).toEqual([
      ['Öresund Data AB', 'Backend Engineer'],
      ['Skåne Media AB', 'Frontend Developer'],
    ]);
  });
});
