import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { graphqlData } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { statusWhenRead } from './import-page.js';
import type { RequestLog } from './request-log.js';

// Issue 10: "drop or pick a file". import.test.ts picks .json and .txt files; here a PDF and a Word file are
// dropped on the page's drop zone (a DataTransfer built in the page, as a drag from the desktop delivers it), go
// through the page's base64 path, and are imported. Expected values come from the documents and their gold files
// (test/fixtures/documents/dev-pdf/gold/teodora-vasileva.yaml, dev-word/gold/declan-moriarty.yaml).

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let consoleErrors: string[];

beforeAll(async () => {
  session = await openBrowserSession('import-drop');
  ({ server, page, requests, artifactPath, consoleErrors } = session);
});

afterAll(() => session?.close());

function fixture(set: string, name: string): Buffer {
  return readFileSync(join(projectRoot, 'test/fixtures/documents', set, name));
}

/**
 * Drags a file over the drop zone and drops it, as Chromium delivers a drop from the desktop: dragenter, dragover
 * (the zone shows it is a target) and drop, each carrying the same DataTransfer.
 */
async function drop(name: string, bytes: Buffer, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const content = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      return transfer;
    },
    { name, base64: bytes.toString('base64'), type },
  );
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  expect(await zone.evaluate((node) => node.classList.contains('over'))).toBe(true);
  await zone.dispatchEvent('drop', { dataTransfer });
  expect(await zone.evaluate((node) => node.classList.contains('over'))).toBe(false);
  await dataTransfer.dispose();
}

/** The text of the document's line `n` as the page shows it. */
const lineText = (n: number) => page.getByTestId(`line-${n}`).locator('.text').textContent();

/** Confirms the import and returns the person id of the explorer link the page then shows. */
async function confirmAndGetId(): Promise<{ id: string; result: string }> {
  await page.getByTestId('confirm').click();
  const link = page.getByTestId('explore-person-link');
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const id = new URL(href, server.url).searchParams.get('focus') ?? '';
  return { id, result: (await page.getByTestId('result').textContent()) ?? '' };
}

async function peopleCount(): Promise<number> {
  const data = await graphqlData<{ people: { totalCount: number } }>(server.url, '{ people { totalCount } }');
  return data.people.totalCount;
}

interface StoredRole {
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  company: { name: string };
  technologies: { name: string }[];
  source: { document: string } | null;
}

async function storedPerson(id: string) {
  const { person } = await graphqlData<{
    person: { source: { document: string } | null; roles: StoredRole[] } | null;
  }>(
    server.url,
    `query ($id: ID!) { person(id: $id) { source { document }
       roles { title startDate endDate current company { name } technologies { name } source { document } } } }`,
    { id },
  );
  if (!person) throw new Error(`No person ${id} in the graph after the import.`);
  return person;
}

/** A role as the gold file gives it: dates to the month, the employer compared without case. */
function roleOf(role: StoredRole) {
  return {
    title: role.title,
    start: role.startDate?.slice(0, 7) ?? null,
    end: role.endDate?.slice(0, 7) ?? null,
    current: role.current,
    company: role.company.name.toLowerCase(),
    document: role.source?.document,
  };
}

const names = (role: StoredRole | undefined) => (role?.technologies ?? []).map((t) => t.name).sort();

