/**
 * The machine's own Chromium (Debian's `chromium`, or the Google Chrome a CI image ships; never
 * one downloaded), headless, driven by playwright-core, with a fresh profile and no way off the
 * machine: every request to a host other than the n8n under test is refused, so the editor's
 * calls home (npm registry, n8n's APIs) fail fast. Selectors use the editor's `data-test-id`
 * attributes, as n8n's own browser tests do.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, selectors, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '../../.ci-out/n8n-editor');

function chromiumPath(): string {
  const candidates = [process.env.GENSPEND_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error("Chromium not found: install Debian's `chromium` (or set GENSPEND_CHROMIUM to its binary)");
  return found;
}

export interface Browser {
  page: Page;
  /** Saves `.ci-out/n8n-editor/<name>.png`. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openEditor(baseUrl: string, authCookie: string): Promise<Browser> {
  selectors.setTestIdAttribute('data-test-id');
  const profile = mkdtempSync(join(tmpdir(), 'genspend-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1600, height: 1000 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    const origin = new URL(baseUrl).origin;
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    await context.addCookies([{ name: 'n8n-auth', value: authCookie, url: baseUrl }]);
  } catch (error) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  return {
    page,
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
