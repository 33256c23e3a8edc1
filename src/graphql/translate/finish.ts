import { type Employer, mostRecentFirst } from '../loaders/person-employers-loader.js';
import { withMonths } from '../loaders/person-technologies-loader.js';
import type { PersonTechnologyRecord } from '../loaders/records.js';

/**
 * The relations whose order or values the query leaves to code, by `Type.field`: the same
 * finishing steps as their loaders', so a prefetched answer and a loaded one are the same.
 */
export const finishers: Readonly<Record<string, (value: unknown) => unknown>> = {
  'Person.technologies': (value) => withMonths(value as Omit<PersonTechnologyRecord, 'months'>[]),
  'Person.employers': (value) => mostRecentFirst(value as Employer[]),
};