describe('/import: files dropped on the page', () => {
  let before = 0;

  it('a dropped PDF is read through the page, shown with its facts on their lines, and imported', {
    timeout: patientLimit(3),
  }, async () => {
    before = await peopleCount();
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await drop('teodora-vasileva.pdf', fixture('dev-pdf', 'teodora-vasileva.pdf'), 'application/pdf');
    const status = await statusWhenRead(page);
    expect(status).toMatch(
      /^teodora-vasileva\.pdf: \d+ facts, 0 warnings\. Untick what is wrong, then import\.$/,
    );
    await expect(page.getByTestId('document-title').textContent()).resolves.toMatch(
      /^teodora-vasileva\.pdf \(pdf, \d+ lines\)$/,
    );
    await expect(page.locator('[data-testid^="warning-"]').count()).resolves.toBe(0);
    // The employers are no large technology employers: each becomes a company of its own, and the page says so.
    const unknown = await page.getByTestId('warnings').locator('li:not([data-testid])').allTextContents();
    for (const company of [/Pixelforge( Ltd)?/, /Vitosha Web Studio/]) {
      const said = new RegExp(
        `^company "${company.source}" is in no catalogue: it becomes a node of its own\\.$`,
      );
      expect(unknown.filter((text) => said.test(text))).toHaveLength(1);
    }
    // Each title of the document is a fact, shown on a line whose text writes it.
    for (const title of ['Senior Frontend Developer', 'Frontend Developer', 'Junior Web Developer']) {
      const fact = page.locator('li.fact', {
        has: page.locator('.value', { hasText: new RegExp(`^${title}$`) }),
      });
      const where = (await fact.first().locator('.where').textContent()) ?? '';
      const n = Number(/^lines? (\d+)/.exec(where)?.[1]);
      await expect(lineText(n)).resolves.toContain(title);
    }
    await page.screenshot({ path: artifactPath('drop-pdf-review.png') });

    const { id, result } = await confirmAndGetId();
    expect(result).toMatch(
      new RegExp(
        `^Imported Senior Frontend Developer @ Pixelforge( Ltd)? \\(${id}\\): \\d+ nodes created`,
        'i',
      ),
    );
    expect(await peopleCount()).toBe(before + 1);
    const person = await storedPerson(id);
    expect(person.source?.document).toBe('teodora-vasileva.pdf');
    expect(person.roles.map(roleOf)).toEqual([
      {
        title: 'Senior Frontend Developer',
        start: '2021-03',
        end: null,
        current: true,
        company: expect.stringMatching(/^pixelforge( ltd)?$/),
        document: 'teodora-vasileva.pdf',
      },
      {
        title: 'Frontend Developer',
        start: '2019-06',
        end: '2021-02',
        current: false,
        company: expect.stringMatching(/^pixelforge( ltd)?$/),
        document: 'teodora-vasileva.pdf',
      },
      {
        title: 'Junior Web Developer',
        start: '2017-09',
        end: '2019-05',
        current: false,
        company: 'vitosha web studio',
        document: 'teodora-vasileva.pdf',
      },
    ]);
    expect(names(person.roles[0])).toEqual(['Chromatic', 'React', 'Storybook', 'TypeScript']);
    expect(names(person.roles[1])).toEqual(['Angular', 'RxJS']);
    expect(names(person.roles[2])).toEqual(['JavaScript', 'Sass', 'WooCommerce']);
  });

  it('a dropped Word file shows the warnings for what the résumé format has no place for, and is imported', {
    timeout: patientLimit(3),
  }, async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await drop(
      'declan-moriarty.docx',
      fixture('dev-word', 'declan-moriarty.docx'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const status = await statusWhenRead(page);
    expect(status).toMatch(
      /^declan-moriarty\.docx: \d+ facts, 2 warnings\. Untick what is wrong, then import\.$/,
    );
    await expect(page.getByTestId('document-title').textContent()).resolves.toMatch(
      /^declan-moriarty\.docx \(docx, \d+ lines\)$/,
    );
    // The document ends with "Personal details" (nationality, driving licence) and "References: Available on
    // request.": neither has a place in a résumé, and each warning points at its lines.
    const warnings = page.locator('[data-testid^="warning-"]');
    await expect(warnings.locator('strong').allTextContents()).resolves.toEqual([
      'UNPLACED_TEXT',
      'UNPLACED_TEXT',
    ]);
    const [personal, references] = await warnings.allTextContents();
    expect(personal).toContain('under "Personal details"');
    expect(personal).toContain('Nationality: Irish');
    expect(references).toContain('under "References"');
    expect(references).toContain('Available on request.');
    const personalLine = Number(/line (\d+)/.exec(personal ?? '')?.[1]);
    const referencesLine = Number(/line (\d+)/.exec(references ?? '')?.[1]);
    await expect(lineText(personalLine)).resolves.toBe('Nationality: Irish');
    await expect(lineText(personalLine + 1)).resolves.toBe('Full clean driving licence');
    await expect(lineText(referencesLine)).resolves.toBe('Available on request.');
    // The warning's line button lights its line.
    await page.getByTestId('warning-1').locator('button.line-link').click();
    expect(
      await page.getByTestId(`line-${referencesLine}`).evaluate((node) => node.classList.contains('lit')),
    ).toBe(true);
    await page.screenshot({ path: artifactPath('drop-docx-review.png') });

    const { id, result } = await confirmAndGetId();
    expect(result).toMatch(
      new RegExp(
        `^Imported Senior Software Engineer @ Lee Valley Medical Devices \\(${id}\\): \\d+ nodes created`,
        'i',
      ),
    );
    expect(await peopleCount()).toBe(before + 2);
    const person = await storedPerson(id);
    expect(person.source?.document).toBe('declan-moriarty.docx');
    expect(person.roles.map(roleOf)).toEqual([
      {
        title: 'Senior Software Engineer',
        start: '2020-09',
        end: null,
        current: true,
        company: 'lee valley medical devices',
        document: 'declan-moriarty.docx',
      },
      {
        title: 'Software Engineer',
        start: '2016-07',
        end: '2020-08',
        current: false,
        company: 'shandon systems',
        document: 'declan-moriarty.docx',
      },
    ]);
    expect(names(person.roles[0])).toEqual(['C++', 'Qt', 'SonarQube']);
    expect(names(person.roles[1])).toContain('Python');
  });

  it('a dropped file over 5 MB is refused on the page, naming the file and the limit', {
    timeout: patientLimit(1),
  }, async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await drop('huge.pdf', Buffer.alloc(6 * 1024 * 1024, 0x20), 'application/pdf');
    await expect(page.getByTestId('status').textContent()).resolves.toBe(
      'huge.pdf is 6.0 MB: the limit is 5 MB (5242880 bytes).',
    );
    expect(await page.getByTestId('review').isHidden()).toBe(true);
  });

  it('made no request that left this machine, none that failed, and logged no error', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
