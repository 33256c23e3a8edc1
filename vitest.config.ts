import { configDefaults, defineConfig } from 'vitest/config';
import { PATIENCE_MS } from './test/support/patience.js';

/**
 * Two tiers. `unit` (test/unit/**): pure code, no database, no browser, files in parallel; it
 * runs first and in seconds (`npm run test:unit`). `database`: everything else, against one
 * throwaway Neo4j that the global setup starts and seeds, files taking turns on it
 * (`npm run test:db`). `npm test` runs both, unit first.
 */
export default defineConfig({
  test: {
    reporters: ['default'],
    // The run's close, global teardowns included, may take this long before vitest exits the
    // process under it: the database tier's teardown stops the test Neo4j (8 to 10 s, once 57.7 s
    // at a load average of 20; killed after stopNeo4j's 60 s grace) and removes its folder, which
    // vitest's default of 10 s cut short. A bound, not a wait: the process ends once the close is done.
    teardownTimeout: 90_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          // Well above what any unit test takes, for machines busy with other work.
          testTimeout: 30_000,
          // Workers keep the modules they imported from one file to the next (the extractor, the
          // catalogues, pdf.js, ajv): importing them afresh per file was most of the tier's time.
          // What a test leaves in the process (spies, stubbed env or globals) is undone after it.
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
        },
      },
      {
        test: {
          name: 'database',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/unit/**'],
          sequence: { groupOrder: 1 },
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/close-executor.ts'],
          // All files share one throwaway database, so they take turns.
          fileParallelism: false,
          // One worker runs the files one after another and keeps the modules they import (src,
          // the driver, Apollo, Playwright): imported once for the tier rather than once per file,
          // which was a third of the tier's CPU time. Each file still runs its own hooks and
          // tests; what a file leaves in the process (spies, stubbed env or globals) is undone
          // after each test, and servers, browsers and executors are closed by the file's afterAll.
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // A polled state (a page's, an API answer shown on it) gets the patience of every wait.
          expect: { poll: { timeout: PATIENCE_MS } },
        },
      },
    ],
  },
});
