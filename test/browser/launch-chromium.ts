import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless and quiet. WebGL (sigma) comes from SwiftShader, which headless
 * Chromium 156 picks by itself with --disable-gpu; --enable-unsafe-swiftshader keeps it so once
 * Chromium stops falling back to software WebGL without being asked.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No browser at ${chromiumPath}: the browser tests drive Debian's Chromium. Install it with \`apt-get install -y chromium\` (never \`npx playwright install\`).`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
