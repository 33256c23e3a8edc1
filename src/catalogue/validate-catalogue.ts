import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { MAX_PARENT_DEPTH } from '../graph/model.js';
import type { ParsedResume } from '../resume/parse-resume-file.js';
import { issueAt, type ResumeIssue } from '../resume/resume-issue.js';
import { schemaIssues } from '../resume/schema-issues.js';
import { lookupKey } from './lookup-key.js';
import { type CompanyEntry, type NamedEntry, TECHNOLOGY_CATEGORIES, type TechnologyEntry } from './types.js';

const id = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'lower-case id of letters, digits and -',
};
const text = { type: 'string', minLength: 1, pattern: '\\S' };
const aliases = { type: 'array', items: text, description: 'other spellings' };

const technologySchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'category'],
    properties: {
      id,
      name: text,
      category: {
        enum: TECHNOLOGY_CATEGORIES,
        description: 'one of the categories of seed/technologies.curated.yaml',
      },
      aliases,
      ambiguous: { const: true, description: 'true, or no field' },
      ambiguousAliases: { ...aliases, minItems: 1, uniqueItems: true },
      properNames: { ...aliases, minItems: 1, uniqueItems: true },
      productWords: { ...aliases, minItems: 1, uniqueItems: true },
      broader: { type: 'array', items: id, minItems: 1, uniqueItems: true },
      source: {
        enum: ['linguist-languages', 'webappanalyzer'],
        description: 'the package list of the entry',
      },
    },
  },
};

const companySchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name'],
    properties: { id, name: text, aliases, parent: id, industry: text },
  },
};

let validators: { technologies: ValidateFunction; companies: ValidateFunction } | undefined;

function compiled() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    validators = { technologies: ajv.compile(technologySchema), companies: ajv.compile(companySchema) };
  }
  return validators;
}

export function validateTechnologies(parsed: ParsedResume): {
  entries: TechnologyEntry[];
  issues: ResumeIssue[];
} {
  const validate = compiled().technologies;
  if (!validate(parsed.data)) return { entries: [], issues: schemaIssues(validate.errors ?? [], parsed) };
  const entries = (parsed.data as TechnologyEntry[]).map((entry) => ({
    ...entry,
    aliases: entry.aliases ?? [],
  }));
  return { entries, issues: [...spellingIssues(entries, parsed), ...technologyLinkIssues(entries, parsed)] };
}

/**
 * Every `ambiguousAliases` item is one of the entry's aliases, every `properNames` and `productWords` item its name or one; every `broader` id names another
 * technology, and following `broader` never comes back to where it started.
 */
function technologyLinkIssues(entries: readonly TechnologyEntry[], parsed: ParsedResume): ResumeIssue[] {
  const issues: ResumeIssue[] = [];
  const indexById = new Map(entries.map((entry, index) => [entry.id, index]));
  entries.forEach((entry, index) => {
    const aliases = new Set(entry.aliases);
    entry.ambiguousAliases?.forEach((alias, aliasIndex) => {
      if (!aliases.has(alias)) {
        issues.push(
          issueAt(
            parsed,
            [index, 'ambiguousAliases', aliasIndex],
            `"${alias}"`,
            'one of the aliases of this entry',
          ),
        );
      }
    });
    const spellingFields = ['properNames', 'productWords'] as const;
    for (const field of spellingFields)
      entry[field]?.forEach((spelling, spellingIndex) => {
        if (spelling !== entry.name && !aliases.has(spelling)) {
          issues.push(
            issueAt(
              parsed,
              [index, field, spellingIndex],
              `"${spelling}"`,
              'the name or one of the aliases of this entry',
            ),
          );
        }
      });
    entry.broader?.forEach((broader, broaderIndex) => {
      if (broader === entry.id || !indexById.has(broader)) {
        issues.push(
          issueAt(
            parsed,
            [index, 'broader', broaderIndex],
            broader === entry.id ? `"${broader}", the entry itself` : `"${broader}"`,
            'the id of another technology in this catalogue',
          ),
        );
      }
    });
  });
  // Depth-first search over broader links; a link back to an entry still on the path closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    state.set(id, 'open');
    const index = indexById.get(id) ?? -1;
    for (const [broaderIndex, broader] of (entries[index]?.broader ?? []).entries()) {
      if (broader === id || !indexById.has(broader)) continue;
      if (state.get(broader) === 'open') {
        const cycle = [...path.slice(path.indexOf(broader)), id, broader].join(' → ');
        issues.push(
          issueAt(
            parsed,
            [index, 'broader', broaderIndex],
            `a cycle of broader links: ${cycle}`,
            'broader links that never lead back',
          ),
        );
      } else if (!state.has(broader)) {
        visit(broader, [...path, id]);
      }
    }
    state.set(id, 'done');
  };
  for (const entry of entries) if (!state.has(entry.id)) visit(entry.id, []);
  return issues;
}

