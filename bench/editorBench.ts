/**
 * Editor benchmarks, run inside VS Code's extension host by `npm run bench` (through
 * test/harness/runEditorBench): extension activation, hover and semantic-token latency on a
 * 1 MB press release, and indexing 5,000 releases.
 */
import * as vscode from 'vscode';
import type { ReadoutApi } from '../src/extension/extension';
import { CorpusIndex } from '../src/core/corpus';
import { analyzeUri } from '../src/extension/analyzeDocument';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<ReadoutApi>('readout.readout');
  if (!extension) throw new Error('the extension is not loaded');
  const api = await extension.activate();
  console.log(`Extension activation: ${api.activationMs.toFixed(1)} ms (target < 50 ms)`);

  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  const files = await vscode.workspace.findFiles('**/*.{press,readout}');
  const texts = await Promise.all(files.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));

  // A 1 MB release: the corpus repeated.
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const text = texts[i % texts.length] as string;
    parts.push(text);
    length += text.length + 2;
  }
  const big = await vscode.workspace.openTextDocument({ language: 'press-release', content: parts.join('\n\n') });
  await vscode.window.showTextDocument(big);

  let start = performance.now();
  await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', big.uri);
  const firstTokens = performance.now() - start;
  const tokenTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    start = performance.now();
    await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', big.uri);
    tokenTimes.push(performance.now() - start);
  }
  console.log(`Semantic tokens, 1 MB document: first ${firstTokens.toFixed(1)} ms (includes analysis), then median ${percentile(tokenTimes, 50).toFixed(1)} ms (target < 50 ms)`);

  const hoverTimes: number[] = [];
  const text = big.getText();
  for (let i = 0; i < 200; i++) {
    const offset = Math.floor((text.length * i) / 200);
    start = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', big.uri, big.positionAt(offset));
    hoverTimes.push(performance.now() - start);
  }
  console.log(`Hover, 1 MB document, 200 positions: median ${percentile(hoverTimes, 50).toFixed(1)} ms, p95 ${percentile(hoverTimes, 95).toFixed(1)} ms (target p95 < 20 ms)`);

  // Typing: one edit, then tokens again (the analysis is redone for the new version).
  const editor = vscode.window.activeTextEditor!;
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'X'));
  start = performance.now();
  await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', big.uri);
  console.log(`Semantic tokens after an edit, 1 MB document: ${(performance.now() - start).toFixed(1)} ms`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

  // Indexing 5,000 releases (the analysis and linking the index does per file, from memory).
  const corpus = new CorpusIndex();
  start = performance.now();
  for (let i = 0; i < 5000; i++) {
    const uri = vscode.Uri.joinPath(folder, `bench-${i}.press`);
    corpus.update(uri.toString(), analyzeUri(uri, texts[i % texts.length] as string));
  }
  corpus.persons();
  console.log(`Indexing 5,000 releases: ${((performance.now() - start) / 1000).toFixed(2)} s (target < 10 s)`);
}
