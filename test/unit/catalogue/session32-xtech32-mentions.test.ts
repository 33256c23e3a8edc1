import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher, type MentionMatcher } from '../../../src/catalogue/mention-matcher.js';

// Session 32: a language's standard glued to its name, a two-letter name opening a clause, a province's code in
// brackets, a name alone in brackets after the noun a technology qualifies, a name inside a team's name, and four
// widely used technologies the catalogue lacked. Sentences written for these tests, of invented work.

let catalogue: Catalogue;
let matcher: MentionMatcher;
const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
beforeAll(async () => {
  catalogue = await loadCatalogue();
  matcher = createMentionMatcher(catalogue.technologies);
});

describe('the catalogue entries added in session 32', () => {
  it.each([
    ['DevExpress', 'devexpress'],
    ['XtraReports', 'devexpress'],
    ['TorchServe', 'torchserve'],
    ['OPA Gatekeeper', 'opa-gatekeeper'],
    ['Apollo', 'apollo-graphql'],
    ['Apollo iOS', 'apollo-graphql'],
    ['Apollo Kotlin', 'apollo-graphql'],
  ])('%j is %s', (spelling, id) => {
    expect(catalogue.technologies.resolve(spelling)?.id).toBe(id);
  });

  it('are found in running text, the longest name winning', () => {
    expect(ids('Admission control with OPA Gatekeeper on GKE.')).toEqual(['opa-gatekeeper', 'gke']);
    expect(ids('Rego policies for the Open Policy Agent sidecar.')).toContain('opa');
    expect(ids('Serving the ranking model on TorchServe.')).toEqual(['torchserve']);
    expect(ids('Invoice screens with DevExpress grids.')).toEqual(['devexpress']);
  });

  it('reads Apollo alone only beside another technology: it is a god, a programme and many firms', () => {
    expect(ids('Built for Apollo Hospitals in Chennai.')).toEqual([]);
    expect(ids('Apollo and GraphQL Codegen for the web app.')).toContain('apollo-graphql');
    expect(ids('Worked on the Apollo programme archive.')).toEqual([]);
  });

  it('does not read a bare "gatekeeper" as OPA Gatekeeper', () => {
    expect(ids('Acted as the release gatekeeper for the mobile apps.')).toEqual([]);
  });
});

describe("a language's standard glued to its name is the language", () => {
  it.each([
    ['Firmware in C++17 on FreeRTOS.', ['cpp', 'freertos']],
    ['Moved the codebase to C++20 modules.', ['cpp']],
    ['Tools in C#10 and PowerShell.', ['csharp', 'powershell']],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('keeps names that end in signs', () => {
    expect(ids('Built with g++ and Notepad++ on Windows.')).toContain('gcc');
    expect(ids('C++ and C# services.')).toEqual(['cpp', 'csharp']);
  });
});

describe('a two-letter name that spells no word, opening a clause after a colon', () => {
  it('is the name before a noun it qualifies, in any language', () => {
    expect(ids('Internship: Qt dashboards for the test bench.')).toEqual(['qt']);
    expect(ids('Staj: Qt ile ölçüm arayüzü.')).toEqual(['qt']);
    expect(ids('Tooling: Nx workspaces for every app.')).toEqual(['nx']);
  });

  it('is not when a small word follows, nor for a name that is a word', () => {
    expect(ids('Internship: Qt for the bench.')).toEqual([]);
    expect(ids('Goal: Go to production twice a week.')).toEqual([]);
  });
});

describe("a province's or a state's code in brackets after a town", () => {
  it.each([
    'Backend Developer, Vellucci Srl, Cesena (RN)',
    'Tester at Ortica Spa, Trieste (TS), 2019 – 2021',
    'Analyst, Corbetta (MI)',
  ])('%j names no technology', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('is still the name after a technology or a lower-case word', () => {
    // "(RN)" after "React Native" is the name again, read once more.
    expect(new Set(ids('Mobile apps in React Native (RN) and Expo.'))).toEqual(
      new Set(['react-native', 'expo']),
    );
    expect(
      matcher.find('Mobile apps in React Native (RN) and Expo.').map((mention) => mention.text),
    ).toContain('RN');
    expect(ids('Rewrote the kiosk apps (RN) for Android.')).toEqual(['react-native', 'android']);
  });
});

describe('a name alone in brackets after the noun a technology qualifies', () => {
  it('is what implements it', () => {
    expect(ids('Wrote a GraphQL server (Apollo) for the kiosk app.')).toEqual(['graphql', 'apollo-graphql']);
  });

  it('is not after a phrase of several words, which may name a client', () => {
    expect(ids('Ran AWS accounts for our clients (Apollo) in 2021.')).toEqual(['aws']);
  });
});

describe("a name inside a team's name", () => {
  it.each([
    'Led the SMS alerts team through the move.',
    'Member of the Terrain GeoTools team.',
    'Head of the MoMo wallet onboarding squad.',
  ])('%j names the team, not a technology', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('is a technology in a guild, in a tribe named after a stream platform, and before a clause about a team', () => {
    expect(ids('Chair of the Kotlin guild.')).toEqual(['kotlin']);
    expect(ids('Moved to the Kafka tribe in 2022.')).toEqual(['kafka']);
    expect(ids("Built the Kafka consumer framework the team's services share.")).toEqual(['kafka']);
  });
});

describe('names of people, works and other acronyms the catalogue holds as technologies', () => {
  it.each([
    'Graduated from the Turing School of Software & Design in 2020.',
    'Turing Scholars Program, four semesters.',
    'Staged Faust with the university theatre.',
    'Ran BEM analysis of the hull.',
  ])('%j names none alone', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('names them beside another technology', () => {
    expect(ids('Styles in BEM and Sass.')).toEqual(['bem', 'sass']);
  });
});
