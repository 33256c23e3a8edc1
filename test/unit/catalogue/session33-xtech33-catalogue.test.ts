import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher, type MentionMatcher } from '../../../src/catalogue/mention-matcher.js';

// Session 33: widely used libraries and tools the catalogue lacked, named in passing in job bullets (Python bindings,
// a Kotlin linter, a Java scheduler, a JavaFX test library, Microsoft's C++ classes and integration server, Google's
// solver suite, a deep learning framework, Rust's embedded traits, the transit feed format), each with its common
// spellings.

let catalogue: Catalogue;
let matcher: MentionMatcher;
beforeAll(async () => {
  catalogue = await loadCatalogue();
  matcher = createMentionMatcher(catalogue.technologies);
});

const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);

describe('the catalogue entries added in session 33', () => {
  it.each([
    ['pybind11', 'pybind11'],
    ['MFC', 'mfc'],
    ['Microsoft Foundation Classes', 'mfc'],
    ['detekt', 'detekt'],
    ['Quartz Scheduler', 'quartz-scheduler'],
    ['Quartz.NET', 'quartz-scheduler'],
    ['TestFX', 'testfx'],
    ['BizTalk', 'biztalk-server'],
    ['Microsoft BizTalk Server', 'biztalk-server'],
    ['Google OR-Tools', 'or-tools'],
    ['Chainer', 'chainer'],
    ['embedded-hal', 'embedded-hal'],
    ['GTFS-RT', 'gtfs'],
  ])('%j is %s', (spelling, id) => {
    expect(catalogue.technologies.resolve(spelling)?.id).toBe(id);
  });

  it('are found in running text', () => {
    expect(ids('Exposed the solver to Python with pybind11.')).toEqual(['python', 'pybind11']);
    expect(ids('Ported the lab tool from MFC to Qt.')).toEqual(['mfc', 'qt']);
    expect(ids('Static analysis with detekt in every merge request.')).toEqual(['detekt']);
    expect(ids('Parsed the city’s GTFS feed into Go structs.')).toEqual(['gtfs', 'go']);
  });

  it('leave the mineral to its own sentence', () => {
    expect(ids('Sorted quartz samples for the geology lab.')).toEqual([]);
  });
});
