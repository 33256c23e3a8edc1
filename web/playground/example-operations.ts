/** One operation of examples/, as a playground tab. */
export interface ExampleOperation {
  /** File name without `.graphql`, e.g. `shared-technologies`. */
  name: string;
  query: string;
  /** JSON text for the variables editor, from `examples/<name>.json` when that file exists. */
  variables: string | undefined;
  isMutation: boolean;
}

/** Opens first: the question a newcomer asks first ("technologies shared by these engineers"). */
export const firstExample = 'shared-technologies';

/** What the headers editor shows for mutations, which need the token `npm start` prints. */
export const tokenHeaderHint = '{"Authorization": "Bearer <token>"}';

const operationFiles = import.meta.glob<string>('../../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const variableFiles = import.meta.glob<string>('../../examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(graphql|json)$/, '');
}

/** True when the document's first operation (comments aside) is a mutation. */
function startsWithMutation(query: string): boolean {
  const code = query.replace(/#[^\n]*/g, '');
  return /^\s*mutation\b/.test(code);
}

/**
 * Every `examples/*.graphql`, the shared-technologies one first and the rest by name; empty while
 * the folder is empty or absent (the glob then matches nothing).
 */
export function exampleOperations(
  operations: Record<string, string> = operationFiles,
  variables: Record<string, string> = variableFiles,
): ExampleOperation[] {
  const variablesByName = new Map(Object.entries(variables).map(([path, text]) => [baseName(path), text]));
  return Object.entries(operations)
    .map(([path, query]) => {
      const name = baseName(path);
      return { name, query, variables: variablesByName.get(name), isMutation: startsWithMutation(query) };
    })
    .sort((a, b) => {
      if (a.name === firstExample) return -1;
      if (b.name === firstExample) return 1;
      return a.name.localeCompare(b.name);
    });
}
