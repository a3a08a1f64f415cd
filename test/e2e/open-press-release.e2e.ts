import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readSeed } from '../fixtures/seed';
import { SEED_FILE_NAME } from '../harness/workspace';
import { hoverUntilCard, openFromExplorer, openWorkbench, type Workbench } from './workbench';

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

  it('shows a hover card when the mouse rests on an official', async () => {
    const { page } = workbench;
    const card = await hoverUntilCard(page, page.locator('.monaco-editor .view-line span', { hasText: 'Norov' }).first(), 'Vladimir Norov');
    const text = await card.innerText();
    assert.match(text, /Secretary-General/);
    assert.match(text, /Affiliation: SCO/);
    assert.match(text, /Meetings \(1\)/);
    await workbench.screenshot('hover-official');
  });

  it('shows Le Yucheng with his title when hovered', async () => {
    const { page } = workbench;
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const card = await hoverUntilCard(page, page.locator('.monaco-editor .view-line span', { hasText: /Yucheng$/ }).first(), 'Le Yucheng');
    const text = await card.innerText();
    assert.match(text, /Vice Minister of Foreign Affairs of China/);
    assert.match(text, /Affiliation: China/);
    assert.match(text, /Quotes \(2\)/);
    await workbench.screenshot('hover-le-yucheng');
  });

  it('tells who spoke a quote', async () => {
    const { page } = workbench;
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const card = await hoverUntilCard(page, page.locator('.monaco-editor .view-line span', { hasText: 'peaceful foreign' }).first(), 'Quote by');
    assert.match(await card.innerText(), /Quote by Vladimir Norov/);
    await workbench.screenshot('hover-quote');
  });

  it('lists the meetings in the Readout view, and a click lands on the sentence', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await page.locator('.activitybar .action-item a[aria-label^="Readout"]').first().click();
    const meeting = page.getByRole('treeitem', { name: /2019-11-12 · Vladimir Norov, Le Yucheng/ });
    // Newest first: the 2019 meeting is near the end of the list, so scroll down to it like a reader would.
    const list = page.getByRole('tree', { name: /Meetings/ });
    await list.waitFor({ timeout: 30_000 });
    await page.getByRole('treeitem').first().waitFor({ timeout: 30_000 });
    for (let i = 0; i < 40 && !(await meeting.isVisible()); i++) {
      await list.hover();
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(100);
    }
    await workbench.screenshot('meetings-view');
    await meeting.click();
    // The editor selects the meeting's sentence: the status bar counts the selected characters.
    const selection = page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: /selected/ }).waitFor({ timeout: 30_000 });
    const seed = readSeed();
    const sentenceStart = seed.indexOf('On 12 November 2019');
    const sentenceLength = seed.indexOf('China.', sentenceStart) + 'China.'.length - sentenceStart;
    assert.equal((await selection.innerText()).trim(), `Ln 5, Col ${sentenceLength + 1} (${sentenceLength} selected)`);
    await workbench.screenshot('meeting-revealed');
  });
});
