import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher: the operation POSTed as JSON to the same origin's /graphql with the headers
 * editor's headers, so it meets the same guard rails as any client. The API's answer, errors
 * included, is shown as it is; a non-JSON answer becomes one error.
 */
export const playgroundFetcher: Fetcher = async (params, options) => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
  if (authorization?.[1].includes('<token>')) {
    return {
      errors: [
        {
          message:
            'The Authorization header still says "<token>": paste the token that `npm start` printed (or CAREER_GRAPH_TOKEN) in its place, or remove the header for queries.',
        },
      ],
    };
  }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return {
      errors: [
        {
          message: `HTTP ${response.status} from /graphql with a body that is not JSON: "${text.slice(0, 200)}".`,
        },
      ],
    };
  }
};
