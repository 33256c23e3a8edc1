import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { webBuildPaths } from './web-build-paths.js';
import { newestWebInput, readWebBuildStamp } from './web-build-stamp.js';

export interface WebBuildResult {
  built: boolean;
  /** Why it was (re)built, or that it was up to date. */
  reason: string;
  ms: number;
}

async function staleReason(): Promise<string | undefined> {
  if (!Object.values(webBuildPaths.pages).every((page) => existsSync(page))) return 'dist/web is missing';
  const stamp = await readWebBuildStamp();
  if (!stamp) return 'dist/web has no build stamp';
  if ((await newestWebInput()) > stamp.newestInput) {
    return 'web/, examples/, src/export/ or src/client/ changed since the last build';
  }
  return undefined;
}

/**
 * Builds into a fresh folder beside dist/web and swaps it in, so a server reading dist/web never
 * sees a half-written build. The stamp comes from the Vite config's build-stamp plugin.
 */
async function build(): Promise<void> {
  const { build: viteBuild } = await import('vite');
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = `${webBuildPaths.outDir}.building-${suffix}`;
  const retired = `${webBuildPaths.outDir}.old-${suffix}`;
  try {
    await viteBuild({
      configFile: webBuildPaths.configFile,
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    if (existsSync(webBuildPaths.outDir)) await rename(webBuildPaths.outDir, retired);
    await rename(staging, webBuildPaths.outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}

let running: Promise<WebBuildResult> | undefined;

/**
 * Runs Vite's build when dist/web is missing or older than anything under web/, examples/,
 * src/export/ or src/client/ (by modification time, against the stamp the last build wrote); otherwise does
 * nothing. Concurrent calls in one process share one build.
 */
export function ensureWebBuild(log: (line: string) => void = () => {}): Promise<WebBuildResult> {
  running ??= (async () => {
    const started = performance.now();
    const reason = await staleReason();
    if (!reason) return { built: false, reason: 'dist/web is up to date', ms: 0 };
    log(`Building the web front end (${reason})...`);
    await build();
    const ms = Math.round(performance.now() - started);
    log(`Web front end built into dist/web in ${(ms / 1000).toFixed(1)} s.`);
    return { built: true, reason, ms };
  })().finally(() => {
    running = undefined;
  });
  return running;
}
