import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SEED_FILE_NAME } from '../harness/workspace';
import { openFromExplorer, openWorkbench, type Workbench } from './workbench';

describe('Opening a press release in the browser workbench', function () {
  this.timeout(180_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });
  after(async () => {
    await workbench?.close();
  });

  it('shows the seed release in Press Release mode, wrapped like prose', async () => {
    const { page } = workbench;
    await openFromExplorer(page, SEED_FILE_NAME);
    const languageStatus = page.locator('[id="status.editor.mode"]');
    await languageStatus.filter({ hasText: 'Press Release' }).waitFor({ timeout: 30_000 });
    assert.equal((await languageStatus.innerText()).trim(), 'Press Release');

    // Word wrap is on: the long first paragraph is folded onto several visual lines, so there are
    // more rendered lines than the file has, and none is wider than the editor.
    await page.locator('.monaco-editor .view-line', { hasText: 'Vladimir' }).first().waitFor();
    const editorWidth = await page.locator('.monaco-editor .view-lines').first().evaluate((el) => el.clientWidth);
    const widest = await page
      .locator('.monaco-editor .view-line')
      .evaluateAll((lines) => Math.max(...lines.map((line) => (line.firstElementChild as { offsetWidth?: number } | null)?.offsetWidth ?? 0)));
    assert.ok(widest <= editorWidth, `lines wrap within the editor (${widest}px <= ${editorWidth}px)`);

    const file = await workbench.screenshot('open-press-release');
    assert.ok(fs.statSync(file).size > 10_000, 'the screenshot has content');
  });
});
