import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { projectRoot } from '../config.js';
import {
  type WebBuildOutput,
  type WebBuildVariant,
  webBuildOutputs,
  webBuildPaths,
} from './web-build-paths.js';
import { newestWebInput, readWebBuildStamp } from './web-build-stamp.js';

export interface WebBuildResult {
  built: boolean;
  /** Why it was (re)built, or that it was up to date. */
  reason: string;
  ms: number;
}

async function staleReason(output: WebBuildOutput): Promise<string | undefined> {
  const name = relative(projectRoot, output.outDir);
  if (!Object.values(output.pages).every((page) => existsSync(page))) return `${name} is missing`;
  const stamp = await readWebBuildStamp(output.outDir);
  if (!stamp) return `${name} has no build stamp`;
  if ((await newestWebInput()) > stamp.newestInput) {
    const inputs = webBuildPaths.inputs.map((input) => relative(projectRoot, input)).join(', ');
    return `one of its inputs (${inputs}) changed since the last build`;
  }
  return undefined;
}

/**
 * Builds into a fresh folder beside the output and swaps it in, so a server reading it never
 * sees a half-written build. The stamp comes from the Vite config's build-stamp plugin.
 */
async function build(output: WebBuildOutput): Promise<void> {
  const { build: viteBuild } = await import('vite');
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = `${output.outDir}.building-${suffix}`;
  const retired = `${output.outDir}.old-${suffix}`;
  try {
    await viteBuild({
      configFile: webBuildPaths.configFile,
      mode: output.mode,
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    if (existsSync(output.outDir)) await rename(output.outDir, retired);
    await rename(staging, output.outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}

/** What the log says before and after each build. */
const buildWords: Readonly<Record<WebBuildVariant, [string, string]>> = {
  production: ['the web front end', 'Web front end built into'],
  test: ['the explorer test build', 'Explorer test build written to'],
};

const running = new Map<WebBuildVariant, Promise<WebBuildResult>>();

/**
 * Runs Vite's build of `variant` (dist/web, or the test build in dist/web-test) when it is
 * missing or older than anything under its inputs (webBuildPaths.inputs: web/, examples/ and the
 * src/ folders the pages import; by modification time, against the stamp the last build wrote); otherwise does nothing.
 * Concurrent calls in one process share one build.
 */
export function ensureWebBuild(
  log: (line: string) => void = () => {},
  variant: WebBuildVariant = 'production',
): Promise<WebBuildResult> {
  const output = webBuildOutputs[variant];
  let job = running.get(variant);
  if (!job) {
    job = (async () => {
      const started = performance.now();
      const reason = await staleReason(output);
      if (!reason)
        return { built: false, reason: `${relative(projectRoot, output.outDir)} is up to date`, ms: 0 };
      const [what, done] = buildWords[variant];
      log(`Building ${what} (${reason})...`);
      await build(output);
      const ms = Math.round(performance.now() - started);
      log(`${done} ${relative(projectRoot, output.outDir)} in ${(ms / 1000).toFixed(1)} s.`);
      return { built: true, reason, ms };
    })().finally(() => running.delete(variant));
    running.set(variant, job);
  }
  return job;
}
