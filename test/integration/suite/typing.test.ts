import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { analyzeText } from '../../../src/extension/analyzeDocument';
import type { ReadoutApi } from '../../../src/extension/extension';
import { absoluteTokens, encodeTokens } from '../../../src/extension/semanticTokenData';
import { readSeed } from '../../fixtures/seed';
import { EXTENSION_ID, openScratchFile, waitFor } from './helpers';

/** A token as offsets into the document, with the text it covers. */
interface Token {
  start: number;
  length: number;
  text: string;
}

function decode(document: vscode.TextDocument, data: Uint32Array): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length] = data.subarray(i, i + 3) as unknown as [number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const start = document.offsetAt(new vscode.Position(line, character));
    tokens.push({ start, length, text: document.getText().slice(start, start + length) });
  }
  return tokens;
}

/** The provider's tokens for the whole document (undefined while it has none to give). */
async function documentTokens(document: vscode.TextDocument): Promise<Uint32Array | undefined> {
  try {
    return (await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri))?.data;
  } catch {
    return undefined;
  }
}

/** What a fresh analysis of the document's text highlights, encoded as the provider encodes it. */
function freshTokens(document: vscode.TextDocument, api: ReadoutApi): Uint32Array {
  const text = document.getText();
  return encodeTokens(absoluteTokens(analyzeText(document.uri.path, text, api.knowledge.knowledge), text));
}

/** The tokens before an edit of [start, end) that inserted `inserted` characters, moved to the text after it. */
function moved(before: Token[], start: number, end: number, inserted: number): Token[] {
  return before
    .filter((token) => token.start + token.length <= start || token.start >= end)
    .map((token) => ({ ...token, start: token.start >= end ? token.start - (end - start) + inserted : token.start }));
}

const same = (a: Uint32Array, b: Uint32Array) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Polls an asynchronous check until it holds, or fails after `timeoutMs`. */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const size of ['small', 'large'] as const) {
  describe(`semantic tokens while typing in a ${size} release`, function () {
    this.timeout(60_000);
    let api: ReadoutApi;
    let file: Awaited<ReturnType<typeof openScratchFile>>;
    let document: vscode.TextDocument;

    before(async () => {
      api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
      const seed = readSeed();
      // The large one is well over the size from which documents are analysed in the worker.
      const content = size === 'small' ? seed : Array.from({ length: 60 }, () => seed).join('\n\n');
      file = await openScratchFile(`typing-${size}-2019-11-12.press`, content);
      document = file.editor.document;
      await eventually('the first tokens, those of a full analysis', async () => same((await documentTokens(document)) ?? new Uint32Array(0), freshTokens(document, api)));
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await file.dispose();
      // Later suites count the workspace's documents: wait until the index lets this one go.
      await waitFor('the scratch release out of the index', () => (api.index.corpus.document(document.uri.toString()) ? undefined : true), 10_000);
    });

    /**
     * Applies `edit` and checks the tokens at once: the old tokens moved with the text (those the
     * edit touched gone), or the tokens of a fresh analysis if one already landed. Then waits for
     * the fresh analysis and checks its tokens cover the same words a full analysis finds.
     */
    async function checkEdit(what: string, edit: () => Thenable<unknown>, start: number, end: number, inserted: number): Promise<void> {
      const before = decode(document, (await documentTokens(document))!);
      const version = document.version;
      await edit();
      await waitFor(`the edit (${what}) in the extension host`, () => (document.version > version ? true : undefined));

      const now = await documentTokens(document);
      assert.ok(now, `tokens right after ${what}`);
      const expected = moved(before, start, end, inserted);
      const got = decode(document, now);
      if (!same(now, freshTokens(document, api))) {
        assert.deepEqual(
          got.map(({ start: s, length }) => [s, length]),
          expected.map(({ start: s, length }) => [s, length]),
          `right after ${what}, the tokens moved with the text`,
        );
        assert.deepEqual(
          got.map((token) => token.text),
          expected.map((token) => token.text),
          `right after ${what}, every token still covers its word`,
        );
      }
      // The range provider (what VS Code asks first for the viewport of a large file) agrees.
      const line = document.positionAt(start).line;
      const range = new vscode.Range(Math.max(0, line - 5), 0, line + 5, 0);
      const ranged = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, range);
      const inRange = (data: Uint32Array) =>
        decode(document, data).filter((token) => {
          const at = document.positionAt(token.start).line;
          return at >= range.start.line && at <= range.end.line;
        });
      // The fresh analysis may have landed between the two requests.
      const viewport = decode(document, ranged.data);
      const fresh = inRange(freshTokens(document, api));
      if (!isDeepStrictEqual(viewport, fresh)) assert.deepEqual(viewport, inRange(now), `the viewport's tokens after ${what}`);

      await eventually(`after ${what}, the tokens of a full analysis of the new text`, async () => {
        const data = await documentTokens(document);
        return data !== undefined && same(data, freshTokens(document, api));
      });
    }

    /** The offset of the `n`th occurrence of `needle`. */
    function nth(needle: string, n: number): number {
      let at = -1;
      for (let k = 0; k <= n; k++) {
        at = document.getText().indexOf(needle, at + 1);
        assert.ok(at >= 0, `occurrence ${n} of ${needle}`);
      }
      return at;
    }
    const deep = size === 'small' ? 0 : 30;

    it('types a title before a name, character by character', async () => {
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      for (const [k, character] of [...'Mr '].entries()) {
        const at = nth('Le Yucheng at', deep);
        editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at));
        await checkEdit(`typing ${JSON.stringify(character)} (${k + 1} of 3)`, () => vscode.commands.executeCommand('type', { text: character }), at, at, 1);
      }
    });

    it('types inside a name', async () => {
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      const at = nth('Vladimir Norov met', deep) + 3;
      editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at));
      await checkEdit('typing inside Vladimir', () => vscode.commands.executeCommand('type', { text: 'x' }), at, at, 1);
    });

    it('inserts lines above and deletes a paragraph', async () => {
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      const top = nth('On 12 November 2019', deep);
      await checkEdit('inserting lines', () => editor.edit((edit) => edit.insert(document.positionAt(top), 'UPDATED\n\nNew line.\n')), top, top, 'UPDATED\n\nNew line.\n'.length);
      const from = nth('He specifically', deep);
      const to = document.getText().indexOf('\n', from);
      await checkEdit('deleting a paragraph', () => editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(from), document.positionAt(to)))), from, to, 0);
    });

    it('replaces a name with another across a line break', async () => {
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      const from = nth('Le Yucheng', deep + 1);
      const to = from + 'Le Yucheng'.length;
      const replacement = 'Erlan\nSultanov';
      await checkEdit('replacing a name', () => editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(from), document.positionAt(to)), replacement)), from, to, replacement.length);
    });

    if (size === 'large') {
      it('answers a hover away from an edit at once from the last analysis, on the words where they are now', async () => {
        await eventually('an analysis of the current text', async () => api.cache.peek(document) !== undefined);
        // The worker holds this document's analyses until the card is back, so a card that waited
        // for the new analysis never comes, however slow the machine.
        const { worker } = api;
        const analyze = worker.analyze;
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        worker.analyze = async (job) => {
          if (job.key === document.uri.toString()) await held;
          return analyze.call(worker, job);
        };
        const { hovers, at } = await (async () => {
          try {
            await file.editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'A line added at the top.\n'));
            assert.equal(api.cache.peek(document), undefined, 'the new text is not analysed yet');
            const name = nth('Le Yucheng', deep);
            const card = vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(name + 3));
            const answers = await Promise.race([card, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))]);
            assert.ok(answers, 'the card came without waiting for the new analysis');
            assert.equal(api.cache.peek(document), undefined, 'the new text was not analysed meanwhile');
            return { hovers: answers, at: name };
          } finally {
            worker.analyze = analyze;
            release();
          }
        })();
        const hover = hovers[0];
        assert.ok(hover?.range, `a card (${hovers.length} answers)`);
        assert.deepEqual([document.offsetAt(hover.range.start), document.offsetAt(hover.range.end)], [at, at + 'Le Yucheng'.length]);
        const markdown = hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : '')).join('\n');
        assert.match(markdown, /\*\*Le Yucheng\*\*/);
        // Its links lead to his quotes and meetings as they are now, after the added line.
        const fresh = analyzeText(document.uri.path, document.getText(), api.knowledge.knowledge);
        const spans = new Set([...fresh.quotes, ...fresh.meetings].map((span) => `${span.start}-${span.end}`));
        const reveals = [...markdown.matchAll(/command:_readout\.revealRange\?([^)]+)\)/g)].map((match) => JSON.parse(decodeURIComponent(match[1]!)) as [string, number, number]);
        assert.ok(reveals.length >= 2, `${reveals.length} links`);
        for (const [, start, end] of reveals) assert.ok(spans.has(`${start}-${end}`), `a link to ${start}-${end} is a quote or meeting of the new text`);
      });

      it('indexes the large release through the worker as well', async () => {
        await waitFor('the release in the index', () => (api.index.corpus.document(document.uri.toString())?.officials.length ? true : undefined), 30_000);
      });
    }
  });
}

