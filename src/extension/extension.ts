/**
 * Composition root: each feature registers itself and hands back what must be disposed.
 * No feature logic lives here.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerOpenSample } from './openSample';
import { registerRevealRange } from './revealRange';
import { registerSemanticTokens } from './semanticTokens';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  context.subscriptions.push(
    cache,
    registerOpenSample(context),
    registerRevealRange(),
    registerHover(cache),
    registerSemanticTokens(cache),
    registerDocumentSymbols(cache),
  );
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
