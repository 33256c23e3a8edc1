import { graphqlRequest } from '../../src/client/graphql-client.js';
import type {
  ExpertFilters,
  Gap,
  PickedTechnology,
  Team,
  TechnologyMention,
  TechnologyRef,
} from './staffing-model.js';

/** The expert finder, team builder and gap analysis panels' questions to the API. */

const technologyQuery = /* GraphQL */ `
  query PickTechnology($id: ID!) {
    technology(id: $id) { id name }
  }
`;

/** Each spelling with the technology the API resolves it to (by id, name or alias), or null. */
export function resolveSpellings(spellings: readonly string[]): Promise<PickedTechnology[]> {
  return Promise.all(
    spellings.map((spelling) =>
      graphqlRequest<{ technology: TechnologyRef | null }>({
        query: technologyQuery,
        variables: { id: spelling },
      }).then((data) => ({ spelling, resolved: data.technology })),
    ),
  );
}

const suggestQuery = /* GraphQL */ `
  query SuggestTechnologies($query: String!) {
    search(query: $query, kinds: [TECHNOLOGY], first: 8) { entity { id label } }
  }
`;

/** Technology names matching what is being typed, for the picker's suggestions. */
export function suggestTechnologies(query: string): Promise<string[]> {
  return graphqlRequest<{ search: { entity: { id: string; label: string } }[] }>({
    query: suggestQuery,
    variables: { query },
  }).then((data) => data.search.map((hit) => hit.entity.label));
}

export interface Expert {
  person: { id: string; label: string };
  score: number;
  /** How the person uses each asked technology they cover: `Gap`s, with their roles and projects. */
  evidence: Gap[];
  missing: TechnologyRef[];
}

/** What the panels read of a `Gap`: the status, the dates and the evidence. */
const gapFields = /* GraphQL */ `
  fragment GapFields on Gap {
    technology { id name }
    status
    months
    firstUsed
    lastUsed
    current
    monthsSinceUsed
    skill
    roles { id title startDate endDate current company { name } }
    projects { id name }
  }
`;

const expertsQuery = /* GraphQL */ `
  query Experts($technologies: [ID!]!, $minMonths: Int, $usedSince: String, $first: Int) {
    experts(technologies: $technologies, minMonths: $minMonths, usedSince: $usedSince, first: $first) {
      person { id label }
      score
      evidence { ...GapFields }
      missing { id name }
    }
  }
  ${gapFields}
`;

export function fetchExperts(technologies: string[], filters: ExpertFilters): Promise<Expert[]> {
  return graphqlRequest<{ experts: Expert[] }>({
    query: expertsQuery,
    variables: { technologies, ...filters },
  }).then((data) => data.experts);
}

const teamQuery = /* GraphQL */ `
  query Team($technologies: [ID!]!, $size: Int, $exclude: [ID!]) {
    team(technologies: $technologies, size: $size, exclude: $exclude) {
      members { person { id label } covers { id name } adds { id name } score }
      uncovered { id name }
    }
  }
`;

export function fetchTeam(
  technologies: string[],
  size: number | undefined,
  exclude: string[],
): Promise<Team> {
  return graphqlRequest<{ team: Team }>({
    query: teamQuery,
    variables: { technologies, exclude, ...(size === undefined ? {} : { size }) },
  }).then((data) => data.team);
}

const requirementsQuery = /* GraphQL */ `
  query Requirements($text: String!) {
    requirements(text: $text) { technology { id name } text start end fuzzy }
  }
`;

export function fetchRequirements(text: string): Promise<TechnologyMention[]> {
  return graphqlRequest<{ requirements: TechnologyMention[] }>({
    query: requirementsQuery,
    variables: { text },
  }).then((data) => data.requirements);
}

const gapsQuery = /* GraphQL */ `
  query Gaps($personId: ID!, $technologies: [ID!]!) {
    gaps(personId: $personId, technologies: $technologies) { ...GapFields }
  }
  ${gapFields}
`;

export function fetchGaps(personId: string, technologies: string[]): Promise<Gap[]> {
  return graphqlRequest<{ gaps: Gap[] }>({ query: gapsQuery, variables: { personId, technologies } }).then(
    (data) => data.gaps,
  );
}
