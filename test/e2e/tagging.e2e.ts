import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { SEED_FILE_NAME } from '../harness/workspace';
import { ANALYST_NAME, openFromExplorer, openWorkbench, type Workbench } from './workbench';

/** The passage the test tags: it occurs once in the seed, inside Norov's quote. */
const PHRASE = 'the Belt and Road initiative';
const CODE = 'Praise';
/** What the test types above the passage before reloading the window. */
const INSERTED = 'A line typed above the passage before the window reloads.';
const EXPORT_NAME = 'tagged-passages.qdpx';

const LONG = 60_000;

/** Waits until `check` returns a value other than undefined; fails with `what` and the last value seen. */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = LONG): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last === undefined ? '' : ` (last: ${String(last)})`}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The text editor of the editor area (not the find widget or a hover). */
function editorOf(page: Page) {
  return page.locator('.part.editor .monaco-editor').first();
}

/**
 * Runs a command from the Command Palette like a person: F1, type its title, and Enter once the
 * highlighted entry is that command.
 */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${title}"]`).waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** Parses a CSS colour `rgb(r, g, b)` / `rgba(r, g, b, a)`. */
function parseCss(color: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color.trim());
  if (!match) return undefined;
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha: match[4] === undefined ? 1 : Number(match[4]) };
}

function parseHex(hex: string): [number, number, number] {
  const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
  return [parseInt(full.slice(1, 3), 16), parseInt(full.slice(3, 5), 16), parseInt(full.slice(5, 7), 16)];
}

/** The colour the workspace's codebook (written on the first tag) gives a code, by name. */
function codebookColor(folder: string, name: string): string {
  const codebook = JSON.parse(fs.readFileSync(path.join(folder, '.readout', 'codebook.json'), 'utf8')) as { codes: CodebookEntry[] };
  const find = (codes: CodebookEntry[], inherited?: string): string | undefined => {
    for (const code of codes) {
      const color = code.color ?? inherited;
      if (code.name === name) return color;
      const found = find(code.children ?? [], color);
      if (found) return found;
    }
    return undefined;
  };
  const color = find(codebook.codes);
  assert.ok(color, `the codebook gives "${name}" a colour`);
  return color;
}
interface CodebookEntry {
  name: string;
  color?: string;
  children?: CodebookEntry[];
}

/** The TextPositionSelector of each annotation in a sidecar file. */
function tagPositions(sidecar: string): Array<{ start: number; end: number }> {
  const file = JSON.parse(sidecar) as { annotations: Array<{ target: { selector: Array<{ type: string; start?: number; end?: number }> } }> };
  return file.annotations.flatMap((annotation) => annotation.target.selector.filter((selector) => selector.type === 'TextPositionSelector').map((selector) => ({ start: selector.start ?? -1, end: selector.end ?? -1 })));
}

/** The browser globals the in-page functions below use (the test project compiles without the DOM library). */
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  className: string;
  getBoundingClientRect(): Rect;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageText {
  data: string;
}
interface PageWindow {
  document: {
    createRange(): { setStart(node: PageText, offset: number): void; setEnd(node: PageText, offset: number): void; getBoundingClientRect(): Rect };
    createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageText | null };
  };
  getComputedStyle(element: PageElement): { backgroundColor: string };
}

interface Decoration {
  className: string;
  background: string;
  rect: Rect;
}

interface DecorationReport {
  /** Decorations the extension drew (generated `ced-` classes) with a visible background. */
  decorations: Decoration[];
  /** The characters of the text lying under each decoration, in reading order, per decoration. */
  texts: string[];
}

/**
 * Reads what the editor draws: every `ced-…` decoration in the view overlays with a background that
 * is not transparent, and the characters of the rendered text that lie under it (found by their
 * on-screen boxes, so the answer is what a person sees, wrapped lines included).
 */
