import { existsSync } from 'node:fs';
import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`Skipping the explorer's browser test: no chromium at ${CHROMIUM} (apt-get install -y chromium).`);

/** The explorer in a real headless browser, with every request off this machine refused: it must work offline. */
(hasChromium ? describe : describe.skip)('the explorer in a browser', () => {
  jest.setTimeout(180_000);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test("runs the README's JobsNearMe query and shows offers in the result pane", async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage();
      const offHost: string[] = [];
      const origin = new URL(server.url).origin;
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
        offHost.push(url);
        return route.abort();
      });
      await page.goto(server.url, { waitUntil: 'load', timeout: 120_000 });
      const execute = page.locator('.graphiql-execute-button');
      await execute.waitFor({ timeout: 120_000 });
      const answer = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' && (response.request().postData() ?? '').includes('JobsNearMe'),
        { timeout: 120_000 },
      );
      await execute.click();
      const body = (await (await answer).json()) as { data: { offers: { totalCount: number } } };
      expect(body.data.offers.totalCount).toBeGreaterThan(0);
      await page.waitForFunction(
        () => /"totalCount":\s*[1-9]/.test(document.querySelector('.result-window')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      const shown = (await page.locator('.result-window').textContent()) ?? '';
      expect(shown).toMatch(/"title":\s*"[^"]+"/);
      expect(offHost).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
