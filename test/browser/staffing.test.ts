import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {} from '../../web/explore/staffing-handle.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { openView } from './explorer-page.js';
import { screenshotPixels } from './page-checks.js';
import type { RequestLog } from './request-log.js';

// The seed's three engineers (seed/documents): 000 b0bd (Amadeus, Oracle, NVIDIA), 001 4931
// (Uber ATG, Ericsson, ...), 002 1f1d (Microsoft, Baidu, ...).
const b0bd = 'b0bdae752341232c';
const p4931 = '493100191bcfc980';
const p1f1d = '1f1d44f0f2c0cec7';
const usersOf = (technology: string) =>
  Object.entries(seedExpected.technologiesPerPerson)
    .filter(([, technologies]) => (technologies as readonly string[]).includes(technology))
    .map(([person]) => person)
    .sort();

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let consoleErrors: string[];

/** Until every request of the page is answered. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => window.__staffing?.pending() === 0);
}

/** Types into the picker and presses Enter, as a keyboard user does. */
async function pick(typed: string): Promise<void> {
  await page.getByTestId('picker-input').focus();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#picker-input')?.value === '');
  await settled();
}

async function clearPicker(): Promise<void> {
  await page.getByTestId('picker-input').focus();
  while (((await page.evaluate(() => window.__staffing?.picked().length)) ?? 0) > 0)
    await page.keyboard.press('Backspace');
}

beforeAll(async () => {
  session = await openBrowserSession('staffing');
  ({ server, page, requests, artifactPath, consoleErrors } = session);
  await openView(page, `${server.url}/explore?view=staffing`, '__staffing');
});

// Each test starts from an empty picker, whatever the one before left there.
beforeEach(async () => {
  await clearPicker();
});

afterAll(() => session?.close());

