import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from './workbench';

describe('A workspace without press releases', function () {
  this.timeout(180_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ empty: true });
  });
  after(async () => {
    await workbench?.close();
  });

  it('shows the welcome view, whose button opens a sample release', async () => {
    const { page } = workbench;
    await page.locator('.activitybar .action-item a[aria-label^="Readout"]').first().click();
    const welcome = page.locator('.welcome-view-content', { hasText: 'No press releases in this workspace yet' });
    await welcome.waitFor({ timeout: 30_000 });
    await workbench.screenshot('welcome-view');
    await welcome.getByRole('button', { name: 'Open a Sample Release' }).click();
    const languageStatus = page.locator('[id="status.editor.mode"]');
    await languageStatus.filter({ hasText: 'Press Release' }).waitFor({ timeout: 30_000 });
    assert.equal((await languageStatus.innerText()).trim(), 'Press Release');
    await page.locator('.monaco-editor .view-line', { hasText: 'OSCE' }).first().waitFor();
  });
});
