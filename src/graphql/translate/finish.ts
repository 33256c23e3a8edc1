import { type Employer, mostRecentFirst } from '../loaders/person-employers-loader.js';
import { type PersonTechnologyRow, withUsage } from '../loaders/person-technologies-loader.js';

/**
 * The relations whose order or values the query leaves to code, by `Type.field`: the same
 * finishing steps as their loaders', so a prefetched answer and a loaded one are the same.
 */
export const finishers: Readonly<Record<string, (value: unknown) => unknown>> = {
  'Person.technologies': (value) => withUsage(value as PersonTechnologyRow[]),
  'Person.employers': (value) => mostRecentFirst(value as Employer[]),
};