export function validateCompanies(parsed: ParsedResume): { entries: CompanyEntry[]; issues: ResumeIssue[] } {
  const validate = compiled().companies;
  if (!validate(parsed.data)) return { entries: [], issues: schemaIssues(validate.errors ?? [], parsed) };
  const entries = (parsed.data as CompanyEntry[]).map((entry) => ({
    ...entry,
    aliases: entry.aliases ?? [],
  }));
  const issues = spellingIssues(entries, parsed);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  entries.forEach((entry, index) => {
    if (entry.parent === undefined) return;
    if (!byId.has(entry.parent)) {
      issues.push(
        issueAt(parsed, [index, 'parent'], `"${entry.parent}"`, 'the id of a company in this catalogue'),
      );
      return;
    }
    const seen = new Set([entry.id]);
    let depth = 0;
    for (
      let parent = byId.get(entry.parent);
      parent;
      parent = parent.parent ? byId.get(parent.parent) : undefined
    ) {
      if (seen.has(parent.id)) {
        issues.push(
          issueAt(
            parsed,
            [index, 'parent'],
            `a cycle of parents through "${parent.id}"`,
            'parents that end at a top company',
          ),
        );
        break;
      }
      seen.add(parent.id);
      depth += 1;
      if (depth > MAX_PARENT_DEPTH) {
        issues.push(
          issueAt(
            parsed,
            [index, 'parent'],
            `a chain of more than ${MAX_PARENT_DEPTH} parents`,
            `at most ${MAX_PARENT_DEPTH} parents above a company (queries follow PART_OF that far)`,
          ),
        );
        break;
      }
    }
  });
  return { entries, issues };
}

/** Ids unique, and no spelling (id, name or alias, compared by lookupKey) shared by two entries. */
function spellingIssues(entries: readonly NamedEntry[], parsed: ParsedResume): ResumeIssue[] {
  const issues: ResumeIssue[] = [];
  const ids = new Map<string, number>();
  const owners = new Map<string, { index: number; spelling: string }>();
  entries.forEach((entry, index) => {
    const first = ids.get(entry.id);
    if (first !== undefined) {
      issues.push(
        issueAt(parsed, [index, 'id'], `the id "${entry.id}" of entry ${first} again`, 'a unique id'),
      );
    } else {
      ids.set(entry.id, index);
    }
    const spellings: [string, (string | number)[]][] = [
      [entry.id, [index, 'id']],
      [entry.name, [index, 'name']],
      ...entry.aliases.map((alias, aliasIndex): [string, (string | number)[]] => [
        alias,
        [index, 'aliases', aliasIndex],
      ]),
    ];
    for (const [spelling, at] of spellings) {
      const key = lookupKey(spelling);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { index, spelling });
      else if (owner.index !== index) {
        issues.push(
          issueAt(
            parsed,
            at,
            `"${spelling}", which also names entry ${owner.index} ("${owner.spelling}", ${entries[owner.index]?.id})`,
            'each spelling to name one entry (case, spaces and punctuation are ignored)',
          ),
        );
      }
    }
  });
  return issues;
}