async function readDecorations(page: Page): Promise<DecorationReport> {
  return editorOf(page).evaluate((editor: PageElement) => {
    const win = globalThis as unknown as PageWindow;
    const transparent = (color: string) => color === 'transparent' || /^rgba\(\d+,\s*\d+,\s*\d+,\s*0\)$/.test(color);
    const decorations: Decoration[] = [];
    const overlays = editor.querySelectorAll('.view-overlays [class*="ced-"]');
    for (let i = 0; i < overlays.length; i++) {
      const element = overlays[i]!;
      const background = win.getComputedStyle(element).backgroundColor;
      const rect = element.getBoundingClientRect();
      if (transparent(background) || rect.width === 0) continue;
      decorations.push({ className: element.className, background, rect: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height } });
    }
    const chars: Array<{ char: string; top: number; left: number; under: number }> = [];
    const lines = editor.querySelectorAll('.view-lines .view-line');
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l]!;
      const box = line.getBoundingClientRect();
      if (!decorations.some((d) => d.rect.top < box.bottom && d.rect.bottom > box.top)) continue;
      const walker = win.document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let c = 0; c < node.data.length; c++) {
          const range = win.document.createRange();
          range.setStart(node, c);
          range.setEnd(node, c + 1);
          const r = range.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          const under = decorations.findIndex((d) => x >= d.rect.left && x <= d.rect.right && y >= d.rect.top && y <= d.rect.bottom);
          if (under >= 0) chars.push({ char: node.data[c]!, top: r.top, left: r.left, under });
        }
      }
    }
    chars.sort((a, b) => a.top - b.top || a.left - b.left);
    const texts = decorations.map((_, d) =>
      chars
        .filter((char) => char.under === d)
        .map((char) => char.char)
        .join('')
        .replace(/\u00a0/g, ' '),
    );
    return { decorations, texts };
  });
}

/**
 * How many pixels of the editor's overview ruler (a canvas) are painted in `color`: the mark a
 * tagged passage leaves beside the scroll bar.
 */
async function rulerPixels(page: Page, color: [number, number, number]): Promise<number> {
  return editorOf(page)
    .locator('canvas.decorationsOverviewRuler')
    .evaluate((canvas: RulerCanvas, expected: [number, number, number]) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i + 3 < data.length; i += 4) {
        const close = Math.abs(data[i]! - expected[0]) <= 8 && Math.abs(data[i + 1]! - expected[1]) <= 8 && Math.abs(data[i + 2]! - expected[2]) <= 8;
        if (close && data[i + 3]! > 200) count++;
      }
      return count;
    }, color);
}
interface RulerCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> } } | null;
}

/**
 * Waits until the decorations in `color` (a code's codebook colour) cover exactly `PHRASE`, and
 * returns them. Each decoration is one visual line of the passage.
 */
