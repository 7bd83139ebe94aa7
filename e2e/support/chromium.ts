import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium; never a downloaded browser (the machines here reach only npm and apt). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on these machines (no sandbox in containers, no GPU, no background traffic). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium, or fails with the command that installs it (the test must not skip silently). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install Debian's package: ` +
        '`sudo apt-get update && sudo apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** A browser for one `describe` block, and where its screenshots go. */
export interface ChromiumScenario {
  /** The browser launched before the block's tests (fails the test if called outside one). */
  browser(): Browser;
  /** Saves a full-page screenshot as `test-output/<folder>/<name>.png`. */
  shot(page: Page, name: string): Promise<Buffer>;
  /**
   * Runs `steps` in a new context at `baseURL` and closes it after. The page records its console
   * and the answers of `/graphql` and `/api/session`; when a step fails, the error carries the URL,
   * the page's text and the last of those lines, beside a `failure` screenshot.
   */
  withPage(
    baseURL: string,
    steps: (page: Page, context: BrowserContext) => Promise<void>,
    viewport?: { width: number; height: number },
  ): Promise<void>;
}

/**
 * Launches Chromium before the calling `describe` block and closes it after; screenshots go to
 * `test-output/<folder>/`, emptied first when `clean` (a journey whose shots tell one story).
 */
export function useChromium(folder: string, options: { clean?: boolean } = {}): ChromiumScenario {
  const directory = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-output', folder);
  let launched: Browser | undefined;
  beforeAll(async () => {
    if (options.clean) rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
  const scenario: ChromiumScenario = {
    browser() {
      if (!launched) throw new Error('Chromium is launched in beforeAll: call browser() inside a test.');
      return launched;
    },
    shot,
    async withPage(baseURL, steps, viewport = { width: 1280, height: 900 }) {
      const context = await scenario.browser().newContext({ baseURL, viewport });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const trace: string[] = [];
      page.on('console', (message) => trace.push(`console.${message.type()}: ${message.text()}`));
      page.on('response', (response) => {
        if (response.url().includes('/graphql') || response.url().includes('/api/session'))
          void response
            .text()
            .then((body) => trace.push(`${response.status()} ${response.url()} ${body.slice(0, 300)}`))
            .catch(() => undefined);
      });
      try {
        await steps(page, context);
      } catch (error) {
        await shot(page, 'failure').catch(() => undefined);
        const text = await page
          .locator('body')
          .innerText()
          .catch(() => '');
        throw new Error(
          `${String(error)}\nat ${page.url()}\npage text:\n${text.slice(0, 1500)}\ntrace:\n${trace.slice(-15).join('\n')}`,
        );
      } finally {
        await context.close();
      }
    },
  };
  return scenario;
}

/** Signs in through the sign-in form, as a person does, and waits for the gear page. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/gear');
}
