/**
 * A VS Code window in Chromium with the extension under development loaded, driven like a person
 * would: through the Explorer, the editor, the status bar and the palette.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { REPO_ROOT, launchBrowser, startCodeServer, type CodeServer } from '../harness/codeServer';
import { createTestWorkspace } from '../harness/workspace';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'screenshots');

/**
 * Who tags in these tests, whatever the machine's git configuration says: git reads
 * `GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n` before any configuration file.
 */
export const ANALYST_NAME = 'Dana Analyst';
const ANALYST = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: ANALYST_NAME };

export interface Workbench {
  page: Page;
  folder: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkbench(options: { empty?: boolean } = {}): Promise<Workbench> {
  const workspace = createTestWorkspace(options);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ env: ANALYST });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl(workspace.folder, [['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const opened = { server, browser };
    return {
      page,
      folder: workspace.folder,
      async screenshot(name) {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path: file });
        console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`);
        return file;
      },
      async close() {
        await opened.browser.close().catch(() => undefined);
        await opened.server.stop();
        workspace.dispose();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    workspace.dispose();
    throw error;
  }
}

/** Opens a file by clicking it in the Explorer and waits for its editor. */
export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  const item = page.getByRole('treeitem', { name: fileName });
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  await page.locator(`.tab[aria-label*="${fileName}"]`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * Rests the mouse on `target` until a hover card containing `text` shows. A person who sees no card
 * (the extension still starting, the analysis still running) moves the mouse away and back: so does this.
 */
export async function hoverUntilCard(page: Page, target: Locator, text: string | RegExp, timeout = 30_000): Promise<Locator> {
  const card = page.locator('.monaco-hover-content', { hasText: text }).first();
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.mouse.move(5, 5);
    await target.hover();
    try {
      await card.waitFor({ timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) });
      return card;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
