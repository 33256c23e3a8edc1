import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleOperations, tokenHeaderHint } from './example-operations.js';
import { playgroundFetcher } from './playground-fetcher.js';
import './playground.css';

const examples = exampleOperations();

const defaultTabs = examples.map((example) => ({
  query: example.query,
  variables: example.variables ?? null,
  headers: example.isMutation ? tokenHeaderHint : null,
}));

const fallbackQuery = `# No example operations were found in examples/ when this page was built.
# Type a query (Ctrl-Space completes, the Docs button shows the schema) and press Ctrl-Enter.
{
  stats {
    counts { kind count }
  }
}
`;

function Playground() {
  // Set from the examples bar: GraphiQL replaces the active tab's editors when these change.
  const [picked, setPicked] = useState<{ query: string; variables: string; headers: string } | undefined>();
  return (
    <div className="playground">
      <header className="playground-bar">
        <strong className="playground-title">career-graph</strong>
        <label className="playground-examples">
          <span>Examples</span>
          <select
            data-testid="example-select"
            value=""
            disabled={examples.length === 0}
            onChange={(event) => {
              const example = examples.find((candidate) => candidate.name === event.target.value);
              if (!example) return;
              setPicked({
                query: example.query,
                variables: example.variables ?? '',
                headers: example.isMutation ? tokenHeaderHint : '',
              });
            }}
          >
            <option value="">{examples.length === 0 ? 'none in examples/' : 'open in this tab…'}</option>
            {examples.map((example) => (
              <option key={example.name} value={example.name}>
                {example.name}
              </option>
            ))}
          </select>
        </label>
        <span className="playground-hint" data-testid="token-hint">
          Mutations: in <em>Headers</em> put <code>{tokenHeaderHint}</code>
        </span>
        <a className="playground-link" href="/import" data-testid="import-link">
          Import a résumé →
        </a>
        <a className="playground-link" href="/explore" data-testid="explore-link">
          Graph explorer →
        </a>
      </header>
      <div className="playground-graphiql">
        <GraphiQL
          fetcher={playgroundFetcher}
          defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
          defaultQuery={defaultTabs.length > 0 ? undefined : fallbackQuery}
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
          query={picked?.query}
          variables={picked?.variables}
          headers={picked?.headers}
        />
      </div>
    </div>
  );
}

const root = document.getElementById('playground');
if (!root) throw new Error('The page has no #playground element to mount GraphiQL in.');
createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