describe('semantic tokens while typing goes on during the analyses of a 1 MB release', function () {
  this.timeout(120_000);
  let api: ReadoutApi;
  let file: Awaited<ReturnType<typeof openScratchFile>>;
  let document: vscode.TextDocument;

  before(async () => {
    api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    const seed = readSeed();
    file = await openScratchFile('typing-1mb-2019-11-12.press', Array.from({ length: 340 }, () => seed).join('\n\n'));
    document = file.editor.document;
    await eventually('the first tokens', async () => ((await documentTokens(document))?.length ?? 0) > 0, 60_000);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await file.dispose();
    await waitFor('the scratch release out of the index', () => (api.index.corpus.document(document.uri.toString()) ? undefined : true), 10_000);
  });

  it('answers every keystroke with the tokens moved through all the typing so far', async () => {
    // Words typed at the end of a sentence, away from every mention: whether the provider moves
    // the old tokens, moves a late analysis through the keystrokes since, or has a fresh one,
    // the answer is the same. Pauses longer than the analysis debounce and shorter than an
    // analysis of 1 MB make analyses start and land while typing goes on.
    const original = decode(document, (await documentTokens(document))!);
    const end = document.getText().indexOf('connectivity in the region.', document.getText().length / 2) + 'connectivity in the region'.length;
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const typed = ' and in the wider area of the continent';
    for (let k = 0; k < typed.length; k++) {
      const at = end + k;
      editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at));
      const version = document.version;
      await vscode.commands.executeCommand('type', { text: typed[k] });
      await waitFor('the keystroke in the extension host', () => (document.version > version ? true : undefined));
      const expected = moved(original, end, end, k + 1);
      const now = decode(document, (await documentTokens(document))!);
      assert.deepEqual(
        now.map(({ start, length, text }) => [start, length, text]),
        expected.map(({ start, length, text }) => [start, length, text]),
        `after typing ${JSON.stringify(typed.slice(0, k + 1))}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 205 + ((k * 37) % 120)));
    }
    await eventually('the tokens of a full analysis of the new text', async () => {
      const data = await documentTokens(document);
      return data !== undefined && same(data, freshTokens(document, api));
    }, 60_000);
  });
});