async function waitForTagHighlight(page: Page, color: string): Promise<Decoration[]> {
  const expected = parseHex(color);
  let last: DecorationReport | undefined;
  try {
    return await until(`the ${CODE} highlight over "${PHRASE}"`, async () => {
      last = await readDecorations(page);
      const ours = last.decorations.map((decoration, i) => ({ decoration, text: last!.texts[i]!, color: parseCss(decoration.background) })).filter((entry) => entry.color && entry.color.rgb.every((channel, i) => channel === expected[i]));
      if (ours.length === 0) return undefined;
      const covered = ours.map((entry) => entry.text).join('');
      return covered === PHRASE ? ours.map((entry) => entry.decoration) : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nlast decorations seen: ${JSON.stringify(last, null, 1)}`, { cause: error });
  }
}

describe('Tagging a passage in the browser workbench', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  let praiseColor: string;

  before(async () => {
    workbench = await openWorkbench();
  });
  after(async () => {
    await workbench?.close();
  });

  it('tags the selected words with a code picked in the palette, and highlights them', async () => {
    const { page, folder } = workbench;
    await openFromExplorer(page, SEED_FILE_NAME);
    await page.locator('[id="status.editor.mode"]').filter({ hasText: 'Press Release' }).waitFor({ timeout: LONG });
    await editorOf(page).locator('.view-line', { hasText: 'Belt' }).first().waitFor({ timeout: LONG });

    // Select the phrase the way a reader finds it: Ctrl+F, type it, Escape leaves the match selected.
    await editorOf(page).locator('.view-line', { hasText: 'Chinese diplomacy' }).first().click();
    await page.keyboard.press('Control+f');
    await page.locator('.find-widget.visible').waitFor({ timeout: 30_000 });
    await page.keyboard.type(PHRASE);
    await page.locator('.find-widget .matchesCount', { hasText: /^1 of 1$/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await page.locator('.find-widget.visible').waitFor({ state: 'hidden', timeout: 30_000 });
    const selection = page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: `(${PHRASE.length} selected)` }).waitFor({ timeout: 30_000 });

    await runCommand(page, 'Readout: Tag Selection');
    const picker = page.locator('.quick-input-widget', { hasText: 'Tag passage' });
    await picker.waitFor({ state: 'visible', timeout: 30_000 });
    // The codebook's codes, first of them Cooperation and its sub-codes.
    for (const name of ['Cooperation', 'Economic']) await picker.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.type(CODE);
    const row = picker.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${CODE}$`) }) });
    await row.waitFor({ timeout: 30_000 });
    // Filtering keeps the way to make a new code.
    await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'New code…' }).waitFor({ timeout: 30_000 });
    await row.locator('.quick-input-list-checkbox, [role="checkbox"]').first().click();
    await picker.locator('.quick-input-count', { hasText: '1 Selected' }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('tag-selection');
    await picker.locator('.quick-input-action .monaco-button', { hasText: 'OK' }).click();
    await picker.waitFor({ state: 'hidden', timeout: 30_000 });

    // The tag is saved next to the workspace's files, and the codebook with it.
    const sidecar = path.join(folder, '.readout', 'annotations', `${SEED_FILE_NAME}.json`);
    await until(`${path.basename(sidecar)} in .readout/annotations`, async () => (fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8').includes(PHRASE) ? true : undefined));
    praiseColor = codebookColor(folder, CODE);

    // Move the cursor off the passage so the selection does not hide the highlight.
    await page.keyboard.press('Control+Home');
    const decorations = await waitForTagHighlight(page, praiseColor);
    const colour = parseCss(decorations[0]!.background);
    assert.ok(colour && colour.alpha > 0 && colour.alpha < 1, `the highlight is a translucent background (${decorations[0]!.background})`);
    await until(`a ${CODE} mark in the overview ruler`, async () => ((await rulerPixels(page, parseHex(praiseColor))) > 0 ? true : undefined), 30_000);
    await workbench.screenshot('tagged-passage');
  });

  it('keeps the highlight on the same words after an edit above them and a reload of the window', async () => {
    const { page, folder } = workbench;
    // Click at the start of the first line and type a sentence above the passage.
    // (Coordinates from the line number and the text's left edge: clicking the large .view-lines
    // element through Playwright would scroll it natively and confuse the editor.)
    const lineOne = await editorOf(page).locator('.margin-view-overlays .line-numbers', { hasText: /^1$/ }).boundingBox();
    const text = await editorOf(page).locator('.view-lines').boundingBox();
    assert.ok(lineOne && text, 'line 1 is on screen');
    await page.mouse.click(text.x + 1, lineOne.y + lineOne.height / 2);
    const selection = page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: /^Ln 1, Col 1$/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.type(INSERTED);
    await page.keyboard.press('Enter');
    await selection.filter({ hasText: /^Ln 2, Col 1$/ }).waitFor({ timeout: 30_000 });
    // The tag moves with the text while typing.
    await waitForTagHighlight(page, praiseColor);
    // Save, as a person would before reloading. (VS Code in the browser also saves by itself a
    // second after typing stops: files.autoSave is "afterDelay" there, and no modified mark shows.)
    await page.keyboard.press('Control+s');

    // Saving the document saves the tags' new places too: wait for the sidecar to have them, as
    // the save's own bookkeeping, before reloading.
    const sidecarDir = path.join(folder, '.readout', 'annotations');
    const sidecar = path.join(sidecarDir, `${SEED_FILE_NAME}.json`);
    const saved = await until('the typed line on disk', async () => {
      const onDisk = fs.readFileSync(path.join(folder, SEED_FILE_NAME), 'utf8');
      return onDisk.startsWith(`${INSERTED}\n`) ? onDisk : undefined;
    });
    await until(`the tag's new position (${saved.indexOf(PHRASE)}) in ${path.basename(sidecar)}`, async () => {
      const positions = tagPositions(fs.readFileSync(sidecar, 'utf8'));
      const settled = fs.readdirSync(sidecarDir).every((name) => name.endsWith('.json'));
      return settled && positions.length === 1 && positions[0]!.start === saved.indexOf(PHRASE) && positions[0]!.end === saved.indexOf(PHRASE) + PHRASE.length ? true : undefined;
    });

    const reloaded = page.waitForEvent('load', { timeout: LONG });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: LONG });
    await openFromExplorer(page, SEED_FILE_NAME);
    await editorOf(page).locator('.view-line', { hasText: INSERTED }).first().waitFor({ timeout: LONG });
    await waitForTagHighlight(page, praiseColor);
  });

  it('shows the tag in a hover card with links to edit its note and remove it', async () => {
    const { page } = workbench;
    const decorations = await waitForTagHighlight(page, praiseColor);
    const first = decorations[0]!.rect;
    await page.mouse.move(5, 5);
    await page.mouse.move(first.left + first.width / 2, first.top + first.height / 2, { steps: 5 });
    const card = page.locator('.monaco-hover-content', { hasText: 'Remove Tag' }).first();
    await card.waitFor({ timeout: LONG });
    assert.match(await card.innerText(), new RegExp(CODE));
    assert.match(await card.innerText(), new RegExp(ANALYST_NAME), 'the author is git\'s user.name');
    await card.getByRole('link', { name: 'Edit Note' }).waitFor({ timeout: 10_000 });
    await card.getByRole('link', { name: 'Remove Tag' }).waitFor({ timeout: 10_000 });
    await workbench.screenshot('tag-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 30_000 });
  });

  it('lists the code with its count and the passage in the Tags view', async () => {
    const { page } = workbench;
    await page.locator('.activitybar .action-item a[aria-label^="Readout"]').first().click();
    const header = page.locator('.pane-header', { has: page.locator('.title', { hasText: /^Tags$/ }) });
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const tree = page.getByRole('tree', { name: /Tags/ });
    await tree.waitFor({ timeout: 30_000 });
    const code = tree.getByRole('treeitem').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${CODE}$`) }) });
    await code.waitFor({ timeout: LONG });
    await code.locator('.label-description', { hasText: /^1$/ }).waitFor({ timeout: LONG });
    if ((await code.getAttribute('aria-expanded')) !== 'true') await code.click();
    const passage = tree.getByRole('treeitem').filter({ has: page.locator('.label-name', { hasText: PHRASE }) });
    await passage.waitFor({ timeout: 30_000 });
    assert.match(await passage.innerText(), new RegExp(SEED_FILE_NAME.replace(/[.]/g, '\\.')));
    await workbench.screenshot('tags-view');
  });

  it('exports the tags as a REFI-QDA project through the save dialog', async () => {
    const { page, folder } = workbench;
    const target = path.join(folder, EXPORT_NAME);
    await runCommand(page, 'Readout: Export Annotations');
    const formats = page.locator('.quick-input-widget', { hasText: 'Export as' });
    await formats.waitFor({ state: 'visible', timeout: 30_000 });
    await formats.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: 'REFI-QDA project (.qdpx)' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');

    // code-server shows VS Code's own save dialog: a path in a quick input, proposing annotations.qdpx.
    const dialog = page.locator('.quick-input-widget', { hasText: 'Export REFI-QDA project (.qdpx)' });
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    const pathBox = dialog.locator('.quick-input-box input');
    await until('the proposed file name', async () => ((await pathBox.inputValue()).endsWith('annotations.qdpx') ? true : undefined));
    // Replace the proposed path with one typed in at once (as pasted): typed key by key, the
    // dialog follows every folder on the way (/, /tmp/, …) and can be left behind, so that Enter
    // only opens the folder, or is ignored.
    await pathBox.press('Control+a');
    await page.keyboard.insertText(target);
    await until(`the path box to read ${target}`, async () => ((await pathBox.inputValue()) === target ? true : undefined), 30_000);
    // The dialog lists the workspace folder (its sub-folders; the .press files are filtered out).
    const listing = [...fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name), '..'].sort().join(' | ');
    const listed = async () => (await dialog.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((text) => text.trim()).sort().join(' | ');
    await until(`the save dialog to list the workspace folder (${listing})`, async () => ((await listed()) === listing ? true : undefined), 30_000);
    await workbench.screenshot('export-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });

    await until(`${EXPORT_NAME} on disk`, async () => (fs.existsSync(target) && fs.statSync(target).size > 0 ? true : undefined));
    // The outcome is reported as a notification; it is listed in the notification centre.
    await runCommand(page, 'Notifications: Show Notifications');
    await page.locator('.notifications-center .notification-list-item', { hasText: `exported 1 tagged passage` }).waitFor({ timeout: LONG });
    await page.keyboard.press('Escape');
    const bytes = new Uint8Array(fs.readFileSync(target));
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a zip file');
    const files = unzipSync(bytes);
    assert.ok(files['project.qde'], `project.qde in the archive (has ${Object.keys(files).join(', ')})`);
    const project = new TextDecoder().decode(files['project.qde']);
    assert.match(project, /<PlainTextSelection\b/);
    assert.match(project, new RegExp(`<Code\\b[^>]*\\bname="${CODE}"`));
    // The selection points at the phrase in the text as saved, the typed line included (positions in code points).
    const source = /<TextSource\b[^>]*\bplainTextPath="internal:\/\/([^"]+)"/.exec(project);
    const selected = /<PlainTextSelection\b[^>]*\bname="([^"]*)"[^>]*\bstartPosition="(\d+)"[^>]*\bendPosition="(\d+)"/.exec(project);
    assert.ok(source && selected, `a text source with a selection in:\n${project}`);
    assert.equal(selected[1], PHRASE);
    const text = new TextDecoder().decode(files[`sources/${source[1]}`]);
    assert.ok(text.startsWith(INSERTED), 'the exported text is the edited document');
    assert.equal(Array.from(text).slice(Number(selected[2]), Number(selected[3])).join(''), PHRASE);
  });
});