describe('/explore?view=staffing in a real browser', () => {
  it('resolves any spelling in the picker, adds each technology once, and Backspace removes the last', {
    timeout: patientLimit(6),
  }, async () => {
    await pick('k8s');
    await pick('Kubenetes, apache flink');
    expect(await page.evaluate(() => window.__staffing?.picked())).toEqual([
      { spelling: 'k8s', resolved: { id: 'kubernetes', name: 'Kubernetes' } },
      { spelling: 'apache flink', resolved: { id: 'flink', name: 'Flink' } },
    ]);
    await expect(page.getByTestId('picked-technology').allTextContents()).resolves.toEqual([
      'k8s → Kubernetes×',
      'apache flink → Flink×',
    ]);
    await page.keyboard.press('Backspace');
    expect(await page.evaluate(() => window.__staffing?.picked().map((t) => t.resolved?.id))).toEqual([
      'kubernetes',
    ]);
    // Keyboard only: Tab reaches Add, then each picked technology's remove button; Enter removes it.
    await pick('Terraform');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect(focused()).resolves.toBe('Remove k8s → Kubernetes');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__staffing?.picked().map((t) => t.resolved?.id))).toEqual([
      'terraform',
    ]);
    await expect(focused()).resolves.toBe('Remove Terraform');
  });

  it('finds the people who used Kafka, and says so when nobody passes the filters', {
    timeout: patientLimit(6),
  }, async () => {
    await pick('Apache Kafka');
    await page.getByTestId('experts-run').click();
    await settled();
    const experts = (await page.evaluate(() => window.__staffing?.experts())) ?? [];
    // Kafka: 001:38 "Apache Kafka" and 002:4, 18, 21; 000 never names it.
    expect(experts.map((expert) => expert.person.id).sort()).toEqual(usersOf('kafka'));
    expect(usersOf('kafka')).toEqual([p4931, p1f1d].sort());
    expect(
      await page
        .getByTestId('expert')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id)),
    ).toEqual(experts.map((expert) => expert.person.id));
    for (const expert of experts) expect(expert.missing).toEqual([]);

    await page.getByTestId('experts-min-months').fill('1200');
    await page.getByTestId('experts-min-months').press('Enter');
    await settled();
    await expect(page.getByTestId('experts-result').textContent()).resolves.toBe(
      'Nobody in the graph used Kafka with these filters.',
    );
    await page.getByTestId('experts-min-months').fill('');
    await page.getByTestId('experts-min-months').press('Enter');
    await settled();

    // 002:14-18: the Principal Software Engineer role at Microsoft, since 2025-09 and current, uses Kafka.
    const row = page.locator(`[data-testid="expert"][data-id="${p1f1d}"]`);
    await expect(row.locator('.evidence').textContent()).resolves.toContain(
      'Principal Software Engineer @ Microsoft (2025-09 – now)',
    );
    // Its "Gap analysis" button chains to the gap panel for that engineer and these technologies.
    await row.getByRole('button', { name: /^Gap analysis of / }).click();
    await settled();
    expect(await page.getByTestId('gaps-person').inputValue()).toBe(p1f1d);
    const gaps = await page.evaluate(() => window.__staffing?.gaps());
    expect(gaps?.map((gap) => [gap.technology.id, gap.status, gap.current])).toEqual([
      ['kafka', 'USED', true],
    ]);
  });

  it('builds a team where each of three people covers the technology only they used', {
    timeout: patientLimit(4),
  }, async () => {
    // Flink only 001 (001:9, 10), Terraform only 000 (000:9, 19), Clojure only 002 (002:3, 84, 98).
    expect([usersOf('flink'), usersOf('terraform'), usersOf('clojure')]).toEqual([[p4931], [b0bd], [p1f1d]]);
    await pick('Flink, Terraform, Clojure');
    await page.getByTestId('team-run').click();
    await settled();
    const team = await page.evaluate(() => window.__staffing?.team());
    expect(
      team?.members
        .map((member) => ({ person: member.person.id, covers: member.covers.map((t) => t.id) }))
        .sort((a, b) => a.person.localeCompare(b.person)),
    ).toEqual(
      [
        { person: p4931, covers: ['flink'] },
        { person: b0bd, covers: ['terraform'] },
        { person: p1f1d, covers: ['clojure'] },
      ].sort((a, b) => a.person.localeCompare(b.person)),
    );
    expect(team?.uncovered).toEqual([]);
    await expect(page.getByTestId('team-result').locator('.summary').textContent()).resolves.toBe(
      'The team covers 3 of 3 technologies.',
    );

    // Leaving out the one who used Terraform leaves Terraform to nobody.
    await page
      .getByRole('button', { name: /^Build the team without / })
      .nth(team?.members.findIndex((member) => member.person.id === b0bd) ?? -1)
      .click();
    await settled();
    expect(await page.evaluate(() => window.__staffing?.excluded().map((person) => person.id))).toEqual([
      b0bd,
    ]);
    expect(await page.evaluate(() => window.__staffing?.team()?.uncovered.map((t) => t.id))).toEqual([
      'terraform',
    ]);
    await expect(page.getByTestId('team-uncovered').textContent()).resolves.toBe('Nobody covers: Terraform');
  });

  it('chains a job description to a gap analysis: the technologies found, then each one’s status', {
    timeout: patientLimit(2),
  }, async () => {
    const text = 'We run Kubernetes (k8s) and Apache Flink; Terraform experience is a plus.';
    await page.getByTestId('requirements-text').fill(text);
    await page.getByTestId('requirements-run').click();
    await settled();
    expect(
      await page.evaluate(() => window.__staffing?.found()?.map((found) => found.technology.id)),
    ).toEqual(['kubernetes', 'flink', 'terraform']);
    expect(await page.evaluate(() => window.__staffing?.picked().map((t) => t.resolved?.id))).toEqual([
      'kubernetes',
      'flink',
      'terraform',
    ]);
    await expect(page.getByTestId('requirements-result').locator('mark').allTextContents()).resolves.toEqual([
      'Kubernetes',
      'k8s',
      'Apache Flink',
      'Terraform',
    ]);

    await page.getByTestId('gaps-person').selectOption(b0bd);
    await page.getByTestId('gaps-run').click();
    await settled();
    const gaps = (await page.evaluate(() => window.__staffing?.gaps())) ?? [];
    const status = Object.fromEntries(gaps.map((gap) => [gap.technology.id, gap.status]));
    // 000 names Kubernetes (000:9 "Kubenetes") and Terraform (000:9, 19), never Flink.
    expect(Object.keys(status)).toEqual(['kubernetes', 'flink', 'terraform']);
    expect(status.flink).toBe('MISSING');
    expect(status.kubernetes).not.toBe('MISSING');
    expect(status.terraform).not.toBe('MISSING');
    const api = await graphql<{ gaps: { technology: { id: string }; status: string }[] }>(
      server.url,
      'query($p: ID!, $t: [ID!]!) { gaps(personId: $p, technologies: $t) { technology { id } status } }',
      { p: b0bd, t: ['kubernetes', 'flink', 'terraform'] },
    );
    expect(api.body.data?.gaps.map((gap) => [gap.technology.id, gap.status])).toEqual(Object.entries(status));
    expect(
      await page
        .getByTestId('gap')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.status)),
    ).toEqual(Object.values(status));
  });

  it('shows a non-blank picture with the panels filled', async () => {
    const seen = await screenshotPixels(page, 'staffing', artifactPath('staffing.png'), '#b42318');
    expect(seen.notWhite).toBeGreaterThan(seen.pixels * 0.02);
    // The MISSING badge of Flink.
    expect(seen.ofColour).toBeGreaterThan(50);
  });

  it('quotes the API’s error for a spelling nothing is called, and asks for what is missing before asking the API', {
    timeout: patientLimit(3),
  }, async () => {
    await page.getByTestId('experts-run').click();
    await expect(page.getByTestId('experts-result').textContent()).resolves.toBe(
      'Pick at least one technology above, or find them in a job description.',
    );
    await pick('kubernets');
    await expect(page.getByTestId('picker-message').textContent()).resolves.toMatch(
      /^Nothing in the graph is called "kubernets"/,
    );
    await page.getByTestId('gaps-person').selectOption(b0bd);
    await page.getByTestId('gaps-run').click();
    await settled();
    const api = await graphql(
      server.url,
      `{ gaps(personId: "${b0bd}", technologies: ["kubernets"]) { status } }`,
    );
    const error = api.body.errors?.[0];
    // The API's did-you-mean (src/graphql/technology-lookup.ts), quoted whole; an unknown
    // technology is a bad argument, as for experts and team.
    expect(error?.message).toBe(
      'technologies: No technology "kubernets": did you mean "kubernetes" (Kubernetes)?',
    );
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(page.getByTestId('gaps-result').getByRole('alert').textContent()).resolves.toBe(
      `Analysing the gaps failed. The API answered: “${error?.message} [BAD_USER_INPUT]”`,
    );
  });

  it('says when a text names no technology, and quotes the API when a text is too long', {
    timeout: patientLimit(2),
  }, async () => {
    await page.getByTestId('requirements-text').fill('We value kindness, punctuality and good coffee.');
    await page.getByTestId('requirements-run').click();
    await settled();
    await expect(page.getByTestId('requirements-result').textContent()).resolves.toBe(
      'This text names no technology the graph knows.',
    );
    const long = 'Kafka '.repeat(4000);
    const api = await graphql(server.url, 'query($t: String!) { requirements(text: $t) { start } }', {
      t: long,
    });
    const error = api.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    await page.getByTestId('requirements-text').fill(long);
    await page.getByTestId('requirements-run').click();
    await settled();
    await expect(page.getByTestId('requirements-result').getByRole('alert').textContent()).resolves.toBe(
      `Reading the text failed. The API answered: “${error?.message} [BAD_USER_INPUT]”`,
    );
  });

  it('stays on this machine, with no console errors', () => {
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
